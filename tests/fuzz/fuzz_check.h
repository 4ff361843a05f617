/* SPDX-License-Identifier: MIT */
/* Invariant checks shared by the fuzz targets: abort() on the first violation. */
#ifndef KZ_FUZZ_CHECK_H
#define KZ_FUZZ_CHECK_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_utf8.h"
#include "kzua/model.h"

#define KZ_FUZZ_CHECK(cond)                                                                        \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* Input cap: the fuzzer finds bugs in small inputs; big ones only cost time. */
#define KZ_FUZZ_MAX (64u << 10)

static inline void kz_fuzz_valid_utf8(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t w = kz_utf8_valid_at(s, n, i);
        KZ_FUZZ_CHECK(w > 0);
        i += w;
    }
}

/* A loaded (and maybe segmented and extracted) document is well formed. */
static inline void kz_fuzz_check_doc(const kz_doc *d)
{
    KZ_FUZZ_CHECK(d->text != NULL);
    KZ_FUZZ_CHECK(d->text[d->len] == '\0');
    KZ_FUZZ_CHECK(strlen(d->text) == d->len);
    kz_fuzz_valid_utf8(d->text, d->len);
    size_t prev_end = 0;
    for (size_t i = 0; i < d->nblocks; i++) {
        const kz_block *b = &d->blocks[i];
        KZ_FUZZ_CHECK(b->start < b->end && b->end <= d->len);
        KZ_FUZZ_CHECK(i == 0 || b->start > prev_end);
        KZ_FUZZ_CHECK(memchr(d->text + b->start, '\n', b->end - b->start) == NULL);
        KZ_FUZZ_CHECK(b->turn >= -1 && b->turn < (int)d->nturns);
        prev_end = b->end;
    }
    if (d->map) {
        for (size_t i = 0; i <= d->len; i++)
            KZ_FUZZ_CHECK(kz_doc_src_offset(d, i) <= d->raw_len);
    }
    for (size_t i = 0; i < d->nturns; i++) {
        const kz_turn *t = &d->turns[i];
        KZ_FUZZ_CHECK(t->start <= t->end && t->end <= d->len);
        KZ_FUZZ_CHECK(i == 0 || d->turns[i - 1].end <= t->start);
        KZ_FUZZ_CHECK(t->speaker != NULL);
        KZ_FUZZ_CHECK(t->role <= KZ_ROLE_QUOTED);
    }
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        KZ_FUZZ_CHECK(f->start < f->end && f->end <= d->len);
        KZ_FUZZ_CHECK(f->type == KZ_FACT_DATE || f->type == KZ_FACT_FIGURE);
        KZ_FUZZ_CHECK(f->turn >= -1 && f->turn < (int)d->nturns);
        if (f->value)
            kz_fuzz_valid_utf8(f->value, strlen(f->value));
        if (f->what)
            kz_fuzz_valid_utf8(f->what, strlen(f->what));
    }
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        KZ_FUZZ_CHECK(e->id != NULL && e->id[0] != '\0');
        kz_fuzz_valid_utf8(e->id, strlen(e->id));
        for (size_t k = 0; k < e->nmentions; k++)
            KZ_FUZZ_CHECK(e->mentions[k].start < e->mentions[k].end &&
                          e->mentions[k].end <= d->len);
    }
}
#endif
