/* SPDX-License-Identifier: MIT */
/*
 * kzua check: compare a corpus with an expectations file and list every
 * difference. A count is exact (3), bounded ({"min": 40, "max": 60}) or a
 * list of facts that must be found ([{"value": 530, "unit": "t"}]); counts
 * apply per document under "documents", and to the whole corpus under
 * "total" or at the top level.
 */
#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_buf.h"
#include "cli.h"

static const char *const types[] = {"turn", "date", "figure", "person", "place"};
#define NTYPES 5

struct opts {
    const char *expect;
};

enum { OPT_EXPECT = 500 };

static const struct kz_opt opts[] = {
    {OPT_EXPECT, "expect", 1, "FILE",
     "the expectations (JSON; 'kzua stats --format expect' writes one)"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    if (id == OPT_EXPECT)
        ((struct opts *)c->state)->expect = arg;
    return 0;
}

struct run {
    struct kz_cli *c;
    json_t *exp;
    json_t *seen;    /* doc name -> {type: count} */
    json_t *records; /* every fact and turn record, as JSON, with "doc" */
    long long total[NTYPES];
    size_t differences;
};

static json_t *rec_json(const kz_rec *r)
{
    kz_sink m;
    kz_sink_init_mem(&m);
    kz_json_object(&m, r);
    json_t *j = json_loadb(m.mem ? m.mem : "{}", m.len, 0, NULL);
    kz_sink_close(&m);
    return j;
}

static void collect(const kz_rec *r, void *ud)
{
    struct run *x = ud;
    if (strcmp(r->type, "document") == 0)
        return;
    json_t *j = rec_json(r);
    if (j)
        json_array_append_new(x->records, j);
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    (void)c;
    struct run *x = ud;
    long long n[NTYPES] = {(long long)d->nturns, (long long)kz_doc_count(d, KZ_FACT_DATE),
                           (long long)kz_doc_count(d, KZ_FACT_FIGURE),
                           (long long)kz_doc_count(d, KZ_FACT_PERSON),
                           (long long)kz_doc_count(d, KZ_FACT_PLACE)};
    json_t *o = json_object();
    for (int i = 0; i < NTYPES; i++) {
        json_object_set_new(o, types[i], json_integer(n[i]));
        x->total[i] += n[i];
    }
    json_object_set_new(x->seen, d->name, o);
    kz_query_all(d, collect, x);
}

static void differ(struct run *x, const char *doc, const char *what, const char *expected,
                   const char *got)
{
    kz_rec r;
    kz_rec_init(&r, "difference");
    kz_rec_str(&r, "doc", doc);
    kz_rec_str(&r, "what", what);
    kz_rec_str(&r, "expected", expected);
    kz_rec_str(&r, "got", got);
    kz_cli_emit(&r, x->c);
    x->differences++;
}

/* Does record @r have every field of @want? Numbers agree within 0.5%. */
static int fact_matches(json_t *r, json_t *want)
{
    const char *k;
    json_t *v;
    json_object_foreach(want, k, v)
    {
        json_t *g = json_object_get(r, k);
        if (!g)
            return 0;
        if (json_is_number(v) && json_is_number(g)) {
            double a = json_number_value(v), b = json_number_value(g);
            if (fabs(a - b) > 0.005 * fabs(a) + 1e-9)
                return 0;
        } else if (!json_equal(v, g)) {
            return 0;
        }
    }
    return 1;
}

static void check_count(struct run *x, const char *doc, const char *type, json_t *spec,
                        long long got)
{
    char e[64], g[32];
    snprintf(g, sizeof g, "%lld", got);
    if (json_is_integer(spec)) {
        if (json_integer_value(spec) != got) {
            snprintf(e, sizeof e, "%lld", (long long)json_integer_value(spec));
            differ(x, doc, type, e, g);
        }
    } else if (json_is_object(spec)) {
        json_t *mn = json_object_get(spec, "min"), *mx = json_object_get(spec, "max");
        if ((mn && got < json_integer_value(mn)) || (mx && got > json_integer_value(mx))) {
            if (mn && mx)
                snprintf(e, sizeof e, "%lld..%lld", (long long)json_integer_value(mn),
                         (long long)json_integer_value(mx));
            else if (mn)
                snprintf(e, sizeof e, ">= %lld", (long long)json_integer_value(mn));
            else
                snprintf(e, sizeof e, "<= %lld", (long long)json_integer_value(mx));
            differ(x, doc, type, e, g);
        }
    } else if (json_is_array(spec)) {
        size_t i;
        json_t *want;
        json_array_foreach(spec, i, want)
        {
            int found = 0;
            size_t k;
            json_t *r;
            json_array_foreach(x->records, k, r)
            {
                const char *rt = json_string_value(json_object_get(r, "type"));
                const char *rd = json_string_value(json_object_get(r, "doc"));
                if (rt && strcmp(rt, type) == 0 && (!doc || (rd && strcmp(rd, doc) == 0)) &&
                    fact_matches(r, want)) {
                    found = 1;
                    break;
                }
            }
            if (!found) {
                char *w = json_dumps(want, JSON_COMPACT | JSON_PRESERVE_ORDER);
                differ(x, doc, type, w, "missing");
                free(w);
            }
        }
    } else {
        differ(x, doc, type, "a count, {\"min\", \"max\"} or a list of facts", "bad expectation");
    }
}

static int type_index(const char *k)
{
    for (int i = 0; i < NTYPES; i++)
        if (strcmp(k, types[i]) == 0)
            return i;
    return -1;
}

static void check_counts(struct run *x, const char *doc, json_t *spec, json_t *seen)
{
    const char *k;
    json_t *v;
    json_object_foreach(spec, k, v)
    {
        int i = type_index(k);
        if (i < 0)
            continue;
        long long got = doc ? json_integer_value(json_object_get(seen, k)) : x->total[i];
        check_count(x, doc, k, v, got);
    }
}

static const char *const columns[] = {"doc", "what", "expected", "got", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct opts *o = c->state;
    if (!o->expect)
        return kz_cli_usage_error(c, "--expect FILE is required");
    json_error_t je;
    json_t *exp = json_load_file(o->expect, 0, &je);
    if (!exp) {
        kz_cli_error(c, "cannot read '%s': %s (line %d)", o->expect, je.text, je.line);
        return KZ_EXIT_INPUT;
    }
    if (!json_is_object(exp)) {
        json_decref(exp);
        kz_cli_error(c, "'%s': expectations must be a JSON object", o->expect);
        return KZ_EXIT_INPUT;
    }
    struct run x = {.c = c, .exp = exp, .seen = json_object(), .records = json_array()};
    c->ropts.columns = columns;
    int st = kz_cli_open_output(c);
    if (!st)
        st = kz_cli_each_doc(c, argc, argv, each, &x);
    if (!st) {
        json_t *docs = json_object_get(exp, "documents");
        const char *name;
        json_t *spec;
        json_object_foreach(docs, name, spec)
        {
            json_t *seen = json_object_get(x.seen, name);
            if (!seen)
                differ(&x, name, "document", "present", "missing");
            else
                check_counts(&x, name, spec, seen);
        }
        json_t *total = json_object_get(exp, "total");
        if (total)
            check_counts(&x, NULL, total, NULL);
        check_counts(&x, NULL, exp, NULL);
    }
    int out = kz_cli_close_output(c);
    json_decref(exp);
    json_decref(x.seen);
    json_decref(x.records);
    if (st)
        return st;
    if (out)
        return out;
    if (x.differences && !c->quiet)
        kz_cli_error(c, "%zu difference%s from '%s'", x.differences, x.differences == 1 ? "" : "s",
                     o->expect);
    return x.differences ? KZ_EXIT_FINDINGS : KZ_EXIT_OK;
}

const struct kz_command kz_command_check = {
    .name = "check",
    .summary = "compare counts and required facts with an expectations file",
    .usage = "kzua check --expect FILE [options] PATH...",
    .description =
        "FILE holds {\"documents\": {NAME: {TYPE: SPEC}}, \"total\": {TYPE: SPEC}}, and TYPE: "
        "SPEC\n"
        "at the top level for the whole corpus. TYPE is turn, date, figure, person or place;\n"
        "SPEC is a count (3), bounds ({\"min\": 40}) or facts that must be found\n"
        "([{\"value\": 530, \"unit\": \"t\"}]; numbers agree within 0.5%). Each difference is\n"
        "printed; the exit status is 1 when there is any.",
    .example = "kzua check --expect corpus/expected.json corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .default_format = "table", /* a report for people; -F jsonl for scripts */
    .run = run,
    .state_size = sizeof(struct opts),
};
