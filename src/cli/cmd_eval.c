/* SPDX-License-Identifier: MIT */
/*
 * kzua eval: score kzua's own output against gold files (the format of the
 * files in corpus/gold). Turns: count, speaker sequence (speaker and role at
 * each position) and whether each turn starts with the gold's words.
 * Metadata: field by field. Facts: precision, recall and F1 per type, with
 * dates matched as a multiset of values, figures on value (within 0.5%)
 * and unit, people and places as sets of ids.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "cli.h"

enum { OPT_GOLD = 600, OPT_SCORE, OPT_MINF1, OPT_VERBOSE };

static const struct kz_opt opts[] = {
    {OPT_GOLD, "gold", 1, "DIR", "folder of gold files, <document name>.json"},
    {OPT_SCORE, "score", 1, "LIST", "what to score: meta,turn,date,figure,person,place [all]"},
    {OPT_MINF1, "min-f1", 1, "X", "fall short (exit 1) when a fact type's F1 is below X [0]"},
    {'v', "verbose", 0, NULL, "list each miss and false hit, and each metadata difference"},
    {0, NULL, 0, NULL, NULL}};

struct opts {
    const char *gold, *score;
    double min_f1;
    int verbose;
};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct opts *o = c->state;
    if (id == OPT_GOLD)
        o->gold = arg;
    else if (id == OPT_SCORE)
        o->score = arg;
    else if (id == 'v')
        o->verbose = 1;
    else if (id == OPT_MINF1) {
        char *end;
        o->min_f1 = strtod(arg, &end);
        if (*end || o->min_f1 < 0 || o->min_f1 > 1)
            return kz_cli_usage_error(c, "--min-f1 wants a number from 0 to 1, not '%s'", arg);
    }
    return 0;
}

static const char *const ftypes[] = {"date", "figure", "person", "place"};
#define NF 4

struct tally {
    long long tp, fp, fn;
};

struct run {
    struct kz_cli *c;
    struct opts *o;
    struct tally t[NF];
    size_t docs, turn_docs_ok, meta_docs_ok;
    double speaker_acc_sum;
    int short_fall;
    /* records are buffered so that each kind renders as its own table */
    json_t *doc_rows, *detail_rows;
};

static int scored(const struct opts *o, const char *what)
{
    if (!o->score)
        return 1;
    size_t n = strlen(what);
    for (const char *p = o->score; *p;) {
        size_t l = strcspn(p, ",");
        if (l == n && strncmp(p, what, n) == 0)
            return 1;
        p += l;
        if (*p)
            p++;
    }
    return 0;
}

static void detail(struct run *x, const char *doc, const char *kind, const char *type,
                   const char *text, const char *value)
{
    json_t *o = json_object();
    json_object_set_new(o, "doc", json_string(doc));
    json_object_set_new(o, "kind", json_string(kind));
    json_object_set_new(o, "fact", json_string(type));
    json_object_set_new(o, "text", text ? json_string(text) : json_null());
    json_object_set_new(o, "value", value ? json_string(value) : json_null());
    json_array_append_new(x->detail_rows, o);
}

/* Collapse white space so that "starts_with" compares words, not layout. */
static char *squash(const char *s)
{
    kz_buf b = KZ_BUF_INIT;
    int sp = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\n' || c == '\t' || (c == 0xC2 && (unsigned char)s[1] == 0xA0)) {
            if (c == 0xC2)
                s++;
            sp = 1;
            continue;
        }
        if (sp && b.len)
            kz_buf_putc(&b, ' ');
        sp = 0;
        kz_buf_putc(&b, (char)c);
    }
    return kz_buf_detach(&b);
}

static int str_eq(const char *a, json_t *g)
{
    if (json_is_null(g) || !g)
        return a == NULL;
    return a && json_is_string(g) && strcmp(a, json_string_value(g)) == 0;
}

static int list_eq(const char **a, json_t *g)
{
    size_t n = 0;
    while (a && a[n])
        n++;
    if (!json_is_array(g))
        return n == 0;
    if (json_array_size(g) != n)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int found = 0;
        for (size_t k = 0; k < n; k++)
            if (strcmp(a[i], json_string_value(json_array_get(g, k))
                                 ? json_string_value(json_array_get(g, k))
                                 : "") == 0)
                found = 1;
        if (!found)
            return 0;
    }
    return 1;
}

static char *list_str(const char **a)
{
    kz_buf b = KZ_BUF_INIT;
    kz_buf_putc(&b, '[');
    for (size_t i = 0; a && a[i]; i++)
        kz_buf_printf(&b, "%s\"%s\"", i ? ", " : "", a[i]);
    kz_buf_putc(&b, ']');
    return kz_buf_detach(&b);
}

static json_t *meta_diff(struct run *x, kz_doc *d, json_t *gm)
{
    json_t *bad = json_array();
    static const char *const fields[] = {"kind", "title", "date", "publisher", "interviewer"};
    const char *mine[] = {d->meta.kind, d->meta.title, d->meta.date, d->meta.publisher,
                          d->meta.interviewer};
    for (size_t i = 0; i < 5; i++) {
        json_t *g = json_object_get(gm, fields[i]);
        if (!str_eq(mine[i], g)) {
            json_array_append_new(bad, json_string(fields[i]));
            if (x->o->verbose) {
                char *gs = json_dumps(g ? g : json_null(), JSON_ENCODE_ANY);
                kz_buf b = KZ_BUF_INIT;
                kz_buf_printf(&b, "gold %s", gs);
                detail(x, d->name, "meta", fields[i], mine[i] ? mine[i] : "null", b.ptr);
                kz_buf_release(&b);
                free(gs);
            }
        }
    }
    const char **lists[] = {d->meta.interviewees, d->meta.authors};
    static const char *const lnames[] = {"interviewees", "authors"};
    for (size_t i = 0; i < 2; i++) {
        json_t *g = json_object_get(gm, lnames[i]);
        if (!list_eq(lists[i], g)) {
            json_array_append_new(bad, json_string(lnames[i]));
            if (x->o->verbose) {
                char *mine_s = list_str(lists[i]);
                char *gs = json_dumps(g ? g : json_null(), JSON_ENCODE_ANY | JSON_COMPACT);
                kz_buf b = KZ_BUF_INIT;
                kz_buf_printf(&b, "gold %s", gs);
                detail(x, d->name, "meta", lnames[i], mine_s, b.ptr);
                kz_buf_release(&b);
                free(gs);
                free(mine_s);
            }
        }
    }
    return bad;
}

/* Match predicted facts of one type against gold; counts go to @t. */
static void score_facts(struct run *x, kz_doc *d, json_t *gfacts, int ti)
{
    const char *type = ftypes[ti];
    struct tally *t = &x->t[ti];
    size_t ng = 0;
    json_t **gf = kz_xmalloc((json_array_size(gfacts) + 1) * sizeof *gf);
    size_t i;
    json_t *f;
    json_array_foreach(gfacts, i, f)
    {
        const char *ft = json_string_value(json_object_get(f, "type"));
        if (ft && strcmp(ft, type) == 0)
            gf[ng++] = f;
    }
    char *gused = kz_xcalloc(ng + 1, 1);
    if (ti <= 1) {
        for (size_t k = 0; k < d->nfacts; k++) {
            const kz_fact *p = &d->facts[k];
            if ((ti == 0 && p->type != KZ_FACT_DATE) || (ti == 1 && p->type != KZ_FACT_FIGURE))
                continue;
            int hit = 0;
            for (size_t g = 0; g < ng && !hit; g++) {
                if (gused[g])
                    continue;
                json_t *gv = json_object_get(gf[g], "value");
                if (ti == 0) {
                    hit = json_is_null(gv) ? p->value == NULL
                                           : p->value && json_is_string(gv) &&
                                                 strcmp(p->value, json_string_value(gv)) == 0;
                } else {
                    const char *gu = json_string_value(json_object_get(gf[g], "unit"));
                    double a = json_number_value(gv);
                    hit = p->unit && gu && strcmp(p->unit, gu) == 0 &&
                          fabs(a - p->amount) <= 0.005 * fabs(a) + 1e-9;
                }
                if (hit)
                    gused[g] = 1;
            }
            if (hit) {
                t->tp++;
            } else {
                t->fp++;
                if (x->o->verbose) {
                    char *txt = kz_xstrndup(d->text + p->start, p->end - p->start);
                    detail(x, d->name, "false", type, txt, ti == 0 ? p->value : p->number);
                    free(txt);
                }
            }
        }
    } else {
        unsigned et = ti == 2 ? KZ_FACT_PERSON : KZ_FACT_PLACE;
        for (size_t k = 0; k < d->nentities; k++) {
            const kz_entity *e = &d->entities[k];
            if (e->type != et)
                continue;
            int hit = 0;
            for (size_t g = 0; g < ng && !hit; g++) {
                const char *gid = json_string_value(json_object_get(gf[g], "id"));
                if (!gused[g] && gid && strcmp(gid, e->id) == 0)
                    gused[g] = hit = 1;
            }
            if (hit) {
                t->tp++;
            } else {
                t->fp++;
                if (x->o->verbose)
                    detail(x, d->name, "false", type, e->id, e->kind ? e->kind : e->role);
            }
        }
    }
    for (size_t g = 0; g < ng; g++) {
        if (gused[g])
            continue;
        t->fn++;
        if (x->o->verbose) {
            json_t *gv = json_object_get(gf[g], ti <= 1 ? "value" : "id");
            char *vs = json_dumps(gv ? gv : json_null(), JSON_ENCODE_ANY);
            const char *txt = json_string_value(json_object_get(gf[g], "text"));
            detail(x, d->name, "miss", type, txt, vs);
            free(vs);
        }
    }
    free(gused);
    free(gf);
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    struct run *x = ud;
    kz_buf path = KZ_BUF_INIT;
    kz_buf_printf(&path, "%s/%s.json", x->o->gold, d->name);
    json_error_t je;
    json_t *g = json_load_file(path.ptr, 0, &je);
    if (!g) {
        kz_cli_warn(c, "no gold for '%s' (%s), not scored", d->path, je.text);
        kz_buf_release(&path);
        return;
    }
    kz_buf_release(&path);
    x->docs++;
    json_t *row = json_object();
    json_object_set_new(row, "doc", json_string(d->name));
    if (scored(x->o, "turn")) {
        json_t *gt = json_object_get(g, "turns");
        size_t ng = json_array_size(gt), np = d->nturns, same = 0, starts = 0;
        for (size_t i = 0; i < ng && i < np; i++) {
            json_t *t = json_array_get(gt, i);
            const char *gs = json_string_value(json_object_get(t, "speaker"));
            const char *gr = json_string_value(json_object_get(t, "role"));
            if (gs && gr && strcmp(gs, d->turns[i].speaker) == 0 &&
                strcmp(gr, kz_role_name(d->turns[i].role)) == 0)
                same++;
            else if (x->o->verbose)
                detail(x, d->name, "turn", "speaker", d->turns[i].speaker, gs);
            const char *sw = json_string_value(json_object_get(t, "starts_with"));
            char *a = squash(kz_turn_text(d, &d->turns[i])), *b = squash(sw ? sw : "");
            if (strncmp(a, b, strlen(b)) == 0)
                starts++;
            else if (x->o->verbose)
                detail(x, d->name, "turn", "starts_with", a, b);
            free(a);
            free(b);
        }
        size_t mx = ng > np ? ng : np;
        double acc = mx ? (double)same / (double)mx : 1.0;
        double sacc = mx ? (double)starts / (double)mx : 1.0;
        json_object_set_new(row, "turns_gold", json_integer((json_int_t)ng));
        json_object_set_new(row, "turns", json_integer((json_int_t)np));
        json_object_set_new(row, "speaker_acc", json_real(acc));
        json_object_set_new(row, "starts_acc", json_real(sacc));
        x->speaker_acc_sum += acc;
        if (ng == np && same == ng && starts == ng)
            x->turn_docs_ok++;
        else
            x->short_fall = 1;
    }
    if (scored(x->o, "meta")) {
        json_t *bad = meta_diff(x, d, json_object_get(g, "meta"));
        /* the title is reported but does not fail a document */
        size_t nbad = json_array_size(bad);
        for (size_t i = 0; i < json_array_size(bad); i++)
            if (strcmp(json_string_value(json_array_get(bad, i)), "title") == 0)
                nbad--;
        if (nbad == 0)
            x->meta_docs_ok++;
        else
            x->short_fall = 1;
        json_object_set_new(row, "meta_diff", bad);
    }
    json_t *gf = json_object_get(g, "facts");
    for (int ti = 0; ti < NF; ti++)
        if (scored(x->o, ftypes[ti]))
            score_facts(x, d, gf, ti);
    json_array_append_new(x->doc_rows, row);
    json_decref(g);
}

static void emit_json_rows(struct kz_cli *c, const char *type, json_t *rows)
{
    size_t i;
    json_t *r;
    json_array_foreach(rows, i, r)
    {
        kz_rec rec;
        kz_rec_init(&rec, type);
        const char *k;
        json_t *v;
        char *dumped[KZ_REC_MAX];
        size_t nd = 0;
        json_object_foreach(r, k, v)
        {
            if (json_is_string(v))
                kz_rec_str(&rec, k, json_string_value(v));
            else if (json_is_integer(v))
                kz_rec_int(&rec, k, (long long)json_integer_value(v));
            else if (json_is_real(v)) {
                char *s = kz_xmalloc(32);
                snprintf(s, 32, "%.3f", json_real_value(v));
                dumped[nd++] = s;
                kz_rec_num(&rec, k, s);
            } else if (json_is_null(v)) {
                kz_rec_null(&rec, k);
            } else {
                char *s = json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);
                dumped[nd++] = s;
                kz_rec_json(&rec, k, s);
            }
        }
        kz_cli_emit(&rec, c);
        for (size_t k2 = 0; k2 < nd; k2++)
            free(dumped[k2]);
    }
}

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct opts *o = c->state;
    if (!o->gold)
        return kz_cli_usage_error(c, "--gold DIR is required");
    struct run x = {.c = c, .o = o, .doc_rows = json_array(), .detail_rows = json_array()};
    int st = kz_cli_each_doc(c, argc, argv, each, &x);
    if (st) {
        json_decref(x.doc_rows);
        json_decref(x.detail_rows);
        return st;
    }
    /* scores: one row per fact type, then the totals */
    json_t *scores = json_array();
    for (int ti = 0; ti < NF; ti++) {
        if (!scored(o, ftypes[ti]))
            continue;
        struct tally *t = &x.t[ti];
        double p = t->tp + t->fp ? (double)t->tp / (double)(t->tp + t->fp) : 1.0;
        double r = t->tp + t->fn ? (double)t->tp / (double)(t->tp + t->fn) : 1.0;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        if (f1 < o->min_f1)
            x.short_fall = 1;
        json_t *row = json_object();
        json_object_set_new(row, "fact", json_string(ftypes[ti]));
        json_object_set_new(row, "tp", json_integer(t->tp));
        json_object_set_new(row, "fp", json_integer(t->fp));
        json_object_set_new(row, "fn", json_integer(t->fn));
        json_object_set_new(row, "precision", json_real(p));
        json_object_set_new(row, "recall", json_real(r));
        json_object_set_new(row, "f1", json_real(f1));
        json_array_append_new(scores, row);
    }
    json_t *summary = json_array(), *srow = json_object();
    json_object_set_new(srow, "documents", json_integer((json_int_t)x.docs));
    if (scored(o, "turn")) {
        json_object_set_new(srow, "turns_exact", json_integer((json_int_t)x.turn_docs_ok));
        json_object_set_new(srow, "speaker_acc",
                            json_real(x.docs ? x.speaker_acc_sum / (double)x.docs : 1.0));
    }
    if (scored(o, "meta"))
        json_object_set_new(srow, "meta_exact", json_integer((json_int_t)x.meta_docs_ok));
    json_array_append_new(summary, srow);

    int table = 0;
    st = kz_cli_open_output(c);
    if (st)
        goto out;
    table = strcmp(c->renderer->name, "table") == 0;
    emit_json_rows(c, "eval", x.doc_rows);
    /* a human table per kind of row; machine formats get one stream */
    if (table) {
        kz_cli_close_output(c);
        if (json_array_size(x.detail_rows)) {
            printf("\n");
            kz_cli_open_output(c);
            emit_json_rows(c, "detail", x.detail_rows);
            kz_cli_close_output(c);
        }
        printf("\n");
        kz_cli_open_output(c);
        emit_json_rows(c, "score", scores);
        kz_cli_close_output(c);
        printf("\n");
        kz_cli_open_output(c);
    } else {
        emit_json_rows(c, "detail", x.detail_rows);
        emit_json_rows(c, "score", scores);
    }
    emit_json_rows(c, "summary", summary);
    st = kz_cli_close_output(c);
out:
    json_decref(x.doc_rows);
    json_decref(x.detail_rows);
    json_decref(scores);
    json_decref(summary);
    if (st)
        return st;
    return x.short_fall ? KZ_EXIT_FINDINGS : KZ_EXIT_OK;
}

const struct kz_command kz_command_eval = {
    .name = "eval",
    .summary = "score kzua's output against gold files",
    .usage = "kzua eval --gold DIR [options] PATH...",
    .description =
        "Each document is scored against DIR/<its name>.json. Falls short (exit 1) when a\n"
        "document's turns or metadata differ from the gold, or a fact type's F1 is below\n"
        "--min-f1. The title is reported but does not make a document fall short.",
    .example = "kzua eval --gold corpus/gold corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .default_format = "table", /* a report for people; -F jsonl for scripts */
    .run = run,
    .state_size = sizeof(struct opts),
};
