/* SPDX-License-Identifier: MIT */
/*
 * The HTML loader: block elements become blocks, script/style/nav and
 * friends are dropped, <strong>/<em> over a whole block become flags,
 * entities are decoded, and every clean byte maps back to the page.
 */
#include "kz_test.h"

#include "base/kz_buf.h"
#include "kzua/pipeline.h"
#include "load/load.h"

static kz_doc *load_html(const char *s)
{
    kz_doc *d = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    if (kz_load_bytes("page.html", s, strlen(s), NULL, &d, &err) != KZ_OK)
        fail_msg("kz_load_bytes: %s", err.msg);
    assert_string_equal(d->format, "html");
    return d;
}

static void block_is(const kz_doc *d, size_t i, const char *want)
{
    if (i >= d->nblocks)
        fail_msg("block %zu wanted ('%s'), the page has %zu", i, want, d->nblocks);
    const kz_block *b = &d->blocks[i];
    char *t = kz_xstrndup(d->text + b->start, b->end - b->start);
    assert_string_equal(t, want);
    free(t);
}

static size_t src_of(const kz_doc *d, const char *needle)
{
    const char *p = strstr(d->text, needle);
    if (!p)
        fail_msg("'%s' is not in the text", needle);
    return kz_doc_src_offset(d, (size_t)(p - d->text));
}

static size_t raw_of(const kz_doc *d, const char *needle)
{
    const char *p = kz_memmem(d->raw, d->raw_len, needle, strlen(needle));
    if (!p)
        fail_msg("'%s' is not in the page", needle);
    return (size_t)(p - d->raw);
}

static void blocks_and_skipped_elements(void **state)
{
    (void)state;
    kz_doc *d =
        load_html("<!DOCTYPE html>\n<html><head><title>Page title</title>\n"
                  "<style>p { color: red }</style><script>var q = 'Q: not text';</script></head>\n"
                  "<body>\n<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
                  "<h2>The heading</h2>\n<p>First paragraph.</p>\n"
                  "<form><button>Subscribe</button></form>\n"
                  "<ul><li>one item</li><li>two</li></ul>\n"
                  "<p>Second\n   paragraph,  with   spaces.</p>\n"
                  "<noscript>enable scripts</noscript><iframe src=\"x\"></iframe>\n"
                  "</body></html>\n");
    assert_null(strstr(d->text, "Page title"));
    assert_null(strstr(d->text, "color"));
    assert_null(strstr(d->text, "not text"));
    assert_null(strstr(d->text, "Home"));
    assert_null(strstr(d->text, "Subscribe"));
    assert_null(strstr(d->text, "enable scripts"));
    assert_int_equal(d->nblocks, 5);
    block_is(d, 0, "The heading");
    assert_int_equal(d->blocks[0].kind, KZ_BLOCK_HEADING);
    block_is(d, 1, "First paragraph.");
    assert_int_equal(d->blocks[1].kind, KZ_BLOCK_PARA);
    block_is(d, 2, "one item");
    assert_int_equal(d->blocks[2].kind, KZ_BLOCK_ITEM);
    block_is(d, 3, "two");
    block_is(d, 4, "Second paragraph, with spaces.");
    assert_int_equal(d->blocks[1].line, 7);
    kz_doc_free(d);
}

static void strong_and_em_flags(void **state)
{
    (void)state;
    kz_doc *d = load_html("<p><strong>Q: Is it bold?</strong></p>\n"
                          "<p><em>Q: Is it italic?</em></p>\n"
                          "<p><b>Bold</b> <i>and</i> mixed</p>\n"
                          "<p><strong>Yuriy Chorny:</strong> speaks here.</p>\n"
                          "<p>\xE2\x80\x94 <strong>A dash before bold</strong></p>\n");
    assert_int_equal(d->nblocks, 5);
    block_is(d, 0, "Q: Is it bold?");
    assert_true(d->blocks[0].flags & KZ_BF_BOLD);
    assert_false(d->blocks[0].flags & KZ_BF_ITALIC);
    block_is(d, 1, "Q: Is it italic?");
    assert_true(d->blocks[1].flags & KZ_BF_ITALIC);
    assert_false(d->blocks[1].flags & KZ_BF_BOLD);
    block_is(d, 2, "Bold and mixed");
    assert_false(d->blocks[2].flags & (KZ_BF_BOLD | KZ_BF_ITALIC));
    assert_true(d->blocks[2].flags & KZ_BF_LEAD_BOLD);
    block_is(d, 3, "Yuriy Chorny: speaks here.");
    assert_true(d->blocks[3].flags & KZ_BF_LEAD_BOLD);
    char *lead =
        kz_xstrndup(d->text + d->blocks[3].start, d->blocks[3].bold_end - d->blocks[3].start);
    assert_string_equal(lead, "Yuriy Chorny:");
    free(lead);
    /* a dash outside the bold does not stop the block counting as bold */
    assert_true(d->blocks[4].flags & KZ_BF_BOLD);
    kz_doc_free(d);
}

static void entities_and_offsets(void **state)
{
    (void)state;
    const char *page = "<html><body>\n<p>AT&amp;T &lt;b&gt; caf&eacute; &#8217;quoted&#x2019; "
                       "50&nbsp;km plain tail</p>\n<p>Second &ndash; para</p>\n</body></html>";
    kz_doc *d = load_html(page);
    assert_int_equal(d->nblocks, 2);
    block_is(d, 0, "AT&T <b> caf\xC3\xA9 \xE2\x80\x99quoted\xE2\x80\x99 50\xC2\xA0km plain tail");
    block_is(d, 1, "Second \xE2\x80\x93 para");
    /* verbatim runs map exactly; a decoded entity maps into its reference */
    assert_int_equal(src_of(d, "plain tail"), raw_of(d, "plain tail"));
    assert_int_equal(src_of(d, "Second"), raw_of(d, "Second"));
    assert_int_equal(src_of(d, " para"), raw_of(d, " para"));
    size_t amp = src_of(d, "&T");
    assert_true(amp >= raw_of(d, "&amp;") && amp < raw_of(d, "&amp;") + 5);
    size_t nd = src_of(d, "\xE2\x80\x93");
    assert_true(nd >= raw_of(d, "&ndash;") && nd < raw_of(d, "&ndash;") + 7);
    /* offsets never decrease through the text */
    for (size_t i = 1; i < d->len; i++)
        assert_true(kz_doc_src_offset(d, i) >= kz_doc_src_offset(d, i - 1));
    kz_doc_free(d);
}

static void captions_quotes_and_breaks(void **state)
{
    (void)state;
    kz_doc *d = load_html("<figure><img src=\"a.jpg\"><figcaption>Photo: the embassy"
                          "</figcaption></figure>\n<blockquote>Quoted words.</blockquote>\n"
                          "<p>Line one<br>Line two</p>\n");
    assert_int_equal(d->nblocks, 4);
    block_is(d, 0, "Photo: the embassy");
    assert_true(d->blocks[0].flags & KZ_BF_CAPTION);
    block_is(d, 1, "Quoted words.");
    assert_true(d->blocks[1].flags & KZ_BF_QUOTE);
    block_is(d, 2, "Line one");
    block_is(d, 3, "Line two");
    /* a <br> starts a new block without a gap */
    assert_false(d->blocks[3].flags & KZ_BF_GAP);
    assert_true(d->blocks[2].flags & KZ_BF_GAP);
    kz_doc_free(d);
}

/* The usual markup of a quotation: paragraphs inside <blockquote> keep the flag. */
static void quote_flag_reaches_nested_paragraphs(void **state)
{
    (void)state;
    kz_doc *d = load_html("<blockquote>Direct words.</blockquote>\n"
                          "<blockquote><p>Nested words.</p><p>More.</p></blockquote>\n"
                          "<p>Outside.</p>\n");
    assert_int_equal(d->nblocks, 4);
    block_is(d, 0, "Direct words.");
    assert_true(d->blocks[0].flags & KZ_BF_QUOTE);
    block_is(d, 1, "Nested words.");
    assert_true(d->blocks[1].flags & KZ_BF_QUOTE);
    assert_true(d->blocks[2].flags & KZ_BF_QUOTE);
    assert_false(d->blocks[3].flags & KZ_BF_QUOTE);
    kz_doc_free(d);
}

static void meta_tags(void **state)
{
    (void)state;
    kz_doc *d =
        load_html("<html><head><meta property=\"og:site_name\" content=\"Example Daily\">"
                  "<meta property=\"article:published_time\" content=\"2024-05-18T10:00:00Z\">"
                  "<meta property=\"og:url\" content=\"https://example.org/a\"></head>"
                  "<body><p>Text.</p></body></html>");
    assert_non_null(d->over.publisher);
    assert_string_equal(d->over.publisher, "Example Daily");
    assert_string_equal(d->over.date, "2024-05-18");
    assert_string_equal(d->over.url, "https://example.org/a");
    kz_doc_free(d);
    d = load_html("<body><p>Posted <time datetime=\"2023-02-16\">16 February</time>.</p></body>");
    assert_string_equal(d->over.date, "2023-02-16");
    block_is(d, 0, "Posted 16 February.");
    kz_doc_free(d);
}

static void broken_markup_recovers(void **state)
{
    (void)state;
    kz_doc *d = load_html("<p>Unclosed <b>bold\n<p>Next <i>para</p>\n<div>Tail & end</div>");
    assert_true(d->nblocks >= 2);
    assert_non_null(strstr(d->text, "Unclosed bold"));
    assert_non_null(strstr(d->text, "Tail & end"));
    kz_doc_free(d);
}

static void deep_nesting_is_cut_not_crashed(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    kz_buf_puts(&b, "<html><body><p>Top text.</p>");
    for (int i = 0; i < 3000; i++)
        kz_buf_puts(&b, "<div>");
    kz_buf_puts(&b, "deep");
    for (int i = 0; i < 3000; i++)
        kz_buf_puts(&b, "</div>");
    kz_buf_puts(&b, "<p>After.</p></body></html>");
    kz_doc *d = load_html(kz_buf_cstr(&b));
    assert_non_null(strstr(d->text, "Top text."));
    kz_doc_free(d);
    kz_buf_release(&b);
}

static void entity_decoder(void **state)
{
    (void)state;
    int32_t cp = 0;
    assert_int_equal(kz_html_entity("&amp;x", 6, &cp), 5);
    assert_int_equal(cp, '&');
    assert_int_equal(kz_html_entity("&#8217;", 7, &cp), 7);
    assert_int_equal(cp, 0x2019);
    assert_int_equal(kz_html_entity("&#x2014;", 8, &cp), 8);
    assert_int_equal(cp, 0x2014);
    assert_int_equal(kz_html_entity("&#X41;", 6, &cp), 6);
    assert_int_equal(cp, 'A');
    assert_int_equal(kz_html_entity("&nbsp;", 6, &cp), 6);
    assert_int_equal(cp, 0xA0);
    /* out of range and surrogates become U+FFFD */
    assert_int_equal(kz_html_entity("&#xD800;", 8, &cp), 8);
    assert_int_equal(cp, 0xFFFD);
    assert_int_equal(kz_html_entity("&#1114112;", 10, &cp), 10);
    assert_int_equal(cp, 0xFFFD);
    /* not references */
    assert_int_equal(kz_html_entity("&amp", 4, &cp), 0);
    assert_int_equal(kz_html_entity("&nosuch;", 8, &cp), 0);
    assert_int_equal(kz_html_entity("&#;", 3, &cp), 0);
    assert_int_equal(kz_html_entity("& b;", 4, &cp), 0);
    assert_int_equal(kz_html_entity("&", 1, &cp), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(blocks_and_skipped_elements),
        cmocka_unit_test(strong_and_em_flags),
        cmocka_unit_test(entities_and_offsets),
        cmocka_unit_test(captions_quotes_and_breaks),
        cmocka_unit_test(quote_flag_reaches_nested_paragraphs),
        cmocka_unit_test(meta_tags),
        cmocka_unit_test(broken_markup_recovers),
        cmocka_unit_test(deep_nesting_is_cut_not_crashed),
        cmocka_unit_test(entity_decoder),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
