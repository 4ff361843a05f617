/* SPDX-License-Identifier: MIT */
/* kzua claims: figures that state the same measure, side by side, with their spread. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kzua/claims.h"

struct state {
    bool all, flat;
    const char *docs, *units, *classes, *what;
    double min_spread;
    kz_claims claims;
};

enum { OPT_ALL = 'a', OPT_DOC = 400, OPT_UNIT, OPT_CLASS, OPT_WHAT, OPT_MIN_SPREAD, OPT_FLAT };

static const struct kz_opt opts[] = {
    {OPT_ALL, "all", 0, NULL, "also list measures stated by one source only"},
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_UNIT, "unit", 1, "LIST", "only figures in these units (USD, t, person, ...)"},
    {OPT_CLASS, "class", 1, "LIST", "only figures of these classes (money, mass, people, ...)"},
    {OPT_WHAT, "what", 1, "LIST", "only groups with these head nouns (trade, aid, ...)"},
    {OPT_MIN_SPREAD, "min-spread", 1, "X", "only groups whose relative spread is at least X (0-1)"},
    {OPT_FLAT, "flat", 0, NULL, "one record per member (always so in table and tsv)"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case OPT_ALL: o->all = true; break;
    case OPT_DOC: o->docs = arg; break;
    case OPT_UNIT: o->units = arg; break;
    case OPT_CLASS: o->classes = arg; break;
    case OPT_WHAT: o->what = arg; break;
    case OPT_FLAT: o->flat = true; break;
    case OPT_MIN_SPREAD: {
        char *end;
        double v = strtod(arg, &end);
        if (!*arg || *end || !(v >= 0 && v <= 1))
            return kz_cli_usage_error(c, "--min-spread wants a number from 0 to 1, not '%s'", arg);
        o->min_spread = v;
        break;
    }
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    (void)c;
    struct state *o = ud;
    if (kz_cli_doc_ok(o->docs, d))
        kz_claims_add_doc(&o->claims, d);
}

static void json_field(kz_sink *s, const char *name, const char *v, bool first)
{
    kz_sink_puts(s, first ? "\"" : ", \"");
    kz_sink_puts(s, name);
    kz_sink_puts(s, "\": ");
    if (v)
        kz_json_string(s, v, strlen(v));
    else
        kz_sink_puts(s, "null");
}

/* The members of a group as a JSON array (caller frees). */
static char *members_json(const kz_claims *cl, const kz_claim_group *g)
{
    kz_sink s;
    kz_sink_init_mem(&s);
    kz_sink_puts(&s, "[");
    for (size_t i = 0; i < g->nmembers; i++) {
        const kz_claim *m = &cl->items[g->members[i]];
        kz_sink_puts(&s, i ? ", {" : "{");
        json_field(&s, "doc", m->doc, true);
        json_field(&s, "doc_date", m->doc_date, false);
        json_field(&s, "speaker", m->speaker, false);
        json_field(&s, "role", m->role, false);
        if (m->turn)
            kz_sink_printf(&s, ", \"turn\": %lld", m->turn);
        else
            kz_sink_puts(&s, ", \"turn\": null");
        kz_sink_printf(&s, ", \"line\": %lld", m->line);
        json_field(&s, "text", m->text, false);
        kz_sink_printf(&s, ", \"value\": %s", m->number);
        json_field(&s, "qualifier", m->qualifier, false);
        json_field(&s, "what", m->what, false);
        json_field(&s, "period", m->period, false);
        json_field(&s, "part_of", m->part_of, false);
        json_field(&s, "sentence", m->sentence, false);
        kz_sink_puts(&s, "}");
    }
    kz_sink_puts(&s, "]");
    char *r = malloc(s.len + 1);
    if (r) {
        memcpy(r, s.mem ? s.mem : "", s.len);
        r[s.len] = '\0';
    }
    kz_sink_close(&s);
    return r;
}

static void group_fields(kz_rec *r, const kz_claims *cl, const kz_claim_group *g, long long n,
                         const char *spread)
{
    kz_rec_int(r, "group", n);
    kz_rec_str(r, "head", g->head);
    kz_rec_str(r, "unit", g->unit);
    kz_rec_str(r, "class", g->fclass);
    kz_rec_str(r, "period", g->period);
    kz_rec_int(r, "sources", (long long)g->nsources);
    kz_rec_int(r, "count", (long long)g->nmembers);
    kz_rec_num(r, "min", cl->items[g->min].number);
    kz_rec_num(r, "max", cl->items[g->max].number);
    kz_rec_num(r, "spread", spread);
}

static void emit_group(struct kz_cli *c, struct state *o, const kz_claim_group *g, long long n)
{
    const kz_claims *cl = &o->claims;
    char spread[32];
    snprintf(spread, sizeof spread, "%.3f", g->spread);
    if (!o->flat) {
        kz_rec r;
        kz_rec_init(&r, "claim");
        group_fields(&r, cl, g, n, spread);
        char *js = members_json(cl, g);
        kz_rec_json(&r, "members", js);
        kz_cli_emit(&r, c);
        free(js);
        return;
    }
    for (size_t i = 0; i < g->nmembers; i++) {
        const kz_claim *m = &cl->items[g->members[i]];
        kz_rec r;
        kz_rec_init(&r, "claim_member");
        group_fields(&r, cl, g, n, spread);
        kz_rec_str(&r, "doc", m->doc);
        kz_rec_str(&r, "doc_date", m->doc_date);
        kz_rec_str(&r, "speaker", m->speaker);
        kz_rec_str(&r, "role", m->role);
        if (m->turn)
            kz_rec_int(&r, "turn", m->turn);
        else
            kz_rec_null(&r, "turn");
        kz_rec_int(&r, "line", m->line);
        kz_rec_str(&r, "text", m->text);
        kz_rec_num(&r, "value", m->number);
        kz_rec_str(&r, "qualifier", m->qualifier);
        kz_rec_str(&r, "what", m->what);
        kz_rec_str(&r, "member_period", m->period);
        kz_rec_str(&r, "part_of", m->part_of);
        kz_rec_str(&r, "sentence", m->sentence);
        kz_cli_emit(&r, c);
    }
}

static bool keep_group(const struct state *o, const kz_claim_group *g)
{
    if (!o->all && g->nsources < 2)
        return false;
    if (o->units && !kz_cli_in_list(o->units, g->unit))
        return false;
    if (o->classes && !kz_cli_in_list(o->classes, g->fclass))
        return false;
    if (o->what && !kz_cli_in_list(o->what, g->head))
        return false;
    return g->spread + 1e-9 >= o->min_spread;
}

static const char *const group_cols[] = {"group", "head", "unit",   "period", "sources",
                                         "min",   "max",  "spread", NULL};
static const char *const flat_cols[] = {"group",     "head", "unit",    "period", "spread", "value",
                                        "qualifier", "doc",  "speaker", "text",   NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    kz_claims_init(&o->claims);
    int st = kz_cli_open_output(c);
    if (!st) {
        /* a table or TSV cannot hold the nested members: one row per member there */
        if (strcmp(c->renderer->name, "table") == 0 || strcmp(c->renderer->name, "tsv") == 0)
            o->flat = true;
        c->ropts.columns = o->flat ? flat_cols : group_cols;
        st = kz_cli_each_doc(c, argc, argv, each, o);
        if (!st) {
            kz_claims_group(&o->claims);
            long long n = 0;
            for (size_t i = 0; i < o->claims.ngroups; i++)
                if (keep_group(o, &o->claims.groups[i]))
                    emit_group(c, o, &o->claims.groups[i], ++n);
        }
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    kz_claims_release(&o->claims);
    return st;
}

const struct kz_command kz_command_claims = {
    .name = "claims",
    .summary = "the same measure stated by different sources, side by side, with the spread",
    .usage = "kzua claims [options] PATH...",
    .description =
        "Figures are grouped by what they measure: the head noun of their \"what\" (lower case,\n"
        "singular, function and measure words dropped: \"mutual trade turnover\" and \"bilateral\n"
        "trade\" are both \"trade\"), their unit, and their period (the nearest year in the\n"
        "sentence, \"last year\" resolved; \"once\" or \"previously\" make it \"past\"; a figure\n"
        "with no period joins the only dated group of its measure if its phrase is that of a\n"
        "member: \"humanitarian aid\"). A source is a document and speaker. Only groups\n"
        "with two sources or more are listed, unless --all; each has min, max and spread =\n"
        "(max - min) / max. json and jsonl write one \"claim\" record per group with its\n"
        "members; table, tsv and --flat one \"claim_member\" record per member.\n"
        "docs/claims.md has the full rule.",
    .example = "kzua claims --min-spread 0.001 corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
