/* SPDX-License-Identifier: MIT */
/*
 * The same interview as HTML: for each corpus text, an HTML page is built
 * in memory from the text's blocks (paragraphs in <p>, whole-bold blocks in
 * <strong>, whole-italic ones in <em>, a leading bold label in <strong>,
 * headings in <h2>, list items in <li>, & < > as entities) and run through
 * the whole pipeline as "x.html". It must give the same turns: count,
 * speakers, roles and the start of each turn's text. This is what keeps the
 * HTML loader and the segmenter from depending on the text layout.
 */
#include <dirent.h>
#include <stdio.h>

#include "kz_test.h"

#include "base/kz_buf.h"
#include "kzua/pipeline.h"

static void put_escaped(kz_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '&': kz_buf_puts(b, "&amp;"); break;
        case '<': kz_buf_puts(b, "&lt;"); break;
        case '>': kz_buf_puts(b, "&gt;"); break;
        default: kz_buf_putc(b, s[i]);
        }
    }
}

/* An HTML page with the blocks of @d. */
static void build_page(const kz_doc *d, kz_buf *b)
{
    kz_buf_puts(b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>t</title>"
                   "</head>\n<body>\n<article>\n");
    for (size_t i = 0; i < d->nblocks; i++) {
        const kz_block *bl = &d->blocks[i];
        const char *s = d->text + bl->start;
        size_t n = bl->end - bl->start;
        const char *open = "<p>", *close = "</p>\n";
        if (bl->kind == KZ_BLOCK_HEADING)
            open = "<h2>", close = "</h2>\n";
        else if (bl->kind == KZ_BLOCK_ITEM)
            open = "<ul><li>", close = "</li></ul>\n";
        else if (bl->flags & KZ_BF_QUOTE)
            open = "<blockquote>", close = "</blockquote>\n";
        kz_buf_puts(b, open);
        if (bl->flags & KZ_BF_BOLD)
            kz_buf_puts(b, "<strong>");
        if (bl->flags & KZ_BF_ITALIC)
            kz_buf_puts(b, "<em>");
        if ((bl->flags & KZ_BF_LEAD_BOLD) && !(bl->flags & KZ_BF_BOLD) &&
            bl->bold_end > bl->start && bl->bold_end <= bl->end) {
            size_t k = bl->bold_end - bl->start;
            kz_buf_puts(b, "<strong>");
            put_escaped(b, s, k);
            kz_buf_puts(b, "</strong>");
            put_escaped(b, s + k, n - k);
        } else {
            put_escaped(b, s, n);
        }
        if (bl->flags & KZ_BF_ITALIC)
            kz_buf_puts(b, "</em>");
        if (bl->flags & KZ_BF_BOLD)
            kz_buf_puts(b, "</strong>");
        kz_buf_puts(b, close);
    }
    kz_buf_puts(b, "</article>\n</body></html>\n");
}

/* The first @max bytes of turn @t's speech, runs of white space as one space. */
static char *turn_start(const kz_doc *d, const kz_turn *t, size_t max)
{
    kz_buf b = KZ_BUF_INIT;
    for (size_t i = t->start; i < t->end && b.len < max; i++) {
        char c = d->text[i];
        if (c == ' ' || c == '\n' || c == '\t') {
            if (b.len && b.ptr[b.len - 1] != ' ')
                kz_buf_putc(&b, ' ');
            continue;
        }
        kz_buf_putc(&b, c);
    }
    return kz_buf_detach(&b);
}

static int same_turns(const kz_doc *a, const kz_doc *h)
{
    int ok = 1;
    if (a->nturns != h->nturns) {
        print_error("%s: %zu turns as text, %zu as HTML\n", a->name, a->nturns, h->nturns);
        ok = 0;
    }
    size_t n = a->nturns < h->nturns ? a->nturns : h->nturns;
    for (size_t i = 0; i < n; i++) {
        const kz_turn *x = &a->turns[i], *y = &h->turns[i];
        char *sx = turn_start(a, x, 40), *sy = turn_start(h, y, 40);
        if (strcmp(x->speaker, y->speaker) != 0 || x->role != y->role || strcmp(sx, sy) != 0) {
            print_error("%s turn %zu: text %s/%s '%s', HTML %s/%s '%s'\n", a->name, i + 1,
                        x->speaker, kz_role_name(x->role), sx, y->speaker, kz_role_name(y->role),
                        sy);
            ok = 0;
        }
        free(sx);
        free(sy);
    }
    return ok;
}

static void corpus_as_html(void **state)
{
    (void)state;
    kz_pipeline *pt = NULL, *ph = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(kz_pipeline_new(&pt, NULL, NULL, &err), KZ_OK);
    assert_int_equal(kz_pipeline_new(&ph, NULL, NULL, &err), KZ_OK);
    DIR *dir = opendir("corpus");
    if (!dir)
        fail_msg("cannot open corpus/ (run from the repository root)");
    char **names = NULL;
    size_t nn = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir))) {
        size_t l = strlen(de->d_name);
        if (l > 4 && strcmp(de->d_name + l - 4, ".txt") == 0) {
            KZ_GROW(names, cap, nn + 1);
            names[nn++] = kz_xstrdup(de->d_name);
        }
    }
    closedir(dir);
    assert_true(nn > 0);
    int ok = 1;
    size_t total = 0;
    for (size_t k = 0; k < nn; k++) {
        char path[512];
        snprintf(path, sizeof path, "corpus/%s", names[k]);
        kz_doc *t = NULL, *h = NULL;
        assert_int_equal(kz_pipeline_run(pt, path, &t, &err), KZ_OK);
        kz_buf page = KZ_BUF_INIT;
        build_page(t, &page);
        assert_int_equal(kz_pipeline_run_bytes(ph, "x.html", page.ptr, page.len, &h, &err), KZ_OK);
        assert_string_equal(h->format, "html");
        if (!same_turns(t, h))
            ok = 0;
        total += t->nturns;
        kz_buf_release(&page);
        kz_doc_free(t);
        kz_doc_free(h);
        free(names[k]);
    }
    free(names);
    kz_pipeline_free(pt);
    kz_pipeline_free(ph);
    assert_true(total > 0); /* not vacuous: the corpus has turns */
    if (!ok)
        fail_msg("the HTML versions give other turns (see above)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(corpus_as_html),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
