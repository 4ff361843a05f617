/* SPDX-License-Identifier: MIT */
/*
 * Articles: a direct quotation that the text attributes to a named person
 * is a turn with role "quoted". Attribution is read from a speech verb next
 * to the quotation (`," said NAME`, `," NAME added`, `NAME said: "`), or in
 * the same sentence before it (`NAME noted that ... "..."`). A pronoun or a
 * role noun ("he added", "the ambassador noted") refers to the last quoted
 * speaker, else to the last person named before. Scare quotes ("genocide")
 * have no speech verb and are not turns.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/kz_alloc.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "kzua/pipeline.h"
#include "segment.h"

static const char *const verbs[] = {
    "said", "says", "added", "adds", "noted", "notes", "concluded", "stressed", "emphasized",
    "emphasised", "explained", "stated", "told", "continued", "remarked", "observed", "commented",
    "insisted", "argued", "claimed", "declared", "recalled", "pointed out", "wrote", "asked",
    "replied", "answered", "warned", "announced", "admitted", "acknowledged", "suggested",
    "underlined", "highlighted", "believes", "thinks", "summed up", "went on", "assured",
    "confirmed", "urged", "reiterated", "specified", "clarified", "mentioned", "called",
    "described", "termed", "wrote", "tweeted", "posted", "put it",
    /* Russian and Ukrainian pages quote the same way */
    "сказал", "сказала", "отметил", "отметила", "заявил", "заявила", "подчеркнул", "подчеркнула",
    "добавил", "добавила", "сказав", "сказала", "зазначив", "зазначила", "заявив", "додав",
    "додала", NULL};

static const char *const role_nouns[] = {
    "official",       "ambassador", "expert",     "minister",  "diplomat",    "president",
    "analyst",        "economist",  "politician", "spokesman", "spokeswoman", "spokesperson",
    "envoy",          "deputy",     "head",       "chairman",  "governor",    "mayor",
    "professor",      "scientist",  "historian",  "author",    "journalist",  "director",
    "senator",        "lawmaker",   "leader",     "secretary", "premier",     "vice",
    "first",          "foreign",    "prime",      "chief",     "akim",        "commissioner",
    "representative", NULL};

static size_t verb_at(const char *s, size_t n)
{
    for (size_t i = 0; verbs[i]; i++) {
        size_t l = strlen(verbs[i]);
        if (n >= l && strncmp(s, verbs[i], l) == 0 && (n == l || !kz_isalpha((unsigned char)s[l])))
            return l;
    }
    return 0;
}

struct mention {
    size_t start, end;
};

struct qctx {
    kz_doc *doc;
    struct mention *names;
    size_t nnames, capnames;
    int from_entities; /* names are the people extractor's mentions */
    const char *last_speaker;
    size_t last_block, last_end; /* where the last attributed quotation closed */
};

/* The length of a person's name starting at clean offset @off, or 0. */
static size_t name_at(struct qctx *q, const char *s, size_t n, size_t off)
{
    if (!q->from_entities) {
        size_t hl;
        const char *h = seg_strip_honorific(s, n, &hl);
        size_t l = seg_person_name(h, hl);
        return l ? (size_t)(h - s) + l : 0;
    }
    size_t best = 0;
    for (size_t i = 0; i < q->nnames; i++)
        if (q->names[i].start == off && q->names[i].end - off <= n && q->names[i].end - off > best)
            best = q->names[i].end - off;
    return best;
}

static int by_start(const void *a, const void *b)
{
    const struct mention *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Every person named in the text, for "the last person named before": the
 * people extractor's mentions when it ran, else a plain name test.
 */
static void collect_names(struct qctx *q)
{
    kz_doc *d = q->doc;
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != KZ_FACT_PERSON)
            continue;
        for (size_t k = 0; k < e->nmentions; k++) {
            KZ_GROW(q->names, q->capnames, q->nnames + 1);
            q->names[q->nnames].start = e->mentions[k].start;
            q->names[q->nnames].end = e->mentions[k].end;
            q->nnames++;
        }
    }
    if (q->nnames) {
        qsort(q->names, q->nnames, sizeof *q->names, by_start);
        q->from_entities = 1;
        return;
    }
    for (size_t b = 0; b < d->nblocks; b++) {
        const char *t = d->text + d->blocks[b].start;
        size_t n = d->blocks[b].end - d->blocks[b].start;
        for (size_t i = 0; i < n; i++) {
            if (i > 0 && (kz_isalnum((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80))
                continue;
            size_t l = seg_person_name(t + i, n - i);
            if (!l)
                continue;
            KZ_GROW(q->names, q->capnames, q->nnames + 1);
            q->names[q->nnames].start = d->blocks[b].start + i;
            q->names[q->nnames].end = d->blocks[b].start + i + l;
            q->nnames++;
            i += l;
        }
    }
}

static const char *last_name_before(struct qctx *q, size_t off)
{
    const char *r = NULL;
    for (size_t i = 0; i < q->nnames && q->names[i].end <= off; i++)
        r = kz_doc_strndup(q->doc, q->doc->text + q->names[i].start,
                           q->names[i].end - q->names[i].start);
    return r;
}

/*
 * The last person named before @off whose title or apposition carries the
 * role ("Deputy Trade Minister Zhanna Kuanysheva" for "the deputy minister").
 * The role's last word decides: "deputy minister" looks for "minister".
 */
static const char *named_with_role_word(struct qctx *q, size_t off, const char *w, size_t wl);

static const char *named_with_role(struct qctx *q, size_t off, const char *role, size_t rl)
{
    /* "the deputy minister": a "Deputy Minister X" before a "Minister Y" */
    const char *r = rl > 3 && memchr(role, ' ', rl) ? named_with_role_word(q, off, role, rl) : NULL;
    if (r)
        return r;
    const char *w = role + rl;
    while (w > role && w[-1] != ' ')
        w--;
    return named_with_role_word(q, off, w, (size_t)(role + rl - w));
}

static const char *named_with_role_word(struct qctx *q, size_t off, const char *w, size_t wl)
{
    if (wl < 3)
        return NULL;
    const char *t = q->doc->text, *r = NULL;
    for (size_t i = 0; i < q->nnames && q->names[i].end <= off; i++) {
        size_t a = q->names[i].start > 60 ? q->names[i].start - 60 : 0;
        size_t b = q->names[i].end + 60 < off ? q->names[i].end + 60 : off;
        for (size_t k = a; k + wl <= b; k++)
            if (strncasecmp(t + k, w, wl) == 0 &&
                (k == 0 || !kz_isalpha((unsigned char)t[k - 1]))) {
                r = kz_doc_strndup(q->doc, t + q->names[i].start,
                                   q->names[i].end - q->names[i].start);
                break;
            }
    }
    return r;
}

/* A surname alone: the full name met before that ends with it, else itself. */
static const char *full_name(struct qctx *q, const char *s, size_t n, size_t off)
{
    const char *r = NULL;
    for (size_t i = 0; i < q->nnames && q->names[i].start < off; i++) {
        size_t l = q->names[i].end - q->names[i].start;
        const char *nm = q->doc->text + q->names[i].start;
        if (l > n && strncmp(nm + l - n, s, n) == 0 && nm[l - n - 1] == ' ')
            r = kz_doc_strndup(q->doc, nm, l);
    }
    return r ? r : kz_doc_strndup(q->doc, s, n);
}

/*
 * A speaker reference at s: a name ("Andrey Volkov", "Abenov"), a pronoun
 * ("he") or a role noun ("the ambassador"). Returns its length and the
 * speaker (NULL for none).
 */
static size_t speaker_ref(struct qctx *q, const char *s, size_t n, size_t off, const char **who)
{
    *who = NULL;
    size_t at = (size_t)(s - q->doc->text);
    size_t l = name_at(q, s, n, at);
    if (l) {
        size_t hl;
        const char *h = seg_strip_honorific(s, l, &hl);
        *who = kz_doc_strndup(q->doc, h, hl);
        return l;
    }
    if ((n >= 2 && strncmp(s, "he", 2) == 0 && (n == 2 || !kz_isalpha((unsigned char)s[2]))) ||
        (n >= 3 && strncmp(s, "she", 3) == 0 && (n == 3 || !kz_isalpha((unsigned char)s[3])))) {
        /* "Horbenko acknowledged it. "...," he said": a name earlier in the paragraph wins */
        size_t b = kz_doc_block_at(q->doc, off);
        const char *nm = NULL;
        for (size_t i = 0; i < q->nnames && q->names[i].end <= off; i++)
            if (b < q->doc->nblocks && q->names[i].start >= q->doc->blocks[b].start)
                nm = kz_doc_strndup(q->doc, q->doc->text + q->names[i].start,
                                    q->names[i].end - q->names[i].start);
        *who = nm ? nm : q->last_speaker ? q->last_speaker : last_name_before(q, off);
        return s[0] == 'h' ? 2 : 3;
    }
    if (n > 4 && (strncmp(s, "the ", 4) == 0 || strncmp(s, "The ", 4) == 0)) {
        for (size_t i = 0; role_nouns[i]; i++) {
            size_t rl = strlen(role_nouns[i]);
            if (n >= 4 + rl && strncasecmp(s + 4, role_nouns[i], rl) == 0 &&
                (n == 4 + rl || !kz_isalpha((unsigned char)s[4 + rl]))) {
                /* "the deputy minister", "the Head of State": the role runs on to the verb */
                size_t e = 4 + rl;
                for (int w = 0; w < 3 && e < n && s[e] == ' ' && !verb_at(s + e + 1, n - e - 1);
                     w++) {
                    size_t k = e + 1;
                    while (k < n && kz_isalpha((unsigned char)s[k]))
                        k++;
                    if (k == e + 1)
                        break;
                    e = k;
                }
                /* "the minister added": the last person named with that role, else the last named */
                const char *nm = named_with_role(q, off, s + 4, e - 4);
                if (!nm)
                    nm = last_name_before(q, off);
                *who = nm ? nm : q->last_speaker;
                return e;
            }
        }
    }
    /* a surname alone, capitalised, before a verb: "Abenov said" */
    size_t k = 0;
    int32_t cp = kz_utf8_next(s, n, &k);
    if (kz_utf8_is_upper(cp)) {
        size_t e = k;
        while (e < n) {
            size_t e2 = e;
            int32_t c2 = kz_utf8_next(s, n, &e2);
            if (!kz_utf8_is_letter(c2) && c2 != '-')
                break;
            e = e2;
        }
        if (e < n && s[e] == ' ' && verb_at(s + e + 1, n - e - 1) && e >= 3) {
            const char *fn = full_name(q, s, e, off);
            /* with the people extractor's names, only a surname of someone named counts */
            if (q->from_entities && strlen(fn) == e)
                return 0;
            *who = fn;
            return e;
        }
    }
    return 0;
}

static void skip_space(const char *s, size_t n, size_t *i)
{
    /* ", said", ", — сказал", " – he added" */
    for (;;) {
        if (*i < n && (s[*i] == ' ' || s[*i] == ',' || s[*i] == '-'))
            (*i)++;
        else if (*i + 2 < n && (unsigned char)s[*i] == 0xE2 && (unsigned char)s[*i + 1] == 0x80 &&
                 ((unsigned char)s[*i + 2] == 0x94 || (unsigned char)s[*i + 2] == 0x93))
            *i += 3;
        else if (*i + 1 < n && (unsigned char)s[*i] == 0xC2 && (unsigned char)s[*i + 1] == 0xA0)
            *i += 2;
        else
            break;
    }
}

/* After the closing quote: `, said NAME` / `, NAME said` / `, he added`. */
static const char *after_quote(struct qctx *q, const char *s, size_t n, size_t off)
{
    size_t i = 0;
    skip_space(s, n, &i);
    size_t v = verb_at(s + i, n - i);
    const char *who;
    if (v) {
        i += v;
        /* "said Azerbaijani Foreign Minister Tural Mammadli": the name within a few words */
        for (int words = 0; words < 6 && i < n; words++) {
            while (i < n && s[i] == ' ')
                i++;
            if (speaker_ref(q, s + i, n - i, off, &who) && who)
                return who;
            while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.')
                i++;
            if (i < n && (s[i] == ',' || s[i] == '.'))
                break;
        }
        return NULL;
    }
    /* "Kyrgyz Energy Minister Nurbek Asanaliev said": titles before the name */
    for (int words = 0; words < 6 && i < n; words++) {
        size_t r = speaker_ref(q, s + i, n - i, off, &who);
        if (r && who) {
            size_t k = i + r;
            while (k < n && s[k] == ' ')
                k++;
            return verb_at(s + k, n - k) ? who : NULL;
        }
        while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '.')
            i++;
        if (i >= n || s[i] != ' ')
            return NULL;
        i++;
    }
    return NULL;
}

/* Before the opening quote, in the same sentence: a speaker and a speech verb. */
/* "called", "described", "termed" name things: with a short quotation they are not speech */
static bool naming_verb(const char *s, size_t n)
{
    return (n >= 6 && strncmp(s, "called", 6) == 0) ||
           (n >= 9 && strncmp(s, "described", 9) == 0) || (n >= 6 && strncmp(s, "termed", 6) == 0);
}

static const char *before_quote(struct qctx *q, const char *s, size_t n, size_t off, size_t qlen)
{
    /* the sentence start, at most a few hundred bytes back: an attribution is
     * near its quotation, and a paragraph of quotes must not cost quadratic time */
    size_t floor = n > 400 ? n - 400 : 0;
    size_t st = n;
    while (st > floor) {
        char c = s[st - 1];
        if ((c == '.' || c == '?' || c == '!') && st < n && s[st] == ' ')
            break;
        st--;
    }
    /* the last speech verb before the quote, and the name before that verb */
    size_t vpos = SIZE_MAX, words = 1;
    for (size_t i = 0; i < qlen && words < 4; i++)
        words += q->doc->text[off + i] == ' ';
    for (size_t i = st; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && verb_at(s + i, n - i) &&
            !(words < 4 && naming_verb(s + i, n - i)))
            vpos = i;
    if (vpos == SIZE_MAX) {
        /* "According to NAME, "..." */
        const char *acc = kz_memmem(s + st, n - st, "ccording to ", 12);
        if (!acc)
            return NULL;
        const char *who;
        size_t p = (size_t)(acc - s) + 12;
        return speaker_ref(q, s + p, n - p, off, &who) ? who : NULL;
    }
    const char *who = NULL;
    for (size_t i = st; i < vpos; i++) {
        if (i > st && s[i - 1] != ' ')
            continue;
        const char *w;
        size_t r = speaker_ref(q, s + i, vpos - i, off, &w);
        if (r && w) {
            who = w;
            i += r;
        }
    }
    if (!who) {
        const char *w;
        size_t i = st;
        while (i < vpos && s[i] == ' ')
            i++;
        if (speaker_ref(q, s + i, n - i, off, &w) && w)
            who = w;
    }
    return who;
}

static void add_quote(struct qctx *q, const char *who, size_t qs, size_t qe, size_t b)
{
    kz_doc *d = q->doc;
    kz_turn t = {.n = (unsigned)d->nturns + 1,
                 .speaker = who,
                 .role = KZ_ROLE_QUOTED,
                 .start = qs,
                 .end = qe};
    kz_doc_add_turn(d, &t);
    if (d->blocks[b].turn < 0)
        d->blocks[b].turn = (int)d->nturns - 1;
    q->last_speaker = who;
}

void kz_segment_quotes(kz_doc *d)
{
    if (!d->meta.kind || strcmp(d->meta.kind, "article") != 0)
        return;
    struct qctx q = {.doc = d, .last_block = (size_t)-1};
    collect_names(&q);
    for (size_t b = 0; b < d->nblocks; b++) {
        if (d->blocks[b].kind == KZ_BLOCK_HEADING)
            continue;
        const char *t = d->text;
        size_t bs = d->blocks[b].start, be = d->blocks[b].end;
        size_t i = bs;
        while (i < be) {
            size_t k = i;
            int32_t cp = kz_utf8_next(t, be, &k);
            int32_t close = cp == '"' ? '"' : cp == 0x201C ? 0x201D : cp == 0xAB ? 0xBB : 0;
            if (!close) {
                i = k;
                continue;
            }
            /* find the closing mark; a quotation running over paragraphs leaves the
             * first one open and opens the next with a quote mark again */
            size_t j = k, qe = be, after = be, qb = b, qbe = be;
            for (;;) {
                while (j < qbe) {
                    size_t j2 = j;
                    int32_t c2 = kz_utf8_next(t, qbe, &j2);
                    if (c2 == close) {
                        qe = j;
                        after = j2;
                        break;
                    }
                    j = j2;
                }
                if (qe < qbe || qb + 1 >= d->nblocks || qb - b >= 20)
                    break;
                size_t nb = qb + 1, m = d->blocks[nb].start;
                if (kz_utf8_next(t, d->blocks[nb].end, &m) != cp)
                    break;
                qb = nb;
                qbe = d->blocks[nb].end;
                qe = after = qbe;
                j = m;
            }
            if (qb != b) {
                if (qe == qbe) { /* never closed: only the first paragraph is sure */
                    qb = b;
                    qe = after = be;
                } else {
                    bs = d->blocks[qb].start;
                    be = qbe;
                }
            }
            size_t qs = k;
            while (qs < qe && t[qs] == ' ')
                qs++;
            size_t e = qe;
            while (e > qs && t[e - 1] == ' ')
                e--;
            const char *who = NULL;
            if (e > qs) {
                /* a quote ending in "." closes its sentence: what follows is another */
                if (t[e - 1] != '.')
                    who = after_quote(&q, t + after, be - after, qs);
                /* a few quoted words inside reported speech are a term, not a quotation,
                 * unless they end the sentence ("...were "partially realisable."") */
                bool ends = t[e - 1] == '.' || t[e - 1] == '!' || t[e - 1] == '?' ||
                            (after < be && (t[after] == '.' || t[after] == '!' || t[after] == '?'));
                size_t words = 1;
                for (size_t v = qs; v < e; v++)
                    words += t[v] == ' ';
                if (!who && (words >= 4 || ends))
                    who = before_quote(&q, t + d->blocks[b].start, i - d->blocks[b].start, qs,
                                       e - qs);
            }
            /* a quotation, then a line "— Iryna Savchenko, folklorist": the signature */
            if (!who && e > qs && after >= be && qb + 1 < d->nblocks) {
                size_t ns = d->blocks[qb + 1].start, ne = d->blocks[qb + 1].end, m = ns;
                int32_t dc = kz_utf8_next(t, ne, &m);
                if (dc == 0x2014 || dc == 0x2013 || dc == '-') {
                    while (m < ne && t[m] == ' ')
                        m++;
                    const char *w2;
                    if (speaker_ref(&q, t + m, ne - m, qs, &w2) && w2 &&
                        memchr(w2, ' ', strlen(w2)))
                        who = w2;
                }
            }
            /* '"...," Hendriks said. "But if ..."': the speaker goes on */
            if (!who && e > qs && q.last_block == b && q.last_speaker && i - q.last_end < 160) {
                bool verb = false;
                for (size_t v = q.last_end; v < i; v++)
                    if ((v == 0 || t[v - 1] == ' ') && verb_at(t + v, i - v))
                        verb = true;
                if (verb)
                    who = q.last_speaker;
            }
            if (who) {
                add_quote(&q, who, qs, e, b);
                for (size_t m = b + 1; m <= qb; m++)
                    if (d->blocks[m].turn < 0)
                        d->blocks[m].turn = d->blocks[b].turn;
                q.last_block = qb;
                q.last_end = after;
            }
            if (qb != b) { /* go on after the quotation, in its last paragraph */
                b = qb;
                bs = d->blocks[b].start;
                be = d->blocks[b].end;
            }
            i = after > i ? after : k;
        }
    }
    free(q.names);
}
