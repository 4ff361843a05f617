/* SPDX-License-Identifier: MIT */
/*
 * Places: countries, regions and oblasts, cities and towns, natural
 * features and supranational regions, one entity per place and document,
 * with every surface form as a mention (guidelines, "place").
 *
 * The names come from the gazetteer (gazetteer.h). This file decides what
 * a matched name stands for in its context:
 *
 *   - "Cherkasy region", "Cherkasy Oblast"            -> the oblast
 *   - "the Chernihiv and Mykolaiv regions",
 *     "Almaty, Karaganda, and Mangystau regions",
 *     "the regions of Kherson and Zaporizhzhia"      -> each name is the region
 *   - "the city of X", "X city", or a bare name that
 *     is both a city and a region                    -> the city
 *   - a name inside the name of an organisation, a
 *     facility, a route or an event ("Mykolaiv City
 *     Emergency Hospital", "Baikonur Cosmodrome", "the
 *     Odessa-Brody pipeline", "University of Kyiv",
 *     "the Chornobyl disaster")                      -> no place
 *   - a name that is also a person's name, next to
 *     another capitalised name ("Michael Jordan")    -> no place
 *   - "Atlanta, Georgia", "the state of Georgia"     -> not the country
 *
 * A place used for its government ("Astana's support") or as a modifier
 * ("U.S. officials", "the Kyiv yurt") is a mention.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_utf8.h"
#include "extract/extract.h"
#include "extract/gazetteer.h"

#define MAXHITS 12

struct places_state {
    kz_gazetteer *gaz;
};

/* A stretch of the text that names a place (or may). */
struct cand {
    size_t a, b; /* tokens [a, b) of the name */
    kz_gaz_hit hits[MAXHITS];
    size_t nhits;
    size_t rw;             /* token of a following "region"/"oblast" word, or 0 */
    bool rw_plural;        /* "regions", "oblasts" */
    int chain;             /* set by a list: 'r' regions, 'c' cities, 0 none */
    const char *fb_kind;   /* a name the gazetteer lacks: "city" or "region" */
    const kz_place *place; /* the outcome, for the neighbours' checks */
};

struct ctx {
    const char *text;
    const kz_gaz_token *t;
    size_t n;
    const kz_gazetteer *gaz;
};

/* ---- word lists (folded keys) ---- */

static bool in_list(const char *key, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(key, list[i]) == 0)
            return true;
    return false;
}

/* "Cherkasy region", "Karaganda Oblast", "Krasnodar Krai" */
static const char *const region_words[] = {"region",    "regions", "oblast", "oblasts", "province",
                                           "provinces", "krai",    "oblys",  "oblysy",  NULL};
static const char *const region_plurals[] = {"regions", "oblasts", "provinces", NULL};

/*
 * Capitalised head nouns of organisation, facility and event names: a place
 * name followed by a run of capitalised words that reaches one of these is
 * part of that name ("Mykolaiv City Emergency Hospital", "Baikonur
 * Cosmodrome", "Kyiv City Council", "Donetsk People's Republic").
 * Governments ("Embassy", "Ministry") are not here: a place used for its
 * government is a mention.
 */
static const char *const cap_heads[] = {
    "university",  "academy",      "institute",    "museum",       "hospital",
    "clinic",      "school",       "college",      "lyceum",       "gymnasium",
    "polytechnic", "conservatory", "seminary",     "cosmodrome",   "airport",
    "stadium",     "arena",        "street",       "avenue",       "square",
    "prospekt",    "prospect",     "boulevard",    "highway",      "bridge",
    "station",     "railway",      "railways",     "pipeline",     "pipelines",
    "committee",   "commission",   "council",      "corporation",  "company",
    "group",       "holding",      "bank",         "exchange",     "fund",
    "foundation",  "association",  "society",      "agency",       "administration",
    "club",        "team",         "theatre",      "theater",      "opera",
    "ballet",      "philharmonic", "orchestra",    "band",         "cathedral",
    "church",      "monastery",    "mosque",       "lavra",        "synagogue",
    "palace",      "library",      "gallery",      "centre",       "center",
    "zoo",         "hotel",        "mall",         "plant",        "factory",
    "works",       "forum",        "conference",   "summit",       "festival",
    "marathon",    "declaration",  "agreement",    "agreements",   "accords",
    "memorandum",  "protocol",     "format",       "process",      "treaty",
    "charter",     "convention",   "times",        "post",         "news",
    "daily",       "herald",       "gazette",      "journal",      "tribune",
    "radio",       "tv",           "television",   "channel",      "media",
    "airlines",    "airways",      "telecom",      "republic",     "republics",
    "regiment",    "battalion",    "brigade",      "division",     "army",
    "fleet",       "court",        "party",        "movement",     "union",
    "federation",  "dam",          "canal",        "port",         "terminal",
    "refinery",    "mine",         "games",        "cup",          "olympics",
    "expo",        "cosmodrome",   "polygon",      "site",         "route",
    "corridor",    "initiative",   "studio",       "studios",      "npp",
    "hpp",         "tpp",          "organisation", "organization", "network",
    "alliance",    "coalition",    "consortium",   "partnership",  "institution",
    "bureau",      "chamber",      "trust",        "checkpoint",   "crossing",
    "hub",         "zone",         "pact",         "monitor",      "review",
    "observer",    "insider",      "digest",       "express",      "courier",
    "mirror",      "bulletin",     "magazine",     "weekly",       "today",
    "dispatch",    "ensemble",     "choir",        "quartet",      NULL};

/* Capitalised words that open the name of a medium before a place name
 * ("Vox Eurasia", "Radio Astana", "Echo Moskvy", "Voice of Ukraine"). */
static const char *const media_pre[] = {"vox",    "radio", "echo",      "voice", "vesti",
                                        "novaya", "novye", "televizia", NULL};

/* Lower-case nouns before a name in quotation marks that make it the name of
 * that thing, not a place ("the dombra ensemble “Altai”", "the newspaper
 * «Ural»", "the ship "Odessa""). */
static const char *const named_things[] = {
    "ensemble",   "choir",       "band",      "orchestra", "group",     "company",     "firm",
    "newspaper",  "magazine",    "journal",   "club",      "team",      "hotel",       "restaurant",
    "cinema",     "theatre",     "theater",   "plant",     "factory",   "brand",       "festival",
    "programme",  "program",     "project",   "ship",      "vessel",    "train",       "fund",
    "foundation", "association", "society",   "centre",    "center",    "film",        "song",
    "album",      "book",        "operation", "exercise",  "exercises", "cooperative", "farm",
    "enterprise", "holding",     "channel",   "station",   "studio",    NULL};

/* Lower-case heads: routes, facilities and events ("the Odessa-Brody pipeline",
 * "the Chornobyl disaster", "the Zaporizhzhia nuclear power plant"). */
static const char *const low_heads[] = {
    "pipeline", "pipelines",  "route",     "routes",     "corridor",    "corridors",  "railway",
    "highway",  "cosmodrome", "disaster",  "accident",   "catastrophe", "tragedy",    "massacre",
    "famine",   "format",     "process",   "agreements", "accords",     "memorandum", "protocol",
    "plant",    "dam",        "battalion", "regiment",   "brigade",     "smelter",    "port",
    "seaport",  "terminal",   "airport",   "checkpoint", "crossing",    "station",    "reservoir",
    "dollar",   "dollars",    NULL};

/* Lower-case words that may stand between a name and its head ("oil" in "the
 * Odessa-Brody and Druzhba oil pipelines"). */
static const char *const modifiers[] = {
    "oil",   "gas",     "trade",         "transport",     "transit",  "rail",    "road",
    "power", "nuclear", "hydroelectric", "international", "sea",      "export",  "energy",
    "peace", "thermal", "hydro",         "water",         "electric", "railway", "of",
    NULL};

/* "University of Kyiv", "WHO Regional Committee for Europe", "Battle of Poltava" */
static const char *const pre_heads[] = {
    "university",   "academy",     "institute", "museum",      "committee",   "council",
    "commission",   "bank",        "battle",    "siege",       "treaty",      "conservatory",
    "cathedral",    "library",     "gallery",   "association", "federation",  "church",
    "patriarchate", "opera",       "theatre",   "school",      "college",     "conference",
    "congress",     "declaration", "union",     "festival",    "polytechnic", NULL};

/*
 * Capitalised words that are not given names or surnames: next to a place
 * name that is also a person's name (flag 'p') they do not make it a person.
 */
static const char *const not_names[] = {
    "the",      "a",          "an",          "in",         "at",       "on",         "of",
    "from",     "to",         "for",         "with",       "by",       "and",        "or",
    "but",      "as",         "after",       "before",     "since",    "like",       "about",
    "across",   "between",    "both",        "if",         "when",     "while",      "where",
    "although", "though",     "because",     "unlike",     "via",      "into",       "over",
    "under",    "near",       "during",      "including",  "even",     "only",       "also",
    "then",     "now",        "so",          "yet",        "how",      "why",        "what",
    "who",      "which",      "that",        "this",       "these",    "those",      "his",
    "her",      "their",      "our",         "my",         "your",     "its",        "we",
    "they",     "he",         "she",         "it",         "i",        "you",        "there",
    "here",     "not",        "no",          "all",        "some",     "many",       "most",
    "each",     "every",      "dear",        "visit",      "visiting", "welcome",    "northern",
    "southern", "eastern",    "western",     "central",    "north",    "south",      "east",
    "west",     "official",   "independent", "modern",     "today",    "yesterday",  "tomorrow",
    "last",     "next",       "president",   "prime",      "minister", "ambassador", "mayor",
    "governor", "king",       "queen",       "tsar",       "emperor",  "sultan",     "emir",
    "sheikh",   "patriarch",  "pope",        "chancellor", "senator",  "secretary",  "general",
    "foreign",  "deputy",     "chairman",    "speaker",    "envoy",    "consul",     "embassy",
    "ministry", "government", "parliament",  "city",       "state",    "republic",   "kingdom",
    "capital",  "january",    "february",    "march",      "april",    "may",        "june",
    "july",     "august",     "september",   "october",    "november", "december",   "monday",
    "tuesday",  "wednesday",  "thursday",    "friday",     "saturday", "sunday",     "photo",
    "source",   NULL};

/* Titles that put a person's name after them, never a place's. */
static const char *const honorifics[] = {"mr",        "mrs",    "ms",  "dr",   "mister",
                                         "madam",     "madame", "sir", "lady", "lord",
                                         "professor", "prof",   NULL};

/* ---- token helpers ---- */

static bool tok_is(const struct ctx *c, size_t k, const char *word)
{
    return k < c->n && strcmp(c->t[k].key, word) == 0;
}

static bool tok_cap(const struct ctx *c, size_t k)
{
    if (k >= c->n || !c->t[k].word)
        return false;
    size_t i = c->t[k].start;
    return kz_utf8_is_upper(kz_utf8_next(c->text, c->t[k].end, &i));
}

/* A word of two letters or more with no lower-case letter ("KAZAKHSTAN", "RK"). */
static bool tok_allcaps(const struct ctx *c, size_t k)
{
    if (k >= c->n || !c->t[k].word)
        return false;
    size_t i = c->t[k].start, letters = 0;
    while (i < c->t[k].end) {
        int32_t cp = kz_utf8_next(c->text, c->t[k].end, &i);
        if (kz_utf8_is_lower(cp))
            return false;
        if (kz_utf8_is_letter(cp))
            letters++;
    }
    return letters >= 2;
}

/* Is token k (k > 0) on the same line as token k - 1? */
static bool same_line(const struct ctx *c, size_t k)
{
    if (k == 0 || k >= c->n)
        return false;
    return !memchr(c->text + c->t[k - 1].end, '\n', c->t[k].start - c->t[k - 1].end);
}

/* Only white space (or nothing) between tokens k - 1 and k, on one line. */
static bool spaced(const struct ctx *c, size_t k)
{
    return same_line(c, k);
}

/* Nothing at all between tokens k - 1 and k ("Odessa-Brody"). */
static bool glued(const struct ctx *c, size_t k)
{
    return k > 0 && k < c->n && c->t[k - 1].end == c->t[k].start;
}

static bool is_dash(const struct ctx *c, size_t k)
{
    return k < c->n && !c->t[k].word && strcmp(c->t[k].key, "-") == 0;
}

static bool is_apos_s(const struct ctx *c, size_t k)
{
    return k + 1 < c->n && !c->t[k].word && strcmp(c->t[k].key, "'") == 0 &&
           tok_is(c, k + 1, "s") && glued(c, k) && glued(c, k + 1);
}

/* Does token k open a sentence (first on its line, or after . ! ? :, or
 * after an opening quote or dash that does)? */
static bool sentence_start(const struct ctx *c, size_t k)
{
    for (;;) {
        if (k == 0 || !same_line(c, k))
            return true;
        const kz_gaz_token *p = &c->t[k - 1];
        if (p->word)
            return false;
        if (strchr(".!?:", p->key[0]) && p->key[1] == '\0')
            return true;
        if (strcmp(p->key, "-") == 0 || strchr("\"(['", p->key[0]) ||
            strcmp(p->key, "\xe2\x80\x9c") == 0 || strcmp(p->key, "\xc2\xab") == 0) {
            k--;
            continue;
        }
        return false;
    }
}

/* ---- context rules ---- */

/*
 * Is the name at tokens [a, b) part of the name of an organisation,
 * facility, route or event? Looks right for a head noun over capitalised
 * words, hyphenated names and "and" ("the Odessa-Brody and Druzhba oil
 * pipelines"), and left for "University of", "Committee for".
 */
static bool is_quote(const struct ctx *c, size_t k)
{
    if (k >= c->n || c->t[k].word)
        return false;
    const char *q = c->t[k].key;
    return strcmp(q, "\"") == 0 || strcmp(q, "\xe2\x80\x9c") == 0 ||
           strcmp(q, "\xe2\x80\x9d") == 0 || strcmp(q, "\xc2\xab") == 0 ||
           strcmp(q, "\xc2\xbb") == 0;
}

static bool inside_org(const struct ctx *c, size_t a, size_t b, bool allcaps)
{
    size_t k = b;
    /* "Vox Eurasia", "Radio Astana" */
    if (a > 0 && spaced(c, a) && tok_cap(c, a - 1) && in_list(c->t[a - 1].key, media_pre))
        return true;
    /* "the dombra ensemble “Altai”": the name of the ensemble */
    if (a >= 2 && is_quote(c, a - 1) && glued(c, a) && is_quote(c, b) && glued(c, b) &&
        c->t[a - 2].word && same_line(c, a - 1) && in_list(c->t[a - 2].key, named_things))
        return true;
    if (is_apos_s(c, k))
        return false; /* "Astana's support": the place itself */
    for (int steps = 0; k < c->n && steps < 8; steps++) {
        if (!same_line(c, k))
            break;
        const kz_gaz_token *t = &c->t[k];
        if (!t->word) {
            if (is_dash(c, k) && glued(c, k) && tok_cap(c, k + 1) && glued(c, k + 1)) {
                k++;
                continue;
            }
            if (is_apos_s(c, k)) {
                k += 2;
                continue;
            }
            break;
        }
        if (tok_cap(c, k)) {
            if (in_list(t->key, cap_heads))
                return true;
            if (allcaps)
                break; /* a heading in capitals: only the next word counts */
            k++;
            continue;
        }
        if ((strcmp(t->key, "and") == 0 || strcmp(t->key, "&") == 0) && tok_cap(c, k + 1)) {
            k++;
            continue;
        }
        if (in_list(t->key, low_heads))
            return true;
        if (in_list(t->key, modifiers) && strcmp(t->key, "of") != 0) {
            k++;
            continue;
        }
        break;
    }
    if (a >= 2 && (tok_is(c, a - 1, "of") || tok_is(c, a - 1, "for")) && tok_cap(c, a - 2) &&
        in_list(c->t[a - 2].key, pre_heads) && same_line(c, a - 1) && same_line(c, a))
        return true;
    return false;
}

static bool is_cand_start(const struct cand *cs, size_t nc, size_t tok)
{
    for (size_t i = 0; i < nc; i++)
        if (cs[i].a == tok)
            return true;
    return false;
}

static bool is_cand_end(const struct cand *cs, size_t nc, size_t tok)
{
    for (size_t i = 0; i < nc; i++)
        if (cs[i].b == tok)
            return true;
    return false;
}

/* A name flagged 'p' ("Jordan", "Kurchatov") next to a capitalised word that
 * may be a given name or a surname ("Michael Jordan", "Jordan Peterson"). */
static bool next_to_name(const struct ctx *c, const struct cand *cs, size_t nc, size_t a, size_t b)
{
    if (a > 0 && spaced(c, a) && tok_cap(c, a - 1) && !tok_allcaps(c, a - 1) &&
        !in_list(c->t[a - 1].key, not_names) && !is_cand_end(cs, nc, a))
        return true;
    if (b < c->n && spaced(c, b) && tok_cap(c, b) && !tok_allcaps(c, b) &&
        !in_list(c->t[b].key, not_names) && !in_list(c->t[b].key, cap_heads) &&
        !in_list(c->t[b].key, region_words) && !is_cand_start(cs, nc, b))
        return true;
    return false;
}

/* Is the gazetteer's @name an abbreviation in capitals ("RK", "US", "UAE")? */
static bool is_abbrev(const char *name)
{
    size_t letters = 0;
    for (const char *p = name; *p; p++) {
        if (*p >= 'a' && *p <= 'z')
            return false;
        if (*p >= 'A' && *p <= 'Z')
            letters++;
    }
    return letters >= 2 && letters <= 3;
}

/*
 * The list separator between tokens [from, to): "," -> 1, "and"/"or" with or
 * without a comma -> 2, anything else -> 0.
 */
static int separator(const struct ctx *c, size_t from, size_t to)
{
    if (to <= from || to - from > 2)
        return 0;
    for (size_t k = from; k <= to && k < c->n; k++)
        if (k > 0 && !same_line(c, k))
            return 0;
    if (to - from == 1) {
        if (tok_is(c, from, ","))
            return 1;
        if (tok_is(c, from, "and") || tok_is(c, from, "or") || tok_is(c, from, "&"))
            return 2;
        return 0;
    }
    if (tok_is(c, from, ",") && (tok_is(c, from + 1, "and") || tok_is(c, from + 1, "or")))
        return 2;
    return 0;
}

static const kz_gaz_hit *stem_region(const struct cand *cd)
{
    for (size_t h = 0; h < cd->nhits; h++)
        if (cd->hits[h].role == KZ_PLACE_STEM && strcmp(cd->hits[h].place->kind, "region") == 0)
            return &cd->hits[h];
    for (size_t h = 0; h < cd->nhits; h++)
        if (cd->hits[h].role == KZ_PLACE_NAME && strcmp(cd->hits[h].place->kind, "region") == 0)
            return &cd->hits[h];
    return NULL;
}

static const kz_gaz_hit *name_of_kind(const struct cand *cd, const char *kind)
{
    for (size_t h = 0; h < cd->nhits; h++)
        if (cd->hits[h].role == KZ_PLACE_NAME && strcmp(cd->hits[h].place->kind, kind) == 0)
            return &cd->hits[h];
    return NULL;
}

/*
 * Lists: "the Chernihiv and Mykolaiv regions" makes every name of the list
 * a region; so does "the regions of Kherson and Zaporizhzhia"; "the cities
 * of Aktau, Aktobe, and Almaty" makes each a city. A list has one "and"
 * (before its last item), so "Almaty, Astana, and Almaty, Karaganda, and
 * Mangystau regions" makes only the last three regions.
 */
static void mark_lists(const struct ctx *c, struct cand *cs, size_t nc)
{
    for (size_t i = 0; i < nc; i++) {
        struct cand *cd = &cs[i];
        if (cd->rw && cd->rw_plural && stem_region(cd)) {
            cd->chain = 'r';
            bool conj = false;
            for (size_t j = i; j > 0; j--) {
                int sep = separator(c, cs[j - 1].b, cs[j].a);
                if (!sep || (sep == 2 && conj) || cs[j - 1].rw || !stem_region(&cs[j - 1]))
                    break;
                conj |= sep == 2;
                cs[j - 1].chain = 'r';
            }
        }
        size_t a = cd->a;
        int mode = 0;
        if (a >= 2 && tok_is(c, a - 1, "of") && in_list(c->t[a - 2].key, region_words))
            mode = 'r';
        else if (a >= 2 && tok_is(c, a - 1, "of") &&
                 (tok_is(c, a - 2, "cities") || tok_is(c, a - 2, "towns")))
            mode = 'c';
        if (!mode)
            continue;
        for (size_t j = i; j < nc; j++) {
            if (j > i) {
                int sep = separator(c, cs[j - 1].b, cs[j].a);
                if (!sep)
                    break;
                if (sep == 2) {
                    if (!cs[j].chain)
                        cs[j].chain = mode;
                    break;
                }
            }
            if (!cs[j].chain)
                cs[j].chain = mode;
        }
    }
}

/*
 * Words that may follow a short name of a sea or a river ("the Caspian", "the
 * Naryn") when it stands for the water itself and is not an adjective before
 * a noun ("the Caspian ports", "the Caspian side"): function words and the
 * verbs such a subject takes. "the Caspian, which ...", "the Naryn's water".
 */
static const char *const after_water[] = {
    "and",     "or",      "to",       "from",     "in",      "on",      "at",        "by",
    "with",    "for",     "of",       "is",       "are",     "was",     "were",      "has",
    "have",    "had",     "which",    "that",     "but",     "as",      "into",      "via",
    "through", "between", "near",     "where",    "while",   "itself",  "alone",     "basin",
    "flows",   "flow",    "runs",     "lies",     "remains", "carries", "separates", "connects",
    "links",   "feeds",   "supplies", "provides", "borders", "washes",  "becomes",   "will",
    "would",   "can",     "could",    "may",      "must",    "should",  "also",      "still",
    "now",     "then",    "again",    "get",      "gets",    "got",     "dries",     "freezes",
    "floods",  "rises",   "reaches",  "crosses",  "forms",   "enters",  "empties",   "shrinks",
    "holds",   "gives",   "loses",    "receives", NULL};

/* Does the name at tokens [a, b) stand for a sea or a river by its short name:
 * "the" before it and no noun after it ("the Caspian", "from the Caspian to
 * the Dnipro", "the Naryn's water"; not "the Caspian ports", "Caspian Relief
 * Network")? */
static bool water_context(const struct ctx *c, const struct cand *cd)
{
    size_t a = cd->a, b = cd->b;
    if (a == 0 || !same_line(c, a) || strcmp(c->t[a - 1].key, "the") != 0)
        return false;
    if (b >= c->n || !same_line(c, b) || is_apos_s(c, b))
        return true;
    if (!c->t[b].word)
        return !is_dash(c, b) || !glued(c, b);
    if (tok_cap(c, b))
        return false;
    size_t len = strlen(c->t[b].key);
    return in_list(c->t[b].key, after_water) ||
           (len > 4 && strcmp(c->t[b].key + len - 2, "ed") == 0);
}

static bool city_context(const struct ctx *c, const struct cand *cd)
{
    size_t a = cd->a;
    if (a >= 2 && tok_is(c, a - 1, "of") &&
        (tok_is(c, a - 2, "city") || tok_is(c, a - 2, "town") || tok_is(c, a - 2, "village")))
        return true;
    return cd->b < c->n && tok_is(c, cd->b, "city") && spaced(c, cd->b);
}

/*
 * What the candidate stands for, or NULL for nothing; *end gets the end of
 * the mention (the region word is part of "Cherkasy region" when the name
 * stands alone, not in a list).
 */
static const kz_place *resolve(const struct ctx *c, struct cand *cs, size_t nc, size_t i,
                               size_t *end)
{
    struct cand *cd = &cs[i];
    *end = c->t[cd->b - 1].end;
    for (size_t h = 0; h < cd->nhits; h++)
        if (strcmp(cd->hits[h].place->kind, "block") == 0)
            return NULL;

    /* The surface as written: all capitals? */
    bool allcaps = true;
    for (size_t k = cd->a; k < cd->b; k++)
        if (c->t[k].word && !tok_allcaps(c, k))
            allcaps = false;

    size_t after = cd->rw ? cd->rw + 1 : cd->b;
    if (inside_org(c, cd->a, after, allcaps))
        return NULL;

    /* "Mr. Kurchatov", "Dr Jordan": a person. */
    size_t h0 = cd->a;
    if (h0 > 0 && tok_is(c, h0 - 1, "."))
        h0--;
    if (h0 > 0 && same_line(c, cd->a) && in_list(c->t[h0 - 1].key, honorifics))
        return NULL;

    unsigned flags = 0;
    const char *name = NULL;
    for (size_t h = 0; h < cd->nhits; h++) {
        flags |= cd->hits[h].flags;
        if (!name || is_abbrev(cd->hits[h].name))
            name = cd->hits[h].name;
    }
    if ((flags & KZ_PLACE_PERSON) && next_to_name(c, cs, nc, cd->a, cd->b))
        return NULL;
    if ((flags & KZ_PLACE_WORD) && !cd->rw && !city_context(c, cd) &&
        (allcaps || sentence_start(c, cd->a)))
        return NULL;
    if (name && is_abbrev(name)) {
        /* "US" in "HELP US WIN" or "US$": not the United States. */
        if ((cd->a > 0 && same_line(c, cd->a) && tok_allcaps(c, cd->a - 1)) ||
            (cd->b < c->n && same_line(c, cd->b) && tok_allcaps(c, cd->b)))
            return NULL;
        if (cd->b < c->n && glued(c, cd->b) && tok_is(c, cd->b, "$"))
            return NULL;
    }

    const kz_gaz_hit *reg = stem_region(cd);
    if (reg && (cd->rw || cd->chain == 'r')) {
        if (cd->rw && !cd->rw_plural && cd->chain != 'r')
            *end = c->t[cd->rw].end;
        return reg->place;
    }
    const kz_gaz_hit *hit = NULL;
    /* "the Caspian", "the Naryn": the short name of a sea or a river (flag 't')
     * stands for it only in that context, and then wins over a city. */
    bool water = false;
    for (size_t h = 0; h < cd->nhits; h++)
        if (cd->hits[h].flags & KZ_PLACE_THE)
            water = true;
    if (water && !cd->rw && water_context(c, cd)) {
        for (size_t h = 0; h < cd->nhits && !hit; h++)
            if ((cd->hits[h].flags & KZ_PLACE_THE) && cd->hits[h].role == KZ_PLACE_NAME)
                hit = &cd->hits[h];
        if (hit)
            return hit->place;
    }
    if (water) {
        /* Drop the short names that do not fit ("the Caspian ports"). */
        size_t k = 0;
        for (size_t h = 0; h < cd->nhits; h++)
            if (!(cd->hits[h].flags & KZ_PLACE_THE) || cd->rw)
                cd->hits[k++] = cd->hits[h];
        cd->nhits = k;
    }
    if (cd->chain == 'c' || city_context(c, cd))
        hit = name_of_kind(cd, "city");
    if (!hit) {
        static const char *const order[] = {"country", "city", "region", "feature"};
        for (size_t o = 0; o < 4 && !hit; o++)
            hit = name_of_kind(cd, order[o]);
    }
    if (!hit)
        return NULL;

    /* "Atlanta, Georgia", "the state of Georgia": a state, not the country. */
    if (strcmp(hit->place->kind, "country") == 0) {
        if (cd->a >= 2 && tok_is(c, cd->a - 1, "of") && tok_is(c, cd->a - 2, "state"))
            return NULL;
        if (i > 0 && cs[i - 1].place && separator(c, cs[i - 1].b, cd->a) == 1 &&
            strcmp(cs[i - 1].place->kind, "city") == 0 && cs[i - 1].place->country &&
            hit->place->country && strcmp(cs[i - 1].place->country, hit->place->country) != 0)
            return NULL;
    }
    return hit->place;
}

/* ---- names the gazetteer lacks ---- */

/* A run of capitalised words joined by spaces or hyphens from token k;
 * returns its end token (k when there is none). */
static size_t cap_run(const struct ctx *c, size_t k, size_t max)
{
    size_t e = k;
    while (e < c->n && e - k < max && tok_cap(c, e) && (e == k || spaced(c, e))) {
        e++;
        while (e + 1 < c->n && is_dash(c, e) && glued(c, e) && glued(c, e + 1) && tok_cap(c, e + 1))
            e += 2;
    }
    return e;
}

/*
 * "the city of Uman", "the town of X", "the village of X": a city
 * whatever the name; "Belgorod Oblast" with an unknown name: that oblast.
 */
static bool fallback(const struct ctx *c, size_t k, struct cand *cd)
{
    if (!tok_cap(c, k) || tok_allcaps(c, k))
        return false;
    /* "Lake Sasykkol", "Lake Shalkar" (even when a town has the name): the lake */
    if (tok_is(c, k, "lake") && k + 1 < c->n && spaced(c, k + 1) && tok_cap(c, k + 1) &&
        !tok_allcaps(c, k + 1)) {
        kz_gaz_hit hits[MAXHITS];
        size_t nh = 0;
        size_t n = kz_gazetteer_match(c->gaz, c->text, c->t, c->n, k + 1, hits, MAXHITS, &nh);
        for (size_t h = 0; n && h < nh; h++)
            if (strcmp(hits[h].place->kind, "feature") == 0)
                return false; /* "Lake Baikal" known as "Baikal" */
        size_t e = cap_run(c, k + 1, 2);
        memset(cd, 0, sizeof *cd);
        cd->a = k;
        cd->b = e;
        cd->fb_kind = "feature";
        return true;
    }
    /* "the Kargaly River": a river whatever the name */
    if (k > 0 && tok_is(c, k - 1, "the") && spaced(c, k) && k + 1 < c->n && spaced(c, k + 1) &&
        tok_is(c, k + 1, "river") && tok_cap(c, k + 1)) {
        memset(cd, 0, sizeof *cd);
        cd->a = k;
        cd->b = k + 2;
        cd->fb_kind = "feature";
        return true;
    }
    if (k >= 2 && tok_is(c, k - 1, "of") &&
        (tok_is(c, k - 2, "city") || tok_is(c, k - 2, "town") || tok_is(c, k - 2, "village")) &&
        !tok_cap(c, k - 2) && same_line(c, k)) {
        size_t e = cap_run(c, k, 3);
        if (e > k) {
            memset(cd, 0, sizeof *cd);
            cd->a = k;
            cd->b = e;
            cd->fb_kind = "city";
            return true;
        }
    }
    if (k + 1 < c->n && spaced(c, k + 1) && tok_is(c, k + 1, "oblast") &&
        (k == 0 || !tok_cap(c, k - 1) || !spaced(c, k))) {
        memset(cd, 0, sizeof *cd);
        cd->a = k;
        cd->b = k + 1;
        cd->rw = k + 1;
        cd->fb_kind = "region";
        return true;
    }
    return false;
}

static bool has_kind(const struct cand *cd, const char *kind)
{
    for (size_t h = 0; h < cd->nhits; h++)
        if (strcmp(cd->hits[h].place->kind, kind) == 0)
            return true;
    return false;
}

/* ---- the extractor ---- */

static kz_status places_init(void **state, kz_error *err)
{
    struct places_state *st = kz_xcalloc(1, sizeof *st);
    kz_status s = kz_gazetteer_new(&st->gaz, err);
    if (s != KZ_OK) {
        free(st);
        return s;
    }
    *state = st;
    return KZ_OK;
}

static void places_free(void *state)
{
    struct places_state *st = state;
    if (!st)
        return;
    kz_gazetteer_free(st->gaz);
    free(st);
}

static void add_entity(kz_doc *doc, const kz_place *pl, size_t start, size_t end)
{
    kz_entity *e = kz_doc_entity(doc, KZ_FACT_PLACE, pl->id);
    if (!e->kind) {
        e->kind = kz_doc_strndup(doc, pl->kind, strlen(pl->kind));
        e->country = pl->country ? kz_doc_strndup(doc, pl->country, strlen(pl->country)) : NULL;
        e->lat = pl->lat;
        e->lon = pl->lon;
        e->has_coords = pl->has_coords;
    }
    kz_entity_add_mention(doc, e, start, end);
}

static kz_status places_run(void *state, kz_doc *doc, kz_error *err)
{
    (void)err;
    struct places_state *st = state;
    kz_gaz_token *toks = NULL;
    size_t ntoks = kz_gaz_tokenize(doc->text, doc->len, &toks);
    struct ctx c = {doc->text, toks, ntoks, st->gaz};

    struct cand *cs = NULL;
    size_t nc = 0, cap = 0;
    for (size_t k = 0; k < ntoks; k++) {
        if (!toks[k].word)
            continue;
        struct cand cd;
        memset(&cd, 0, sizeof cd);
        size_t n =
            kz_gazetteer_match(st->gaz, doc->text, toks, ntoks, k, cd.hits, MAXHITS, &cd.nhits);
        if (n && !has_kind(&cd, "feature") && k + n < ntoks && spaced(&c, k + n) &&
            tok_is(&c, k + n, "river") && tok_cap(&c, k + n)) {
            /* "the Ishim River" where the gazetteer knows only the town */
            cd.nhits = 0;
            cd.a = k;
            cd.b = k + n + 1;
            cd.fb_kind = "feature";
        } else if (n) {
            cd.a = k;
            cd.b = k + n;
            if (cd.b < ntoks && spaced(&c, cd.b) && in_list(toks[cd.b].key, region_words)) {
                cd.rw = cd.b;
                cd.rw_plural = in_list(toks[cd.b].key, region_plurals);
            }
        } else if (!fallback(&c, k, &cd)) {
            continue;
        }
        KZ_GROW(cs, cap, nc + 1);
        cs[nc++] = cd;
        k = (cd.rw ? cd.rw : cd.b) - 1;
    }

    mark_lists(&c, cs, nc);

    for (size_t i = 0; i < nc; i++) {
        struct cand *cd = &cs[i];
        size_t start = toks[cd->a].start, end = toks[cd->b - 1].end;
        if (cd->fb_kind) {
            bool allcaps = false;
            if (inside_org(&c, cd->a, cd->rw ? cd->rw + 1 : cd->b, allcaps))
                continue;
            kz_place pl;
            memset(&pl, 0, sizeof pl);
            pl.kind = cd->fb_kind;
            char *id;
            if (cd->rw) {
                size_t n = end - start;
                id = kz_xmalloc(n + sizeof " Oblast");
                memcpy(id, doc->text + start, n);
                memcpy(id + n, " Oblast", sizeof " Oblast");
                end = toks[cd->rw].end;
            } else {
                id = kz_xstrndup(doc->text + start, end - start);
            }
            pl.id = id;
            add_entity(doc, &pl, start, end);
            free(id);
            continue;
        }
        const kz_place *pl = resolve(&c, cs, nc, i, &end);
        cd->place = pl;
        if (pl)
            add_entity(doc, pl, start, end);
    }
    free(cs);
    kz_gaz_tokens_free(toks, ntoks);
    return KZ_OK;
}

const struct kz_extractor kz_extractor_places = {
    .name = "places",
    .type = KZ_FACT_PLACE,
    .summary = "countries, regions, cities and natural features (Kyiv, Cherkasy Oblast)",
    .order = 30,
    .init = places_init,
    .free = places_free,
    .run = places_run,
};
