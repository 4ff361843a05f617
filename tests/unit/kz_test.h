/* SPDX-License-Identifier: MIT */
/* Shared helpers for the cmocka unit tests. cmocka 1.1 needs these headers
 * before <cmocka.h>. */
#ifndef KZ_TEST_H
#define KZ_TEST_H
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "base/kz_alloc.h"
#include "extract/extract.h"
#include "kzua/model.h"

/*
 * A document made straight from @text: one block per non-empty line, no
 * turns, meta.date = @date (may be NULL). Enough to run extractors on.
 */
static inline kz_doc *kz_test_doc(const char *text, const char *date)
{
    kz_doc *d = kz_doc_new("test.txt");
    free((void *)d->text);
    d->len = strlen(text);
    d->text = kz_xstrndup(text, d->len);
    size_t cap = 0;
    unsigned line = 1;
    for (size_t i = 0; i < d->len;) {
        size_t j = i;
        while (j < d->len && text[j] != '\n')
            j++;
        if (j > i) {
            KZ_GROW(d->blocks, cap, d->nblocks + 1);
            kz_block b = {.start = i, .end = j, .line = line, .turn = -1};
            d->blocks[d->nblocks++] = b;
        }
        i = j + 1;
        line++;
    }
    if (date)
        d->meta.date = kz_doc_strndup(d, date, strlen(date));
    return d;
}

/* Run the extractors named in @only (comma-separated) over @d. */
static inline void kz_test_extract(kz_doc *d, const char *only)
{
    kz_extract_ctx *ctx = NULL;
    kz_error err;
    assert_int_equal(kz_extract_ctx_new(&ctx, only, &err), KZ_OK);
    assert_int_equal(kz_extract_run(ctx, d, &err), KZ_OK);
    kz_extract_ctx_free(ctx);
}

/* The text of fact @f as a fresh string (caller frees). */
static inline char *kz_test_fact_text(const kz_doc *d, const kz_fact *f)
{
    return kz_xstrndup(d->text + f->start, f->end - f->start);
}
#endif
