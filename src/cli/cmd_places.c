/* SPDX-License-Identifier: MIT */
/* kzua places: the places of a corpus, one row per id over all documents. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "cli.h"

/* A growable list of arena strings without duplicates, in order of first addition. */
struct strs {
    const char **v;
    size_t n, cap;
};

struct agg {
    const char *id, *kind, *country;
    const char *lat, *lon;
    struct strs docs, speakers, forms;
    long long mentions, with;
};

struct state {
    const char *docs, *with, *country;
    char *with_key;
    kz_arena *arena;
    struct agg *a;
    size_t n, cap;
};

enum { OPT_DOC = 400, OPT_COUNTRY, OPT_WITH };

static const struct kz_opt opts[] = {
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_COUNTRY, "country", 1, "CODE", "only places in the country with ISO 3166 code CODE (KZ)"},
    {OPT_WITH, "with", 1, "ID", "only places named in the same turns as person or place ID"},
    {0, NULL, 0, NULL, NULL}};

static bool in_list(const char *list, const char *s)
{
    size_t n = strlen(s);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t l = strcspn(p, ",");
        while (l && p[l - 1] == ' ')
            l--;
        if (l && l == n && strncmp(p, s, n) == 0)
            return true;
        p += strcspn(p, ",");
    }
    return false;
}

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case OPT_DOC: o->docs = arg; break;
    case OPT_COUNTRY:
        if (strlen(arg) != 2 || !kz_isalpha((unsigned char)arg[0]) ||
            !kz_isalpha((unsigned char)arg[1]))
            return kz_cli_usage_error(c, "--country wants a two-letter code, not '%s'", arg);
        o->country = arg;
        break;
    case OPT_WITH:
        if (!*arg)
            return kz_cli_usage_error(c, "--with wants an id");
        o->with = arg;
        break;
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

/* ISO codes compare without regard to case: "ua" is "UA". */
static bool same_code(const char *a, const char *b)
{
    if (!a || strlen(a) != 2)
        return false;
    return kz_tolower((unsigned char)a[0]) == kz_tolower((unsigned char)b[0]) &&
           kz_tolower((unsigned char)a[1]) == kz_tolower((unsigned char)b[1]);
}

static void add_str(struct state *o, struct strs *l, const char *s, size_t n)
{
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->v[i]) == n && memcmp(l->v[i], s, n) == 0)
            return;
    KZ_GROW(l->v, l->cap, l->n + 1);
    l->v[l->n++] = kz_arena_strndup(o->arena, s, n);
}

static struct agg *find(struct state *o, const char *id)
{
    for (size_t i = 0; i < o->n; i++)
        if (strcmp(o->a[i].id, id) == 0)
            return &o->a[i];
    KZ_GROW(o->a, o->cap, o->n + 1);
    struct agg *g = &o->a[o->n++];
    memset(g, 0, sizeof *g);
    g->id = kz_arena_strndup(o->arena, id, strlen(id));
    return g;
}

/* Turns (as a 0/1 array over d->turns) in which the entity whose id folds to key is named. */
static char *turns_of(const kz_doc *d, const char *key)
{
    char *in = kz_xcalloc(d->nturns + 1, 1);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        char *k = kz_utf8_fold_key(e->id, strlen(e->id));
        bool eq = strcmp(k, key) == 0;
        free(k);
        if (!eq)
            continue;
        for (size_t m = 0; m < e->nmentions; m++)
            if (e->mentions[m].turn >= 0 && (size_t)e->mentions[m].turn < d->nturns)
                in[e->mentions[m].turn] = 1;
    }
    return in;
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    (void)c;
    struct state *o = ud;
    if (o->docs && !in_list(o->docs, d->name) && !in_list(o->docs, d->path))
        return;
    char *with = o->with ? turns_of(d, o->with_key) : NULL;
    char *seen = kz_xcalloc(d->nturns + 1, 1);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != KZ_FACT_PLACE)
            continue;
        if (o->country && !same_code(e->country, o->country))
            continue;
        long long shared = 0;
        if (with) {
            char *k = kz_utf8_fold_key(e->id, strlen(e->id));
            bool self = strcmp(k, o->with_key) == 0;
            free(k);
            if (self)
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
        struct agg *g = find(o, e->id);
        if (!g->kind && e->kind)
            g->kind = kz_arena_strndup(o->arena, e->kind, strlen(e->kind));
        if (!g->country && e->country)
            g->country = kz_arena_strndup(o->arena, e->country, strlen(e->country));
        if (!g->lat && e->has_coords) {
            char b[32];
            snprintf(b, sizeof b, "%.4f", e->lat);
            g->lat = kz_arena_strndup(o->arena, b, strlen(b));
            snprintf(b, sizeof b, "%.4f", e->lon);
            g->lon = kz_arena_strndup(o->arena, b, strlen(b));
        }
        add_str(o, &g->docs, d->name, strlen(d->name));
        g->mentions += (long long)e->nmentions;
        g->with += shared;
        for (size_t m = 0; m < e->nmentions; m++) {
            const kz_mention *mn = &e->mentions[m];
            add_str(o, &g->forms, d->text + mn->start, mn->end - mn->start);
            if (mn->turn >= 0 && (size_t)mn->turn < d->nturns) {
                const char *sp = d->turns[mn->turn].speaker;
                add_str(o, &g->speakers, sp, strlen(sp));
            }
        }
    }
    free(seen);
    free(with);
}

static int cmp_with(const void *pa, const void *pb)
{
    const struct agg *a = pa, *b = pb;
    if (a->with != b->with)
        return a->with > b->with ? -1 : 1;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

static int cmp_count(const void *pa, const void *pb)
{
    const struct agg *a = pa, *b = pb;
    if (a->mentions != b->mentions)
        return a->mentions > b->mentions ? -1 : 1;
    return strcmp(a->id, b->id);
}

static const char *const columns[] = {"id", "kind", "country", "mentions", "documents",
                                      "speakers", NULL};
static const char *const with_columns[] = {"id", "with", "kind", "country", "mentions",
                                           "documents", "speakers", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    o->arena = kz_arena_new();
    if (o->with)
        o->with_key = kz_utf8_fold_key(o->with, strlen(o->with));
    c->ropts.columns = o->with ? with_columns : columns;
    int st = kz_cli_open_output(c);
    if (!st) {
        st = kz_cli_each_doc(c, argc, argv, each, o);
        if (!st && o->n) {
            qsort(o->a, o->n, sizeof *o->a, o->with ? cmp_with : cmp_count);
            for (size_t i = 0; i < o->n; i++) {
                const struct agg *g = &o->a[i];
                kz_rec r;
                kz_rec_init(&r, "place_summary");
                kz_rec_str(&r, "id", g->id);
                kz_rec_str(&r, "kind", g->kind);
                kz_rec_str(&r, "country", g->country);
                kz_rec_num(&r, "lat", g->lat);
                kz_rec_num(&r, "lon", g->lon);
                kz_rec_int(&r, "mentions", g->mentions);
                kz_rec_list(&r, "documents", g->docs.v, g->docs.n);
                kz_rec_list(&r, "speakers", g->speakers.v, g->speakers.n);
                kz_rec_list(&r, "forms", g->forms.v, g->forms.n);
                if (o->with)
                    kz_rec_int(&r, "with", g->with);
                else
                    kz_rec_null(&r, "with");
                kz_cli_emit(&r, c);
            }
        }
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    for (size_t i = 0; i < o->n; i++) {
        free(o->a[i].docs.v);
        free(o->a[i].speakers.v);
        free(o->a[i].forms.v);
    }
    free(o->a);
    free(o->with_key);
    kz_arena_free(o->arena);
    return st;
}

const struct kz_command kz_command_places = {
    .name = "places",
    .summary = "the places named in a corpus, one row per place over all documents",
    .usage = "kzua places [options] PATH...",
    .description =
        "One \"place_summary\" record per canonical id: kind, country code and coordinates\n"
        "(from the gazetteer, null when unknown), the number of mentions, the documents, the\n"
        "speakers whose turns name the place and the surface forms. Most mentioned first.\n"
        "--with ID keeps the places named in the turns that also name ID (a person or a\n"
        "place); \"with\" counts those turns, and sorts the rows.",
    .example = "kzua places --country UA --with \"Viktor Maiko\" corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
