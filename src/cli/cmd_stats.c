/* SPDX-License-Identifier: MIT */
/* kzua stats: counts per document and record type; --format expect writes a check file. */
#include <jansson.h>
#include <string.h>

#include "cli.h"

static const char *const types[] = {"turn", "date", "figure", "person", "place"};
#define NTYPES 5

struct acc {
    json_t *docs; /* for --format expect */
    long long total[NTYPES];
    size_t ndocs;
};

static void counts(const kz_doc *d, long long c[NTYPES])
{
    c[0] = (long long)d->nturns;
    c[1] = (long long)kz_doc_count(d, KZ_FACT_DATE);
    c[2] = (long long)kz_doc_count(d, KZ_FACT_FIGURE);
    c[3] = (long long)kz_doc_count(d, KZ_FACT_PERSON);
    c[4] = (long long)kz_doc_count(d, KZ_FACT_PLACE);
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    struct acc *a = ud;
    long long n[NTYPES];
    counts(d, n);
    for (int i = 0; i < NTYPES; i++)
        a->total[i] += n[i];
    a->ndocs++;
    if (a->docs) {
        json_t *o = json_object();
        for (int i = 0; i < NTYPES; i++)
            json_object_set_new(o, types[i], json_integer(n[i]));
        json_object_set_new(a->docs, d->name, o);
        return;
    }
    kz_rec r;
    kz_rec_init(&r, "stats");
    kz_rec_str(&r, "doc", d->name);
    kz_rec_str(&r, "kind", d->meta.kind);
    for (int i = 0; i < NTYPES; i++)
        kz_rec_int(&r, types[i], n[i]);
    kz_cli_emit(&r, c);
}

static int write_expect(struct kz_cli *c, struct acc *a)
{
    json_t *root = json_object(), *tot = json_object();
    json_object_set_new(root, "documents", a->docs);
    for (int i = 0; i < NTYPES; i++)
        json_object_set_new(tot, types[i], json_integer(a->total[i]));
    json_object_set_new(root, "total", tot);
    FILE *f = c->output && strcmp(c->output, "-") ? fopen(c->output, "w") : stdout;
    if (!f) {
        json_decref(root);
        kz_cli_error(c, "cannot open '%s'", c->output);
        return KZ_EXIT_OUTPUT;
    }
    int bad = json_dumpf(root, f, JSON_INDENT(2) | JSON_PRESERVE_ORDER) != 0;
    bad |= fputc('\n', f) == EOF;
    if (f != stdout)
        bad |= fclose(f) != 0;
    json_decref(root);
    if (bad) {
        kz_cli_error(c, "cannot write output");
        return KZ_EXIT_OUTPUT;
    }
    return c->status;
}

static const char *const columns[] = {"doc",    "kind",   "turn",  "date",
                                      "figure", "person", "place", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct acc a;
    memset(&a, 0, sizeof a);
    if (c->format && strcmp(c->format, "expect") == 0) {
        a.docs = json_object();
        int st = kz_cli_each_doc(c, argc, argv, each, &a);
        if (st) {
            json_decref(a.docs);
            return st;
        }
        return write_expect(c, &a);
    }
    c->ropts.columns = columns;
    int st = kz_cli_open_output(c);
    if (st)
        return st;
    st = kz_cli_each_doc(c, argc, argv, each, &a);
    if (!st && a.ndocs > 1) {
        kz_rec r;
        kz_rec_init(&r, "total");
        kz_rec_str(&r, "doc", "(total)");
        kz_rec_null(&r, "kind");
        for (int i = 0; i < NTYPES; i++)
            kz_rec_int(&r, types[i], a.total[i]);
        kz_cli_emit(&r, c);
    }
    int out = kz_cli_close_output(c);
    return st ? st : out;
}

const struct kz_command kz_command_stats = {
    .name = "stats",
    .summary = "counts of turns and facts per document",
    .usage = "kzua stats [options] PATH...",
    .description = "With --format expect, writes an expectations file for 'kzua check'.",
    .example = "kzua stats --format expect corpus > corpus/expected.json",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .formats = "table, json, jsonl, tsv, expect",
    .run = run,
};
