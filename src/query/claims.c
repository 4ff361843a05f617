/* SPDX-License-Identifier: MIT */
/*
 * Periods and claims (include/kzua/claims.h). The grouping rule is
 * documented in docs/claims.md; the word lists below are general English,
 * not the vocabulary of any one corpus.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_buf.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "extract/regex.h"
#include "kzua/claims.h"

/* ---- dates ---- */

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!kz_isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* One end of a value: "YYYY", "YYYY-MM" or "YYYY-MM-DD" of length n. */
static bool one_end(const char *s, size_t n, bool upper, char out[11])
{
    if (n == 4 && digits(s, 4)) {
        memcpy(out, s, 4);
        memcpy(out + 4, upper ? "-12-31" : "-01-01", 7);
        return true;
    }
    if (n == 7 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2)) {
        memcpy(out, s, 7);
        memcpy(out + 7, upper ? "-31" : "-01", 4);
        return true;
    }
    if (n == 10 && digits(s, 4) && s[4] == '-' && digits(s + 5, 2) && s[7] == '-' &&
        digits(s + 8, 2)) {
        memcpy(out, s, 10);
        out[10] = '\0';
        return true;
    }
    return false;
}

bool kz_date_span(const char *value, char lo[11], char hi[11])
{
    lo[0] = hi[0] = '\0';
    if (!value)
        return false;
    const char *slash = strchr(value, '/');
    size_t n = strlen(value);
    bool ok = slash ? one_end(value, (size_t)(slash - value), false, lo) &&
                          one_end(slash + 1, n - (size_t)(slash - value) - 1, true, hi)
                    : one_end(value, n, false, lo) && one_end(value, n, true, hi);
    if (!ok)
        lo[0] = hi[0] = '\0';
    return ok;
}

bool kz_date_bound(const char *arg, bool upper, char out[11])
{
    out[0] = '\0';
    size_t n = strlen(arg);
    if (!one_end(arg, n, upper, out))
        return false;
    int m = (out[5] - '0') * 10 + (out[6] - '0'), d = (out[8] - '0') * 10 + (out[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > 31) {
        out[0] = '\0';
        return false;
    }
    return true;
}

bool kz_span_overlaps(const char *lo, const char *hi, const char *since, const char *until)
{
    if (since && since[0] && strcmp(hi, since) < 0)
        return false;
    if (until && until[0] && strcmp(lo, until) > 0)
        return false;
    return true;
}

size_t kz_tied_dates(const kz_doc *d, size_t start, size_t end, const kz_fact **out, size_t max)
{
    size_t s, e, n = 0;
    kz_doc_sentence(d, start, end, &s, &e);
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        if (f->type != KZ_FACT_DATE || f->start < s || f->end > e)
            continue;
        if (n < max)
            out[n] = f;
        n++;
    }
    return n;
}

/* ---- head nouns ---- */

/*
 * Words that never name the thing measured: articles, possessives,
 * prepositions, and modifiers that say how a quantity is counted rather
 * than what it is ("mutual trade turnover" and "bilateral trade" are one
 * measure).
 */
static const char *const stop_words[] = {
    "a",         "about", "all",      "an",         "and",    "annual", "any",   "at",
    "bilateral", "by",    "combined", "cumulative", "entire", "each",   "every", "for",
    "from",      "her",   "his",      "in",         "into",   "its",    "more",  "most",
    "mutual",    "my",    "new",      "on",         "or",     "other",  "our",   "overall",
    "own",       "some",  "such",     "that",       "the",    "their",  "these", "this",
    "those",     "to",    "total",    "whole",      "with",   "yearly", "your",  NULL};

/*
 * Measure and container words: "the volume of trade", "aid shipments" and
 * "trade worth" measure trade and aid. They are the head only when nothing
 * else is left.
 */
static const char *const measure_words[] = {
    "amount", "batch",  "cargo", "consignment", "count",    "delivery", "figure", "level",
    "load",   "number", "part",  "portion",     "quantity", "rate",     "share",  "shipment",
    "size",   "sum",    "total", "value",       "volume",   "worth",    NULL};

/* Synonyms folded to one head: (word, head) pairs. */
static const char *const synonyms[][2] = {
    {"assistance", "aid"}, {"help", "aid"},       {"relief", "aid"},    {"support", "aid"},
    {"commerce", "trade"}, {"turnover", "trade"}, {"people", "person"}, {NULL, NULL}};

/* Irregular plurals that the suffix rules below would get wrong. */
static const char *const irregular[][2] = {
    {"children", "child"}, {"men", "man"},     {"women", "woman"},   {"people", "people"},
    {"persons", "person"}, {"feet", "foot"},   {"teeth", "tooth"},   {"mice", "mouse"},
    {"data", "data"},      {"media", "media"}, {"series", "series"}, {"species", "species"},
    {"news", "news"},      {NULL, NULL}};

static bool in_list(const char *const *list, const char *w)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(list[i], w) == 0)
            return true;
    return false;
}

static bool ends_with(const char *w, size_t n, const char *suf)
{
    size_t k = strlen(suf);
    return n > k && memcmp(w + n - k, suf, k) == 0;
}

/* English singular, in place: "societies" -> "society", "businesses" -> "business". */
static void singular(char *w)
{
    for (size_t i = 0; irregular[i][0]; i++)
        if (strcmp(w, irregular[i][0]) == 0) {
            strcpy(w, irregular[i][1]);
            return;
        }
    size_t n = strlen(w);
    if (n <= 3)
        return;
    if (ends_with(w, n, "ies") && n > 4)
        strcpy(w + n - 3, "y");
    else if (ends_with(w, n, "sses") || ends_with(w, n, "ches") || ends_with(w, n, "shes") ||
             ends_with(w, n, "xes") || ends_with(w, n, "zes"))
        w[n - 2] = '\0';
    else if (w[n - 1] == 's' && !ends_with(w, n, "ss") && !ends_with(w, n, "us") &&
             !ends_with(w, n, "is"))
        w[n - 1] = '\0';
}

/* The head of tokens [a, b): the last content word, else the last measure word. */
static const char *pick(char **tok, size_t a, size_t b, bool *content)
{
    const char *measure = NULL;
    *content = false;
    for (size_t i = b; i > a; i--) {
        const char *w = tok[i - 1];
        if (in_list(stop_words, w))
            continue;
        if (in_list(measure_words, w)) {
            if (!measure)
                measure = w;
            continue;
        }
        *content = true;
        return w;
    }
    return measure;
}

static const char *synonym(const char *w)
{
    for (size_t i = 0; synonyms[i][0]; i++)
        if (strcmp(w, synonyms[i][0]) == 0)
            return synonyms[i][1];
    return w;
}

/*
 * The head noun of @what and its phrase: the content words of the part that
 * names the thing measured, up to and including the head ("such Ukrainian
 * citizens" gives "ukrainian citizen"). Both NULL when there is no word.
 */
static void normalise(const char *what, char **head, char **phrase)
{
    *head = *phrase = NULL;
    if (!what)
        return;
    char *key = kz_utf8_fold_key(what, strlen(what));
    /* words: runs of letters, digits, inner hyphens and apostrophes */
    char *tok[64];
    size_t nt = 0;
    for (char *p = key; *p && nt < 64;) {
        while (*p && !(kz_isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80))
            p++;
        if (!*p)
            break;
        char *w = p;
        while (*p && (kz_isalnum((unsigned char)*p) || (unsigned char)*p >= 0x80 || *p == '-' ||
                      *p == '\''))
            p++;
        if (*p)
            *p++ = '\0';
        tok[nt++] = w;
    }
    for (size_t i = 0; i < nt; i++)
        singular(tok[i]);
    /* "volume of trade": a measure word before "of" yields to the words after it */
    size_t of = nt;
    for (size_t i = 0; i < nt; i++)
        if (strcmp(tok[i], "of") == 0) {
            of = i;
            break;
        }
    size_t a = 0, b = of;
    bool content = false;
    const char *h = pick(tok, 0, of, &content);
    if (of < nt && !content) {
        bool c2;
        const char *h2 = pick(tok, of + 1, nt, &c2);
        if (h2 && (c2 || !h)) {
            h = h2;
            a = of + 1;
            b = nt;
        }
    }
    if (h) {
        kz_buf ph = KZ_BUF_INIT;
        const char *last = NULL;
        for (size_t i = a; i < b; i++) {
            const char *w = synonym(tok[i]);
            if (in_list(stop_words, tok[i]) || (in_list(measure_words, tok[i]) && tok[i] != h))
                continue;
            if (last && strcmp(last, w) == 0) /* "trade turnover" is "trade" once */
                continue;
            if (ph.len)
                kz_buf_putc(&ph, ' ');
            kz_buf_puts(&ph, w);
            last = w;
            if (tok[i] == h)
                break;
        }
        *head = kz_xstrdup(synonym(h));
        *phrase = kz_buf_detach(&ph);
    }
    free(key);
}

char *kz_claim_head(const char *what)
{
    char *head, *phrase;
    normalise(what, &head, &phrase);
    free(phrase);
    return head;
}

/* ---- collecting claims ---- */

/* How far from a figure its period markers and inclusion words are looked for. */
#define WINDOW 300
#define SENTENCE_MAX 2000

struct patterns {
    kz_regex *past;    /* a figure of the past, not of any year */
    kz_regex *include; /* a figure that is part of the one before it */
};

/*
 * Markers of an unspecified past: "once amounted to USD 5 billion",
 * "Previously, Ukraine used to hold about 20 percent", "formerly".
 */
#define PAST_RE                                                                                    \
    "(?x) \\b (?: once | formerly | previously | used \\s+ to | at \\s+ one \\s+ time"             \
    " | in \\s+ the \\s+ past | in \\s+ former \\s+ times ) \\b"
/*
 * Inclusion between two figures of a sentence: "$2 million in support,
 * which included 40 tonnes of food", "6,000 citizens, including 500
 * children", "10 buses, of which 3 ambulances", "among them 12 doctors".
 */
#define INCLUDE_RE                                                                                 \
    "(?x) \\b (?: including | which \\s+ included | which \\s+ includes"                           \
    " | of \\s+ which | of \\s+ whom | among \\s+ them | among \\s+ which ) \\b"

void kz_claims_init(kz_claims *c)
{
    memset(c, 0, sizeof *c);
    c->arena = kz_arena_new();
    struct patterns *p = kz_xcalloc(1, sizeof *p);
    kz_error err;
    if (kz_regex_compile(&p->past, PAST_RE, KZ_RE_CASELESS, &err) != KZ_OK)
        p->past = NULL;
    if (kz_regex_compile(&p->include, INCLUDE_RE, KZ_RE_CASELESS, &err) != KZ_OK)
        p->include = NULL;
    c->re = p;
}

void kz_claims_release(kz_claims *c)
{
    struct patterns *p = c->re;
    if (p) {
        kz_regex_free(p->past);
        kz_regex_free(p->include);
        free(p);
    }
    for (size_t i = 0; i < c->ngroups; i++)
        free(c->groups[i].members);
    free(c->groups);
    free(c->items);
    kz_arena_free(c->arena);
    memset(c, 0, sizeof *c);
}

static const char *dup(kz_claims *c, const char *s)
{
    return s ? kz_arena_strndup(c->arena, s, strlen(s)) : NULL;
}

static int year_of(const char *iso)
{
    return atoi(iso);
}

/* Gap in bytes between spans [a, b) and [x, y). */
static size_t gap(size_t a, size_t b, size_t x, size_t y)
{
    if (y <= a)
        return a - y;
    if (x >= b)
        return x - b;
    return 0;
}

/*
 * The period of figure f: whichever is nearest to it in its sentence, a
 * date fact with a value or a marker of the past. A date resolved from the
 * document's own day ("today") is the time of speaking, not a period, and
 * so is a date that could not be resolved: both leave the period open.
 */
static void period_of(kz_claims *c, const kz_doc *d, const kz_fact *f, size_t s, size_t e,
                      kz_claim *cl)
{
    struct patterns *p = c->re;
    size_t best = (size_t)-1;
    const kz_fact *bd = NULL;
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *g = &d->facts[i];
        if (g->type != KZ_FACT_DATE || g->start < s || g->end > e || !g->value)
            continue;
        if (g->anchor && strcmp(g->anchor, "document") == 0 && strlen(g->value) == 10)
            continue;
        size_t dist = gap(f->start, f->end, g->start, g->end);
        if (dist < best) {
            best = dist;
            bd = g;
        }
    }
    bool past = false;
    if (p->past) {
        kz_match m;
        /* markers further than WINDOW bytes away lose to any date anyway */
        size_t from = f->start > s + WINDOW ? f->start - WINDOW : s;
        size_t to = f->end + WINDOW < e ? f->end + WINDOW : e;
        while (from < to && kz_regex_find(p->past, d->text, to, from, &m) == 1) {
            size_t dist = gap(f->start, f->end, m.start, m.end);
            if (dist < best) {
                best = dist;
                past = true;
            }
            from = m.end > from ? m.end : from + 1;
        }
    }
    if (past) {
        cl->period = "past";
        return;
    }
    char lo[11], hi[11];
    if (bd && kz_date_span(bd->value, lo, hi)) {
        cl->plo = year_of(lo);
        cl->phi = year_of(hi);
        char buf[16];
        if (cl->plo == cl->phi)
            snprintf(buf, sizeof buf, "%04d", cl->plo);
        else
            snprintf(buf, sizeof buf, "%04d/%04d", cl->plo, cl->phi);
        cl->period = dup(c, buf);
    }
}

/*
 * A sentence longer than SENTENCE_MAX bytes is kept as the SENTENCE_MAX
 * bytes around the figure (cut at character boundaries), so that a text
 * of one endless sentence cannot make every claim hold all of it.
 */
static void clip(const char *text, size_t fs, size_t fe, size_t *s, size_t *e)
{
    if (*e - *s <= SENTENCE_MAX)
        return;
    size_t half = (SENTENCE_MAX - (fe - fs < SENTENCE_MAX ? fe - fs : 0)) / 2;
    size_t a = fs > *s + half ? fs - half : *s;
    size_t b = fe + half < *e ? fe + half : *e;
    while (a > *s && ((unsigned char)text[a] & 0xC0) == 0x80)
        a--;
    while (b < *e && ((unsigned char)text[b] & 0xC0) == 0x80)
        b++;
    *s = a;
    *e = b;
}

/* The figure of the same sentence that f is a part of ("..., including f"), or NULL. */
static const kz_fact *whole_of(kz_claims *c, const kz_doc *d, const kz_fact *f, size_t s)
{
    struct patterns *p = c->re;
    if (!p->include)
        return NULL;
    /*
     * The last inclusion word before f, looked for in a window: a part
     * follows its whole closely, and a bounded window keeps a sentence of
     * thousands of figures linear.
     */
    size_t from = f->start > s + WINDOW ? f->start - WINDOW : s, mark = (size_t)-1;
    kz_match m;
    while (from < f->start && kz_regex_find(p->include, d->text, f->start, from, &m) == 1) {
        mark = m.start;
        from = m.end > from ? m.end : from + 1;
    }
    if (mark == (size_t)-1)
        return NULL;
    /* the whole: the figure of the sentence that ends last before the word */
    const kz_fact *best = NULL;
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *g = &d->facts[i];
        if (g->type != KZ_FACT_FIGURE || g == f || g->start < s || g->end > mark)
            continue;
        if (!best || g->end > best->end)
            best = g;
    }
    return best;
}

void kz_claims_add_doc(kz_claims *c, const kz_doc *d)
{
    size_t docno = c->ndocs++;
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        if (f->type != KZ_FACT_FIGURE || !f->what || !f->number || !f->unit)
            continue;
        kz_claim cl;
        memset(&cl, 0, sizeof cl);
        size_t s, e;
        kz_doc_sentence(d, f->start, f->end, &s, &e);
        const kz_fact *whole = whole_of(c, d, f, s);
        char *head, *phrase;
        normalise(whole && whole->what ? whole->what : f->what, &head, &phrase);
        if (!head) {
            free(phrase);
            continue;
        }
        cl.head = dup(c, head);
        cl.phrase = dup(c, phrase);
        free(head);
        free(phrase);
        if (whole)
            cl.part_of =
                kz_arena_strndup(c->arena, d->text + whole->start, whole->end - whole->start);
        cl.doc = dup(c, d->name);
        cl.doc_date = dup(c, d->meta.date);
        if (f->turn >= 0 && (size_t)f->turn < d->nturns) {
            const kz_turn *t = &d->turns[f->turn];
            cl.speaker = dup(c, t->speaker);
            cl.role = kz_role_name(t->role);
            cl.turn = t->n;
        }
        cl.text = kz_arena_strndup(c->arena, d->text + f->start, f->end - f->start);
        cl.number = dup(c, f->number);
        cl.amount = f->amount;
        cl.unit = dup(c, f->unit);
        cl.fclass = dup(c, f->fclass);
        cl.qualifier = dup(c, f->qualifier);
        cl.what = dup(c, f->what);
        clip(d->text, f->start, f->end, &s, &e);
        cl.sentence = kz_arena_strndup(c->arena, d->text + s, e - s);
        cl.line = kz_doc_line(d, f->start);
        cl.docno = docno;
        cl.start = f->start;
        period_of(c, d, f, s, e, &cl);
        KZ_GROW(c->items, c->cap, c->n + 1);
        c->items[c->n++] = cl;
    }
}

/* ---- grouping ---- */

static int cmp_str(const char *a, const char *b)
{
    if (!a || !b)
        return (a != NULL) - (b != NULL);
    return strcmp(a, b);
}

static const kz_claims *sort_ctx; /* qsort has no user pointer in C11 */

/* Bucket order: head, unit; then dated claims by period, past, undated; then text order. */
static int cmp_items(const void *pa, const void *pb)
{
    const kz_claim *a = &sort_ctx->items[*(const size_t *)pa];
    const kz_claim *b = &sort_ctx->items[*(const size_t *)pb];
    int r = strcmp(a->head, b->head);
    if (!r)
        r = strcmp(a->unit, b->unit);
    if (r)
        return r;
    int ka = a->plo ? 0 : a->period ? 1 : 2, kb = b->plo ? 0 : b->period ? 1 : 2;
    if (ka != kb)
        return ka - kb;
    if (a->plo != b->plo)
        return a->plo - b->plo;
    if (a->docno != b->docno)
        return a->docno < b->docno ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static int cmp_members(const void *pa, const void *pb)
{
    const kz_claim *a = &sort_ctx->items[*(const size_t *)pa];
    const kz_claim *b = &sort_ctx->items[*(const size_t *)pb];
    if (a->docno != b->docno)
        return a->docno < b->docno ? -1 : 1;
    return a->start < b->start ? -1 : a->start > b->start;
}

static int cmp_groups(const void *pa, const void *pb)
{
    const kz_claim_group *a = pa, *b = pb;
    if (a->nsources != b->nsources)
        return a->nsources > b->nsources ? -1 : 1;
    int r = strcmp(a->head, b->head);
    if (!r)
        r = strcmp(a->unit, b->unit);
    if (!r)
        r = cmp_str(a->period, b->period);
    return r;
}

static void finish(kz_claims *c, kz_claim_group *g, int plo, int phi)
{
    sort_ctx = c;
    qsort(g->members, g->nmembers, sizeof *g->members, cmp_members);
    const kz_claim *first = &c->items[g->members[0]];
    g->head = first->head;
    g->unit = first->unit;
    g->fclass = first->fclass;
    if (plo) {
        char buf[16];
        if (plo == phi)
            snprintf(buf, sizeof buf, "%04d", plo);
        else
            snprintf(buf, sizeof buf, "%04d/%04d", plo, phi);
        g->period = dup(c, buf);
    }
    g->min = g->max = g->members[0];
    g->nsources = 0;
    for (size_t i = 0; i < g->nmembers; i++) {
        const kz_claim *m = &c->items[g->members[i]];
        if (m->amount < c->items[g->min].amount)
            g->min = g->members[i];
        if (m->amount > c->items[g->max].amount)
            g->max = g->members[i];
        bool seen = false;
        for (size_t k = 0; k < i && !seen; k++) {
            const kz_claim *o = &c->items[g->members[k]];
            seen = o->docno == m->docno && cmp_str(o->speaker, m->speaker) == 0;
        }
        g->nsources += !seen;
    }
    double mx = c->items[g->max].amount, mn = c->items[g->min].amount;
    g->spread = mx != 0 ? (mx - mn) / mx : 0;
}

/* A new group of members order[a, b) (indexes into c->items), finished. */
static void make_group(kz_claims *c, size_t *gcap, const size_t *idx, size_t n, int plo, int phi,
                       const char *period)
{
    if (!n)
        return;
    KZ_GROW(c->groups, *gcap, c->ngroups + 1);
    kz_claim_group *g = &c->groups[c->ngroups++];
    memset(g, 0, sizeof *g);
    g->members = kz_xmalloc(n * sizeof *g->members);
    memcpy(g->members, idx, n * sizeof *idx);
    g->nmembers = n;
    finish(c, g, plo, phi);
    if (period)
        g->period = period;
}

void kz_claims_group(kz_claims *c)
{
    size_t *order = kz_xmalloc((c->n + 1) * sizeof *order);
    size_t *tmp = kz_xmalloc((c->n + 1) * sizeof *tmp);
    for (size_t i = 0; i < c->n; i++)
        order[i] = i;
    sort_ctx = c;
    if (c->n) /* qsort must not see a NULL array */
        qsort(order, c->n, sizeof *order, cmp_items);
    size_t gcap = 0;
    for (size_t a = 0; a < c->n;) {
        /* one bucket: same head and unit; dated claims first (by period), past, undated */
        const kz_claim *first = &c->items[order[a]];
        size_t b = a;
        while (b < c->n && strcmp(c->items[order[b]].head, first->head) == 0 &&
               strcmp(c->items[order[b]].unit, first->unit) == 0)
            b++;
        size_t past = a, undated;
        while (past < b && c->items[order[past]].plo)
            past++;
        undated = past;
        while (undated < b && c->items[order[undated]].period)
            undated++;
        /* dated claims: clusters of overlapping periods */
        size_t nclusters = 0, last = a;
        int llo = 0, lhi = 0;
        for (size_t i = a; i < past;) {
            int lo = c->items[order[i]].plo, hi = c->items[order[i]].phi;
            size_t j = i + 1;
            while (j < past && c->items[order[j]].plo <= hi) {
                if (c->items[order[j]].phi > hi)
                    hi = c->items[order[j]].phi;
                j++;
            }
            nclusters++;
            if (j < past || undated == b) {
                make_group(c, &gcap, order + i, j - i, lo, hi, NULL);
            } else {
                /* the last cluster waits for the undated claims that may join it */
                last = i;
                llo = lo;
                lhi = hi;
            }
            i = j;
        }
        make_group(c, &gcap, order + past, undated - past, 0, 0, "past");
        /*
         * Undated claims join the only dated cluster of their measure when their
         * phrase is that of one of its members ("humanitarian aid"); the rest stand
         * in a group of their own.
         */
        size_t nj = 0, nrest = 0;
        if (nclusters == 1 && undated < b) {
            for (size_t k = last; k < past; k++)
                tmp[nj++] = order[k];
        }
        for (size_t k = undated; k < b; k++) {
            const kz_claim *u = &c->items[order[k]];
            bool join = false;
            for (size_t m = last; nclusters == 1 && m < past && !join; m++)
                join = strcmp(c->items[order[m]].phrase, u->phrase) == 0;
            if (join)
                tmp[nj++] = order[k];
            else
                order[undated + nrest++] = order[k];
        }
        if (nclusters == 1 && undated < b)
            make_group(c, &gcap, tmp, nj, llo, lhi, NULL);
        else if (nclusters > 1 && undated < b)
            make_group(c, &gcap, order + last, past - last, llo, lhi, NULL);
        make_group(c, &gcap, order + undated, nrest, 0, 0, NULL);
        a = b;
    }
    free(order);
    free(tmp);
    if (c->ngroups)
        qsort(c->groups, c->ngroups, sizeof *c->groups, cmp_groups);
}
