/* SPDX-License-Identifier: MIT */
#include "extract.h"

#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"

/* The generated list holds one KZ_EXTRACTOR(name) line per ex_<name>.c. */
#define KZ_EXTRACTOR(n) extern const struct kz_extractor kz_extractor_##n;
#include "ex_list.inc"
#undef KZ_EXTRACTOR

static const struct kz_extractor *const registry[] = {
#define KZ_EXTRACTOR(n) &kz_extractor_##n,
#include "ex_list.inc"
#undef KZ_EXTRACTOR
    NULL};

#define NREG (sizeof registry / sizeof registry[0] - 1)

static const struct kz_extractor *sorted[NREG + 1];

static int by_order(const void *a, const void *b)
{
    const struct kz_extractor *x = *(const struct kz_extractor *const *)a;
    const struct kz_extractor *y = *(const struct kz_extractor *const *)b;
    if (x->order != y->order)
        return x->order < y->order ? -1 : 1;
    return strcmp(x->name, y->name);
}

static void sort_registry(void)
{
    static int done;
    if (done)
        return;
    memcpy(sorted, registry, sizeof registry);
    qsort(sorted, NREG, sizeof sorted[0], by_order);
    done = 1;
}

size_t kz_extractor_count(void)
{
    return NREG;
}

const struct kz_extractor *kz_extractor_get(size_t i)
{
    sort_registry();
    return i < NREG ? sorted[i] : NULL;
}

const struct kz_extractor *kz_extractor_find(const char *name)
{
    for (size_t i = 0; i < NREG; i++)
        if (strcmp(registry[i]->name, name) == 0)
            return registry[i];
    return NULL;
}

struct kz_extract_ctx {
    const struct kz_extractor *ex[NREG + 1];
    void *state[NREG + 1];
    size_t n;
};

static int listed(const char *only, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = only; *p;) {
        const char *c = strchr(p, ',');
        size_t l = c ? (size_t)(c - p) : strlen(p);
        if (l == n && strncmp(p, name, n) == 0)
            return 1;
        if (!c)
            break;
        p = c + 1;
    }
    return 0;
}

kz_status kz_extract_ctx_new(kz_extract_ctx **out, const char *only, kz_error *err)
{
    sort_registry();
    if (only) {
        for (const char *p = only; *p;) {
            const char *c = strchr(p, ',');
            size_t l = c ? (size_t)(c - p) : strlen(p);
            int found = 0;
            for (size_t i = 0; i < NREG; i++)
                if (strlen(sorted[i]->name) == l && strncmp(sorted[i]->name, p, l) == 0)
                    found = 1;
            if (!found)
                return kz_error_set(err, KZ_EUSAGE, "", 0, "unknown extractor '%.*s'", (int)l, p);
            if (!c)
                break;
            p = c + 1;
        }
    }
    kz_extract_ctx *ctx = kz_xcalloc(1, sizeof *ctx);
    for (size_t i = 0; i < NREG; i++) {
        const struct kz_extractor *e = sorted[i];
        if (only && !listed(only, e->name))
            continue;
        void *st = NULL;
        if (e->init) {
            kz_status s = e->init(&st, err);
            if (s != KZ_OK) {
                kz_extract_ctx_free(ctx);
                return s;
            }
        }
        ctx->ex[ctx->n] = e;
        ctx->state[ctx->n++] = st;
    }
    *out = ctx;
    return KZ_OK;
}

void kz_extract_ctx_free(kz_extract_ctx *ctx)
{
    if (!ctx)
        return;
    for (size_t i = 0; i < ctx->n; i++)
        if (ctx->ex[i]->free)
            ctx->ex[i]->free(ctx->state[i]);
    free(ctx);
}

static int fact_cmp(const void *a, const void *b)
{
    const kz_fact *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

kz_status kz_extract_run(kz_extract_ctx *ctx, kz_doc *doc, kz_error *err)
{
    for (size_t i = 0; i < ctx->n; i++) {
        kz_status s = ctx->ex[i]->run(ctx->state[i], doc, err);
        if (s == KZ_ELIMIT) {
            /* a pattern gave up on some hostile stretch: keep what was found, say so */
            kz_doc_diag(doc, 0, "extractor '%s' stopped early: regex match limit",
                        ctx->ex[i]->name);
            continue;
        }
        if (s != KZ_OK) {
            if (err && !err->where[0])
                kz_error_set(err, s, doc->path, 0, "extractor '%s': %s", ctx->ex[i]->name,
                             err->msg);
            return s;
        }
    }
    /* Facts in document order, each tied to the turn it occurs in. */
    if (doc->nfacts > 1)
        qsort(doc->facts, doc->nfacts, sizeof doc->facts[0], fact_cmp);
    for (size_t i = 0; i < doc->nfacts; i++)
        doc->facts[i].turn = kz_doc_turn_at(doc, doc->facts[i].start);
    for (size_t i = 0; i < doc->nentities; i++) {
        kz_entity *e = &doc->entities[i];
        kz_entity_sort_mentions(e);
        for (size_t k = 0; k < e->nmentions; k++)
            e->mentions[k].turn = kz_doc_turn_at(doc, e->mentions[k].start);
    }
    return KZ_OK;
}
