/* SPDX-License-Identifier: MIT */
/*
 * Metadata the text states about itself: title, its own date, the outlet,
 * who asks, who answers, who wrote it. Only what the text says: a date is
 * never guessed from content.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "segment.h"

#define BTEXT(d, b) ((d)->text + (d)->blocks[b].start)
#define BLEN(d, b) ((d)->blocks[b].end - (d)->blocks[b].start)

static const char *const months[] = {"january",   "february", "march",    "april",
                                     "may",       "june",     "july",     "august",
                                     "september", "october",  "november", "december"};

static int month_at(const char *s, size_t n, size_t *len)
{
    for (int m = 0; m < 12; m++) {
        size_t l = strlen(months[m]);
        if (n >= l && strncasecmp(s, months[m], l) == 0 &&
            (n == l || !kz_isalpha((unsigned char)s[l]))) {
            *len = l;
            return m + 1;
        }
        /* "Feb." "Sept" "Dec" */
        if (n >= 3 && strncasecmp(s, months[m], 3) == 0 &&
            (n == 3 || !kz_isalpha((unsigned char)s[3]))) {
            *len = 3 + (n > 3 && s[3] == '.');
            return m + 1;
        }
        if (m == 8 && n >= 4 && strncasecmp(s, "sept", 4) == 0 &&
            (n == 4 || !kz_isalpha((unsigned char)s[4]))) {
            *len = 4 + (n > 4 && s[4] == '.');
            return 9;
        }
    }
    return 0;
}

static size_t digits(const char *s, size_t n, size_t max, int *v)
{
    size_t i = 0;
    *v = 0;
    while (i < n && i < max && kz_isdigit((unsigned char)s[i]))
        *v = *v * 10 + (s[i++] - '0');
    if (i < n && kz_isdigit((unsigned char)s[i]))
        return 0;
    return i;
}

static bool valid(int y, int m, int d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1000 && y <= 2099 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

/* YYYY-MM-DD of values valid() accepted, through a buffer wide enough for any int */
static void iso_date(char out[11], int y, int m, int d)
{
    char tmp[40];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 10);
    out[10] = '\0';
}

bool seg_parse_date(const char *s, size_t n, char out[11], size_t *len)
{
    int y, m, d;
    size_t i, k;
    /* 2024-05-18 */
    if ((i = digits(s, n, 4, &y)) == 4 && i < n && s[i] == '-' &&
        digits(s + 5, n - 5, 2, &m) == 2 && n > 7 && s[7] == '-' &&
        digits(s + 8, n - 8, 2, &d) == 2 && valid(y, m, d)) {
        iso_date(out, y, m, d);
        *len = 10;
        return true;
    }
    /* 30/05/2024: day first, as outside the US; 05/30/2024 when the second part must be the day */
    {
        int a, b2;
        size_t la = digits(s, n, 2, &a);
        if (la && la < n && s[la] == '/' && digits(s + la + 1, n - la - 1, 2, &b2) && la + 3 < n &&
            s[la + 1 + (b2 > 9 || s[la + 1] == '0' ? 2 : 1)] == '/') {
            size_t lb = b2 > 9 || s[la + 1] == '0' ? 2 : 1;
            size_t ys = la + 1 + lb + 1;
            if (digits(s + ys, n - ys, 4, &y) == 4) {
                int dd = a, mm = b2;
                if (a <= 12 && b2 > 12)
                    dd = b2, mm = a;
                if (valid(y, mm, dd)) {
                    iso_date(out, y, mm, dd);
                    *len = ys + 4;
                    return true;
                }
            }
        }
    }
    /* 18 May 2024, 18th of May 2024 */
    if ((i = digits(s, n, 2, &d)) > 0) {
        size_t j = i;
        if (j + 2 <= n && (strncmp(s + j, "st", 2) == 0 || strncmp(s + j, "nd", 2) == 0 ||
                           strncmp(s + j, "rd", 2) == 0 || strncmp(s + j, "th", 2) == 0))
            j += 2;
        if (j < n && s[j] == '.' && (i = digits(s + j + 1, n - j - 1, 2, &m)) == 2 && j + 3 < n &&
            s[j + 3] == '.' && digits(s + j + 4, n - j - 4, 4, &y) == 4 &&
            valid(y, m, d)) { /* 18.05.2024 */
            iso_date(out, y, m, d);
            *len = j + 8;
            return true;
        }
        while (j < n && s[j] == ' ')
            j++;
        if (j + 3 <= n && strncmp(s + j, "of ", 3) == 0)
            j += 3;
        if ((m = month_at(s + j, n - j, &k)) > 0) {
            j += k;
            if (j < n && s[j] == ',')
                j++;
            while (j < n && s[j] == ' ')
                j++;
            if (digits(s + j, n - j, 4, &y) == 4 && valid(y, m, d)) {
                iso_date(out, y, m, d);
                *len = j + 4;
                return true;
            }
        }
        return false;
    }
    /* May 18, 2024 */
    if ((m = month_at(s, n, &k)) > 0) {
        size_t j = k;
        while (j < n && s[j] == ' ')
            j++;
        if ((i = digits(s + j, n - j, 2, &d)) > 0) {
            j += i;
            if (j + 2 <= n && kz_isalpha((unsigned char)s[j]) &&
                kz_isalpha((unsigned char)s[j + 1]))
                j += 2;
            if (j < n && s[j] == ',')
                j++;
            while (j < n && s[j] == ' ')
                j++;
            if (digits(s + j, n - j, 4, &y) == 4 && valid(y, m, d)) {
                iso_date(out, y, m, d);
                *len = j + 4;
                return true;
            }
        }
    }
    return false;
}

/* The first date anywhere in s[0..n) at a word start. */
static bool find_date(const char *s, size_t n, char out[11], size_t *at, size_t *len)
{
    for (size_t i = 0; i < n; i++) {
        if (i > 0 && kz_isalnum((unsigned char)s[i - 1]))
            continue;
        if (seg_parse_date(s + i, n - i, out, len)) {
            *at = i;
            return true;
        }
    }
    return false;
}

static bool valid_iso(const char *s)
{
    char out[11];
    size_t l;
    return s && strlen(s) == 10 && seg_parse_date(s, 10, out, &l);
}

/*
 * The text's own date: a dateline ("Interview dated 18 May 2024",
 * "Published: ...", "Posted on ...") anywhere, or a block that is only a
 * date among the first and last few blocks.
 */
static void find_own_date(kz_doc *d)
{
    static const char *const cues[] = {"dated",       "Dated",     "Published",    "published on",
                                       "Posted",      "posted on", "Date:",        "Aired",
                                       "Broadcast",   "Recorded",  "broadcast on", "aired on",
                                       "recorded on", "held on",   "Transcript",   "Updated",
                                       NULL};
    for (size_t b = 0; b < d->nblocks; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        if (n > 320)
            continue;
        for (size_t c = 0; cues[c]; c++) {
            const char *hit = kz_memmem(t, n, cues[c], strlen(cues[c]));
            if (!hit)
                continue;
            size_t off = (size_t)(hit - t) + strlen(cues[c]);
            char iso[11];
            size_t at, len;
            /* "Transcript of the press approach by ..., Bishkek, 11 November 2023." */
            bool anywhere = strcmp(cues[c], "Transcript") == 0 && hit == t;
            if (find_date(t + off, n - off, iso, &at, &len) && (at <= 6 || anywhere)) {
                d->meta.date = kz_doc_strndup(d, iso, 10);
                d->meta.date_start = d->blocks[b].start + off + at;
                d->meta.date_end = d->meta.date_start + len;
                return;
            }
        }
    }
    /* "Central Asia Wire | December 4, 2024 09:12 GMT | Updated ...": a masthead line */
    for (size_t b = 0; b < d->nblocks && b < 6; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        if (n > 160 || !kz_memmem(t, n, " | ", 3))
            continue;
        char iso[11];
        size_t at, len;
        if (find_date(t, n, iso, &at, &len)) {
            d->meta.date = kz_doc_strndup(d, iso, 10);
            d->meta.date_start = d->blocks[b].start + at;
            d->meta.date_end = d->meta.date_start + len;
            return;
        }
    }
    for (size_t k = 0; k < d->nblocks && k < 8; k++) {
        size_t b = k < 4 ? k : d->nblocks - 1 - (k - 4);
        if (b >= d->nblocks)
            continue;
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        char iso[11];
        size_t at, len;
        if (n < 60 && find_date(t, n, iso, &at, &len) && n - len <= 30 &&
            !kz_memmem(t, n, ". ", 2)) {
            d->meta.date = kz_doc_strndup(d, iso, 10);
            d->meta.date_start = d->blocks[b].start + at;
            d->meta.date_end = d->meta.date_start + len;
            return;
        }
    }
}

/* An outlet name at s: "Vlast.kz", "Izvestia.Ru", "Kazinform", "The Astana Times". */
static size_t outlet_at(const char *s, size_t n)
{
    size_t i = 0, words = 0, end = 0;
    if (n >= 4 && strncmp(s, "The ", 4) == 0)
        i = 4;
    while (i < n && words < 4) {
        if (!kz_isupper((unsigned char)s[i]))
            break;
        size_t e = i;
        while (e < n &&
               (kz_isalnum((unsigned char)s[e]) || s[e] == '-' || s[e] == '&' ||
                ((s[e] == '.' || s[e] == '/') && e + 1 < n && kz_isalpha((unsigned char)s[e + 1]))))
            e++;
        words++;
        end = e;
        if (e + 1 < n && s[e] == ' ' && kz_isupper((unsigned char)s[e + 1]))
            i = e + 1;
        else
            break;
    }
    return words ? end : 0;
}

struct cue {
    const char *text;
    int before; /* the outlet stands before the cue ("X decided to") */
    int score;
};

static const struct cue outlet_cues[] = {{"Subscribe to ", 0, 3},
                                         {"in a comment for ", 0, 2},
                                         {"In a comment for ", 0, 2},
                                         {"told ", 0, 1},
                                         {"in an interview with ", 0, 1},
                                         {"In an interview with ", 0, 1},
                                         {"in an interview for ", 0, 2},
                                         {"In an interview for ", 0, 2},
                                         {"speaking to ", 0, 1},
                                         {"Speaking to ", 0, 1},
                                         {" decided to ", 1, 2},
                                         {" invited ", 1, 2},
                                         {" asked ", 1, 2},
                                         {"spoke to ", 0, 1},
                                         {"talking to ", 0, 1},
                                         {"interview to ", 0, 2},
                                         {" spoke with ", 1, 2},
                                         {" talked to ", 1, 2},
                                         {" talked with ", 1, 2},
                                         {" sat down with ", 1, 2},
                                         {" interviewed ", 1, 2},
                                         {"exclusive interview with ", 0, 1},
                                         {"©", 0, 2},
                                         {"Copyright ", 0, 2},
                                         {" correspondent ", 1, 2},
                                         {"questions from ", 0, 2},
                                         {"Compiled by ", 0, 2},
                                         {"compiled by ", 0, 2},
                                         {"Source: ", 0, 1},
                                         {"Interviewed for ", 0, 2},
                                         {"interviewed for ", 0, 2},
                                         {"Written for ", 0, 2},
                                         {"written for ", 0, 2},
                                         {"exclusively for ", 0, 2},
                                         {"Exclusive to ", 0, 2},
                                         {NULL, 0, 0}};

/* Last words that make a name an outlet: "Dala Times", "Baltic Wire". */
bool seg_outlet_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "Times",       "News",      "Post",     "Today",    "Daily",     "Radio",
        "TV",          "Agency",    "Press",    "Herald",   "Tribune",   "Journal",
        "Gazette",     "Review",    "Wire",     "Media",    "Channel",   "Network",
        "Service",     "Online",    "Inform",   "Observer", "Telegraph", "Express",
        "Weekly",      "Monitor",   "Insider",  "Bulletin", "Magazine",  "Broadcasting",
        "Television",  "Digest",    "Report",   "Ledger",   "Courier",   "Chronicle",
        "Star",        "Sun",       "Mirror",   "Voice",    "Echo",      "Guardian",
        "Independent", "Economist", "Diplomat", "Dispatch", "Standard",  "Globe",
        "Mail",        "Record",    "Register", "Bureau",   "Portal",    "Hub",
        "Info",        "Podcast",   "FM",       NULL};
    const char *sp = s + n;
    while (sp > s && sp[-1] != ' ')
        sp--;
    for (size_t i = 0; w[i]; i++)
        if (strlen(w[i]) == (size_t)(s + n - sp) && strncmp(sp, w[i], strlen(w[i])) == 0)
            return true;
    return false;
}

static bool outlet_like(const char *s, size_t n)
{
    /* not a person or a pronoun: "Izvestia.Ru" yes, "He" no, "Ivan Petrenko" no */
    if (n < 3 || (seg_person_name(s, n) == n && !seg_outlet_word(s, n)))
        return false;
    static const char *const no[] = {
        "He",       "She",        "They",       "We",      "It",     "The", "This", "Our",
        "Your",     "An",         "A",          "Its",     "Their",  "His", "Her",  "President",
        "Minister", "Ambassador", "Kazakhstan", "Ukraine", "Russia", "Mr",  "Ms",   NULL};
    for (size_t i = 0; no[i]; i++)
        if (strlen(no[i]) == n && strncmp(s, no[i], n) == 0)
            return false;
    return true;
}

static void find_publisher(kz_doc *d)
{
    const char *best = NULL;
    size_t best_len = 0;
    int best_score = 0;
    struct {
        const char *s;
        size_t n;
        int score;
    } cand[32];
    size_t nc = 0;
    for (size_t c = 0; outlet_cues[c].text; c++) {
        const char *cue = outlet_cues[c].text;
        size_t cl = strlen(cue);
        for (const char *p = d->text, *end = d->text + d->len; p < end;) {
            const char *hit = kz_memmem(p, (size_t)(end - p), cue, cl);
            if (!hit)
                break;
            p = hit + cl;
            const char *s;
            size_t n;
            if (outlet_cues[c].before) {
                /* walk back over the capitalised words before the cue */
                const char *q = hit;
                /* a '.' inside a word ("Vlast.kz") does not end the name */
                while (q > d->text && q[-1] != '\n' && q[-1] != ',' && (size_t)(hit - q) < 40 &&
                       !(q[-1] == '.' && (q == hit || q[0] == ' ')))
                    q--;
                while (q < hit && (*q == ' ' || !kz_isupper((unsigned char)*q)))
                    q++;
                /* "A Kazinform correspondent": the article is not part of the name */
                static const char *const arts[] = {"An ", "A ", "Our ", "The ", NULL};
                for (size_t k = 0; arts[k]; k++)
                    if ((size_t)(hit - q) > strlen(arts[k]) &&
                        strncmp(q, arts[k], strlen(arts[k])) == 0)
                        q += strlen(arts[k]);
                s = q;
                n = outlet_at(q, (size_t)(hit - q));
                if (s + n != hit)
                    continue;
            } else {
                s = hit + cl;
                while (s < end && *s == ' ')
                    s++;
                if (end - s > 4 && (strncmp(s, "the ", 4) == 0))
                    s += 4;
                n = outlet_at(s, (size_t)(end - s));
            }
            if (!n || !outlet_like(s, n))
                continue;
            int score = outlet_cues[c].score + (seg_outlet_word(s, n) ? 1 : 0);
            /* "Ukrainian publication LegalHub": someone else's outlet */
            if (!outlet_cues[c].before && hit > d->text + 12 &&
                kz_memmem(hit, (size_t)(s - hit), "publication", 11))
                score = 0;
            size_t k;
            for (k = 0; k < nc; k++)
                if (cand[k].n == n && strncmp(cand[k].s, s, n) == 0)
                    break;
            if (k == nc && nc < 32) {
                cand[nc].s = s;
                cand[nc].n = n;
                cand[nc].score = 0;
                nc++;
            }
            if (k < 32)
                cand[k].score += score;
        }
    }
    /* "Izvestia.Ru" and "Izvestia.Ru Telegram" are one outlet: the shorter name wins */
    for (size_t k = 0; k < nc; k++)
        for (size_t j = 0; j < nc; j++)
            if (j != k && cand[j].n > cand[k].n && strncmp(cand[j].s, cand[k].s, cand[k].n) == 0 &&
                cand[j].s[cand[k].n] == ' ') {
                cand[k].score += cand[j].score;
                cand[j].score = 0;
            }
    for (size_t k = 0; k < nc; k++)
        if (cand[k].score > best_score) {
            best = cand[k].s;
            best_len = cand[k].n;
            best_score = cand[k].score;
        }
    /* the page's own text must name the site too (a <title> alone is the browser's) */
    if (best && best_score >= 2 && kz_memmem(d->text, d->len, best, best_len))
        d->meta.publisher = kz_doc_strndup(d, best, best_len);
}

/* A person's name after a cue such as "Original Author:" or "By". */
static const char *name_after(kz_doc *d, const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == ':')) {
        s++;
        n--;
    }
    size_t hl;
    const char *h = seg_strip_honorific(s, n, &hl);
    size_t l = seg_person_name(h, hl);
    return l ? kz_doc_strndup(d, h, l) : NULL;
}

static void add_name(kz_doc *d, const char ***list, const char *name)
{
    size_t n = 0;
    if (*list)
        for (; (*list)[n]; n++)
            if (strcmp((*list)[n], name) == 0)
                return;
    const char **nl = kz_arena_alloc(d->arena, (n + 2) * sizeof *nl);
    for (size_t i = 0; i < n; i++)
        nl[i] = (*list)[i];
    nl[n] = name;
    nl[n + 1] = NULL;
    *list = nl;
}

static void find_people(kz_doc *d)
{
    static const char *const author_cues[] = {"Original Author",
                                              "Author`s name",
                                              "Author's name",
                                              "Author’s name",
                                              "Authors",
                                              "Author",
                                              "Written by",
                                              "Text by",
                                              "Text:",
                                              "Reporting by",
                                              "Reported by",
                                              "Words by",
                                              "Story by",
                                              "By",
                                              NULL};
    static const char *const asker_cues[] = {
        "Interviewed by", "interviewed by", "Interview by", "Questions by", "questions by",
        "Conducted by",   "conducted by",   "Moderated by", "moderated by", NULL};
    static const char *const asker_tails[] = {" led this conversation", " led the conversation",
                                              " conducted the interview",
                                              " conducted this interview", NULL};
    for (size_t b = 0; b < d->nblocks; b++) {
        const char *bt = BTEXT(d, b);
        size_t bn = BLEN(d, b);
        if (bn > 160)
            continue;
        /* "OPINION | By A. Name | 28 August 2024", "June 14, 2024 · By A. Name":
         * each part of a masthead line is read on its own */
        for (size_t ps = 0; ps < bn;) {
            size_t pe = ps;
            while (pe < bn && !(bt[pe] == '|' || ((unsigned char)bt[pe] == 0xC2 && pe + 1 < bn &&
                                                  (unsigned char)bt[pe + 1] == 0xB7)))
                pe++;
            const char *t = bt + ps;
            size_t n = pe - ps;
            while (n && *t == ' ')
                t++, n--;
            while (n && t[n - 1] == ' ')
                n--;
            ps = pe + (pe < bn && bt[pe] == '|' ? 1 : 2);
            if (n > 100)
                continue;
            for (size_t c = 0; author_cues[c]; c++) {
                size_t l = strlen(author_cues[c]);
                if (n > l && strncmp(t, author_cues[c], l) == 0 &&
                    (!kz_isalpha((unsigned char)t[l]) || author_cues[c][l - 1] == ':')) {
                    /* "Authors: A and B", "By A, B" */
                    const char *p = t + l, *e = t + n;
                    while (p < e) {
                        const char *nm = name_after(d, p, (size_t)(e - p));
                        if (!nm)
                            break;
                        add_name(d, &d->meta.authors, nm);
                        const char *nx = kz_memmem(p, (size_t)(e - p), nm, strlen(nm));
                        p = nx ? nx + strlen(nm) : e;
                        while (p < e && (*p == ',' || *p == ' '))
                            p++;
                        if ((size_t)(e - p) > 4 && strncmp(p, "and ", 4) == 0)
                            p += 4;
                    }
                    break;
                }
            }
        }
        const char *t = bt;
        size_t n = bn;
        if (n > 100)
            continue;
        for (size_t c = 0; asker_cues[c]; c++) {
            size_t l = strlen(asker_cues[c]);
            const char *hit = kz_memmem(t, n, asker_cues[c], l);
            if (hit && !d->meta.interviewer)
                d->meta.interviewer = name_after(d, hit + l, n - (size_t)(hit - t) - l);
        }
        for (size_t c = 0; asker_tails[c]; c++) {
            size_t l = strlen(asker_tails[c]);
            const char *hit = kz_memmem(t, n, asker_tails[c], l);
            if (hit && !d->meta.interviewer) {
                size_t hl;
                const char *h = seg_strip_honorific(t, (size_t)(hit - t), &hl);
                if (seg_person_name(h, hl) == hl)
                    d->meta.interviewer = kz_doc_strndup(d, h, hl);
            }
        }
    }
}

/* "Kazinform correspondent Aliya Seitkazy talked to ...": the journalist asks. */
static void find_journalist(kz_doc *d)
{
    static const char *const cues[] = {
        "correspondent ", "journalist ", "reporter ", "editor-in-chief ",
        "presenter ",     "host ",       NULL};
    const char *found = NULL;
    for (size_t b = 0; b < d->nblocks && b < 8; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        for (size_t c = 0; cues[c]; c++) {
            size_t l = strlen(cues[c]);
            for (const char *p = t; (p = kz_memmem(p, (size_t)(t + n - p), cues[c], l));) {
                p += l;
                size_t nl = seg_person_name(p, (size_t)(t + n - p));
                if (!nl)
                    continue;
                const char *nm = kz_doc_strndup(d, p, nl);
                if (found && strcmp(found, nm) != 0)
                    return; /* two journalists: no single interviewer */
                found = nm;
            }
        }
    }
    /* "... Madina Kozhabergen asked him about ...": the name before the verb asks */
    static const char *const asked[] = {" asked him", " asked her", " asked them", NULL};
    for (size_t b = 0; b < d->nblocks && b < 8 && !found; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        for (size_t c = 0; asked[c] && !found; c++) {
            const char *hit = kz_memmem(t, n, asked[c], strlen(asked[c]));
            if (!hit)
                continue;
            /* back over up to four capitalised words */
            const char *p = hit;
            for (int w = 0; w < 4 && p > t; w++) {
                const char *q = p;
                while (q > t && q[-1] != ' ')
                    q--;
                /* a capital after a full stop starts the sentence, not the name */
                if (!kz_isupper((unsigned char)*q) || (p > q && p[-1] == '.'))
                    break;
                p = q;
                if (p > t)
                    p--; /* the space */
            }
            while (p < hit && (*p == ' ' || !kz_isupper((unsigned char)*p)))
                p++;
            size_t nl = seg_person_name(p, (size_t)(hit - p));
            bool outlet = nl && (seg_outlet_word(p, nl) ||
                                 (d->meta.publisher && strlen(d->meta.publisher) == nl &&
                                  strncmp(d->meta.publisher, p, nl) == 0));
            if (nl && p + nl == hit && !outlet)
                found = kz_doc_strndup(d, p, nl);
        }
    }
    if (found && !d->meta.interviewer)
        d->meta.interviewer = found;
}

static bool title_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "Ambassador",   "Chargé",     "Charge",       "Minister", "President", "Deputy", "Head",
        "Chairman",     "Chairwoman", "Governor",     "Mayor",    "Secretary", "Consul", "Director",
        "Spokesperson", "Spokesman",  "Speaker",      "Prime",    "Foreign",   "First",  "Vice",
        "Member",       "Chief",      "Commissioner", "Envoy",    "Special",   NULL};
    for (size_t i = 0; w[i]; i++) {
        size_t l = strlen(w[i]);
        if (n >= l && strncmp(s, w[i], l) == 0 && (n == l || !kz_isalpha((unsigned char)s[l])))
            return true;
    }
    return false;
}

/* ". The": more than one sentence (an abbreviation such as "a.i. of" is not) */
static bool sentence_break(const char *t, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i + 1] == ' ' &&
            kz_isupper((unsigned char)t[i + 2]))
            return true;
    return false;
}

/*
 * Who answers: a name line above the interview ("Erlan Dosmukhamedov,", or
 * "Ivan Petrenko, Ambassador of ..."); else the person the lead introduces,
 * scored: named after "invited", "spoke with", "met" (+3), with a title
 * before or an apposition after (+2), addressed as "Mr. Surname" in the
 * exchange (+3), each mention in title and lead (+1), bylines excluded.
 * For an unnamed official, the title line ("Chargé d'Affaires a.i. of ...").
 */
/* Offices, in any case: "ambassador to Kazakhstan, X", "the akim of the region, X". */
static bool office_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "ambassador", "minister",       "president", "consul",   "secretary",
        "head of",    "director",       "akim",      "governor", "mayor",
        "chairman",   "chairwoman",     "deputy",    "rector",   "spokesperson",
        "spokesman",  "envoy",          "ceo",       "chief",    "commissioner",
        "speaker",    "representative", "akim",      "head",     "leader",
        NULL};
    for (size_t i = 0; w[i]; i++) {
        size_t l = strlen(w[i]);
        if (n >= l && strncasecmp(s, w[i], l) == 0)
            return true;
    }
    return false;
}

struct cand {
    const char *s;
    size_t n;
    int score;
};

static const char *const intro_cues[] = {"invited ",
                                         "spoke with ",
                                         "spoke to ",
                                         "talked to ",
                                         "talked with ",
                                         "interview with ",
                                         "asked ",
                                         "met ",
                                         "sat down with ",
                                         "interviewed ",
                                         "conversation with ",
                                         "talk with ",
                                         "talks to ",
                                         "speaks to ",
                                         "questions to ",
                                         NULL};

static bool after_cue(const char *t, size_t at)
{
    for (size_t c = 0; intro_cues[c]; c++) {
        size_t l = strlen(intro_cues[c]);
        /* the cue, maybe followed by title words: "invited Ambassador X" */
        for (size_t back = l; back <= at && back <= l + 40; back++)
            if (strncmp(t + at - back, intro_cues[c], l) == 0) {
                bool titles = true;
                for (size_t k = at - back + l; k < at; k++)
                    if (t[k] != ' ' && !kz_isalpha((unsigned char)t[k]) && t[k] != ',')
                        titles = false;
                if (titles)
                    return true;
            }
    }
    return false;
}

static void add_cand(struct cand *c, size_t *nc, const char *s, size_t n, int score)
{
    for (size_t i = 0; i < *nc; i++) {
        /* "Ivan Petrenko" and a later "Petrenko" are one candidate */
        if ((c[i].n == n && strncmp(c[i].s, s, n) == 0) ||
            (n < c[i].n && c[i].s[c[i].n - n - 1] == ' ' &&
             strncmp(c[i].s + c[i].n - n, s, n) == 0)) {
            c[i].score += score;
            return;
        }
    }
    if (*nc < 64) {
        c[*nc].s = s;
        c[*nc].n = n;
        c[*nc].score = score;
        (*nc)++;
    }
}

static bool is_listed(const char **list, const char *s, size_t n)
{
    for (size_t i = 0; list && list[i]; i++)
        if (strlen(list[i]) == n && strncmp(list[i], s, n) == 0)
            return true;
    return false;
}

static void find_interviewee(kz_doc *d, size_t first_turn_block)
{
    /* a name line: "Name," / "Name" / "Name, Title" / "Name – Title" */
    for (size_t b = 0; b < d->nblocks && b < first_turn_block && b < 3; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        size_t hl;
        const char *h = seg_strip_honorific(t, n, &hl);
        size_t l = seg_person_name(h, hl);
        bool next_title = b + 1 < d->nblocks && title_word(BTEXT(d, b + 1), BLEN(d, b + 1));
        if (l &&
            ((l == hl && (next_title || (d->blocks[b].flags & KZ_BF_BOLD))) ||
             (l < hl && h[l] == ',') ||
             (hl > l + 2 && h[l] == ' ' && (h[l + 1] == '-' || (unsigned char)h[l + 1] == 0xE2)))) {
            add_name(d, &d->meta.interviewees, kz_doc_strndup(d, h, l));
            return;
        }
    }
    struct cand c[64];
    size_t nc = 0;
    for (size_t bb = 1; bb <= d->nblocks && bb <= first_turn_block; bb++) {
        size_t b = bb % (first_turn_block < d->nblocks ? first_turn_block : d->nblocks);
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        if (seg_is_credit(t, n))
            continue;
        for (size_t i = 0; i < n; i++) {
            if (i > 0 && (kz_isalnum((unsigned char)t[i - 1]) || (unsigned char)t[i - 1] >= 0x80 ||
                          t[i - 1] == '-'))
                continue;
            size_t l = seg_person_name(t + i, n - i);
            if (!l)
                continue;
            int score = 1;
            if (after_cue(t, i))
                score += 3;
            /* "Nurlybek Sagyndykov has run Oral since ...": the lead opens with its subject */
            if (i == 0 && b > 0)
                score += 2;
            /* "Ambassador X", "Consul General X": a title word just before */
            size_t p = i;
            while (p > 0 && t[p - 1] == ' ')
                p--;
            size_t ws = p;
            while (ws > 0 && kz_isalpha((unsigned char)t[ws - 1]))
                ws--;
            if (p > ws && title_word(t + ws, p - ws))
                score += 2;
            /* a capitalised headline is full of name-like words: only credit known names */
            if (b == 0) {
                for (size_t k = 0; k < nc; k++)
                    if (c[k].n == l && strncmp(c[k].s, t + i, l) == 0)
                        c[k].score += 2;
                i += l;
                continue;
            }
            /* "Poland's ambassador to Kazakhstan, Tomasz Wierzbicki," */
            if (i >= 2 && t[i - 2] == ',') {
                size_t from = i > 60 ? i - 60 : 0;
                for (size_t k = from; k + 2 < i; k++)
                    if ((k == 0 || t[k - 1] == ' ') && office_word(t + k, i - k)) {
                        score += 2;
                        break;
                    }
            }
            if (i + l + 2 < n && t[i + l] == ',' &&
                (title_word(t + i + l + 2, n - i - l - 2) ||
                 strncmp(t + i + l + 2, "the ", 4) == 0 || strncmp(t + i + l + 2, "a ", 2) == 0 ||
                 strncmp(t + i + l + 2, "an ", 3) == 0))
                score += 2;
            /* "X answered questions", "X explains why", "X told us" */
            static const char *const acts[] = {" answered", " answers", " explains", " explained",
                                               " told",     " spoke",   " talks",    " talked",
                                               " shares",   " shared",  " reflects", " discusses",
                                               NULL};
            for (size_t k = 0; acts[k]; k++)
                if (n - i - l >= strlen(acts[k]) &&
                    strncmp(t + i + l, acts[k], strlen(acts[k])) == 0)
                    score += 3;
            add_cand(c, &nc, t + i, l, score);
            i += l;
        }
    }
    /* "Mr. Baimukhanov," in the exchange: the person addressed answers */
    static const char *const address[] = {"Mr. ", "Ms. ", "Mrs. ", "Madam ", "Dr. ", NULL};
    for (size_t b = first_turn_block; b < d->nblocks; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        for (size_t a = 0; address[a]; a++) {
            size_t al = strlen(address[a]);
            for (const char *p = t; (p = kz_memmem(p, (size_t)(t + n - p), address[a], al));) {
                p += al;
                for (size_t k = 0; k < nc; k++) {
                    const char *sp = c[k].s + c[k].n;
                    while (sp > c[k].s && sp[-1] != ' ')
                        sp--;
                    size_t sl = (size_t)(c[k].s + c[k].n - sp);
                    if ((size_t)(t + n - p) >= sl && strncmp(p, sp, sl) == 0 &&
                        (p + sl == t + n || !kz_isalpha((unsigned char)p[sl])))
                        c[k].score += 3;
                }
            }
        }
    }
    int best = -1;
    for (size_t k = 0; k < nc; k++) {
        if (is_listed(d->meta.authors, c[k].s, c[k].n) ||
            (d->meta.interviewer && strlen(d->meta.interviewer) == c[k].n &&
             strncmp(d->meta.interviewer, c[k].s, c[k].n) == 0))
            continue;
        if (c[k].score >= 3 && (best < 0 || c[k].score > c[best].score))
            best = (int)k;
    }
    /* the only person the lead names is the one it introduces */
    size_t eligible = 0, only = 0;
    for (size_t k = 0; k < nc; k++)
        if (!is_listed(d->meta.authors, c[k].s, c[k].n)) {
            eligible++;
            only = k;
        }
    if (best < 0 && eligible == 1 && seg_person_name(c[only].s, c[only].n) == c[only].n)
        best = (int)only;
    if (best >= 0) {
        add_name(d, &d->meta.interviewees, kz_doc_strndup(d, c[best].s, c[best].n));
        return;
    }
    /* an unnamed official: the title line */
    for (size_t b = 0; b < d->nblocks && b < first_turn_block; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b);
        if (n < 140 && title_word(t, n) && !sentence_break(t, n) && !memchr(t, ':', n)) {
            add_name(d, &d->meta.interviewees, kz_doc_strndup(d, t, n));
            return;
        }
    }
}

/*
 * A dateline opening the lead: "MOSCOW, November 14, 2023. /TASS/.",
 * "ASTANA, 12 March 2024 (Kazinform) -". Gives the date and the outlet.
 */
static void dateline(kz_doc *d)
{
    for (size_t b = 0; b < d->nblocks && b < 6; b++) {
        const char *t = BTEXT(d, b);
        size_t n = BLEN(d, b), i = 0;
        /* the city in capitals, up to its comma or full stop */
        while (i < n &&
               (kz_isupper((unsigned char)t[i]) || t[i] == ' ' || t[i] == '-' ||
                (unsigned char)t[i] >= 0x80 || (t[i] == '.' && !(i + 1 < n && t[i + 1] == ' '))))
            i++;
        if (i + 1 < n && t[i] == '.' && t[i + 1] == ' ')
            i++; /* "ASTANA. March 18": i stands on the space after the stop */
        /* "Oral, 2 October 2024." as a short line of its own: a city in any case */
        if (i < 3 && n < 80 && kz_isupper((unsigned char)t[0])) {
            i = 0;
            while (i < n && t[i] != ',' && i < 30 &&
                   (kz_isalpha((unsigned char)t[i]) || t[i] == ' ' || t[i] == '-' ||
                    (unsigned char)t[i] >= 0x80))
                i++;
        }
        /* "ASTANA, 12 March" or, as Interfax prints it, "ASTANA. March 18" */
        if (i >= 3 && i < n && t[i - 1] == '.' && t[i] == ' ')
            i--;
        if (i < 3 || i >= n || (t[i] != ',' && t[i] != '.') || i > 40)
            continue;
        i++;
        while (i < n && t[i] == ' ')
            i++;
        char iso[11];
        size_t len;
        if (!seg_parse_date(t + i, n - i, iso, &len)) {
            /* "TASHKENT, Dec 4 (Central Asia Wire) -": no year, but the outlet */
            const char *op = memchr(t + i, '(', n - i > 24 ? 24 : n - i);
            const char *cp = op ? memchr(op, ')', (size_t)(t + n - op)) : NULL;
            if (op && cp && cp - op > 2 && cp - op < 40 && !d->meta.publisher &&
                kz_isupper((unsigned char)op[1]))
                d->meta.publisher = kz_doc_strndup(d, op + 1, (size_t)(cp - op - 1));
            continue;
        }
        if (!d->meta.date) {
            d->meta.date = kz_doc_strndup(d, iso, 10);
            d->meta.date_start = d->blocks[b].start + i;
            d->meta.date_end = d->meta.date_start + len;
        }
        size_t j = i + len;
        while (j < n && (t[j] == '.' || t[j] == ' ' || t[j] == ','))
            j++;
        if (j < n && (t[j] == '/' || t[j] == '(')) {
            char close = t[j] == '/' ? '/' : ')';
            const char *e = memchr(t + j + 1, close, n - j - 1);
            if (e && e - (t + j + 1) > 1 && e - (t + j + 1) < 40 && !d->meta.publisher)
                d->meta.publisher = kz_doc_strndup(d, t + j + 1, (size_t)(e - (t + j + 1)));
        } else if (j < n && n < 100 && !d->meta.publisher) {
            /* "Oral, 2 October 2024. Zhaiyk Press": the outlet signs the dateline */
            size_t ol = outlet_at(t + j, n - j);
            if (ol && j + ol >= n - 1 && seg_outlet_word(t + j, ol))
                d->meta.publisher = kz_doc_strndup(d, t + j, ol);
        }
        return;
    }
}

/* Sections of a site, which a <title> names beside the site: "Economy", "Interviews". */
static bool section_word(const char *s, size_t n)
{
    static const char *const w[] = {
        "news",      "economy",       "regions",  "region",    "interviews", "interview",
        "politics",  "world",         "business", "opinion",   "culture",    "society",
        "sport",     "sports",        "home",     "analytics", "articles",   "article",
        "latest",    "main",          "top",      "video",     "photo",      "blog",
        "blogs",     "comment",       "columns",  "features",  "economics",  "finance",
        "diplomacy", "international", NULL};
    /* Cyrillic and other scripts: only Latin section names are known */
    for (size_t i = 0; w[i]; i++)
        if (strlen(w[i]) == n && strncasecmp(s, w[i], n) == 0)
            return true;
    return false;
}

/*
 * "Kazinform | Regions", "Article title - Site Name": an HTML page's <title>
 * names its site beside the article's title. A part that is not the title
 * and occurs in the text wins; Latin script before others.
 */
static void publisher_from_title(kz_doc *d)
{
    const char *t = d->over.site_title;
    size_t n = strlen(t);
    const char *best = NULL;
    size_t best_len = 0;
    int best_score = -1;
    for (size_t i = 0; i <= n;) {
        size_t e = i;
        while (e < n &&
               !((t[e] == '|' || t[e] == '-') && e > 0 && t[e - 1] == ' ' && e + 1 < n &&
                 t[e + 1] == ' ') &&
               !((unsigned char)t[e] == 0xE2 && e + 2 < n && (unsigned char)t[e + 1] == 0x80 &&
                 ((unsigned char)t[e + 2] == 0x94 || (unsigned char)t[e + 2] == 0x93)))
            e++;
        size_t s0 = i, e0 = e;
        while (s0 < e0 && t[s0] == ' ')
            s0++;
        while (e0 > s0 && t[e0 - 1] == ' ')
            e0--;
        size_t l = e0 - s0;
        bool is_title = d->meta.title && strlen(d->meta.title) == l &&
                        strncasecmp(d->meta.title, t + s0, l) == 0;
        if (l >= 2 && l <= 40 && !is_title && !section_word(t + s0, l)) {
            int score = (kz_memmem(d->text, d->len, t + s0, l) ? 2 : 0) +
                        (seg_outlet_word(t + s0, l) ? 2 : 0) +
                        ((unsigned char)t[s0] < 0x80 ? 1 : 0);
            if (score > best_score) {
                best = t + s0;
                best_len = l;
                best_score = score;
            }
        }
        if (e >= n)
            break;
        i = e + ((unsigned char)t[e] == 0xE2 ? 3 : 1);
    }
    /* the page's own text must name the site too (a <title> alone is the browser's) */
    if (best && best_score >= 2 && kz_memmem(d->text, d->len, best, best_len))
        d->meta.publisher = kz_doc_strndup(d, best, best_len);
}

void seg_meta(kz_doc *d)
{
    /* title: the first heading, else the first line */
    for (size_t b = 0; b < d->nblocks && !d->meta.title; b++)
        if (d->blocks[b].kind == KZ_BLOCK_HEADING)
            d->meta.title = kz_doc_strndup(d, BTEXT(d, b), BLEN(d, b));
    if (!d->meta.title && d->nblocks)
        d->meta.title = kz_doc_strndup(d, BTEXT(d, 0), BLEN(d, 0));
    find_own_date(d);
    dateline(d);
    find_publisher(d);
    find_people(d);
    find_journalist(d);
    if (d->over.date_text && !d->meta.date) {
        char iso[11];
        size_t at, len;
        if (find_date(d->over.date_text, strlen(d->over.date_text), iso, &at, &len))
            d->meta.date = kz_doc_strndup(d, iso, 10);
    }
    if (d->over.author) {
        const char *a = d->over.author;
        size_t n = strlen(a);
        if (n > 3 && strncmp(a, "By ", 3) == 0)
            a += 3, n -= 3;
        const char *nm = name_after(d, a, n);
        if (nm)
            add_name(d, &d->meta.authors, nm);
    }
    if (!d->meta.publisher && d->over.site_title)
        publisher_from_title(d);
    if (d->over.title)
        d->meta.title = d->over.title;
    if (valid_iso(d->over.date))
        d->meta.date = d->over.date;
    if (d->over.publisher)
        d->meta.publisher = d->over.publisher;
    d->meta.url = d->over.url;
}

void seg_meta_interviewee(kz_doc *d, size_t first_turn_block)
{
    if (!d->meta.interviewees)
        find_interviewee(d, first_turn_block);
}
