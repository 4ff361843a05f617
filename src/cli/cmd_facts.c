/* SPDX-License-Identifier: MIT */
/* kzua facts: every fact (date, figure, person, place), filtered, in text order. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "cli.h"
#include "extract/regex.h"
#include "kzua/claims.h"

struct opts {
    unsigned types; /* bit per KZ_FACT_*; 0 means all */
    const char *docs, *speaker, *role, *units, *classes, *person, *place, *match;
    char since[11], until[11];
    kz_regex *re;
    char *speaker_key, *person_key, *place_key;
};

enum {
    OPT_TYPE = 't',
    OPT_DOC = 400,
    OPT_SPEAKER,
    OPT_ROLE,
    OPT_UNIT,
    OPT_CLASS,
    OPT_SINCE,
    OPT_UNTIL,
    OPT_PERSON,
    OPT_PLACE,
    OPT_MATCH,
};

static const struct kz_opt opts[] = {
    {OPT_TYPE, "type", 1, "LIST", "only these types (comma-separated: date,figure,person,place)"},
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_SPEAKER, "speaker", 1, "NAME", "only facts in turns of speaker NAME (case-insensitive)"},
    {OPT_ROLE, "role", 1, "ROLE", "only facts in turns of ROLE: interviewer, interviewee, quoted"},
    {OPT_UNIT, "unit", 1, "LIST", "only figures in these units (USD, t, percent, person, ...)"},
    {OPT_CLASS, "class", 1, "LIST", "only figures of these classes (money, mass, people, ...)"},
    {OPT_SINCE, "since", 1, "DATE", "only facts tied to a date that ends on or after DATE"},
    {OPT_UNTIL, "until", 1, "DATE", "only facts tied to a date that starts on or before DATE"},
    {OPT_PERSON, "person", 1, "ID", "only facts in a sentence that mentions person ID"},
    {OPT_PLACE, "place", 1, "ID", "only facts in a sentence that mentions place ID"},
    {OPT_MATCH, "match", 1, "REGEX", "only facts whose sentence matches REGEX (PCRE2)"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct opts *o = c->state;
    switch (id) {
    case OPT_TYPE:
        for (const char *p = arg; *p;) {
            size_t l = strcspn(p, ",");
            unsigned t;
            for (t = 0; t < KZ_FACT__COUNT; t++)
                if (strlen(kz_fact_type_name(t)) == l && !strncmp(p, kz_fact_type_name(t), l))
                    break;
            if (t == KZ_FACT__COUNT)
                return kz_cli_usage_error(c,
                                          "unknown type '%.*s' (choose from date, figure, "
                                          "person, place)",
                                          (int)l, p);
            o->types |= 1u << t;
            p += l;
            if (*p)
                p++;
        }
        break;
    case OPT_DOC: o->docs = arg; break;
    case OPT_SPEAKER: o->speaker = arg; break;
    case OPT_ROLE: return kz_cli_opt_role(c, arg, &o->role);
    case OPT_UNIT: o->units = arg; break;
    case OPT_CLASS: o->classes = arg; break;
    case OPT_SINCE: return kz_cli_opt_date(c, false, arg, o->since);
    case OPT_UNTIL: return kz_cli_opt_date(c, true, arg, o->until);
    case OPT_PERSON: o->person = arg; break;
    case OPT_PLACE: o->place = arg; break;
    case OPT_MATCH: o->match = arg; break;
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

/* One fact or entity of a document, with where it stands. */
struct item {
    size_t pos;
    unsigned type;
    const kz_fact *f;
    const kz_entity *e;
};

static int cmp_item(const void *pa, const void *pb)
{
    const struct item *a = pa, *b = pb;
    if (a->pos != b->pos)
        return a->pos < b->pos ? -1 : 1;
    return (int)a->type - (int)b->type;
}

static bool speaker_ok(const struct opts *o, const kz_doc *d, int turn)
{
    if (!o->speaker && !o->role)
        return true;
    if (turn < 0 || (size_t)turn >= d->nturns)
        return false;
    return kz_cli_turn_ok(&d->turns[turn], o->speaker_key, o->role);
}

/* Sentences that mention the entity of @type whose id folds to @key. */
static bool near_entity(const kz_doc *d, unsigned type, const char *key, size_t start, size_t end)
{
    size_t s, e;
    kz_doc_sentence(d, start, end, &s, &e);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *en = &d->entities[i];
        if (en->type != type)
            continue;
        if (!kz_cli_same_key(key, en->id, strlen(en->id)))
            continue;
        for (size_t m = 0; m < en->nmentions; m++)
            if (en->mentions[m].start >= s && en->mentions[m].end <= e)
                return true;
    }
    return false;
}

static bool dates_ok(const struct opts *o, const kz_doc *d, size_t start, size_t end)
{
    if (!o->since[0] && !o->until[0])
        return true;
    const kz_fact *tied[64];
    size_t n = kz_tied_dates(d, start, end, tied, 64);
    if (n > 64)
        n = 64;
    for (size_t i = 0; i < n; i++) {
        char lo[11], hi[11];
        if (kz_date_span(tied[i]->value, lo, hi) && kz_span_overlaps(lo, hi, o->since, o->until))
            return true;
    }
    return false;
}

/* The tests that look at one span (a fact, or one mention of an entity). */
static bool span_ok(const struct opts *o, const kz_doc *d, size_t start, size_t end, int turn)
{
    if (!speaker_ok(o, d, turn))
        return false;
    if (o->person && !near_entity(d, KZ_FACT_PERSON, o->person_key, start, end))
        return false;
    if (o->place && !near_entity(d, KZ_FACT_PLACE, o->place_key, start, end))
        return false;
    if (o->re) {
        size_t s, e;
        kz_match m;
        kz_doc_sentence(d, start, end, &s, &e);
        if (kz_regex_find(o->re, d->text + s, e - s, 0, &m) != 1)
            return false;
    }
    return true;
}

static bool keep_fact(const struct opts *o, const kz_doc *d, const kz_fact *f)
{
    if (o->units || o->classes) {
        if (f->type != KZ_FACT_FIGURE)
            return false;
        if (o->units && (!f->unit || !kz_cli_in_list(o->units, f->unit)))
            return false;
        if (o->classes && (!f->fclass || !kz_cli_in_list(o->classes, f->fclass)))
            return false;
    }
    if (o->since[0] || o->until[0]) {
        if (f->type == KZ_FACT_DATE) {
            char lo[11], hi[11];
            if (!kz_date_span(f->value, lo, hi) || !kz_span_overlaps(lo, hi, o->since, o->until))
                return false;
        } else if (!dates_ok(o, d, f->start, f->end)) {
            return false;
        }
    }
    return span_ok(o, d, f->start, f->end, f->turn);
}

/* An entity passes when one of its mentions passes every test. */
static bool keep_entity(const struct opts *o, const kz_doc *d, const kz_entity *e)
{
    if (o->units || o->classes)
        return false;
    for (size_t i = 0; i < e->nmentions; i++) {
        const kz_mention *m = &e->mentions[i];
        if (dates_ok(o, d, m->start, m->end) && span_ok(o, d, m->start, m->end, m->turn))
            return true;
    }
    return false;
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    struct opts *o = ud;
    if (!kz_cli_doc_ok(o->docs, d))
        return;
    struct item *items = kz_xmalloc((d->nfacts + d->nentities + 1) * sizeof *items);
    size_t n = 0;
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        if ((o->types && !(o->types & (1u << f->type))) || !keep_fact(o, d, f))
            continue;
        items[n++] = (struct item){f->start, f->type, f, NULL};
    }
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if ((o->types && !(o->types & (1u << e->type))) || !keep_entity(o, d, e))
            continue;
        size_t first = (size_t)-1;
        for (size_t m = 0; m < e->nmentions; m++)
            if (e->mentions[m].start < first)
                first = e->mentions[m].start;
        items[n++] = (struct item){first, e->type, NULL, e};
    }
    qsort(items, n, sizeof *items, cmp_item);
    for (size_t i = 0; i < n; i++) {
        if (items[i].f)
            kz_query_fact(d, items[i].f, kz_cli_emit, c);
        else
            kz_query_entity(d, items[i].e, kz_cli_emit, c);
    }
    free(items);
}

static const char *const columns[] = {"type", "doc",   "line", "speaker", "text", "value",
                                      "unit", "class", "what", "id",      NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct opts *o = c->state;
    int st = 0;
    if (o->match) {
        kz_error err;
        memset(&err, 0, sizeof err);
        if (kz_regex_compile(&o->re, o->match, 0, &err) != KZ_OK)
            return kz_cli_usage_error(c, "bad --match pattern '%s': %s", o->match, err.msg);
    }
    o->speaker_key = kz_cli_key(o->speaker);
    o->person_key = kz_cli_key(o->person);
    o->place_key = kz_cli_key(o->place);
    c->ropts.columns = columns;
    st = kz_cli_open_output(c);
    if (!st) {
        st = kz_cli_each_doc(c, argc, argv, each, o);
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    kz_regex_free(o->re);
    free(o->speaker_key);
    free(o->person_key);
    free(o->place_key);
    return st;
}

const struct kz_command kz_command_facts = {
    .name = "facts",
    .summary = "every fact (dates, figures, people, places), filtered, in text order",
    .usage = "kzua facts [options] PATH...",
    .description =
        "Records are those of 'kzua extract' (date, figure, person, place), sorted by document\n"
        "and position (a person or place stands at its first mention). Filters combine with AND.\n"
        "--since/--until take YYYY, YYYY-MM or YYYY-MM-DD and keep a date whose span overlaps\n"
        "the range (2022/2024 overlaps --since 2024), a figure or entity whose sentence holds\n"
        "such a date. --unit and --class keep figures only. --person/--place/--match look at\n"
        "the sentence of the fact; a person or place passes when one of its mentions does.",
    .example = "kzua facts --type figure --unit USD --since 2024 corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct opts),
};
