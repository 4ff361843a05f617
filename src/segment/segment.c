/* SPDX-License-Identifier: MIT */
/*
 * Blocks -> speaker turns. The layout is decided per document, from what
 * its blocks show, in this order:
 *   1. labels: "Name: text", "Q:", "MR. SMITH:" starting blocks (or run
 *      together inside one), a label recurring or asking;
 *   2. dashes: "- ", "-- ", "— " paragraphs; questions are told from
 *      answers by emphasis when the document uses it, else they alternate;
 *      an unmarked "...?" paragraph before a dashed answer is a question;
 *   3. emphasis: bold or italic "...?" paragraphs are questions, the plain
 *      paragraphs after them the answer;
 *   4. otherwise the text is an article, whose turns are attributed quotes.
 * Headings, captions and credits belong to no turn and do not end one.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_utf8.h"
#include "kzua/pipeline.h"
#include "segment.h"

static inline bool kz_isalpha_u(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

#define BTEXT(d, b) ((d)->text + (d)->blocks[b].start)
#define BLEN(d, b) ((d)->blocks[b].end - (d)->blocks[b].start)

struct label {
    const char *text; /* as printed, arena */
    size_t len;
    unsigned count, questions;
    size_t chars; /* speech in its turns, to tell a chair from a witness */
    int role;
};

struct seg {
    kz_doc *doc;
    seg_block *sb;
    struct label *labels;
    size_t nlabels, caplabels;
};

static int label_find(struct seg *g, const char *s, size_t n)
{
    for (size_t i = 0; i < g->nlabels; i++)
        if (g->labels[i].len == n && strncasecmp(g->labels[i].text, s, n) == 0)
            return (int)i;
    return -1;
}

static int label_add(struct seg *g, const char *s, size_t n)
{
    int i = label_find(g, s, n);
    if (i >= 0) {
        g->labels[i].count++;
        return i;
    }
    KZ_GROW(g->labels, g->caplabels, g->nlabels + 1);
    struct label *l = &g->labels[g->nlabels];
    memset(l, 0, sizeof *l);
    l->text = s;
    l->len = n;
    l->count = 1;
    l->role = -1;
    return (int)g->nlabels++;
}

/* First pass: what each block looks like on its own. */
static bool has_label(const seg_block *s);

/* A line that carries on a sentence: it opens in lower case, with a digit or
 * with punctuation ("year, and what changed"), not with a capital (a caption's
 * second line, "Handover of Credentials"). */
static bool continues(const char *t, size_t n)
{
    size_t i = 0;
    int32_t cp = n ? kz_utf8_next(t, n, &i) : 0;
    return n && (kz_utf8_is_lower(cp) || (cp >= '0' && cp <= '9') || cp == ',' || cp == ';' ||
                 cp == '(' || cp == 0x2014 || cp == 0x2013);
}

static void classify(struct seg *g)
{
    kz_doc *d = g->doc;
    for (size_t b = 0; b < d->nblocks; b++) {
        seg_block *s = &g->sb[b];
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        s->label_id = -1;
        s->body = d->blocks[b].start;
        s->emph = (d->blocks[b].flags & (KZ_BF_BOLD | KZ_BF_ITALIC)) != 0;
        s->asks = memchr(t, '?', n) != NULL;
        s->question = seg_ends_question(t, n);
        s->caps = d->blocks[b].kind == KZ_BLOCK_HEADING || seg_is_caps_heading(t, n);
        /* a question set as a heading (<h3>Mr. Minister, ...?</h3>) or in capitals
         * ("HOW BAD WAS IT?") is a question */
        if (s->caps && s->asks && b > 0) {
            s->caps = false;
            s->emph = true;
        }
        s->caption = (d->blocks[b].flags & KZ_BF_CAPTION) || seg_is_caption(t, n);
        s->credit = seg_is_credit(t, n);
        s->unterminated = seg_is_unterminated(t, n);
        /* "1. Mr. Ambassador, ...?" and "2) ...?": a numbered question */
        size_t dg = 0;
        while (dg < n && dg < 2 && t[dg] >= '0' && t[dg] <= '9')
            dg++;
        if (dg && dg + 1 < n && (t[dg] == '.' || t[dg] == ')') && t[dg + 1] == ' ' && s->asks) {
            s->numbered = true;
            s->body = d->blocks[b].start + dg + 2;
        }
        size_t after;
        if (seg_is_dash_start(t, n, &after)) {
            s->dash = true;
            s->body = d->blocks[b].start + after;
        }
        kz_span lab;
        size_t body;
        if (!s->caps && !s->dash &&
            !(d->blocks[b].kind == KZ_BLOCK_HEADING || seg_is_caps_heading(t, n)) &&
            seg_parse_label(t, n, &lab, &body) &&
            !seg_label_is_stop(t + lab.start, lab.end - lab.start)) {
            s->label.start = d->blocks[b].start + lab.start;
            s->label.end = d->blocks[b].start + lab.end;
            s->body = d->blocks[b].start + body;
        }
    }
    /*
     * Hard-wrapped paragraphs: lines that follow without a blank line and open
     * nothing new continue the paragraph. Their first line asks when any of them
     * does, and their unpunctuated ends are not captions.
     */
    for (size_t b = 0; b + 1 < d->nblocks; b++) {
        size_t e = b;
        while (e + 1 < d->nblocks && !(d->blocks[e + 1].flags & KZ_BF_GAP) &&
               d->blocks[e + 1].kind == KZ_BLOCK_PARA && !g->sb[e + 1].dash &&
               !has_label(&g->sb[e + 1]) && !g->sb[e + 1].numbered && !g->sb[e + 1].caps &&
               !g->sb[e + 1].caption && !g->sb[e + 1].credit &&
               continues(d->text + d->blocks[e + 1].start, BLEN(d, e + 1)))
            e++;
        if (e == b)
            continue;
        for (size_t k = b; k <= e; k++) {
            g->sb[b].asks |= g->sb[k].asks;
            if (k < e)
                g->sb[k].unterminated = false; /* the paragraph goes on */
        }
        g->sb[b].question = g->sb[e].question;
        b = e;
    }
}

static bool has_label(const seg_block *s)
{
    return s->label.end > s->label.start;
}

static bool is_skip(const seg_block *s)
{
    return s->caps || s->caption || s->credit;
}

/*
 * Labels count when they make an exchange: one that recurs, or that asks
 * (Q, Moderator); a single honorific or ALL-CAPS label joins them then.
 */
/* 'Name: "A quote"' as the first line is a headline unless the exchange starts at once. */
static bool title_label(struct seg *g)
{
    kz_doc *d = g->doc;
    if (d->nblocks < 2 || !has_label(&g->sb[0]))
        return false;
    size_t nx = 1;
    while (nx < d->nblocks && is_skip(&g->sb[nx]))
        nx++;
    return nx < d->nblocks && !has_label(&g->sb[nx]);
}

static bool label_layout(struct seg *g)
{
    kz_doc *d = g->doc;
    if (title_label(g))
        g->sb[0].label.start = g->sb[0].label.end = 0;
    for (size_t b = 0; b < d->nblocks; b++)
        if (has_label(&g->sb[b]) && !is_skip(&g->sb[b]))
            label_add(g, d->text + g->sb[b].label.start, g->sb[b].label.end - g->sb[b].label.start);
    /* labels run together inside paragraphs count too, once the exchange has begun */
    size_t first = d->nblocks;
    for (size_t b = 0; b < d->nblocks && first == d->nblocks; b++)
        if (has_label(&g->sb[b]) && !is_skip(&g->sb[b]) && b > 0)
            first = b;
    for (size_t b = first; b < d->nblocks; b++) {
        if (g->sb[b].caps || g->sb[b].caption)
            continue;
        const char *t = d->text;
        size_t s = g->sb[b].body, e = d->blocks[b].end;
        for (size_t i = s + 1; i + 2 < e; i++) {
            if (t[i] != ' ' || !strchr(".?!\")", t[i - 1]))
                continue;
            kz_span lab;
            size_t body;
            if (seg_parse_label(t + i + 1, e - i - 1, &lab, &body) && lab.end > 1 &&
                !seg_label_is_stop(t + i + 1, lab.end))
                label_add(g, t + i + 1, lab.end);
        }
    }
    unsigned uses = 0, kinds = 0, askers = 0;
    for (size_t i = 0; i < g->nlabels; i++) {
        struct label *l = &g->labels[i];
        bool asker = seg_label_is_asker(l->text, l->len) || seg_label_is_answerer(l->text, l->len);
        /* a full name as a label speaks even once: "Anders Lund, rapporteur. -" */
        size_t hl;
        const char *h = seg_strip_honorific(l->text, l->len, &hl);
        bool person = seg_person_name(h, hl) == hl;
        if (l->count >= 2 || asker || person) {
            uses += l->count;
            kinds++;
            askers += asker;
        }
    }
    return uses >= 3 || (kinds >= 2 && uses >= 2) || (askers && uses >= 2);
}

static bool label_accepted(const struct label *l, bool layout)
{
    if (!layout)
        return false;
    if (l->count >= 2 || seg_label_is_asker(l->text, l->len) ||
        seg_label_is_answerer(l->text, l->len))
        return true;
    /* a one-off speaker in a transcript: "MR. LEE", "Ambassador Kim" */
    bool caps = true;
    for (size_t i = 0; i < l->len; i++)
        if (l->text[i] >= 'a' && l->text[i] <= 'z')
            caps = false;
    return caps || seg_person_name(l->text, l->len) > 0 || memchr(l->text, ' ', l->len) != NULL;
}

/* Labels run together inside one paragraph: split after a sentence end. */
static void find_inline_labels(struct seg *g, size_t b, kz_span *out, size_t *nout, size_t max)
{
    kz_doc *d = g->doc;
    size_t s = g->sb[b].body, e = d->blocks[b].end;
    *nout = 0;
    for (size_t i = s + 1; i + 2 < e && *nout < max; i++) {
        char c = d->text[i];
        if (c != ' ')
            continue;
        char p = d->text[i - 1];
        unsigned char pc = (unsigned char)p;
        if (!(p == '.' || p == '?' || p == '!' || p == '"' || p == ')' || pc >= 0x80))
            continue;
        kz_span lab;
        size_t body;
        if (!seg_parse_label(d->text + i + 1, e - i - 1, &lab, &body))
            continue;
        int id = label_find(g, d->text + i + 1, lab.end);
        if (id < 0 || !label_accepted(&g->labels[id], true))
            continue;
        out[*nout].start = i + 1;
        out[*nout].end = i + 1 + body;
        (*nout)++;
    }
}

/* Title words in a label that say who answers or who asks. */
static int title_role(const char *s, size_t n)
{
    static const char *const answer[] = {"president",    "minister",  "ambassador",  "secretary",
                                         "spokesperson", "spokesman", "spokeswoman", "governor",
                                         "mayor",        "prime",     "foreign",     "deputy",
                                         "official",     "witness",   "director",    "general",
                                         "consul",       "envoy",     "chancellor",  "king",
                                         "queen",        "premier",   NULL};
    static const char *const ask[] = {"senator",        "chairman",    "chairwoman",    "chair",
                                      "representative", "congressman", "congresswoman", "moderator",
                                      "host",           NULL};
    size_t w = 0;
    while (w < n && s[w] != ' ')
        w++;
    for (size_t i = 0; answer[i]; i++)
        if (strlen(answer[i]) == w && strncasecmp(s, answer[i], w) == 0 && w < n)
            return KZ_ROLE_INTERVIEWEE;
    for (size_t i = 0; ask[i]; i++)
        if (strlen(ask[i]) == w && strncasecmp(s, ask[i], w) == 0)
            return KZ_ROLE_INTERVIEWER;
    return -1;
}

/*
 * "Senator Margaret Holloway, chairwoman of the subcommittee, presiding":
 * the lead names the label's person as the one who chairs.
 */
static bool introduced_as_chair(struct seg *g, const struct label *l)
{
    kz_doc *d = g->doc;
    const char *sp = l->text + l->len;
    while (sp > l->text && sp[-1] != ' ')
        sp--;
    size_t sl = (size_t)(l->text + l->len - sp);
    if (sl < 3)
        return false;
    static const char *const chair[] = {"presiding", "chairing", "moderat", "hosting", NULL};
    for (size_t b = 0; b < d->nblocks && !has_label(&g->sb[b]); b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        for (size_t i = 0; i + sl <= n; i++) {
            if (strncasecmp(t + i, sp, sl) != 0 || (i + sl < n && kz_isalpha_u(t[i + sl])))
                continue;
            size_t e = i + sl + 60 < n ? i + sl + 60 : n;
            for (size_t k = 0; chair[k]; k++)
                for (size_t j = i + sl; j + strlen(chair[k]) <= e; j++)
                    if (strncmp(t + j, chair[k], strlen(chair[k])) == 0)
                        return true;
        }
    }
    return false;
}

/*
 * Interviewer or interviewee for each label: askers by name (Q, Moderator,
 * the outlet), officials by title; the rest by how often their turns ask.
 */
static void label_roles(struct seg *g)
{
    kz_doc *d = g->doc;
    int best = -1;
    double best_ratio = -1;
    bool any_asker = false;
    for (size_t i = 0; i < g->nlabels; i++) {
        struct label *l = &g->labels[i];
        double r = l->count ? (double)l->questions / l->count : 0;
        int tr = title_role(l->text, l->len);
        if (seg_label_is_asker(l->text, l->len) || (l->len == 1 && l->text[0] == 'Q'))
            l->role = KZ_ROLE_INTERVIEWER;
        else if (seg_label_is_answerer(l->text, l->len))
            l->role = KZ_ROLE_INTERVIEWEE;
        else if (d->meta.publisher && strlen(d->meta.publisher) == l->len &&
                 strncasecmp(d->meta.publisher, l->text, l->len) == 0)
            l->role = KZ_ROLE_INTERVIEWER;
        else if (introduced_as_chair(g, l))
            l->role = KZ_ROLE_INTERVIEWER;
        else if (tr == KZ_ROLE_INTERVIEWEE)
            l->role = r >= 0.75 ? KZ_ROLE_INTERVIEWER : KZ_ROLE_INTERVIEWEE;
        else if (tr == KZ_ROLE_INTERVIEWER)
            l->role = r >= 0.2 ? KZ_ROLE_INTERVIEWER : KZ_ROLE_INTERVIEWEE;
        else if (r >= 0.5)
            l->role = KZ_ROLE_INTERVIEWER;
        any_asker |= l->role == KZ_ROLE_INTERVIEWER;
        if (l->role < 0 && l->count && r > best_ratio) {
            best_ratio = r;
            best = (int)i;
        }
    }
    if (!any_asker && best >= 0 && best_ratio > 0)
        g->labels[best].role = KZ_ROLE_INTERVIEWER;
    /* who speaks at length answers; a label speaking far less (a chair) asks */
    double top = 0;
    for (size_t i = 0; i < g->nlabels; i++)
        if (g->labels[i].role != KZ_ROLE_INTERVIEWER && g->labels[i].count &&
            (double)g->labels[i].chars / g->labels[i].count > top)
            top = (double)g->labels[i].chars / g->labels[i].count;
    for (size_t i = 0; i < g->nlabels; i++) {
        struct label *l = &g->labels[i];
        if (l->role < 0 && l->count && top > 0 && (double)l->chars / l->count < 0.4 * top &&
            title_role(l->text, l->len) != KZ_ROLE_INTERVIEWEE)
            l->role = KZ_ROLE_INTERVIEWER;
    }
    for (size_t i = 0; i < g->nlabels; i++)
        if (g->labels[i].role < 0)
            g->labels[i].role = KZ_ROLE_INTERVIEWEE;
}

static const char *label_speaker(struct seg *g, int id)
{
    kz_doc *d = g->doc;
    struct label *l = &g->labels[id];
    /* "HOST (Dariga Sembayeva)": the person in brackets speaks */
    const char *open = memchr(l->text, '(', l->len);
    if (open && l->text[l->len - 1] == ')' && l->text + l->len - open > 3)
        return kz_doc_strndup(d, open + 1, (size_t)(l->text + l->len - open - 2));
    if (seg_label_is_answerer(l->text, l->len) && d->meta.interviewees && d->meta.interviewees[0])
        return d->meta.interviewees[0];
    /* "BAM:" or "Kazinform:" asks, and the text names the journalist who asked */
    size_t hl;
    const char *h = seg_strip_honorific(l->text, l->len, &hl);
    if (l->role == KZ_ROLE_INTERVIEWER && d->meta.interviewer && seg_person_name(h, hl) != hl &&
        !seg_label_is_asker(l->text, l->len) && !(l->len == 1 && l->text[0] == 'Q'))
        return d->meta.interviewer;
    if (l->len == 1 && l->text[0] == 'Q' && d->meta.interviewer)
        return d->meta.interviewer;
    return kz_doc_strndup(d, l->text, l->len);
}

static void add_turn(kz_doc *d, const char *speaker, unsigned role, size_t start, size_t end)
{
    kz_turn t = {
        .n = (unsigned)d->nturns + 1, .speaker = speaker, .role = role, .start = start, .end = end};
    kz_doc_add_turn(d, &t);
}

/*
 * "Host: Dana Ospanova", "IN THE CHAIR: Ewa KOWALCZYK", "Guest: X, chief
 * economist of Y": a cast list names who will speak; it is not speech.
 */
static bool cast_label(const char *s, size_t n)
{
    static const char *const w[] = {
        "guest",        "guests",   "participants", "present",   "panel", "panelists",
        "panellists",   "speakers", "attendees",    "host",      "hosts", "in the chair",
        "also present", "with",     "witness",      "witnesses", NULL};
    for (size_t i = 0; w[i]; i++)
        if (strlen(w[i]) == n && strncasecmp(s, w[i], n) == 0)
            return true;
    return false;
}

static bool cast_line(struct seg *g, size_t b)
{
    kz_doc *d = g->doc;
    const char *t = d->text + g->sb[b].body;
    size_t n = d->blocks[b].end - g->sb[b].body, words = 1;
    /* "Guests: X, member of ...; Y, economist.": a list of who takes part */
    const char *lab0 = d->text + g->sb[b].label.start;
    size_t ll0 = g->sb[b].label.end - g->sb[b].label.start;
    if (cast_label(lab0, ll0) && ll0 != 4 && n > 0 && n < 400 && t[0] >= 'A' && t[0] <= 'Z' &&
        seg_person_name(t, n) > 0)
        return true;
    if (n == 0 || n > 120 || !seg_is_unterminated(t, n) || !(t[0] >= 'A' && t[0] <= 'Z'))
        return false;
    for (size_t i = 0; i < n; i++)
        words += t[i] == ' ';
    size_t first = 0;
    while (first < n && t[first] != ' ' && t[first] != ',')
        first++;
    if (!(words <= 12 && first + 1 < n && t[first] == ' ' &&
          (t[first + 1] >= 'A' && t[first + 1] <= 'Z')))
        return false;
    /* "Host: Dana Ospanova": the host asks */
    const char *lab = d->text + g->sb[b].label.start;
    size_t ll = g->sb[b].label.end - g->sb[b].label.start;
    if (!d->meta.interviewer &&
        (seg_label_is_asker(lab, ll) || (ll == 4 && strncasecmp(lab, "host", 4) == 0))) {
        size_t nl = seg_person_name(t, n);
        if (nl)
            d->meta.interviewer = kz_doc_strndup(d, t, nl);
    }
    return true;
}

static void segment_labels(struct seg *g)
{
    kz_doc *d = g->doc;
    /* count questions per label, for the roles */
    for (size_t b = 0; b < d->nblocks; b++) {
        seg_block *s = &g->sb[b];
        if (!has_label(s) || is_skip(s))
            continue;
        int id = label_find(g, d->text + s->label.start, s->label.end - s->label.start);
        if (id >= 0 && label_accepted(&g->labels[id], true) && !cast_line(g, b)) {
            s->label_id = id;
            size_t e = d->blocks[b].end;
            if (kz_memmem(d->text + s->body, e - s->body, "?", 1))
                g->labels[id].questions++;
            g->labels[id].chars += e - s->body;
        }
    }
    label_roles(g);
    const char *last_asker = NULL;
    bool only_askers = true;
    for (size_t i = 0; i < g->nlabels; i++)
        if (label_accepted(&g->labels[i], true) && g->labels[i].role != KZ_ROLE_INTERVIEWER &&
            g->labels[i].count)
            only_askers = false;
    /* 'Name: "A quote"' as the first line is the title, unless the next
     * line carries on the exchange */
    if (d->nblocks > 1 && g->sb[0].label_id >= 0) {
        size_t nx = 1;
        while (nx < d->nblocks && is_skip(&g->sb[nx]))
            nx++;
        if (nx < d->nblocks && g->sb[nx].label_id < 0)
            g->sb[0].label_id = -1;
    }
    int cur = -1;
    for (size_t b = 0; b < d->nblocks; b++) {
        seg_block *s = &g->sb[b];
        if (s->label_id >= 0) {
            kz_span in[64];
            size_t nin;
            find_inline_labels(g, b, in, &nin, 64);
            size_t start = s->body;
            int id = s->label_id;
            for (size_t k = 0; k <= nin; k++) {
                size_t end = k < nin ? in[k].start - 1 : d->blocks[b].end;
                if (end > start) {
                    add_turn(d, label_speaker(g, id), (unsigned)g->labels[id].role, start, end);
                    cur = (int)d->nturns - 1;
                    if (g->labels[id].role == KZ_ROLE_INTERVIEWER)
                        last_asker = d->turns[cur].speaker;
                }
                if (k < nin) {
                    start = in[k].end;
                    kz_span lab;
                    size_t body;
                    seg_parse_label(d->text + in[k].start, d->blocks[b].end - in[k].start, &lab,
                                    &body);
                    id = label_find(g, d->text + in[k].start, lab.end);
                }
            }
            /* a label alone on its line speaks in the blocks after it */
            if (s->body >= d->blocks[b].end) {
                add_turn(d, label_speaker(g, id), (unsigned)g->labels[id].role, d->blocks[b].end,
                         d->blocks[b].end);
                cur = (int)d->nturns - 1;
            }
            d->blocks[b].turn = cur;
            continue;
        }
        if (cur < 0 || is_skip(s) ||
            (s->unterminated && b + 1 < d->nblocks && BLEN(d, b) < 120 &&
             !(g->sb[b + 1].label_id < 0 && !is_skip(&g->sb[b + 1])))) {
            continue;
        }
        /* "Q: ...?" then an unlabelled paragraph: when only the asker is labelled,
         * the answer is the interviewee's */
        if (only_askers && d->turns[cur].role == KZ_ROLE_INTERVIEWER &&
            memchr(d->text + d->turns[cur].start, '?', d->turns[cur].end - d->turns[cur].start)) {
            add_turn(d,
                     d->meta.interviewees && d->meta.interviewees[0] ? d->meta.interviewees[0]
                                                                     : "interviewee",
                     KZ_ROLE_INTERVIEWEE, d->blocks[b].start, d->blocks[b].end);
            cur = (int)d->nturns - 1;
            d->blocks[b].turn = cur;
            continue;
        }
        /* ... and a short unlabelled paragraph that asks, after an answer, is the
         * asker again ("One last question. When will the summit take place?") */
        if (only_askers && last_asker && d->turns[cur].role == KZ_ROLE_INTERVIEWEE && s->question &&
            BLEN(d, b) < 300) {
            add_turn(d, last_asker, KZ_ROLE_INTERVIEWER, d->blocks[b].start, d->blocks[b].end);
            cur = (int)d->nturns - 1;
            d->blocks[b].turn = cur;
            continue;
        }
        /* after the last turn, a short unpunctuated line is a credit, not speech */
        d->blocks[b].turn = cur;
        if (d->turns[cur].start == d->turns[cur].end)
            d->turns[cur].start = d->blocks[b].start;
        d->turns[cur].end = d->blocks[b].end;
    }
}

/* Q/A marks for dash, question-paragraph and emphasis layouts. */
static bool mark_layout(struct seg *g)
{
    kz_doc *d = g->doc;
    size_t dash = 0, dash_emph = 0, dash_plain_q = 0, emph_q = 0, qpara_before_dash = 0;
    for (size_t b = 0; b < d->nblocks; b++) {
        seg_block *s = &g->sb[b];
        if (is_skip(s))
            continue;
        if (s->dash) {
            dash++;
            dash_emph += s->emph;
            /* the block before, skipping headings: a plain question paragraph? */
            size_t p = b;
            while (p > 0 && is_skip(&g->sb[p - 1]))
                p--;
            if (p > 0 && !g->sb[p - 1].dash && g->sb[p - 1].question)
                qpara_before_dash++;
        } else if ((s->emph || s->numbered) && s->asks) {
            emph_q++;
        }
        (void)dash_plain_q;
    }
    /* a bulleted list ("- **1 March.** ...") asks nothing: dialogue asks */
    size_t dash_asks = 0;
    for (size_t b = 0; b < d->nblocks; b++)
        dash_asks += g->sb[b].dash && g->sb[b].asks;
    if (dash >= 2 && ((dash_asks > 0 && dash_asks * 4 >= dash) || qpara_before_dash * 2 >= dash)) {
        bool by_emph = dash_emph > 0 && dash_emph < dash;
        bool qpara = qpara_before_dash * 2 >= dash && dash_emph == 0;
        bool next_q = true;
        for (size_t b = 0; b < d->nblocks; b++) {
            seg_block *s = &g->sb[b];
            if (is_skip(s))
                continue;
            if (s->dash) {
                if (qpara)
                    s->mark = SEG_A;
                else if (by_emph)
                    s->mark = s->emph ? SEG_Q : SEG_A;
                else
                    s->mark = next_q ? SEG_Q : SEG_A;
                next_q = s->mark == SEG_A;
            } else if ((qpara && s->question && b + 1 < d->nblocks) ||
                       (s->emph && s->question && (by_emph || qpara))) {
                /* "...?" right before a dashed answer */
                size_t nx = b + 1;
                while (nx < d->nblocks && is_skip(&g->sb[nx]))
                    nx++;
                if (nx < d->nblocks && (g->sb[nx].dash || s->emph)) {
                    s->mark = SEG_Q;
                    next_q = false;
                }
            }
        }
        return true;
    }
    if (emph_q >= 2) {
        bool in_q = false;
        for (size_t b = 0; b < d->nblocks; b++) {
            seg_block *s = &g->sb[b];
            if (is_skip(s))
                continue;
            /* "**And the border? It seems more dangerous.**": a question that ends in a remark */
            if ((s->emph && (s->asks || in_q)) || s->numbered) {
                s->mark = in_q ? SEG_CONT : SEG_Q;
                in_q = true;
            } else if (in_q) {
                s->mark = SEG_A;
                in_q = false;
            }
        }
        return true;
    }
    return false;
}

static const char *interviewee_speaker(kz_doc *d)
{
    if (d->meta.interviewees && d->meta.interviewees[0])
        return d->meta.interviewees[0];
    return "interviewee";
}

static void segment_marks(struct seg *g)
{
    kz_doc *d = g->doc;
    const char *q_speaker = d->meta.interviewer ? d->meta.interviewer : "interviewer";
    const char *a_speaker = interviewee_speaker(d);
    int cur = -1;
    size_t last_turn_block = 0;
    for (size_t b = 0; b < d->nblocks; b++) {
        seg_block *s = &g->sb[b];
        if (s->mark == SEG_Q || s->mark == SEG_A) {
            bool q = s->mark == SEG_Q;
            add_turn(d, q ? q_speaker : a_speaker, q ? KZ_ROLE_INTERVIEWER : KZ_ROLE_INTERVIEWEE,
                     s->body, d->blocks[b].end);
            cur = (int)d->nturns - 1;
            d->blocks[b].turn = cur;
            last_turn_block = b;
            continue;
        }
        if (cur < 0 || is_skip(s))
            continue;
        /* unpunctuated short lines are captions or credits, not speech */
        if (s->unterminated && BLEN(d, b) < 160 && d->blocks[b].kind != KZ_BLOCK_ITEM)
            continue;
        d->blocks[b].turn = cur;
        d->turns[cur].end = d->blocks[b].end;
    }
    (void)last_turn_block;
}

static size_t first_label_block(struct seg *g)
{
    for (size_t b = 0; b < g->doc->nblocks; b++)
        if (g->sb[b].label_id >= 0)
            return b;
    return g->doc->nblocks;
}

static size_t first_mark_block(struct seg *g)
{
    for (size_t b = 0; b < g->doc->nblocks; b++)
        if (g->sb[b].mark == SEG_Q || g->sb[b].mark == SEG_A)
            return b;
    return g->doc->nblocks;
}

static int askers_named(struct seg *g)
{
    int n = 0;
    for (size_t i = 0; i < g->nlabels; i++)
        n += label_accepted(&g->labels[i], true) && g->labels[i].role == KZ_ROLE_INTERVIEWER;
    return n;
}

/* In a labelled exchange the labels name who asks and who answers. */
static void meta_from_labels(struct seg *g)
{
    kz_doc *d = g->doc;
    const char **names = NULL;
    size_t n = 0;
    for (size_t i = 0; i < g->nlabels; i++) {
        struct label *l = &g->labels[i];
        if (!label_accepted(l, true) || seg_label_is_answerer(l->text, l->len))
            continue;
        size_t hl;
        const char *h = seg_strip_honorific(l->text, l->len, &hl);
        bool person = seg_person_name(h, hl) == hl;
        if (l->role == KZ_ROLE_INTERVIEWER) {
            /* the one person who asks; with several askers nobody is "the" interviewer */
            bool outlet = seg_outlet_word(l->text, l->len) ||
                          (d->meta.publisher && strlen(d->meta.publisher) == l->len &&
                           strncmp(d->meta.publisher, l->text, l->len) == 0);
            if (person && !outlet && !d->meta.interviewer && askers_named(g) == 1)
                d->meta.interviewer = kz_doc_strndup(d, h, hl);
            continue;
        }
        if (seg_label_is_asker(l->text, l->len))
            continue;
        names = kz_xrealloc(names, (n + 2) * sizeof *names);
        names[n++] = kz_doc_strndup(d, h, hl);
    }
    if (n) {
        const char **list = kz_arena_alloc(d->arena, (n + 1) * sizeof *list);
        memcpy(list, names, n * sizeof *list);
        d->meta.interviewees = list;
    }
    free(names);
}

void kz_segment(kz_doc *d)
{
    d->nturns = 0;
    for (size_t b = 0; b < d->nblocks; b++)
        d->blocks[b].turn = -1;
    struct seg g = {.doc = d};
    g.sb = kz_xcalloc(d->nblocks + 1, sizeof *g.sb);
    classify(&g);
    seg_meta(d);
    if (label_layout(&g)) {
        /* mark accepted labels first, so the lead is known */
        for (size_t b = 0; b < d->nblocks; b++) {
            seg_block *s = &g.sb[b];
            if (!has_label(s) || is_skip(s))
                continue;
            int id = label_find(&g, d->text + s->label.start, s->label.end - s->label.start);
            if (id >= 0 && label_accepted(&g.labels[id], true) && !cast_line(&g, b))
                s->label_id = id;
        }
        seg_meta_interviewee(d, first_label_block(&g));
        for (size_t b = 0; b < d->nblocks; b++)
            g.sb[b].label_id = -1;
        segment_labels(&g);
        meta_from_labels(&g);
    } else if (mark_layout(&g)) {
        seg_meta_interviewee(d, first_mark_block(&g));
        segment_marks(&g);
    }
    /* a label with no speech after it ("Q:" at the very end) makes no turn */
    int *remap = kz_xmalloc((d->nturns + 1) * sizeof *remap);
    size_t kept = 0;
    for (size_t i = 0; i < d->nturns; i++) {
        if (d->turns[i].end <= d->turns[i].start) {
            remap[i] = kept ? (int)kept - 1 : -1;
            continue;
        }
        remap[i] = (int)kept;
        d->turns[kept] = d->turns[i];
        d->turns[kept].n = (unsigned)kept + 1;
        kept++;
    }
    for (size_t b = 0; b < d->nblocks; b++)
        if (d->blocks[b].turn >= 0 && (size_t)d->blocks[b].turn < d->nturns)
            d->blocks[b].turn = remap[d->blocks[b].turn];
    free(remap);
    d->nturns = kept;
    if (d->nturns > 0) {
        d->meta.kind = "interview";
    } else {
        d->meta.kind = "article";
        d->meta.interviewees = NULL; /* quotations come after the people extractor */
    }
    free(g.sb);
    free(g.labels);
}
