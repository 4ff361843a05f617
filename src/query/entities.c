/* SPDX-License-Identifier: MIT */
/* Person and place summaries over many documents (kzua people, kzua places). */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_utf8.h"
#include "kzua/entities.h"

/* A growable list of arena strings without duplicates, in order of first addition. */
struct strs {
    const char **v;
    size_t n, cap;
};

struct slot {
    kz_entity_row row;
    struct strs docs, speakers, forms;
};

struct kz_entity_agg {
    unsigned type;
    char *with_key; /* folded, or NULL */
    kz_entity_keep_fn keep;
    void *ud;
    kz_arena *arena;
    struct slot *s;
    size_t n, cap;
    kz_entity_row *rows;
};

kz_entity_agg *kz_entity_agg_new(unsigned type, const char *with, kz_entity_keep_fn keep, void *ud)
{
    kz_entity_agg *a = kz_xcalloc(1, sizeof *a);
    a->type = type;
    a->with_key = with ? kz_utf8_fold_key(with, strlen(with)) : NULL;
    a->keep = keep;
    a->ud = ud;
    a->arena = kz_arena_new();
    return a;
}

void kz_entity_agg_free(kz_entity_agg *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->n; i++) {
        free(a->s[i].docs.v);
        free(a->s[i].speakers.v);
        free(a->s[i].forms.v);
    }
    free(a->s);
    free(a->rows);
    free(a->with_key);
    kz_arena_free(a->arena);
    free(a);
}

static const char *dup(kz_entity_agg *a, const char *s)
{
    return kz_arena_strndup(a->arena, s, strlen(s));
}

static void add_str(kz_entity_agg *a, struct strs *l, const char *s, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->v[i]) == n && memcmp(l->v[i], s, n) == 0)
            return;
    KZ_GROW(l->v, l->cap, l->n + 1);
    l->v[l->n++] = kz_arena_strndup(a->arena, s, n);
}

static struct slot *find(kz_entity_agg *a, const char *id)
{
    for (size_t i = 0; i < a->n; i++)
        if (strcmp(a->s[i].row.id, id) == 0)
            return &a->s[i];
    KZ_GROW(a->s, a->cap, a->n + 1);
    struct slot *g = &a->s[a->n++];
    memset(g, 0, sizeof *g);
    g->row.id = dup(a, id);
    return g;
}

static bool is_key(const char *id, const char *key)
{
    char *k = kz_utf8_fold_key(id, strlen(id));
    bool eq = strcmp(k, key) == 0;
    free(k);
    return eq;
}

/* Turns (as a 0/1 array over d->turns) in which the entity whose id folds to key is named. */
static char *turns_of(const kz_doc *d, const char *key)
{
    char *in = kz_xcalloc(d->nturns + 1, 1);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (!is_key(e->id, key))
            continue;
        for (size_t m = 0; m < e->nmentions; m++)
            if (e->mentions[m].turn >= 0 && (size_t)e->mentions[m].turn < d->nturns)
                in[e->mentions[m].turn] = 1;
    }
    return in;
}

static void merge(kz_entity_agg *a, const kz_doc *d, const kz_entity *e, long long shared)
{
    struct slot *g = find(a, e->id);
    kz_entity_row *r = &g->row;
    if (!r->role && e->role)
        r->role = dup(a, e->role);
    if (e->official == 1)
        r->official = 1;
    if (!r->kind && e->kind)
        r->kind = dup(a, e->kind);
    if (!r->country && e->country)
        r->country = dup(a, e->country);
    if (!r->has_coords && e->has_coords) {
        r->has_coords = 1;
        r->lat = e->lat;
        r->lon = e->lon;
    }
    add_str(a, &g->docs, d->name, strlen(d->name));
    r->mentions += (long long)e->nmentions;
    r->with += shared;
    for (size_t m = 0; m < e->nmentions; m++) {
        const kz_mention *mn = &e->mentions[m];
        add_str(a, &g->forms, d->text + mn->start, mn->end - mn->start);
        if (mn->turn >= 0 && (size_t)mn->turn < d->nturns) {
            const char *sp = d->turns[mn->turn].speaker;
            add_str(a, &g->speakers, sp, strlen(sp));
        }
    }
}

void kz_entity_agg_add(kz_entity_agg *a, const kz_doc *d)
{
    char *with = a->with_key ? turns_of(d, a->with_key) : NULL;
    char *seen = kz_xcalloc(d->nturns + 1, 1);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != a->type || (a->keep && !a->keep(e, a->ud)))
            continue;
        long long shared = 0;
        if (with) {
            if (is_key(e->id, a->with_key))
                continue;
            memset(seen, 0, d->nturns + 1);
            for (size_t m = 0; m < e->nmentions; m++) {
                int t = e->mentions[m].turn;
                if (t >= 0 && (size_t)t < d->nturns && with[t] && !seen[t]) {
                    seen[t] = 1;
                    shared++;
                }
            }
            if (!shared)
                continue;
        }
        merge(a, d, e, shared);
    }
    free(seen);
    free(with);
}

/* "with" is 0 for every row without a --with entity, so one order serves both. */
static int cmp_slot(const void *pa, const void *pb)
{
    const kz_entity_row *a = &((const struct slot *)pa)->row;
    const kz_entity_row *b = &((const struct slot *)pb)->row;
    if (a->with != b->with)
        return a->with > b->with ? -1 : 1;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

const kz_entity_row *kz_entity_agg_rows(kz_entity_agg *a, size_t *n)
{
    *n = a->n;
    if (!a->n)
        return NULL;
    qsort(a->s, a->n, sizeof *a->s, cmp_slot);
    free(a->rows);
    a->rows = kz_xmalloc(a->n * sizeof *a->rows);
    for (size_t i = 0; i < a->n; i++) {
        struct slot *g = &a->s[i];
        a->rows[i] = g->row;
        a->rows[i].docs = g->docs.v;
        a->rows[i].ndocs = g->docs.n;
        a->rows[i].speakers = g->speakers.v;
        a->rows[i].nspeakers = g->speakers.n;
        a->rows[i].forms = g->forms.v;
        a->rows[i].nforms = g->forms.n;
    }
    return a->rows;
}
