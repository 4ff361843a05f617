/* SPDX-License-Identifier: MIT */
/* kzua timeline: the date facts of all documents in calendar order. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "cli.h"
#include "kzua/claims.h"

/* One date fact, copied: documents are freed before the events are sorted. */
struct event {
    const char *doc, *value, *mod, *anchor, *text, *speaker, *role, *sentence;
    char from[11], to[11]; /* calendar span; empty when unplaced */
    long long turn, line;
    size_t docno, start;
};

struct state {
    const char *docs, *speaker, *role;
    char *speaker_key;
    char since[11], until[11];
    bool no_undated, undated_only;
    kz_arena *arena;
    struct event *ev;
    size_t n, cap, ndocs;
};

enum { OPT_DOC = 400, OPT_SPEAKER, OPT_ROLE, OPT_SINCE, OPT_UNTIL, OPT_NO_UNDATED, OPT_UNDATED };

static const struct kz_opt opts[] = {
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_SPEAKER, "speaker", 1, "NAME", "only dates in turns of speaker NAME (case-insensitive)"},
    {OPT_ROLE, "role", 1, "ROLE", "only dates in turns of ROLE: interviewer, interviewee, quoted"},
    {OPT_SINCE, "since", 1, "DATE", "only dates that end on or after DATE (YYYY[-MM[-DD]])"},
    {OPT_UNTIL, "until", 1, "DATE", "only dates that start on or before DATE (YYYY[-MM[-DD]])"},
    {OPT_NO_UNDATED, "no-undated", 0, NULL, "leave out the dates that could not be placed"},
    {OPT_UNDATED, "undated", 0, NULL, "list only the dates that could not be placed"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case OPT_DOC: o->docs = arg; break;
    case OPT_SPEAKER: o->speaker = arg; break;
    case OPT_ROLE: return kz_cli_opt_role(c, arg, &o->role);
    case OPT_SINCE: return kz_cli_opt_date(c, false, arg, o->since);
    case OPT_UNTIL: return kz_cli_opt_date(c, true, arg, o->until);
    case OPT_NO_UNDATED: o->no_undated = true; break;
    case OPT_UNDATED: o->undated_only = true; break;
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

static const char *dup(struct state *o, const char *s)
{
    return s ? kz_arena_strndup(o->arena, s, strlen(s)) : NULL;
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    (void)c;
    struct state *o = ud;
    size_t docno = o->ndocs++;
    if (!kz_cli_doc_ok(o->docs, d))
        return;
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        if (f->type != KZ_FACT_DATE)
            continue;
        const kz_turn *t = f->turn >= 0 && (size_t)f->turn < d->nturns ? &d->turns[f->turn] : NULL;
        if ((o->speaker || o->role) && (!t || !kz_cli_turn_ok(t, o->speaker_key, o->role)))
            continue;
        struct event e;
        memset(&e, 0, sizeof e);
        bool placed = kz_date_span(f->value, e.from, e.to);
        if (placed ? o->undated_only : o->no_undated)
            continue;
        if ((o->since[0] || o->until[0]) &&
            (!placed || !kz_span_overlaps(e.from, e.to, o->since, o->until)))
            continue;
        e.doc = dup(o, d->name);
        e.value = dup(o, f->value);
        e.mod = dup(o, f->mod);
        e.anchor = dup(o, f->anchor);
        e.text = kz_arena_strndup(o->arena, d->text + f->start, f->end - f->start);
        if (t) {
            e.speaker = dup(o, t->speaker);
            e.role = kz_role_name(t->role);
            e.turn = t->n;
        }
        size_t s, en;
        kz_doc_sentence(d, f->start, f->end, &s, &en);
        e.sentence = kz_arena_strndup(o->arena, d->text + s, en - s);
        e.line = kz_doc_line(d, f->start);
        e.docno = docno;
        e.start = f->start;
        KZ_GROW(o->ev, o->cap, o->n + 1);
        o->ev[o->n++] = e;
    }
}

/* Placed events by start, then end, then document and position; unplaced ones last. */
static int cmp_event(const void *pa, const void *pb)
{
    const struct event *a = pa, *b = pb;
    if (!a->from[0] != !b->from[0])
        return a->from[0] ? -1 : 1;
    int r = strcmp(a->from, b->from);
    if (!r)
        r = strcmp(a->to, b->to);
    if (r)
        return r;
    if (a->docno != b->docno)
        return a->docno < b->docno ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static void emit(struct kz_cli *c, const struct event *e)
{
    kz_rec r;
    kz_rec_init(&r, "event");
    kz_rec_bool(&r, "placed", e->from[0] != '\0');
    kz_rec_str(&r, "from", e->from[0] ? e->from : NULL);
    kz_rec_str(&r, "to", e->to[0] ? e->to : NULL);
    kz_rec_str(&r, "value", e->value);
    kz_rec_str(&r, "mod", e->mod);
    kz_rec_str(&r, "anchor", e->anchor);
    kz_rec_str(&r, "text", e->text);
    kz_rec_str(&r, "doc", e->doc);
    if (e->turn)
        kz_rec_int(&r, "turn", e->turn);
    else
        kz_rec_null(&r, "turn");
    kz_rec_str(&r, "speaker", e->speaker);
    kz_rec_str(&r, "role", e->role);
    kz_rec_int(&r, "line", e->line);
    kz_rec_str(&r, "sentence", e->sentence);
    kz_cli_emit(&r, c);
}

static const char *const columns[] = {"from", "value",   "text",     "doc",
                                      "line", "speaker", "sentence", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    if (o->no_undated && o->undated_only)
        return kz_cli_usage_error(c, "--undated and --no-undated exclude each other");
    o->speaker_key = kz_cli_key(o->speaker);
    o->arena = kz_arena_new();
    c->ropts.columns = columns;
    int st = kz_cli_open_output(c);
    if (!st) {
        st = kz_cli_each_doc(c, argc, argv, each, o);
        if (!st) {
            if (o->n)
                qsort(o->ev, o->n, sizeof *o->ev, cmp_event);
            for (size_t i = 0; i < o->n; i++)
                emit(c, &o->ev[i]);
        }
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    free(o->ev);
    free(o->speaker_key);
    kz_arena_free(o->arena);
    return st;
}

const struct kz_command kz_command_timeline = {
    .name = "timeline",
    .summary = "dated events of all documents in calendar order",
    .usage = "kzua timeline [options] PATH...",
    .description =
        "One \"event\" record per date fact, with its sentence, speaker and document, sorted by\n"
        "the first day the date covers (a range such as 2022/2024 stands at 2022-01-01, a\n"
        "month before its days), then by its last day, document and position. \"from\" and\n"
        "\"to\" are the first and last day (a month's last day is written as day 31). Dates\n"
        "that could not be placed (\"last year\" in an undated text) come last, in text\n"
        "order, with \"placed\": false and \"from\": null.",
    .example = "kzua timeline --since 2022 --until 2024 -F table corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
