/* SPDX-License-Identifier: MIT */
/*
 * The loader's common part and the text/Markdown loader: blocks, flags,
 * markup removal, front matter, and the map from clean text back to the
 * bytes of the file through BOM, CRLF and repaired UTF-8.
 */
#include <stdio.h>
#include <unistd.h>

#include "kz_test.h"

#include "base/kz_buf.h"
#include "base/kz_utf8.h"
#include "kzua/pipeline.h"

static kz_doc *load_as(const char *name, const char *bytes, size_t n)
{
    kz_doc *d = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    kz_status st = kz_load_bytes(name, bytes, n, NULL, &d, &err);
    if (st != KZ_OK)
        fail_msg("kz_load_bytes(%s): %s", name, err.msg);
    return d;
}

static kz_doc *load(const char *s)
{
    return load_as("t.md", s, strlen(s));
}

/* Block @i's text, compared with @want. */
static void block_is(const kz_doc *d, size_t i, const char *want)
{
    assert_true(i < d->nblocks);
    const kz_block *b = &d->blocks[i];
    assert_true(b->start <= b->end && b->end <= d->len);
    char *t = kz_xstrndup(d->text + b->start, b->end - b->start);
    assert_string_equal(t, want);
    free(t);
}

/* The clean-text offset of the first @needle and the raw offset it maps to. */
static size_t src_of(const kz_doc *d, const char *needle)
{
    const char *p = strstr(d->text, needle);
    if (!p)
        fail_msg("'%s' is not in the text", needle);
    return kz_doc_src_offset(d, (size_t)(p - d->text));
}

/* raw offset of the first @needle in the original bytes */
static size_t raw_of(const kz_doc *d, const char *needle)
{
    const char *p = kz_memmem(d->raw, d->raw_len, needle, strlen(needle));
    if (!p)
        fail_msg("'%s' is not in the raw bytes", needle);
    return (size_t)(p - d->raw);
}

static void lines_become_blocks(void **state)
{
    (void)state;
    kz_doc *d = load("First line.\nSecond line.\n\n\nThird, after a gap.\n");
    assert_string_equal(d->format, "text");
    assert_int_equal(d->nblocks, 3);
    block_is(d, 0, "First line.");
    block_is(d, 1, "Second line.");
    block_is(d, 2, "Third, after a gap.");
    assert_int_equal(d->blocks[0].line, 1);
    assert_int_equal(d->blocks[1].line, 2);
    assert_int_equal(d->blocks[2].line, 5);
    assert_false(d->blocks[1].flags & KZ_BF_GAP);
    assert_true(d->blocks[2].flags & KZ_BF_GAP);
    for (size_t i = 0; i < d->nblocks; i++)
        assert_int_equal(d->blocks[i].kind, KZ_BLOCK_PARA);
    /* the clean text is NUL-terminated and has no '\r' */
    assert_int_equal(d->text[d->len], '\0');
    assert_null(strchr(d->text, '\r'));
    assert_int_equal(src_of(d, "Third"), raw_of(d, "Third"));
    assert_int_equal(kz_doc_line(d, d->blocks[2].start), 5);
    kz_doc_free(d);
}

static void whole_bold_and_italic(void **state)
{
    (void)state;
    kz_doc *d =
        load("**Q: Why now?**\n\n*Q: And then?*\n\n***Both.***\n\nplain **not all** bold\n");
    assert_int_equal(d->nblocks, 4);
    block_is(d, 0, "Q: Why now?");
    assert_true(d->blocks[0].flags & KZ_BF_BOLD);
    assert_false(d->blocks[0].flags & KZ_BF_ITALIC);
    block_is(d, 1, "Q: And then?");
    assert_true(d->blocks[1].flags & KZ_BF_ITALIC);
    assert_false(d->blocks[1].flags & KZ_BF_BOLD);
    block_is(d, 2, "Both.");
    assert_true(d->blocks[2].flags & KZ_BF_BOLD);
    assert_true(d->blocks[2].flags & KZ_BF_ITALIC);
    block_is(d, 3, "plain not all bold");
    assert_false(d->blocks[3].flags & (KZ_BF_BOLD | KZ_BF_ITALIC | KZ_BF_LEAD_BOLD));
    assert_int_equal(src_of(d, "Why now"), raw_of(d, "Why now"));
    assert_int_equal(src_of(d, "And then"), raw_of(d, "And then"));
    kz_doc_free(d);
}

static void leading_bold_label(void **state)
{
    (void)state;
    kz_doc *d = load("**Viktor Maiko:** We talked at length.\n");
    assert_int_equal(d->nblocks, 1);
    block_is(d, 0, "Viktor Maiko: We talked at length.");
    const kz_block *b = &d->blocks[0];
    assert_true(b->flags & KZ_BF_LEAD_BOLD);
    assert_false(b->flags & KZ_BF_BOLD);
    char *lead = kz_xstrndup(d->text + b->start, b->bold_end - b->start);
    assert_string_equal(lead, "Viktor Maiko:");
    free(lead);
    kz_doc_free(d);
}

static void sup_escapes_and_entities(void **state)
{
    (void)state;
    kz_doc *d = load("On the 73<sup>rd</sup> day, \\$5 bought AT&amp;T shares &#8211; 10&#x25; "
                     "of \\*all\\* &ldquo;them&rdquo;.\n");
    assert_int_equal(d->nblocks, 1);
    block_is(d, 0,
             "On the 73rd day, $5 bought AT&T shares \xE2\x80\x93 10% of *all* "
             "\xE2\x80\x9Cthem\xE2\x80\x9D.");
    /* every clean byte maps to its source: the suffix, the escaped '$', an entity */
    assert_int_equal(src_of(d, "rd day"), raw_of(d, "rd</sup>"));
    assert_int_equal(src_of(d, "$5"), raw_of(d, "$5"));
    assert_int_equal(src_of(d, "&T"), raw_of(d, "&amp;"));
    assert_int_equal(src_of(d, "T shares"), raw_of(d, "T shares"));
    assert_int_equal(src_of(d, "\xE2\x80\x93"), raw_of(d, "&#8211;"));
    assert_int_equal(src_of(d, "% of"), raw_of(d, "&#x25;"));
    assert_int_equal(src_of(d, "them"), raw_of(d, "them"));
    kz_doc_free(d);
}

static void unknown_entities_and_lone_markup_stay(void **state)
{
    (void)state;
    kz_doc *d = load("A & B, 3 < 4, &nosuch; and a * star.\n");
    block_is(d, 0, "A & B, 3 < 4, &nosuch; and a * star.");
    kz_doc_free(d);
}

static void headings_items_quotes_links(void **state)
{
    (void)state;
    kz_doc *d = load("# A heading\n\n* an item\n\xE2\x80\xA2 a bullet\n> quoted words\n"
                     "See [the report](https://example.org/r) now.\n\n---\n\nafter a rule\n");
    assert_int_equal(d->nblocks, 6);
    block_is(d, 0, "A heading");
    assert_int_equal(d->blocks[0].kind, KZ_BLOCK_HEADING);
    block_is(d, 1, "an item");
    assert_int_equal(d->blocks[1].kind, KZ_BLOCK_ITEM);
    block_is(d, 2, "a bullet");
    assert_int_equal(d->blocks[2].kind, KZ_BLOCK_ITEM);
    block_is(d, 3, "quoted words");
    assert_true(d->blocks[3].flags & KZ_BF_QUOTE);
    block_is(d, 4, "See the report now.");
    block_is(d, 5, "after a rule");
    assert_true(d->blocks[5].flags & KZ_BF_GAP);
    assert_int_equal(src_of(d, "now."), raw_of(d, "now."));
    kz_doc_free(d);
}

static void front_matter(void **state)
{
    (void)state;
    kz_doc *d = load("---\ntitle: \"Talks in Astana\"\ndate: 2024-05-18\npublisher: Example "
                     "Daily\nurl: https://example.org/a\n---\nQ: First question?\n");
    assert_non_null(d->over.title);
    assert_string_equal(d->over.title, "Talks in Astana");
    assert_string_equal(d->over.date, "2024-05-18");
    assert_string_equal(d->over.publisher, "Example Daily");
    assert_string_equal(d->over.url, "https://example.org/a");
    assert_int_equal(d->nblocks, 1);
    block_is(d, 0, "Q: First question?");
    assert_int_equal(d->blocks[0].line, 7);
    assert_int_equal(src_of(d, "Q: First"), raw_of(d, "Q: First"));
    kz_doc_free(d);
}

static void no_front_matter_without_closing_fence(void **state)
{
    (void)state;
    /* without the closing fence the lines are text, and set nothing */
    kz_doc *d = load("---\ntitle: x\nJust text.\n");
    assert_non_null(strstr(d->text, "title: x"));
    assert_null(d->over.title);
    kz_doc_free(d);
}

static void crlf_maps_to_source(void **state)
{
    (void)state;
    const char *s = "Q: One?\r\nA: Two.\r\n\r\nQ: Three?\rA: Four.\r\n";
    kz_doc *d = load_as("t.txt", s, strlen(s));
    assert_null(strchr(d->text, '\r'));
    assert_int_equal(d->nblocks, 4);
    block_is(d, 1, "A: Two.");
    block_is(d, 3, "A: Four.");
    assert_int_equal(d->blocks[1].line, 2);
    assert_int_equal(d->blocks[2].line, 4);
    assert_int_equal(d->blocks[3].line, 5);
    assert_int_equal(src_of(d, "A: Two"), 9);
    assert_int_equal(src_of(d, "Q: Three"), 20);
    assert_int_equal(src_of(d, "A: Four"), 30);
    assert_int_equal(kz_doc_src_offset(d, d->len), strlen(s));
    kz_doc_free(d);
}

static void bom_is_dropped(void **state)
{
    (void)state;
    const char *s = "\xEF\xBB\xBFQ: Hello?\nA: Hi.\n";
    kz_doc *d = load_as("t.txt", s, strlen(s));
    assert_int_equal(d->nblocks, 2);
    block_is(d, 0, "Q: Hello?");
    assert_int_equal(kz_doc_src_offset(d, 0), 3);
    assert_int_equal(src_of(d, "A: Hi"), 13);
    kz_doc_free(d);
}

static void invalid_utf8_is_repaired(void **state)
{
    (void)state;
    const char *s = "Fine line.\nA bad \xFF byte and \xC0\x80 more.\n";
    kz_doc *d = load_as("t.txt", s, strlen(s));
    assert_int_equal(d->nblocks, 2);
    /* every bad byte becomes U+FFFD */
    block_is(d, 1, "A bad \xEF\xBF\xBD byte and \xEF\xBF\xBD\xEF\xBF\xBD more.");
    for (size_t i = 0; i < d->len;) {
        size_t w = kz_utf8_valid_at(d->text, d->len, i);
        assert_true(w > 0);
        i += w;
    }
    /* the replacement maps to the bad byte, what follows to its own bytes */
    assert_int_equal(src_of(d, "\xEF\xBF\xBD"), 17);
    assert_int_equal(src_of(d, " byte"), 18);
    assert_int_equal(src_of(d, " more"), 30);
    /* and a diagnostic names the line */
    assert_true(d->ndiags >= 1);
    assert_int_equal(d->diags[0].line, 2);
    assert_non_null(strstr(d->diags[0].msg, "UTF-8"));
    kz_doc_free(d);
}

static void empty_and_blank_inputs(void **state)
{
    (void)state;
    kz_doc *d = load_as("e.txt", "", 0);
    assert_int_equal(d->nblocks, 0);
    assert_int_equal(d->len, 0);
    assert_non_null(d->text);
    kz_doc_free(d);
    d = load_as("b.txt", "\n \n\t\n", 4);
    assert_int_equal(d->nblocks, 0);
    kz_doc_free(d);
    d = load_as("n.txt", "no newline at the end", 21);
    assert_int_equal(d->nblocks, 1);
    block_is(d, 0, "no newline at the end");
    kz_doc_free(d);
}

static void refused_inputs(void **state)
{
    (void)state;
    kz_doc *d = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(kz_load_bytes("bin.txt", "ab\ncd\0ef", 8, NULL, &d, &err), KZ_EINPUT);
    assert_null(d);
    assert_string_equal(err.where, "bin.txt");
    assert_int_equal(err.line, 2);
    memset(&err, 0, sizeof err);
    assert_int_equal(kz_load_bytes("le.txt", "\xFF\xFEQ\0:\0", 6, NULL, &d, &err), KZ_EINPUT);
    assert_non_null(strstr(err.msg, "UTF-16"));
    assert_int_equal(kz_load_bytes("be.txt", "\xFE\xFF\0Q\0:", 6, NULL, &d, &err), KZ_EINPUT);
    assert_null(d);
}

static void format_by_extension_sniff_and_from(void **state)
{
    (void)state;
    const char *html = "<!DOCTYPE html><html><body><p>Hello <b>there</b>.</p></body></html>";
    kz_doc *d = load_as("page", html, strlen(html));
    assert_string_equal(d->format, "html");
    block_is(d, 0, "Hello there.");
    kz_doc_free(d);
    d = load_as("page.TXT", html, strlen(html)); /* the extension wins over the content */
    assert_string_equal(d->format, "text");
    kz_doc_free(d);
    kz_load_opts o = {.from = "html"};
    kz_error err;
    assert_int_equal(kz_load_bytes("x.txt", "<p>a</p>", 8, &o, &d, &err), KZ_OK);
    assert_string_equal(d->format, "html");
    kz_doc_free(d);
    o.from = "nosuch";
    d = NULL;
    assert_int_equal(kz_load_bytes("x.txt", "a", 1, &o, &d, &err), KZ_EUSAGE);
    assert_null(d);
}

static void doc_date_overrides(void **state)
{
    (void)state;
    kz_load_opts o = {.doc_date = "2021-03-04"};
    kz_doc *d = NULL;
    kz_error err;
    assert_int_equal(kz_load_bytes("x.md", "---\ndate: 2019-01-01\n---\ntext\n", 30, &o, &d, &err),
                     KZ_OK);
    assert_string_equal(d->over.date, "2021-03-04");
    assert_string_equal(d->name, "x.md");
    kz_doc_free(d);
}

static void load_path_errors_and_cap(void **state)
{
    (void)state;
    kz_doc *d = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(kz_load_path("/no/such/file.txt", NULL, &d, &err), KZ_EIO);
    assert_string_equal(err.where, "/no/such/file.txt");
    assert_null(d);

    char path[] = "/tmp/kz_test_load_XXXXXX";
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    FILE *f = fdopen(fd, "w");
    for (int i = 0; i < 100; i++)
        fputs("Line of text.\n", f);
    fclose(f);
    kz_load_opts o = {.max_bytes = 100};
    assert_int_equal(kz_load_path(path, &o, &d, &err), KZ_EINPUT);
    assert_null(d);
    o.max_bytes = 0;
    assert_int_equal(kz_load_path(path, &o, &d, &err), KZ_OK);
    assert_int_equal(d->nblocks, 100);
    assert_int_equal(d->raw_len, 1400);
    assert_string_equal(d->path, path);
    kz_doc_free(d);
    unlink(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lines_become_blocks),
        cmocka_unit_test(whole_bold_and_italic),
        cmocka_unit_test(leading_bold_label),
        cmocka_unit_test(sup_escapes_and_entities),
        cmocka_unit_test(unknown_entities_and_lone_markup_stay),
        cmocka_unit_test(headings_items_quotes_links),
        cmocka_unit_test(front_matter),
        cmocka_unit_test(no_front_matter_without_closing_fence),
        cmocka_unit_test(crlf_maps_to_source),
        cmocka_unit_test(bom_is_dropped),
        cmocka_unit_test(invalid_utf8_is_repaired),
        cmocka_unit_test(empty_and_blank_inputs),
        cmocka_unit_test(refused_inputs),
        cmocka_unit_test(format_by_extension_sniff_and_from),
        cmocka_unit_test(doc_date_overrides),
        cmocka_unit_test(load_path_errors_and_cap),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
