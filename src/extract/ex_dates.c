/* SPDX-License-Identifier: MIT */
/*
 * Date mentions (GUIDELINES.md, "date"): full dates, months with years,
 * years, year ranges, decades, centuries, seasons, parts of a year and
 * expressions relative to the document's own date.
 *
 * Every pattern below runs over the whole text and proposes candidates;
 * where candidates overlap the longest one wins, so "2 February 2024" is
 * one fact and its "2024" is not a second one. Values are computed while
 * the match groups are still readable, and stored in the candidate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "extract.h"
#include "regex.h"

/* ---- shared pattern fragments (all patterns are caseless and (?x)) ---- */

/* Blanks inside one line: space, tab, U+00A0, U+202F; never a line break. */
#define SP "\\h+"
/* Hyphen, non-breaking hyphen, figure dash, en dash, em dash, minus. */
#define DASH "[-\\x{2010}-\\x{2014}\\x{2212}]"

/* "June", "September"; month names stay unabbreviated where no day or year follows. */
#define MONTH_FULL                                                                                 \
    "(?:January|February|March|April|May|June|July|August|September|October|November|"             \
    "December)(?![\\w])"
/* "Feb.", "Sept", "Dec." as well as the full names. */
#define MONTH_ANY                                                                                  \
    "(?:(?:January|February|March|April|May|June|July|August|September|October|November|"          \
    "December)(?![\\w])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|(?![\\w])))"
/* "Tuesday, " and "Tuesday, the " before a date. */
#define WEEKDAY                                                                                    \
    "(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?" SP "(?:the" SP ")?)?"
/* "4", "04", "4th", "23rd": a day of the month. */
#define DAY(name) "(?<" name ">3[01]|[12][0-9]|0?[1-9])(?![0-9])(?:st|nd|rd|th)?(?![\\w])"
/*
 * "2019", "1989": a year 1000-2099 that is not part of a longer number
 * ("5,321", "12.2024", "$2024").
 */
#define YEAR(name)                                                                                 \
    "(?<![\\w.,/$\\x{20AC}\\x{00A3}\\x{20B8}\\x{20B4}\\x{20BD}])(?<" name                          \
    ">1[0-9]{3}|20[0-9]{2})(?![\\w]|[.,][0-9])"
/* The second year of a range: "2023" or the abbreviated "23". */
#define YEAR2(name) "(?<" name ">1[0-9]{3}|20[0-9]{2}|[0-9]{2})(?![\\w]|[.,][0-9])"
/*
 * Modifiers that keep the value and set mod: "early ", "late ", "mid-",
 * "the end of ", "the beginning of ", "the middle of ".
 */
#define MOD                                                                                        \
    "(?<mod>(?:early|late)" SP "|mid(?:" DASH "|" SP ")|(?:the" SP ")?(?:very" SP ")?"             \
    "(?:end|beginning|start|middle)" SP "of" SP ")"
/* Counts written as words: "six", "twenty-five", "a few", "several". */
#define NUMWORD                                                                                    \
    "(?:a" SP "few|a" SP "couple" SP "of|several|few|an|a|one|two|three|four|five|six|"            \
    "seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"              \
    "eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"                  \
    "(?:[-\\h](?:one|two|three|four|five|six|seven|eight|nine))?)"
/* "sixteenth", "twenty-first": centuries in words. */
#define ORDWORD                                                                                    \
    "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"                \
    "twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"                    \
    "nineteenth|twentieth|twenty[-\\h](?:first|second))"
#define SEASON "(?<s>winter|summer|spring|autumn|fall)"

enum kind {
    K_DMY,       /* day month [year] */
    K_MDY,       /* month day [year] */
    K_ISO,       /* 2024-05-18 */
    K_DOTTED,    /* 18.05.2024 */
    K_SLASHED,   /* 18/05/2024 when unambiguous */
    K_MY,        /* [mod] month year */
    K_MONTH,     /* month alone, in a date context */
    K_YEAR,      /* [mod] year */
    K_YRANGE,    /* 2022–24, from 2019 to 2021 */
    K_DECADE,    /* the 1920s */
    K_CENTURY,   /* the 16th century */
    K_SEASON,    /* the winter of 2022–23 */
    K_SEASONREL, /* last summer */
    K_PART,      /* the first five months of 2024 */
    K_QH,        /* Q1 2024, H2 2023 */
    K_REL,       /* last year, this month, the end of the year */
    K_AGO,       /* six years ago */
    K_DAYREL,    /* today, yesterday, tomorrow */
    K__COUNT
};

static const char *const patterns[K__COUNT] = {
    /* "2 February 2024", "Tuesday, 4th of March 2014", "16 Feb. 2023", "3–5 May", "23 September" */
    [K_DMY] = "(?<![\\w.,/])" WEEKDAY "(?:the" SP
              ")?" DAY("day") "(?:\\h*" DASH "\\h*" DAY("day2") ")?(?:" SP "of)?" SP
                                                                "(?<mon>" MONTH_ANY ")"
                                                                "(?:,?" SP YEAR("y") ")?",
    /* "February 16, 2023", "Tuesday, March 4, 2014", "September 23", "May 3–5, 2024" */
    [K_MDY] = "(?<![\\w.,/])" WEEKDAY "(?<mon>" MONTH_ANY ")" SP DAY(
        "day") "(?:\\h*" DASH "\\h*" DAY("day2") ")?(?![:.][0-9])(?:,?" SP YEAR("y") ")?",
    /* "2024-05-18" */
    [K_ISO] = YEAR("y") "-(?<mo>1[0-2]|0[1-9])-(?<day>3[01]|[12][0-9]|0[1-9])(?![\\w])",
    /* "18.05.2024", "5.5.2024": day first, the European order */
    [K_DOTTED] = "(?<![\\w.,/])(?<day>3[01]|[12][0-9]|0?[1-9])\\.(?<mo>1[0-2]|0?[1-9])\\."
                 "(?<y>1[0-9]{3}|20[0-9]{2})(?![\\w]|[.,][0-9])",
    /* "18/05/2024" (day first) or "05/18/2024" (month first): only when a part exceeds 12 */
    [K_SLASHED] = "(?<![\\w.,/])(?<a>[0-9]{1,2})/(?<b>[0-9]{1,2})/(?<y>1[0-9]{3}|20[0-9]{2})"
                  "(?![\\w]|[.,][0-9])",
    /* "October 2022", "early September 2025", "the end of March, 2024", "May of 2020" */
    [K_MY] = "(?<![\\w])" MOD "?(?<mon>" MONTH_ANY ")(?:,?" SP "|" SP "of" SP ")" YEAR("y"),
    /* "in June", "since March", "late February", "last May", "mid-April", "the end of June" */
    [K_MONTH] = "(?<![\\w-])(?:(?<prep>in|since|until|till|by|for|from|during|before|after|through|"
                "throughout|of)" SP ")?(?<d>(?<rel>(?:last|next|this)" SP ")?" MOD
                "?(?<mon>" MONTH_FULL "))(?!\\h*[0-9])",
    /* "2019", "late 2022", "mid-2023", "the end of 2024" */
    [K_YEAR] = "(?<![\\w])" MOD "?" YEAR("y"),
    /* "2022–24", "2022-2023", "2022/23", "from 2019 to 2021", "between 2019 and 2021" */
    [K_YRANGE] = "(?<![\\w])(?:(?<from>from|between)" SP
                 ")?" YEAR("y") "(?:\\h*(?<dash>" DASH "|/)\\h*|" SP
                                "(?<conj>to|until|till|through|and)" SP ")" YEAR2("y2"),
    /* "the 1920s", "1930s", "the early 2000s", "the '90s", "the 90s" */
    [K_DECADE] = "(?<![\\w-])(?:the" SP ")?" MOD "?(?:the" SP ")?(?:(?<dec>1[0-9]{2}0|20[0-9]0)|"
                 "['\\x{2019}](?<dd>[0-9]0)|(?<=the\\h)(?<dd2>[0-9]0))['\\x{2019}]?s(?![\\w])",
    /*
     * "the 16th century", "21st century", "the nineteenth century", "the XIX century",
     * "the 18th and 19th centuries", "the late 20th century"
     */
    [K_CENTURY] = "(?<![\\w-])(?:the" SP ")?" MOD "?(?:the" SP ")?(?:(?<cn>[12]?[0-9])(?:st|nd|rd|"
                  "th)|(?<cw>" ORDWORD ")|(?<cr>[IVX]{1,5}))(?:\\h*(?:" DASH "|and|to|or)\\h*(?:"
                  "the" SP ")?(?:(?<cn2>[12]?[0-9])(?:st|nd|rd|th)|(?<cw2>" ORDWORD ")|(?<cr2>"
                  "[IVX]{1,5})))?(?:" SP "|" DASH ")centur(?:y|ies)(?![\\w])",
    /* "the winter of 2022–23", "summer 2021", "spring of 2020", "late autumn 2019" */
    [K_SEASON] = "(?<![\\w-])(?:the" SP ")?" MOD "?" SEASON "(?:" SP
                 "of)?,?" SP YEAR("y") "(?:\\h*(?:" DASH "|/)\\h*" YEAR2("y2") ")?",
    /* "last summer", "this winter", "next spring" */
    [K_SEASONREL] = "(?<![\\w-])(?<rel>this|last|next)" SP SEASON "(?![\\w])",
    /*
     * "the first five months of 2024", "the first quarter of 2024", "the second half of 2023",
     * "the last three months of this year", "the first half of the year"
     */
    [K_PART] = "(?<![\\w-])(?:the" SP ")?(?<ord>first|second|third|fourth|last|final)" SP
               "(?:(?<n>[0-9]{1,2}|" NUMWORD ")" SP ")?(?<unit>months?|quarters?|half)" SP "of" SP
               "(?:" YEAR("y") "|(?<rel>this|last|next|the" SP "current|the)" SP "year(?![\\w]))",
    /* "Q1 2024", "H2 2023", "Q3 of 2022" */
    [K_QH] = "(?<![\\w])(?<q>[QH])(?<qn>[1-4])" SP "(?:of" SP ")?" YEAR("y"),
    /*
     * "last year", "this month", "next week", "earlier this year", "the end of the year",
     * "early last year", "the current year"
     */
    [K_REL] = "(?<![\\w-])" MOD "?(?:(?<pre>earlier|later)" SP ")?(?<rel>this|last|next|current|"
              "the" SP "current|the)" SP "(?<unit>year|month|week)(?![\\w])",
    /* "six years ago", "about a month ago", "a few days ago", "two decades ago",
     * "two summers ago" */
    [K_AGO] = "(?<![\\w-])(?:(?<approx>about|around|approximately|almost|nearly|roughly|some|"
              "over|more" SP "than|less" SP "than)" SP ")?(?<n>[0-9]{1,3}|" NUMWORD ")" SP
              "(?<unit>days?|weeks?|months?|years?|decades?|century|centuries|" SEASON "s?)" SP
              "ago(?![\\w])",
    /* "today", "Yesterday", "tomorrow", "the day before yesterday" */
    [K_DAYREL] = "(?<![\\w-])(?:the" SP "day" SP "(?<da>before" SP "yesterday|after" SP
                 "tomorrow)|(?<w>today|yesterday|tomorrow))(?![\\w])",
};

enum anchor { A_NONE, A_DOCUMENT, A_UNRESOLVED };

/* A proposed fact; the overlap pass decides which candidates become facts. */
typedef struct cand {
    size_t start, end;
    char value[48]; /* "" means null */
    const char *mod;
    int anchor;
    /* Day/month without a year: a coordinated date may give it one. */
    int needs_year, mon, day, day2;
    int year; /* explicit year this mention states (0 none): the donor side */
    /* A month with no preposition ("June and July", "October-November 2022"):
     * kept only when coordinated with a neighbouring month mention. */
    int weak;
    int same_year; /* "July of the same year": the year of the last year mentioned */
} cand;

typedef struct state {
    kz_regex *re[K__COUNT];
} state;

typedef struct ymd {
    int y, m, d; /* y == 0: the document is undated */
} ymd;

/* ---- calendar arithmetic ---- */

static int is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int n[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : n[m - 1];
}

/* Days since a fixed origin; counting years from March puts Feb 29 last. */
static long day_number(int y, int m, int d)
{
    if (m < 3) {
        y--;
        m += 12;
    }
    return 365L * y + y / 4 - y / 100 + y / 400 + (153L * (m - 3) + 2) / 5 + d - 1;
}

static ymd from_day_number(long n)
{
    ymd r = {(int)(n / 366), 1, 1};
    while (day_number(r.y + 1, 1, 1) <= n)
        r.y++;
    while (r.m < 12 && day_number(r.y, r.m + 1, 1) <= n)
        r.m++;
    r.d = (int)(n - day_number(r.y, r.m, 1)) + 1;
    return r;
}

static void fmt_day(char *out, size_t cap, long n)
{
    ymd r = from_day_number(n);
    snprintf(out, cap, "%04d-%02d-%02d", r.y, r.m, r.d);
}

/* ISO 8601 week of day number @n: "2025-W31". */
static void fmt_week(char *out, size_t cap, long n)
{
    /* 2024-01-01 was a Monday; weekday 0 is Monday. */
    long wd = ((n - day_number(2024, 1, 1)) % 7 + 7) % 7;
    long thu = n - wd + 3;
    int y = from_day_number(thu).y;
    long week = (thu - day_number(y, 1, 1)) / 7 + 1;
    snprintf(out, cap, "%04d-W%02ld", y, week);
}

static void fmt_month_shift(char *out, size_t cap, int y, int m, int shift)
{
    long k = (long)y * 12 + (m - 1) + shift;
    snprintf(out, cap, "%04ld-%02ld", k / 12, k % 12 + 1);
}

/* ---- small text helpers ---- */

static int month_number(const char *s)
{
    static const char *const abbr[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                       "jul", "aug", "sep", "oct", "nov", "dec"};
    for (int i = 0; i < 12; i++)
        if (kz_tolower(s[0]) == abbr[i][0] && kz_tolower(s[1]) == abbr[i][1] &&
            kz_tolower(s[2]) == abbr[i][2])
            return i + 1;
    return 0;
}

static int group(const kz_match *m, const char *name, size_t *s, size_t *e)
{
    return kz_match_group(m, name, s, e) && *e > *s;
}

static int group_int(const kz_match *m, const char *text, const char *name)
{
    size_t s, e;
    if (!group(m, name, &s, &e))
        return -1;
    int v = 0;
    for (size_t i = s; i < e && kz_isdigit(text[i]); i++)
        v = v * 10 + (text[i] - '0');
    return v;
}

/* Lower-case copy of group @name into @buf ("" if unset), blanks folded to one space. */
static const char *group_lower(const kz_match *m, const char *text, const char *name, char *buf,
                               size_t cap)
{
    size_t s, e, o = 0;
    buf[0] = '\0';
    if (!group(m, name, &s, &e))
        return buf;
    for (size_t i = s; i < e && o + 1 < cap;) {
        const unsigned char *u = (const unsigned char *)text + i;
        size_t w = 0;
        if (u[0] == ' ' || u[0] == '\t')
            w = 1;
        else if (u[0] == 0xC2 && i + 1 < e && u[1] == 0xA0)
            w = 2;
        else if (u[0] == 0xE2 && i + 2 < e && u[1] == 0x80 && (u[2] == 0xAF || u[2] == 0x89))
            w = 3;
        if (w) {
            if (o > 0 && buf[o - 1] != ' ')
                buf[o++] = ' ';
            i += w;
            continue;
        }
        buf[o++] = (char)kz_tolower(u[0]);
        i++;
    }
    buf[o] = '\0';
    return buf;
}

static int is_blank_at(const char *t, size_t len, size_t i, size_t *w)
{
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t') {
        *w = 1;
        return 1;
    }
    if (c == 0xC2 && i + 1 < len && (unsigned char)t[i + 1] == 0xA0) {
        *w = 2;
        return 1;
    }
    if (c == 0xE2 && i + 2 < len && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0xAF || (unsigned char)t[i + 2] == 0x89)) {
        *w = 3;
        return 1;
    }
    return 0;
}

/* The word before offset @pos on the same line, lower-cased, trailing '.' dropped. */
static void prev_word(const char *t, size_t pos, char *buf, size_t cap)
{
    size_t e = pos;
    buf[0] = '\0';
    for (;;) {
        if (e >= 1 && (t[e - 1] == ' ' || t[e - 1] == '\t'))
            e--;
        else if (e >= 2 && (unsigned char)t[e - 2] == 0xC2 && (unsigned char)t[e - 1] == 0xA0)
            e -= 2;
        else if (e >= 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
                 ((unsigned char)t[e - 1] == 0xAF || (unsigned char)t[e - 1] == 0x89))
            e -= 3;
        else
            break;
    }
    if (e > 0 && t[e - 1] == '.')
        e--;
    size_t s = e;
    while (s > 0 && (kz_isalnum(t[s - 1]) || t[s - 1] == '$' || t[s - 1] == '#'))
        s--;
    size_t n = e - s < cap - 1 ? e - s : cap - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = (char)kz_tolower(t[s + i]);
    buf[n] = '\0';
}

/* The word after offset @pos on the same line, lower-cased; "%" and "+" count as words. */
static void next_word(const char *t, size_t len, size_t pos, char *buf, size_t cap)
{
    size_t w, s = pos;
    buf[0] = '\0';
    while (s < len && is_blank_at(t, len, s, &w))
        s += w;
    if (s < len && (t[s] == '%' || t[s] == '+')) {
        buf[0] = t[s];
        buf[1] = '\0';
        return;
    }
    size_t n = 0;
    while (s + n < len && kz_isalpha(t[s + n]) && n + 1 < cap) {
        buf[n] = (char)kz_tolower(t[s + n]);
        n++;
    }
    buf[n] = '\0';
}

static int strncasecmp_ascii(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kz_tolower(a[i]) != kz_tolower(b[i]))
            return 1;
    return 0;
}

static int in_list(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0)
            return 1;
    return 0;
}

/*
 * Words after a number that make it a quantity, not a year: "2000 people",
 * "2024 tonnes", "1500 km", "2000 years". Years followed by other nouns stay
 * years ("a set of 2024 events", "the 2010 Agreement").
 */
static const char *const unit_words[] = {
    "people",   "persons",    "person",     "children",    "kids",       "pupils",
    "students", "residents",  "citizens",   "inhabitants", "refugees",   "migrants",
    "soldiers", "troops",     "servicemen", "families",    "households", "women",
    "men",      "workers",    "employees",  "specialists", "volunteers", "participants",
    "visitors", "tourists",   "deaths",     "victims",     "cases",      "units",
    "items",    "pieces",     "copies",     "vehicles",    "cars",       "trucks",
    "tanks",    "buses",      "generators", "tonnes",      "tons",       "tonne",
    "ton",      "t",          "kg",         "kilograms",   "grams",      "g",
    "km",       "kilometers", "kilometres", "kilometer",   "kilometre",  "miles",
    "mile",     "mi",         "m",          "meters",      "metres",     "cm",
    "mm",       "ha",         "hectares",   "acres",       "liters",     "litres",
    "l",        "barrels",    "dollars",    "euros",       "tenge",      "hryvnias",
    "hryvnia",  "hryvnyas",   "rubles",     "roubles",     "usd",        "eur",
    "kzt",      "uah",        "rub",        "million",     "billion",    "thousand",
    "trillion", "mln",        "bn",         "percent",     "per",        "%",
    "+",        "times",      "hours",      "minutes",     "seconds",    "days",
    "weeks",    "months",     "years",      "decades",     "mw",         "kw",
    "gw",       "kwh",        "mwh",        "sq",          "square",     "cubic",
    "jobs",     "votes",      "signatures", "beds",        "apartments", "houses",
    "homes",    NULL};

/* Words before a number that make it an amount or an identifier: "USD 2024", "No. 1996". */
static const char *const not_year_before[] = {
    "usd",           "eur",        "kzt",       "uah",   "rub",    "gbp",   "no",     "nos",
    "number",        "resolution", "article",   "art",   "page",   "pages", "p",      "pp",
    "section",       "chapter",    "paragraph", "para",  "decree", "order", "flight", "room",
    "code",          "model",      "item",      "line",  "route",  "over",  "nearly", "almost",
    "approximately", "exceeding",  "some",      "total", "#",      "$",     NULL};

/* Words before a year below 1900 that show it is a date: "in 1654", "since 1887". */
static const char *const year_context[] = {
    "in",     "since",      "from",    "until", "till", "by",  "of",
    "before", "after",      "around",  "circa", "c",    "ca",  "year",
    "during", "throughout", "between", "early", "late", "mid", NULL};

static int word_number(const char *w)
{
    static const char *const units[] = {"one",     "two",       "three",    "four",     "five",
                                        "six",     "seven",     "eight",    "nine",     "ten",
                                        "eleven",  "twelve",    "thirteen", "fourteen", "fifteen",
                                        "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tens[] = {"twenty", "thirty",  "forty",  "fifty",
                                       "sixty",  "seventy", "eighty", "ninety"};
    if (kz_isdigit(w[0]))
        return atoi(w);
    if (strcmp(w, "a") == 0 || strcmp(w, "an") == 0)
        return 1;
    if (strstr(w, "couple"))
        return 2;
    if (strstr(w, "few") || strcmp(w, "several") == 0)
        return 3;
    for (int i = 0; i < 8; i++) {
        size_t l = strlen(tens[i]);
        if (strncmp(w, tens[i], l) == 0) {
            int v = 20 + 10 * i;
            if (w[l] == '-' || w[l] == ' ')
                for (int j = 0; j < 9; j++)
                    if (strcmp(w + l + 1, units[j]) == 0)
                        v += j + 1;
            return v;
        }
    }
    for (int i = 0; i < 19; i++)
        if (strcmp(w, units[i]) == 0)
            return i + 1;
    return -1;
}

static int ordinal_word(const char *w)
{
    static const char *const ords[] = {"first",       "second",     "third",      "fourth",
                                       "fifth",       "sixth",      "seventh",    "eighth",
                                       "ninth",       "tenth",      "eleventh",   "twelfth",
                                       "thirteenth",  "fourteenth", "fifteenth",  "sixteenth",
                                       "seventeenth", "eighteenth", "nineteenth", "twentieth"};
    for (int i = 0; i < 20; i++)
        if (strcmp(w, ords[i]) == 0)
            return i + 1;
    if (strncmp(w, "twenty", 6) == 0 && (w[6] == '-' || w[6] == ' '))
        return strcmp(w + 7, "first") == 0 ? 21 : 22;
    return -1;
}

static int roman_number(const char *t, size_t s, size_t e)
{
    int v = 0, prev = 0;
    for (size_t i = e; i > s; i--) {
        char c = t[i - 1];
        int d = c == 'I' ? 1 : c == 'V' ? 5 : c == 'X' ? 10 : 0;
        if (d == 0)
            return -1; /* lower case: "the vi century" is not written */
        v += d < prev ? -d : d;
        if (d > prev)
            prev = d;
    }
    return v;
}

static const char *mod_of(const char *w)
{
    if (!w[0])
        return NULL;
    if (strncmp(w, "early", 5) == 0 || strstr(w, "beginning") || strstr(w, "start"))
        return "START";
    if (strncmp(w, "late", 4) == 0 || strstr(w, "end"))
        return "END";
    if (strncmp(w, "mid", 3) == 0 || strstr(w, "middle"))
        return "MID";
    return NULL;
}

/* Whether the month name at @s is capitalised: "march" and "may" are verbs. */
static int month_capitalised(const kz_match *m, const char *text)
{
    size_t s, e;
    return group(m, "mon", &s, &e) && kz_isupper(text[s]);
}

/* ---- candidate construction ---- */

typedef struct ctx {
    const kz_doc *doc;
    const char *t;
    size_t len;
    ymd dd; /* the document's date; dd.y == 0 when undated */
    cand *c;
    size_t n, cap;
} ctx;

static cand *push(ctx *x, size_t s, size_t e)
{
    KZ_GROW(x->c, x->cap, x->n + 1);
    cand *c = &x->c[x->n++];
    memset(c, 0, sizeof *c);
    c->start = s;
    c->end = e;
    return c;
}

/* A relative expression: resolved against the document date, or null and "unresolved". */
static int relative(ctx *x, cand *c)
{
    if (x->dd.y) {
        c->anchor = A_DOCUMENT;
        return 1;
    }
    c->anchor = A_UNRESOLVED;
    return 0;
}

/* With y == 0 (year unknown) February may have 29 days. */
static int valid_day(int y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y ? y : 2000, m);
}

/* Fill the value of a day/month mention whose year is @y (0: unknown yet). */
static void day_month_value(cand *c, int y)
{
    if (c->day2 > 0)
        snprintf(c->value, sizeof c->value, "%04d-%02d-%02d/%04d-%02d-%02d", y, c->mon, c->day, y,
                 c->mon, c->day2);
    else if (c->day > 0)
        snprintf(c->value, sizeof c->value, "%04d-%02d-%02d", y, c->mon, c->day);
    else
        snprintf(c->value, sizeof c->value, "%04d-%02d", y, c->mon);
}

/* A date without its year: the document's year, unless a coordinated date gives one. */
static void yearless(ctx *x, cand *c)
{
    c->needs_year = 1;
    if (relative(x, c))
        day_month_value(c, x->dd.y);
}

static void on_day_month(ctx *x, const kz_match *m)
{
    if (!month_capitalised(m, x->t))
        return;
    size_t s, e;
    group(m, "mon", &s, &e);
    int mon = month_number(x->t + s);
    int day = group_int(m, x->t, "day"), day2 = group_int(m, x->t, "day2");
    int y = group_int(m, x->t, "y");
    int vy = y > 0 ? y : 0;
    if (!valid_day(vy, mon, day) || (day2 > 0 && (day2 <= day || !valid_day(vy, mon, day2))))
        return;
    cand *c = push(x, m->start, m->end);
    c->mon = mon;
    c->day = day;
    c->day2 = day2 > 0 ? day2 : 0;
    if (y > 0) {
        c->year = y;
        day_month_value(c, y);
    } else {
        yearless(x, c);
    }
}

static void on_numeric(ctx *x, const kz_match *m, int kind)
{
    int y = group_int(m, x->t, "y"), mo, d;
    if (kind == K_SLASHED) {
        int a = group_int(m, x->t, "a"), b = group_int(m, x->t, "b");
        if (a > 12 && b <= 12) {
            d = a;
            mo = b;
        } else if (b > 12 && a <= 12) {
            d = b;
            mo = a;
        } else {
            return; /* 05/06/2024: May 6 or 5 June, nobody can tell */
        }
    } else {
        mo = group_int(m, x->t, "mo");
        d = group_int(m, x->t, "day");
    }
    if (!valid_day(y, mo, d))
        return;
    cand *c = push(x, m->start, m->end);
    c->year = y;
    snprintf(c->value, sizeof c->value, "%04d-%02d-%02d", y, mo, d);
}

static void on_month_year(ctx *x, const kz_match *m)
{
    if (!month_capitalised(m, x->t))
        return;
    size_t s, e;
    char mw[40];
    group(m, "mon", &s, &e);
    int mon = month_number(x->t + s), y = group_int(m, x->t, "y");
    cand *c = push(x, m->start, m->end);
    c->year = y;
    c->mon = mon;
    c->mod = mod_of(group_lower(m, x->t, "mod", mw, sizeof mw));
    snprintf(c->value, sizeof c->value, "%04d-%02d", y, mon);
}

/*
 * Whether " of the same year" or " of that year" follows @pos: the month
 * takes the year last mentioned before it ("January 2022 ... in July of
 * the same year"). The phrase stays out of the mention.
 */
static int same_year_after(ctx *x, size_t pos)
{
    static const char *const words[] = {"of", "the", "same", "year"};
    static const char *const alt[] = {"of", "that", "year"};
    for (int v = 0; v < 2; v++) {
        const char *const *list = v == 0 ? words : alt;
        int n = v == 0 ? 4 : 3;
        size_t i = pos, w;
        int ok = 1;
        for (int k = 0; k < n && ok; k++) {
            if (i < x->len && x->t[i] == ',' && k == 0)
                i++;
            if (!(i < x->len && is_blank_at(x->t, x->len, i, &w))) {
                ok = 0;
                break;
            }
            while (i < x->len && is_blank_at(x->t, x->len, i, &w))
                i += w;
            size_t l = strlen(list[k]);
            if (i + l > x->len || strncasecmp_ascii(x->t + i, list[k], l) != 0 ||
                (i + l < x->len && kz_isalnum(x->t[i + l])))
                ok = 0;
            i += l;
        }
        if (ok)
            return 1;
    }
    return 0;
}

static void on_month(ctx *x, const kz_match *m)
{
    if (!month_capitalised(m, x->t))
        return;
    char rel[16], mw[40];
    size_t s, e, ds, de;
    group_lower(m, x->t, "rel", rel, sizeof rel);
    group_lower(m, x->t, "mod", mw, sizeof mw);
    /*
     * "March" alone is as likely a verb or a name as a month: it stays weak
     * unless "of the same year" follows or a coordinated month confirms it.
     */
    char prep[16];
    int weak = !group(m, "prep", &s, &e) && !rel[0] && !mw[0];
    group_lower(m, x->t, "prep", prep, sizeof prep);
    group(m, "mon", &s, &e);
    group(m, "d", &ds, &de);
    int mon = month_number(x->t + s);
    /* "set for October" is a month; "waiting for May" as likely a person */
    if (strcmp(prep, "for") == 0 && mon == 5 && !rel[0] && !mw[0])
        weak = 1;
    cand *c = push(x, ds, de);
    c->mon = mon;
    c->mod = mod_of(mw);
    c->weak = weak;
    if (!rel[0]) {
        c->same_year = same_year_after(x, de);
        if (c->same_year)
            c->weak = 0;
        yearless(x, c);
        return;
    }
    if (!relative(x, c))
        return;
    int y = x->dd.y;
    if (strncmp(rel, "last", 4) == 0 && mon >= x->dd.m)
        y--;
    else if (strncmp(rel, "next", 4) == 0 && mon <= x->dd.m)
        y++;
    snprintf(c->value, sizeof c->value, "%04d-%02d", y, mon);
}

/*
 * Comparatives of amount before "than": "more than 2000" counts, while
 * "further than 1992", "earlier than 2019" and "later than 2030" compare
 * dates.
 */
static const char *const amount_comparatives[] = {"more",  "less",   "fewer",  "greater", "higher",
                                                  "lower", "larger", "bigger", "smaller", "over",
                                                  "under", "above",  "below",  NULL};

/* Whether the "than" just before @s follows a comparative of amount. */
static int quantity_than(ctx *x, size_t s)
{
    char w[24];
    size_t i = s;
    while (i > 0 && !kz_isalpha(x->t[i - 1]))
        i--; /* the blanks before the year: "than" ends at i */
    if (i < 4)
        return 1;
    prev_word(x->t, i - 4, w, sizeof w);
    return w[0] == '\0' || in_list(w, amount_comparatives);
}

/* Whether the text around a bare number of [s, e) makes it something other than a year. */
static int year_rejected(ctx *x, size_t s, size_t e, int y, int has_context)
{
    char w[24];
    next_word(x->t, x->len, e, w, sizeof w);
    if (in_list(w, unit_words))
        return 1;
    prev_word(x->t, s, w, sizeof w);
    if (in_list(w, not_year_before))
        return 1;
    if (strcmp(w, "than") == 0 && quantity_than(x, s))
        return 1;
    if (y < 1900 && !has_context && !in_list(w, year_context))
        return 1;
    return 0;
}

static void on_year(ctx *x, const kz_match *m)
{
    char mw[40];
    size_t ys, ye;
    group(m, "y", &ys, &ye);
    int y = group_int(m, x->t, "y");
    group_lower(m, x->t, "mod", mw, sizeof mw);
    if (year_rejected(x, mw[0] ? m->start : ys, ye, y, mw[0] != 0))
        return;
    /* "2023/2145": a file or procedure number; a real "2022/23" is a range */
    if (ye + 1 < x->len && x->t[ye] == '/' && kz_isdigit(x->t[ye + 1]))
        return;
    cand *c = push(x, m->start, m->end);
    c->year = y;
    c->mod = mod_of(mw);
    snprintf(c->value, sizeof c->value, "%04d", y);
}

static void on_year_range(ctx *x, const kz_match *m)
{
    char conj[16], from[16];
    size_t s, e;
    int y = group_int(m, x->t, "y"), y2 = group_int(m, x->t, "y2");
    group(m, "y2", &s, &e);
    int short2 = e - s == 2;
    group_lower(m, x->t, "conj", conj, sizeof conj);
    group_lower(m, x->t, "from", from, sizeof from);
    if (conj[0] && short2)
        return;
    if (strcmp(conj, "and") == 0 && strcmp(from, "between") != 0)
        return; /* "in 2020 and 2021": two years, found one by one */
    if (strcmp(from, "between") == 0 && conj[0] && strcmp(conj, "and") != 0)
        return;
    if (short2) {
        int yy = y / 100 * 100 + y2;
        if (yy <= y) {
            /* "2024-05": not a range; with a plain hyphen it reads as a month */
            size_t ds, de;
            if (group(m, "dash", &ds, &de) && x->t[ds] == '-' && de == ds + 1 && y2 >= 1 &&
                y2 <= 12 && !year_rejected(x, m->start, m->end, y, 0)) {
                cand *c = push(x, m->start, m->end);
                c->year = y;
                snprintf(c->value, sizeof c->value, "%04d-%02d", y, y2);
            }
            return;
        }
        y2 = yy;
    }
    if (y2 <= y || y2 - y > 100)
        return;
    if (year_rejected(x, m->start, m->end, y2, 1))
        return;
    char w[24];
    prev_word(x->t, m->start, w, sizeof w);
    if (in_list(w, not_year_before))
        return;
    cand *c = push(x, m->start, m->end);
    c->year = y;
    snprintf(c->value, sizeof c->value, "%04d/%04d", y, y2);
}

static void on_decade(ctx *x, const kz_match *m)
{
    char mw[40];
    int d = group_int(m, x->t, "dec");
    if (d < 0) {
        d = group_int(m, x->t, "dd");
        if (d < 0)
            d = group_int(m, x->t, "dd2");
        /* "the '90s" is 1990s; "the '00s" and "the '10s" are this century's */
        d += d < 20 ? 2000 : 1900;
    }
    cand *c = push(x, m->start, m->end);
    c->mod = mod_of(group_lower(m, x->t, "mod", mw, sizeof mw));
    snprintf(c->value, sizeof c->value, "%04d/%04d", d, d + 9);
}

static int century_of(const kz_match *m, const char *t, const char *num, const char *word,
                      const char *roman)
{
    char w[32];
    size_t s, e;
    int n = group_int(m, t, num);
    if (n > 0)
        return n;
    if (group(m, roman, &s, &e))
        return roman_number(t, s, e);
    group_lower(m, t, word, w, sizeof w);
    return w[0] ? ordinal_word(w) : -1;
}

static void on_century(ctx *x, const kz_match *m)
{
    char mw[40], w[8];
    int a = century_of(m, x->t, "cn", "cw", "cr");
    int b = century_of(m, x->t, "cn2", "cw2", "cr2");
    size_t s, e;
    if (a < 1 || a > 21 || (b != -1 && (b <= a || b > 21)))
        return;
    if (group(m, "cn2", &s, &e) || group(m, "cw2", &s, &e) || group(m, "cr2", &s, &e)) {
        if (b < 0)
            return;
    } else {
        b = a;
    }
    next_word(x->t, x->len, m->end, w, sizeof w);
    if (strcmp(w, "bc") == 0 || strcmp(w, "bce") == 0 || strcmp(w, "b") == 0)
        return;
    cand *c = push(x, m->start, m->end);
    c->mod = mod_of(group_lower(m, x->t, "mod", mw, sizeof mw));
    snprintf(c->value, sizeof c->value, "%04d/%04d", (a - 1) * 100, (b - 1) * 100 + 99);
}

/* First and last month of a season; winter starts in the December before. */
static int season_start(const char *s)
{
    switch (s[0]) {
    case 'w': return 12;
    case 's': return s[1] == 'p' ? 3 : 6;
    default: return 9;
    }
}

static void season_value(cand *c, int sm, int y_start, int y_end)
{
    snprintf(c->value, sizeof c->value, "%04d-%02d/%04d-%02d", y_start, sm, y_end,
             sm == 12 ? 2 : sm + 2);
}

static void on_season(ctx *x, const kz_match *m)
{
    char sw[16], mw[40];
    size_t s, e;
    int y = group_int(m, x->t, "y"), y2 = group_int(m, x->t, "y2");
    group_lower(m, x->t, "s", sw, sizeof sw);
    int sm = season_start(sw);
    if (y2 >= 0) {
        group(m, "y2", &s, &e);
        if (e - s == 2)
            y2 += y / 100 * 100;
        if (y2 != y + 1)
            return;
    }
    if (year_rejected(x, m->start, m->end, y, 1))
        return;
    cand *c = push(x, m->start, m->end);
    c->year = y;
    c->mod = mod_of(group_lower(m, x->t, "mod", mw, sizeof mw));
    if (sm == 12)
        /* "winter of 2022–23" spans the turn of the year; a lone "winter 2022" is
         * the one whose January and February fall in 2022 */
        season_value(c, sm, y2 > 0 ? y : y - 1, y2 > 0 ? y2 : y);
    else
        season_value(c, sm, y, y2 > 0 ? y2 : y);
}

/*
 * "this/last/next <season>" against the document's date. A season is named by
 * the year it starts in (winter: its December). "this" is the one of the
 * document's year (for winter: the running one in January and February),
 * "last" the latest that has ended, "next" the first not yet begun.
 */
static void on_season_rel(ctx *x, const kz_match *m)
{
    char sw[16], rel[8];
    group_lower(m, x->t, "s", sw, sizeof sw);
    group_lower(m, x->t, "rel", rel, sizeof rel);
    cand *c = push(x, m->start, m->end);
    if (!relative(x, c))
        return;
    int sm = season_start(sw), y = x->dd.y, dm = x->dd.m, ys;
    if (rel[0] == 't')
        ys = sm == 12 && dm <= 2 ? y - 1 : y;
    else if (rel[0] == 'l')
        ys = sm == 12 ? (dm >= 3 ? y - 1 : y - 2) : (dm > sm + 2 ? y : y - 1);
    else
        ys = sm == 12 ? (dm < 12 ? y : y + 1) : (dm < sm ? y : y + 1);
    season_value(c, sm, ys, sm == 12 ? ys + 1 : ys);
}

static void on_part(ctx *x, const kz_match *m)
{
    char ord[16], unit[16], nw[32], rel[24];
    group_lower(m, x->t, "ord", ord, sizeof ord);
    group_lower(m, x->t, "unit", unit, sizeof unit);
    group_lower(m, x->t, "n", nw, sizeof nw);
    group_lower(m, x->t, "rel", rel, sizeof rel);
    int n = nw[0] ? word_number(nw) : 1;
    if (strstr(nw, "few") || strcmp(nw, "several") == 0 || strstr(nw, "couple"))
        return; /* "the first few months of 2024" has no edge */
    int ordn = ordinal_word(ord);
    int last = strcmp(ord, "last") == 0 || strcmp(ord, "final") == 0;
    int size = unit[0] == 'm' ? 1 : unit[0] == 'q' ? 3 : 6;
    int units_in_year = 12 / size;
    if (n < 1)
        return;
    int first_unit; /* 0-based */
    if (last)
        first_unit = units_in_year - n;
    else if (nw[0] && ordn != 1)
        return; /* "the second three months of": not how people write */
    else
        first_unit = ordn - 1;
    if (first_unit < 0 || first_unit + n > units_in_year)
        return;
    int y = group_int(m, x->t, "y");
    cand *c = push(x, m->start, m->end);
    if (y < 0) {
        if (!relative(x, c))
            return;
        y = x->dd.y + (strcmp(rel, "last") == 0 ? -1 : strcmp(rel, "next") == 0 ? 1 : 0);
    } else {
        c->year = y;
    }
    int m1 = first_unit * size + 1, m2 = (first_unit + n) * size;
    if (m1 == m2)
        snprintf(c->value, sizeof c->value, "%04d-%02d", y, m1);
    else
        snprintf(c->value, sizeof c->value, "%04d-%02d/%04d-%02d", y, m1, y, m2);
}

static void on_qh(ctx *x, const kz_match *m)
{
    char q[4];
    group_lower(m, x->t, "q", q, sizeof q);
    int n = group_int(m, x->t, "qn"), y = group_int(m, x->t, "y");
    int size = q[0] == 'q' ? 3 : 6;
    if (n * size > 12)
        return;
    cand *c = push(x, m->start, m->end);
    c->year = y;
    snprintf(c->value, sizeof c->value, "%04d-%02d/%04d-%02d", y, (n - 1) * size + 1, y, n * size);
}

static void on_rel(ctx *x, const kz_match *m)
{
    char mw[40], rel[24], unit[8], w[24];
    group_lower(m, x->t, "mod", mw, sizeof mw);
    group_lower(m, x->t, "rel", rel, sizeof rel);
    group_lower(m, x->t, "unit", unit, sizeof unit);
    if (strcmp(rel, "the") == 0 && !mw[0])
        return; /* "the year" alone refers back, not to the calendar */
    if (!mw[0]) {
        prev_word(x->t, m->start, w, sizeof w);
        /* "in the last year", "over the next month": periods counted from now */
        if (strcmp(w, "the") == 0 || strcmp(w, "past") == 0)
            return;
    }
    cand *c = push(x, m->start, m->end);
    c->mod = mod_of(mw);
    if (!relative(x, c))
        return;
    int shift = strcmp(rel, "last") == 0 ? -1 : strcmp(rel, "next") == 0 ? 1 : 0;
    if (unit[0] == 'y')
        snprintf(c->value, sizeof c->value, "%04d", x->dd.y + shift);
    else if (unit[0] == 'm')
        fmt_month_shift(c->value, sizeof c->value, x->dd.y, x->dd.m, shift);
    else
        fmt_week(c->value, sizeof c->value, day_number(x->dd.y, x->dd.m, x->dd.d) + 7L * shift);
}

static void on_ago(ctx *x, const kz_match *m)
{
    char nw[32], unit[16], ap[24];
    group_lower(m, x->t, "n", nw, sizeof nw);
    group_lower(m, x->t, "unit", unit, sizeof unit);
    group_lower(m, x->t, "approx", ap, sizeof ap);
    int n = word_number(nw);
    int vague = strstr(nw, "few") || strcmp(nw, "several") == 0;
    if (n < 1)
        return;
    cand *c = push(x, m->start, m->end);
    c->mod = ap[0] ? "APPROX" : NULL;
    if (!relative(x, c))
        return;
    char sw[16];
    if (group_lower(m, x->t, "s", sw, sizeof sw)[0]) {
        /* "two summers ago": the summer before last; one back is "last summer" */
        int sm = season_start(sw), dm = x->dd.m, y = x->dd.y;
        int ys = sm == 12 ? (dm >= 3 ? y - 1 : y - 2) : (dm > sm + 2 ? y : y - 1);
        ys -= n - 1;
        season_value(c, sm, ys, sm == 12 ? ys + 1 : ys);
        return;
    }
    long today = day_number(x->dd.y, x->dd.m, x->dd.d);
    switch (strncmp(unit, "dec", 3) == 0 ? 'D' : unit[0]) {
    case 'd':
    case 'w': {
        long back = unit[0] == 'd' ? n : 7L * n;
        ymd r = from_day_number(today - back);
        /* "a few days ago" names no day: the month is as precise as it gets */
        if (vague)
            snprintf(c->value, sizeof c->value, "%04d-%02d", r.y, r.m);
        else if (unit[0] == 'd')
            fmt_day(c->value, sizeof c->value, today - back);
        else
            fmt_week(c->value, sizeof c->value, today - back);
        break;
    }
    case 'm': fmt_month_shift(c->value, sizeof c->value, x->dd.y, x->dd.m, -n); break;
    case 'y': snprintf(c->value, sizeof c->value, "%04d", x->dd.y - n); break;
    default: /* decades and centuries: the year that many years back */
        snprintf(c->value, sizeof c->value, "%04d", x->dd.y - n * (unit[0] == 'd' ? 10 : 100));
        break;
    }
}

/*
 * "Saryarqa Today", "Kazakhstan Today": "Today" written with a capital right
 * after a capitalised word (blanks only between) is the end of a name, an
 * outlet's or a programme's, not the day. "TODAY" in capitals and "Today"
 * after punctuation ("Yes. Today we ...") stay dates.
 */
static int today_in_name(const ctx *x, size_t start, size_t end)
{
    if (end - start < 2 || !kz_isupper((unsigned char)x->t[start]) ||
        !kz_islower((unsigned char)x->t[start + 1]))
        return 0;
    size_t e = start, gaps = 0;
    while (e > 0 && (x->t[e - 1] == ' ' || x->t[e - 1] == '\t')) {
        e--;
        gaps++;
    }
    if (gaps == 0)
        return 0;
    size_t b = e;
    while (b > 0 && (kz_isalpha((unsigned char)x->t[b - 1]) || (unsigned char)x->t[b - 1] >= 0x80))
        b--;
    if (b == e)
        return 0;
    size_t i = b;
    return kz_utf8_is_upper(kz_utf8_next(x->t, e, &i));
}

static void on_dayrel(ctx *x, const kz_match *m)
{
    char w[32];
    int shift;
    if (today_in_name(x, m->start, m->end))
        return;
    group_lower(m, x->t, "da", w, sizeof w);
    if (w[0]) {
        shift = w[0] == 'b' ? -2 : 2;
    } else {
        group_lower(m, x->t, "w", w, sizeof w);
        shift = w[0] == 'y' ? -1 : w[2] == 'm' ? 1 : 0;
    }
    cand *c = push(x, m->start, m->end);
    if (relative(x, c))
        fmt_day(c->value, sizeof c->value, day_number(x->dd.y, x->dd.m, x->dd.d) + shift);
}

static void handle(ctx *x, int kind, const kz_match *m)
{
    switch (kind) {
    case K_DMY:
    case K_MDY: on_day_month(x, m); break;
    case K_ISO:
    case K_DOTTED:
    case K_SLASHED: on_numeric(x, m, kind); break;
    case K_MY: on_month_year(x, m); break;
    case K_MONTH: on_month(x, m); break;
    case K_YEAR: on_year(x, m); break;
    case K_YRANGE: on_year_range(x, m); break;
    case K_DECADE: on_decade(x, m); break;
    case K_CENTURY: on_century(x, m); break;
    case K_SEASON: on_season(x, m); break;
    case K_SEASONREL: on_season_rel(x, m); break;
    case K_PART: on_part(x, m); break;
    case K_QH: on_qh(x, m); break;
    case K_REL: on_rel(x, m); break;
    case K_AGO: on_ago(x, m); break;
    case K_DAYREL: on_dayrel(x, m); break;
    default: break;
    }
}

/* ---- overlap resolution and coordination ---- */

static int by_length(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    size_t lx = x->end - x->start, ly = y->end - y->start;
    if (lx != ly)
        return lx > ly ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

static int by_start(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/*
 * Whether the text between two mentions joins them into one phrase ("late
 * February and early March 2022", "June–July 2024"), so the later one's year
 * is the earlier one's.
 */
static int coordinated(const char *t, size_t s, size_t e)
{
    char w[16];
    size_t o = 0, i = s;
    int dashes = 0;
    while (i < e) {
        size_t at = i;
        int32_t cp = kz_utf8_next(t, e, &i);
        if (kz_utf8_is_space(cp) || cp == ',')
            continue;
        if (kz_utf8_is_dash(cp)) {
            dashes++;
            continue;
        }
        if (!kz_isalpha(t[at]) || o + 1 >= sizeof w)
            return 0;
        w[o++] = (char)kz_tolower(t[at]);
    }
    w[o] = '\0';
    if (dashes)
        return dashes == 1 && o == 0;
    static const char *const conj[] = {"and", "or", "to", "until", "till", "through", NULL};
    return in_list(w, conj);
}

/* A single year a mention states, to lend to a later month; 0 if none. */
static int donor_year(const cand *c)
{
    return c->year > 0 && !strchr(c->value, '/') ? c->year : 0;
}

/*
 * Keep a weak month ("July" with no preposition) only when "and", "or", "to"
 * or a dash joins it to a neighbouring month mention: "In June and July",
 * "October-November 2022". Returns the new count.
 */
static size_t confirm_weak(ctx *x, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        cand *c = &x->c[i];
        if (c->weak) {
            const cand *p = i > 0 ? &x->c[i - 1] : NULL, *d = i + 1 < n ? &x->c[i + 1] : NULL;
            int ok = (p && p->mon > 0 && !p->weak && coordinated(x->t, p->end, c->start)) ||
                     (d && d->mon > 0 && coordinated(x->t, c->end, d->start));
            if (!ok)
                continue;
        }
        x->c[o] = *c;
        x->c[o++].weak = 0;
    }
    return o;
}

/* Whether only blanks and one dash stand between @s and @e. */
static int dash_between(const char *t, size_t s, size_t e)
{
    int dashes = 0;
    for (size_t i = s; i < e;) {
        int32_t cp = kz_utf8_next(t, e, &i);
        if (kz_utf8_is_dash(cp))
            dashes++;
        else if (!kz_utf8_is_space(cp))
            return 0;
    }
    return dashes == 1;
}

/*
 * "January-October 2024": a dash between a bare month and a month with its
 * year spans a period, like "the first ten months of 2024". Two neighbouring
 * months ("September-October 2014") stay two facts, as "late February and
 * early March 2022" does. Returns the new count.
 */
static size_t month_ranges(ctx *x, size_t n)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        cand *c = &x->c[i], *d = i + 1 < n ? &x->c[i + 1] : NULL;
        if (d && c->needs_year && c->mon > 0 && c->day == 0 && d->mon > 0 && d->day == 0 &&
            d->year > 0 && !c->mod && !d->mod && d->mon - c->mon >= 2 &&
            dash_between(x->t, c->end, d->start)) {
            c->end = d->end;
            c->year = d->year;
            c->needs_year = 0;
            c->anchor = A_NONE;
            snprintf(c->value, sizeof c->value, "%04d-%02d/%04d-%02d", d->year, c->mon, d->year,
                     d->mon);
            x->c[o++] = *c;
            i++;
            continue;
        }
        x->c[o++] = *c;
    }
    return o;
}

/*
 * A month or day without a year takes the year that an earlier mention in
 * the same sentence states ("in October 2023 ..., and in December" is
 * 2023-12); "July of the same year" takes the last year mentioned before it
 * anywhere. Only single years lend: "2019-2021" says no one year.
 */
static void year_from_before(ctx *x, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        cand *c = &x->c[i];
        if (!c->needs_year)
            continue;
        size_t ss, se;
        kz_doc_sentence(x->doc, c->start, c->end, &ss, &se);
        for (size_t j = i; j > 0; j--) {
            const cand *p = &x->c[j - 1];
            if (!c->same_year && p->start < ss)
                break;
            int y = donor_year(p);
            if (y) {
                day_month_value(c, y);
                c->anchor = A_NONE;
                c->needs_year = 0;
                break;
            }
        }
    }
}

static int parse_doc_date(const char *s, ymd *out)
{
    memset(out, 0, sizeof *out);
    if (!s)
        return 0;
    int y, m, d;
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 || y < 1 || !valid_day(y, m, d))
        return 0;
    out->y = y;
    out->m = m;
    out->d = d;
    return 1;
}

static kz_status dates_run(void *st, kz_doc *doc, kz_error *err)
{
    state *S = st;
    (void)err;
    ctx x = {.doc = doc, .t = doc->text, .len = doc->len};
    parse_doc_date(doc->meta.date, &x.dd);
    for (int k = 0; k < K__COUNT; k++) {
        kz_match m;
        size_t from = 0;
        int rc;
        while ((rc = kz_regex_find(S->re[k], x.t, x.len, from, &m)) == 1) {
            handle(&x, k, &m);
            from = m.end > m.start ? m.end : m.start + 1;
        }
        if (rc < 0)
            kz_doc_diag(doc, kz_doc_line(doc, from), "date pattern %d gave up (match limit)", k);
    }
    if (x.n == 0)
        return KZ_OK;

    /* Longest first; a candidate that touches an accepted one's bytes is dropped. */
    qsort(x.c, x.n, sizeof *x.c, by_length);
    unsigned char *taken = kz_xcalloc(x.len + 1, 1);
    size_t kept = 0;
    for (size_t i = 0; i < x.n; i++) {
        cand *c = &x.c[i];
        int clash = 0;
        for (size_t j = c->start; j < c->end && !clash; j++)
            clash = taken[j];
        if (clash)
            continue;
        memset(taken + c->start, 1, c->end - c->start);
        x.c[kept++] = *c;
    }
    free(taken);
    qsort(x.c, kept, sizeof *x.c, by_start);

    kept = confirm_weak(&x, kept);
    kept = month_ranges(&x, kept);
    for (size_t i = 0; i + 1 < kept; i++) {
        cand *c = &x.c[i], *d = &x.c[i + 1];
        if (c->needs_year && d->year > 0 && coordinated(x.t, c->end, d->start)) {
            day_month_value(c, d->year);
            c->anchor = A_NONE;
            c->needs_year = 0;
        }
    }
    year_from_before(&x, kept);
    for (size_t i = 0; i < kept; i++) {
        cand *c = &x.c[i];
        kz_fact f = {.type = KZ_FACT_DATE, .start = c->start, .end = c->end, .turn = -1};
        f.value = c->value[0] ? kz_doc_strndup(doc, c->value, strlen(c->value)) : NULL;
        f.mod = c->mod;
        f.anchor = c->anchor == A_DOCUMENT     ? "document"
                   : c->anchor == A_UNRESOLVED ? "unresolved"
                                               : NULL;
        kz_doc_add_fact(doc, &f);
    }
    free(x.c);
    return KZ_OK;
}

static void dates_free(void *st)
{
    state *S = st;
    if (!S)
        return;
    for (int k = 0; k < K__COUNT; k++)
        kz_regex_free(S->re[k]);
    free(S);
}

static kz_status dates_init(void **out, kz_error *err)
{
    state *S = kz_xcalloc(1, sizeof *S);
    for (int k = 0; k < K__COUNT; k++) {
        kz_status s =
            kz_regex_compile(&S->re[k], patterns[k], KZ_RE_CASELESS | KZ_RE_EXTENDED, err);
        if (s != KZ_OK) {
            dates_free(S);
            return s;
        }
    }
    *out = S;
    return KZ_OK;
}

const struct kz_extractor kz_extractor_dates = {
    .name = "dates",
    .type = KZ_FACT_DATE,
    .summary = "calendar dates, years, periods and dates relative to the document's date",
    .order = 10,
    .init = dates_init,
    .free = dates_free,
    .run = dates_run,
};
