/* SPDX-License-Identifier: MIT */
/*
 * Figures: numbers that measure or count something ("over 120 tonnes",
 * "$215.3 million", "45 Ukrainian children", "70 percent").
 *
 * The extractor walks each block, reads every number with the shared parser
 * (numbers.h) and then looks at the words around it:
 *   left:  a currency sign or code ("$", "USD"), a qualifier ("more than",
 *          "almost"), and signs that the number is a name or an
 *          identifier ("Russia 24", "No. 47", "COVID-19", "C5+1");
 *   right: a unit ("tonnes", "percent", "km", "dollars"), or a noun phrase
 *          whose head is a plural noun ("41 high-power generators"), or
 *          "of" and such a noun phrase ("350 of his paintings").
 * A number with nothing measurable on either side is not a figure; neither
 * are years, durations, ordinals, times and parts of dates.
 */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "extract.h"
#include "numbers.h"
#include "regex.h"

/* ---- word lists ---------------------------------------------------------- */

/* Function words: they end a noun phrase and are never part of a name. */
static const char *const stop_words[] = {
    "a",       "about",   "above", "according", "across",  "after",   "against",   "all",
    "already", "also",    "am",    "among",     "an",      "and",     "any",       "are",
    "around",  "as",      "at",    "be",        "because", "been",    "before",    "being",
    "below",   "between", "both",  "but",       "by",      "can",     "could",     "did",
    "do",      "does",    "due",   "during",    "each",    "either",  "even",      "every",
    "for",     "from",    "had",   "has",       "have",    "he",      "her",       "here",
    "him",     "his",     "how",   "i",         "if",      "in",      "including", "into",
    "is",      "it",      "its",   "just",      "last",    "like",    "may",       "me",
    "might",   "most",    "must",  "my",        "neither", "next",    "no",        "nor",
    "not",     "now",     "of",    "off",       "on",      "onto",    "only",      "or",
    "our",     "out",     "over",  "per",       "she",     "should",  "since",     "so",
    "than",    "thanks",  "that",  "the",       "their",   "them",    "then",      "there",
    "these",   "they",    "this",  "those",     "through", "thus",    "to",        "toward",
    "towards", "under",   "until", "up",        "upon",    "us",      "via",       "was",
    "we",      "were",    "what",  "when",      "where",   "whereas", "which",     "while",
    "who",     "whom",    "whose", "why",       "will",    "with",    "within",    "without",
    "worth",   "would",   "yet",   "you",       "your",    NULL};

/* Words that may open a noun phrase after a number without being part of
 * what is counted, and make the mention end at the number ("over six
 * thousand such Ukrainian citizens"). */
static const char *const loose_words[] = {"such",       "other", "more",    "further",
                                          "additional", "extra", "another", NULL};

/* Durations are not figures ("ten years", "six months"). */
static const char *const duration_words[] = {
    "year",       "years",       "month",      "months",    "week",      "weeks",    "day",
    "days",       "hour",        "hours",      "minute",    "minutes",   "second",   "seconds",
    "decade",     "decades",     "century",    "centuries", "night",     "nights",   "fortnight",
    "fortnights", "millennia",   "millennium", "semester",  "semesters", "quarters", "o'clock",
    "season",     "seasons",     "summers",    "winters",   "springs",   "autumns",  "terms",
    "shifts",     "generations", "lifetimes",  NULL};

/* Plural heads that count nothing by themselves ("hundreds", "others"). */
static const char *const empty_heads[] = {
    "ones",     "others",    "hundreds", "thousands", "millions", "billions", "dozens", "tens",
    "degrees",  "percent",   "times",    "words",     "lots",     "kinds",    "sorts",  "types",
    "ways",     "aspects",   "levels",   "terms",     "means",    "news",     "series", "species",
    "politics", "economics", "thanks",   "yes",       NULL};

/* Verbs in -s that follow a number used as a name ("Article 5 applies"). */
static const char *const s_verbs[] = {
    "applies",  "includes", "says",    "goes",    "takes",      "makes",   "seems",    "provides",
    "requires", "allows",   "becomes", "comes",   "gets",       "gives",   "contains", "continues",
    "exists",   "happens",  "depends", "belongs", "represents", "follows", "refers",   "begins",
    "operates", "serves",   "stays",   "expires", "focuses",    "remains", NULL};

/* Words that open a sentence before a figure without naming anything
 * ("Another 20 people", "Today 45 children"). */
static const char *const openers[] = {
    "another",    "today",    "yesterday",    "currently", "meanwhile", "overall", "altogether",
    "total",      "totally",  "additionally", "moreover",  "besides",   "finally", "initially",
    "previously", "recently", "later",        "earlier",   "roughly",   "nearly",  "almost",
    "only",       "just",     "exactly",      "fully",     "over",      "under",   "around",
    "about",      "some",     "precisely",    NULL};

/* Plural nouns that do not end in -s, or count as people. */
static const char *const irregular_plurals[] = {
    "children",   "people",    "men",        "women",          "aircraft",    "personnel",
    "staff",      "police",    "cattle",     "sheep",          "livestock",   "feet",
    "teeth",      "geese",     "mice",       "data",           "media",       "criteria",
    "phenomena",  "fish",      "deer",       "schoolchildren", "clergy",      "youth",
    "servicemen", "kinsmen",   "countrymen", "congressmen",    "businessmen", "businesswomen",
    "sportsmen",  "fishermen", NULL};

/* Heads that make the figure a count of people (class "people"). */
static const char *const people_heads[] = {
    "people", "persons", "person", "individuals", "citizens", "children", "kids", "refugees",
    "residents", "inhabitants", "students", "pupils", "schoolchildren", "soldiers", "servicemen",
    "troops", "volunteers", "migrants", "immigrants", "emigrants", "evacuees", "workers",
    "employees", "staff", "personnel", "members", "participants", "visitors", "tourists", "guests",
    "teachers", "doctors", "nurses", "medics", "diplomats", "civilians", "delegates", "specialists",
    "experts", "journalists", "women", "men", "adults", "victims", "casualties", "prisoners",
    "hostages", "detainees", "nationals", "compatriots", "graduates", "athletes", "artists",
    "scientists", "researchers", "entrepreneurs", "businessmen", "businesspeople", "farmers",
    "agrarians", "officers", "officials", "deputies", "ambassadors", "patients", "spectators",
    "fans", "attendees", "pensioners", "orphans", "fighters", "recruits", "veterans", "survivors",
    "settlers", "descendants", "compatriots", "speakers", "users", "subscribers", "readers",
    "viewers", "listeners", "clients", "customers", "applicants", "passengers", "voters",
    "believers", "parents", "mothers", "fathers", "youths", "teenagers", "babies", "infants",
    "girls", "boys", "scholars", "professors", "lecturers", "engineers", "miners", "builders",
    "rescuers", "firefighters", "policemen", "guards", "pilots", "sailors", "lawmakers", "senators",
    "ministers", "mps", "leaders", "representatives", "envoys", "consuls", "activists",
    "protesters", "demonstrators", "displaced", "idps", "servicemembers", "conscripts",
    "mercenaries", "wounded", "dead", "souls", "interns", "trainees", "alumni", "laureates",
    "winners", "donors", "sponsors", "observers", "monitors", "inspectors", "peacekeepers",
    "pilgrims", "delegations", "analysts", "economists", "lawyers", "judges", "prosecutors",
    "reporters", "correspondents", "bloggers", "editors", "translators", "interpreters",
    "musicians", "performers", "actors", "writers", "poets", "academics", "consultants", "advisers",
    "advisors", "instructors", "coaches", "cadets", "drivers", "surgeons", "paramedics",
    "caregivers", "relatives", "foreigners", "expatriates", "expats", "labourers", "laborers",
    "craftsmen", "artisans", "herders", "shepherds", "nomads", "villagers", "locals", "newcomers",
    "returnees", "deportees", "captives", "seafarers", "truckers", "councillors", "mayors",
    "governors", "clerics", "priests", "imams", "monks", "nuns", "worshippers", "mourners",
    "onlookers", "bystanders", "respondents", "candidates", "contestants", "dancers", "singers",
    "painters", "sculptors", "photographers", "filmmakers", "tenants", "colleagues", "friends",
    "neighbours", "neighbors", "newborns", "minors", "juveniles", "elderly", "peasants", "serfs",
    "colonists", "exiles", "convicts", "inmates", "pastoralists", "schoolgirls", "schoolboys",
    "smallholders", "kolkhozniks",
    /* not "exporters", "investors", "suppliers", "partners", "players": as often
     * firms or states as people */
    NULL};

/* Nouns a money, mass or percent figure may measure, found anywhere in the
 * sentence when no "of ..." follows the unit. Generic economic vocabulary. */
static const char *const measure_nouns[] = {
    "turnover",   "trade",       "exports",     "export",       "imports",     "import",
    "investment", "investments", "budget",      "loan",         "loans",       "credit",
    "credits",    "aid",         "assistance",  "support",      "donations",   "donation",
    "surplus",    "deficit",     "revenue",     "revenues",     "gdp",         "growth",
    "inflation",  "debt",        "funding",     "funds",        "grant",       "grants",
    "market",     "share",       "population",  "production",   "output",      "capacity",
    "supplies",   "shipments",   "cargo",       "goods",        "products",    "services",
    "sales",      "spending",    "expenditure", "expenditures", "income",      "tariff",
    "tariffs",    "price",       "prices",      "cost",         "costs",       "value",
    "reserves",   "transit",     "consumption", "border",       "distance",    "length",
    "territory",  "area",        "harvest",     "grain",        "wheat",       "oil",
    "gas",        "coal",        "fuel",        "electricity",  "volume",      "contract",
    "contracts",  "deal",        "deals",       "compensation", "damage",      "damages",
    "losses",     "profit",      "profits",     "fine",         "fines",       "salary",
    "salaries",   "wages",       "pension",     "pensions",     "remittances", "payments",
    "subsidies",  "tax",         "taxes",       "duties",       NULL};

/* A weekday before a number opens the clause, it does not name the number:
 * "Every Saturday 42 children come". */
static const char *const weekdays[] = {
    "monday",   "tuesday",    "wednesday", "thursday", "friday",    "saturday", "sunday", "mondays",
    "tuesdays", "wednesdays", "thursdays", "fridays",  "saturdays", "sundays",  NULL};

static const char *const months[] = {
    "january", "february", "march",    "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan",   "feb", "mar",  "apr",  "jun",    "jul",
    "aug",     "sep",      "sept",     "oct",   "nov", "dec",  NULL};

/* "11 times" counts; "three times more" and "2.5 times higher" are ratios. */
static const char *const comparatives[] = {
    "more",    "less",   "fewer",  "higher",  "lower",  "larger",  "bigger", "smaller",
    "greater", "faster", "slower", "cheaper", "longer", "shorter", "as",     "the",
    "over",    "above",  "below",  "that",    "than",   NULL};

static const char *const change_verbs[] = {
    "increased", "increase", "increases",  "grew",       "grow",     "grown",
    "rose",      "risen",    "decreased",  "decrease",   "fell",     "fallen",
    "dropped",   "declined", "reduced",    "multiplied", "expanded", "jumped",
    "surged",    "shrank",   "contracted", "by",         NULL};

/* ---- units --------------------------------------------------------------- */

enum unit_flags {
    U_ATTACH = 1 << 0, /* may stick to the digits: "70%", "10km" */
    U_CASE = 1 << 1,   /* compare case-sensitively: "USD", "t" */
    U_HYPHEN = 1 << 2, /* may follow a hyphen: "a 500-tonne cargo" */
};

struct unit {
    const char *text; /* lowercase unless U_CASE; words separated by one space */
    const char *code;
    const char *fclass;
    int pow10; /* "5 bcm" is 5 * 10^9 cubic metres */
    unsigned flags;
};

/* Longest first where one is a prefix of another ("us dollars", "dollars"). */
static const struct unit units[] = {
    {"us dollars", "USD", "money", 0, 0},
    {"u.s. dollars", "USD", "money", 0, 0},
    {"american dollars", "USD", "money", 0, 0},
    {"canadian dollars", "CAD", "money", 0, 0},
    {"australian dollars", "AUD", "money", 0, 0},
    {"dollars", "USD", "money", 0, 0},
    {"dollar", "USD", "money", 0, 0},
    {"euros", "EUR", "money", 0, 0},
    {"euro", "EUR", "money", 0, 0},
    {"pounds sterling", "GBP", "money", 0, 0},
    {"british pounds", "GBP", "money", 0, 0},
    {"roubles", "RUB", "money", 0, 0},
    {"rubles", "RUB", "money", 0, 0},
    {"rouble", "RUB", "money", 0, 0},
    {"ruble", "RUB", "money", 0, 0},
    {"tenge", "KZT", "money", 0, 0},
    {"hryvnias", "UAH", "money", 0, 0},
    {"hryvnyas", "UAH", "money", 0, 0},
    {"hryvnas", "UAH", "money", 0, 0},
    {"hryvnia", "UAH", "money", 0, 0},
    {"hryvnya", "UAH", "money", 0, 0},
    {"hryvna", "UAH", "money", 0, 0},
    {"yuan", "CNY", "money", 0, 0},
    {"renminbi", "CNY", "money", 0, 0},
    {"yen", "JPY", "money", 0, 0},
    {"swiss francs", "CHF", "money", 0, 0},
    {"zlotys", "PLN", "money", 0, 0},
    {"zloty", "PLN", "money", 0, 0},
    {"somoni", "TJS", "money", 0, 0},
    {"soms", "KGS", "money", 0, 0},
    {"lari", "GEL", "money", 0, 0},
    {"rupees", "INR", "money", 0, 0},
    {"USD", "USD", "money", 0, U_CASE},
    {"EUR", "EUR", "money", 0, U_CASE},
    {"GBP", "GBP", "money", 0, U_CASE},
    {"RUB", "RUB", "money", 0, U_CASE},
    {"KZT", "KZT", "money", 0, U_CASE},
    {"UAH", "UAH", "money", 0, U_CASE},
    {"CNY", "CNY", "money", 0, U_CASE},
    {"JPY", "JPY", "money", 0, U_CASE},
    {"CHF", "CHF", "money", 0, U_CASE},
    {"KGS", "KGS", "money", 0, U_CASE},
    {"UZS", "UZS", "money", 0, U_CASE},
    {"TJS", "TJS", "money", 0, U_CASE},
    {"TMT", "TMT", "money", 0, U_CASE},
    {"GEL", "GEL", "money", 0, U_CASE},
    {"AZN", "AZN", "money", 0, U_CASE},
    {"BYN", "BYN", "money", 0, U_CASE},
    {"PLN", "PLN", "money", 0, U_CASE},
    {"\xe2\x82\xac", "EUR", "money", 0, U_ATTACH}, /* € */
    {"\xe2\x82\xb8", "KZT", "money", 0, U_ATTACH}, /* ₸ */
    {"\xe2\x82\xb4", "UAH", "money", 0, U_ATTACH}, /* ₴ */
    {"\xe2\x82\xbd", "RUB", "money", 0, U_ATTACH}, /* ₽ */
    {"%", "percent", "percent", 0, U_ATTACH},
    {"percentage points", "percent", "percent", 0, 0},
    {"percentage point", "percent", "percent", 0, 0},
    {"percent", "percent", "percent", 0, U_HYPHEN},
    {"per cent", "percent", "percent", 0, 0},
    {"per-cent", "percent", "percent", 0, 0},
    {"pct", "percent", "percent", 0, 0},
    {"metric tons", "t", "mass", 0, 0},
    {"metric tonnes", "t", "mass", 0, 0},
    {"tonnes", "t", "mass", 0, U_HYPHEN},
    {"tonne", "t", "mass", 0, U_HYPHEN},
    {"tons", "t", "mass", 0, U_HYPHEN},
    {"ton", "t", "mass", 0, U_HYPHEN},
    {"t", "t", "mass", 0, U_CASE | U_ATTACH},
    {"kilograms", "kg", "mass", 0, U_HYPHEN},
    {"kilogrammes", "kg", "mass", 0, U_HYPHEN},
    {"kilogram", "kg", "mass", 0, U_HYPHEN},
    {"kilos", "kg", "mass", 0, 0},
    {"kg", "kg", "mass", 0, U_ATTACH | U_HYPHEN},
    {"cubic kilometres", "m3", "volume", 9, 0},
    {"cubic kilometers", "m3", "volume", 9, 0},
    {"cubic kilometre", "m3", "volume", 9, 0},
    {"cubic kilometer", "m3", "volume", 9, 0},
    {"cubic km", "m3", "volume", 9, 0},
    {"km3", "m3", "volume", 9, U_ATTACH},
    {"km\xc2\xb3", "m3", "volume", 9, U_ATTACH},
    {"square kilometres", "km2", "area", 0, 0},
    {"square kilometers", "km2", "area", 0, 0},
    {"sq km", "km2", "area", 0, 0},
    {"sq. km", "km2", "area", 0, 0},
    {"km2", "km2", "area", 0, U_ATTACH},
    {"km\xc2\xb2", "km2", "area", 0, U_ATTACH},
    {"hectares", "ha", "area", 0, 0},
    {"kilometres", "km", "distance", 0, U_HYPHEN},
    {"kilometers", "km", "distance", 0, U_HYPHEN},
    {"kilometre", "km", "distance", 0, U_HYPHEN},
    {"kilometer", "km", "distance", 0, U_HYPHEN},
    {"km", "km", "distance", 0, U_ATTACH | U_HYPHEN},
    {"miles", "mi", "distance", 0, U_HYPHEN},
    {"mile", "mi", "distance", 0, U_HYPHEN},
    {"metres", "m", "distance", 0, U_HYPHEN},
    {"meters", "m", "distance", 0, U_HYPHEN},
    {"metre", "m", "distance", 0, U_HYPHEN},
    {"meter", "m", "distance", 0, U_HYPHEN},
    {"cubic metres", "m3", "volume", 0, 0},
    {"cubic meters", "m3", "volume", 0, 0},
    {"cubic metre", "m3", "volume", 0, 0},
    {"cubic meter", "m3", "volume", 0, 0},
    {"m3", "m3", "volume", 0, U_ATTACH},
    {"m\xc2\xb3", "m3", "volume", 0, U_ATTACH},
    {"bcm", "m3", "volume", 9, 0},
    {"litres", "l", "volume", 0, U_HYPHEN},
    {"liters", "l", "volume", 0, U_HYPHEN},
    {"litre", "l", "volume", 0, U_HYPHEN},
    {"liter", "l", "volume", 0, U_HYPHEN},
};

/* Currency before the number: "$215.3 million", "US$5m", "USD 5 billion",
 * "€3 bn", "KZT 10 billion". */
static const struct {
    const char *text;
    const char *code;
    bool code_word; /* letters: needs a word start and a space or digit after */
} prefixes[] = {
    {"US$", "USD", false},          {"$", "USD", false},  {"\xe2\x82\xac", "EUR", false}, /* € */
    {"\xc2\xa3", "GBP", false},                                                           /* £ */
    {"\xe2\x82\xbd", "RUB", false},                                                       /* ₽ */
    {"\xe2\x82\xb8", "KZT", false},                                                       /* ₸ */
    {"\xe2\x82\xb4", "UAH", false},                                                       /* ₴ */
    {"USD", "USD", true},           {"EUR", "EUR", true}, {"GBP", "GBP", true},
    {"RUB", "RUB", true},           {"KZT", "KZT", true}, {"UAH", "UAH", true},
    {"CNY", "CNY", true},           {"JPY", "JPY", true}, {"CHF", "CHF", true},
    {"KGS", "KGS", true},           {"UZS", "UZS", true}, {"TJS", "TJS", true},
    {"TMT", "TMT", true},           {"GEL", "GEL", true}, {"AZN", "AZN", true},
    {"BYN", "BYN", true},           {"PLN", "PLN", true},
};

/* Qualifiers before the number; longest first, so that "no more than"
 * wins over "more than". A NULL qualifier is a known word that adds
 * nothing ("only", "as low as") and stays out of the span. */
static const struct {
    const char *text;
    const char *qual;
} qualifiers[] = {
    {"no more than", "under"},
    {"not more than", "under"},
    {"no less than", "over"},
    {"not less than", "over"},
    {"no fewer than", "over"},
    {"not fewer than", "over"},
    {"in excess of", "over"},
    {"upwards of", "over"},
    {"more than", "over"},
    {"greater than", "over"},
    {"at least", "over"},
    {"just over", "over"},
    {"well over", "over"},
    {"over", "over"},
    {"above", "over"},
    {"exceeding", "over"},
    {"less than", "under"},
    {"fewer than", "under"},
    {"just under", "under"},
    {"under", "under"},
    {"below", "under"},
    {"up to", "under"},
    {"at most", "under"},
    {"close to", "approx"},
    {"an estimated", "approx"},
    {"estimated", "approx"},
    {"approximately", "approx"},
    {"approx.", "approx"},
    {"approx", "approx"},
    {"about", "approx"},
    {"almost", "approx"},
    {"nearly", "approx"},
    {"around", "approx"},
    {"roughly", "approx"},
    {"some", "approx"},
    {"circa", "approx"},
    {"as low as", NULL},
    {"as high as", NULL},
    {"as many as", NULL},
    {"as much as", NULL},
    {"only", NULL},
    {"just", NULL},
    {"exactly", NULL},
};

/* ---- state --------------------------------------------------------------- */

struct span {
    size_t start, end;
};

struct figures_state {
    /* Per document: the date facts sorted by end, and where the last figure
     * ended, so that every overlap test is a binary search. */
    struct span *dates;
    size_t ndates, capdates;
    size_t last_end;

    /* "the number increased to 51", "the number of applicants reached 300":
     * a bare number that a sentence says is a count. Matched against the
     * sentence up to the number. */
    kz_regex *number_of;
};

/* ---- text helpers -------------------------------------------------------- */

/* A space inside a phrase: ' ', U+00A0, U+202F, U+2009; returns its width. */
static size_t space_w(const char *t, size_t i, size_t hi)
{
    if (i >= hi)
        return 0;
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t')
        return 1;
    if (c == 0xC2 && i + 1 < hi && (unsigned char)t[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < hi && (unsigned char)t[i + 1] == 0x80 &&
        ((unsigned char)t[i + 2] == 0xAF || (unsigned char)t[i + 2] == 0x89))
        return 3;
    return 0;
}

/* The space that ends just before t[i]: its start, or i when there is none. */
static size_t space_back(const char *t, size_t lo, size_t i)
{
    if (i > lo && (t[i - 1] == ' ' || t[i - 1] == '\t'))
        return i - 1;
    if (i >= lo + 2 && (unsigned char)t[i - 2] == 0xC2 && (unsigned char)t[i - 1] == 0xA0)
        return i - 2;
    if (i >= lo + 3 && (unsigned char)t[i - 3] == 0xE2 && (unsigned char)t[i - 2] == 0x80 &&
        ((unsigned char)t[i - 1] == 0xAF || (unsigned char)t[i - 1] == 0x89))
        return i - 3;
    return i;
}

static bool is_letter_at(const char *t, size_t i, size_t hi)
{
    if (i >= hi)
        return false;
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80)
        return kz_isalpha(c);
    size_t j = i;
    return kz_utf8_is_letter(kz_utf8_next(t, hi, &j));
}

static bool is_alnum_at(const char *t, size_t i, size_t hi)
{
    return i < hi && (kz_isdigit((unsigned char)t[i]) || is_letter_at(t, i, hi));
}

/* The code point ending just before t[i] is a letter or digit. */
static bool alnum_before(const char *t, size_t lo, size_t i)
{
    if (i <= lo)
        return false;
    unsigned char c = (unsigned char)t[i - 1];
    if (c < 0x80)
        return kz_isalnum(c);
    size_t st;
    int32_t cp = kz_utf8_prev(t, i, &st);
    return st >= lo && kz_utf8_is_letter(cp);
}

/* An apostrophe (' or ’) at t[i]: its width, else 0. */
static size_t apos_w(const char *t, size_t i, size_t hi)
{
    if (i < hi && t[i] == '\'')
        return 1;
    if (i + 2 < hi && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x99)
        return 3;
    return 0;
}

/* The end of the word that starts at t[i]: letters and digits, joined by
 * single hyphens or apostrophes ("ethno-cultural", "o'clock"). */
static size_t word_end(const char *t, size_t i, size_t hi)
{
    size_t j = i;
    while (j < hi) {
        if (kz_isalnum((unsigned char)t[j])) {
            j++;
            continue;
        }
        if ((unsigned char)t[j] >= 0x80 && is_letter_at(t, j, hi)) {
            size_t k = j;
            kz_utf8_next(t, hi, &k);
            j = k;
            continue;
        }
        size_t a = apos_w(t, j, hi);
        if (j > i && (t[j] == '-' || a) && is_alnum_at(t, j + (a ? a : 1), hi)) {
            j += a ? a : 1;
            continue;
        }
        break;
    }
    return j;
}

/* The start of the word that ends at t[e]. */
static size_t word_start(const char *t, size_t lo, size_t e)
{
    size_t i = e;
    while (i > lo) {
        size_t st;
        int32_t cp = kz_utf8_prev(t, i, &st);
        if (st < lo)
            break;
        bool inner = (cp == '-' || cp == '\'' || cp == 0x2019) && st > lo && i < e &&
                     alnum_before(t, lo, st);
        if ((cp < 0x80 && kz_isalnum((int)cp)) || (cp >= 0x80 && kz_utf8_is_letter(cp)) || inner) {
            i = st;
            continue;
        }
        break;
    }
    return i;
}

static bool ieq(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n != m)
        return false;
    for (size_t i = 0; i < n; i++)
        if (kz_tolower((unsigned char)s[i]) != kz_tolower((unsigned char)w[i]))
            return false;
    return true;
}

static bool in_list(const char *s, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (ieq(s, n, list[i]))
            return true;
    return false;
}

/* Compare the phrase @p (lowercase, single spaces) with the text at t[i];
 * a space in @p matches any one space of space_w(). Returns the end or 0. */
static size_t phrase_at(const char *t, size_t i, size_t hi, const char *p, bool exact_case)
{
    size_t j = i;
    for (; *p; p++) {
        if (*p == ' ') {
            size_t w = space_w(t, j, hi);
            if (!w)
                return 0;
            j += w;
            continue;
        }
        if (j >= hi)
            return 0;
        char c = t[j];
        if (exact_case ? c != *p : kz_tolower((unsigned char)c) != *p)
            return 0;
        j++;
    }
    return j;
}

static bool is_titlecase(const char *t, size_t s, size_t e)
{
    if (s >= e || !kz_isupper((unsigned char)t[s]))
        return false;
    for (size_t i = s + 1; i < e; i++)
        if (kz_islower((unsigned char)t[i]))
            return true;
    return false;
}

static bool has_lower(const char *t, size_t s, size_t e)
{
    for (size_t i = s; i < e; i++)
        if (kz_islower((unsigned char)t[i]))
            return true;
    return false;
}

/* ---- per-number analysis -------------------------------------------------- */

struct block_ctx {
    struct figures_state *st;
    kz_doc *doc;
    const char *t;
    size_t lo, hi;    /* the block */
    bool title_block; /* a Title Case heading: capitals say nothing there */
};

/* What the words after a number make of it. */
struct right {
    const char *unit, *fclass;
    int pow10;             /* from the unit ("bcm") */
    size_t end;            /* end of the mention */
    size_t what_s, what_e; /* the thing measured, in the text; 0,0 if none */
    bool what_in_sentence; /* look for a measure noun in the sentence */
};

enum head_kind { H_NONE, H_DURATION, H_COUNT, H_PEOPLE, H_TIMES, H_EMPTY };

/* The end of a plural-looking head at t[s, e): "-s" words, irregular plurals. */
static bool looks_plural(const char *t, size_t s, size_t e)
{
    size_t n = e - s;
    if (in_list(t + s, n, irregular_plurals))
        return true;
    if (n < 3 || kz_tolower((unsigned char)t[e - 1]) != 's')
        return false;
    char a = (char)kz_tolower((unsigned char)t[e - 2]);
    char b = (char)kz_tolower((unsigned char)t[e - 3]);
    if (a == 's' || a == '\'' || (a == 'u' && b != 'o'))
        return false; /* "glass", "bus" ("-ous" below) */
    if (a == 'i' && (b == 's' || b == 'x'))
        return false; /* "analysis", "axis"; but "Kazakhstanis" */
    if (a == 'u' && b == 'o')
        return false; /* "various", "numerous" */
    if ((unsigned char)t[e - 2] == 0x99)
        return false; /* "’s": a possessive */
    return true;
}

/* A Titlecase plural at the head of the phrase reads as a demonym:
 * "597 Ukrainians", "30 thousand Kazakhs". */
static bool looks_demonym(const struct block_ctx *c, size_t s, size_t e)
{
    return !c->title_block && is_titlecase(c->t, s, e) && looks_plural(c->t, s, e) &&
           !in_list(c->t + s, e - s, irregular_plurals);
}

/*
 * The noun phrase after a number: up to four words, stopping at a function
 * word or punctuation; its head is the last plural in the run
 * ("41 high-power generators", "25 Ukrainian ethno-cultural societies",
 * "5 Texas schools"). np_s and np_e get the phrase, loose whether it starts
 * with a word like "such" that keeps the mention to the number.
 */
static enum head_kind np_head(const struct block_ctx *c, size_t p, size_t *np_s, size_t *np_e,
                              bool *loose)
{
    const char *t = c->t;
    size_t i = p, head_e = 0, head_s = 0, first = 0;
    enum head_kind kind = H_NONE;
    *loose = false;
    for (int n = 0; n < 4; n++) {
        size_t w = space_w(t, i, c->hi);
        if (!w)
            break;
        size_t s = i + w, e = word_end(t, s, c->hi);
        if (e == s || kz_isdigit((unsigned char)t[s]))
            break;
        size_t len = e - s;
        /* "18 investment and trade agreements": "and" or "or" between two
         * modifiers before the head, never after it. */
        if (n > 0 && !head_e && (ieq(t + s, len, "and") || ieq(t + s, len, "or")) && e < c->hi &&
            space_w(t, e, c->hi)) {
            size_t s2 = e + space_w(t, e, c->hi), e2 = word_end(t, s2, c->hi);
            if (e2 > s2 && !kz_isdigit((unsigned char)t[s2]) &&
                !in_list(t + s2, e2 - s2, stop_words)) {
                i = e;
                continue;
            }
        }
        if (in_list(t + s, len, stop_words) || in_list(t + s, len, months) ||
            in_list(t + s, len, s_verbs))
            break;
        if (n == 0) {
            first = s;
            if (in_list(t + s, len, loose_words))
                *loose = true;
        }
        if (len > 2 && ieq(t + e - 2, 2, "ly"))
            *loose = true; /* "temporarily relocated people" */
        if (in_list(t + s, len, duration_words)) {
            if (!head_e) {
                *np_s = first;
                *np_e = e;
                return H_DURATION;
            }
            break;
        }
        bool people = in_list(t + s, len, people_heads) || looks_demonym(c, s, e);
        if (ieq(t + s, len, "times") && n == 0) {
            *np_s = s;
            *np_e = e;
            return H_TIMES;
        }
        if (in_list(t + s, len, empty_heads)) {
            if (head_e)
                break;
            *np_s = first;
            *np_e = e;
            return H_EMPTY;
        }
        if (people || looks_plural(t, s, e)) {
            head_s = s;
            head_e = e;
            kind = people ? H_PEOPLE : H_COUNT;
        } else if (head_e) {
            break; /* the phrase ended at the plural before this word */
        }
        i = e;
        if (e < c->hi && !space_w(t, e, c->hi))
            break; /* punctuation after the word */
    }
    (void)head_s;
    if (!head_e)
        return H_NONE;
    *np_s = first;
    *np_e = head_e;
    return kind;
}

/* An opening quote at t[i] ("“«): its width, else 0; *close gets the closing one. */
static size_t open_quote_w(const char *t, size_t i, size_t hi, const char **close)
{
    if (i < hi && t[i] == '"') {
        *close = "\"";
        return 1;
    }
    if (i + 2 < hi && (unsigned char)t[i] == 0xE2 && (unsigned char)t[i + 1] == 0x80 &&
        (unsigned char)t[i + 2] == 0x9C) {
        *close = "\xe2\x80\x9d"; /* ” */
        return 3;
    }
    if (i + 1 < hi && (unsigned char)t[i] == 0xC2 && (unsigned char)t[i + 1] == 0xAB) {
        *close = "\xc2\xbb"; /* » */
        return 2;
    }
    return 0;
}

/*
 * A quoted noun phrase after the number whose first word is a plural:
 * 12 "points of invincibility", 3 «mobile kitchens». The mention runs to
 * the closing quote; what is the text inside the quotes. A quoted word that
 * is no plural ("5 "Nur" buses") is left to the other rules.
 */
static enum head_kind quoted_head(const struct block_ctx *c, size_t p, size_t *np_s, size_t *np_e,
                                  size_t *end)
{
    const char *t = c->t;
    const char *close = NULL;
    size_t w = space_w(t, p, c->hi);
    if (!w)
        return H_NONE;
    size_t qw = open_quote_w(t, p + w, c->hi, &close);
    if (!qw)
        return H_NONE;
    size_t s = p + w + qw, cl = strlen(close);
    size_t lim = s + 80 < c->hi ? s + 80 : c->hi;
    size_t j = s, words = 0;
    while (j < lim && strncmp(t + j, close, cl) != 0) {
        if (kz_isdigit((unsigned char)t[j]) || strchr(".;:!?\"", t[j]))
            return H_NONE;
        if (space_w(t, j, lim))
            words++;
        j++;
    }
    if (j >= lim || j == s || words > 4)
        return H_NONE;
    /* The head: the first plural before a function word ("mobile kitchens",
     * "points of invincibility", "warm rooms for families"). */
    bool people = false, plural = false;
    for (size_t k = s; k < j && !plural;) {
        size_t fe = word_end(t, k, j);
        if (fe == k) {
            k++;
            continue;
        }
        if (in_list(t + k, fe - k, stop_words))
            break;
        people = in_list(t + k, fe - k, people_heads);
        plural = people || looks_plural(t, k, fe);
        k = fe;
    }
    if (!plural)
        return H_NONE;
    *np_s = s;
    *np_e = j;
    *end = j + cl;
    return people ? H_PEOPLE : H_COUNT;
}

/* A unit at t[p]: after one space, attached ("70%") or after a hyphen
 * ("500-tonne"). Returns the unit entry and its end. */
static const struct unit *unit_at(const struct block_ctx *c, size_t p, size_t *end)
{
    const char *t = c->t;
    size_t w = space_w(t, p, c->hi);
    bool hyphen = !w && p < c->hi && t[p] == '-';
    size_t s = p + w + (hyphen ? 1 : 0);
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++) {
        const struct unit *u = &units[k];
        if (!w && !hyphen && !(u->flags & U_ATTACH))
            continue;
        if (hyphen && !(u->flags & U_HYPHEN))
            continue;
        size_t e = phrase_at(t, s, c->hi, u->text, u->flags & U_CASE);
        if (!e)
            continue;
        /* The unit is a whole word: "tenge" is not "ten", "tons" not "t". */
        if (is_letter_at(t, s, c->hi) && is_alnum_at(t, e, c->hi))
            continue;
        if (apos_w(t, e, c->hi))
            continue; /* "5 t'..." is not a unit */
        *end = e;
        return u;
    }
    return NULL;
}

/* The noun phrase after "of" (or "worth of", "in" for money) that follows a
 * unit: "tonnes of humanitarian aid", "percent of the population". */
static bool what_after_unit(const struct block_ctx *c, size_t p, bool money, size_t *ws, size_t *we)
{
    const char *t = c->t;
    size_t i = p;
    for (int step = 0; step < 2; step++) {
        size_t w = space_w(t, i, c->hi);
        if (!w)
            return false;
        size_t s = i + w, e = word_end(t, s, c->hi);
        if (e == s)
            return false;
        if (step == 0 && ieq(t + s, e - s, "worth")) {
            i = e;
            continue;
        }
        if (!(ieq(t + s, e - s, "of") ||
              (money && (ieq(t + s, e - s, "in") || ieq(t + s, e - s, "for")))))
            return false;
        i = e;
        break;
    }
    /* Skip determiners, then take up to three content words. */
    size_t first = 0, last = 0;
    for (int n = 0; n < 6; n++) {
        size_t w = space_w(t, i, c->hi);
        if (!w)
            break;
        size_t s = i + w, e = word_end(t, s, c->hi);
        if (e == s || kz_isdigit((unsigned char)t[s]))
            break;
        size_t len = e - s;
        if (!first &&
            (ieq(t + s, len, "the") || ieq(t + s, len, "a") || ieq(t + s, len, "an") ||
             ieq(t + s, len, "its") || ieq(t + s, len, "their") || ieq(t + s, len, "our") ||
             ieq(t + s, len, "his") || ieq(t + s, len, "her") || ieq(t + s, len, "this") ||
             ieq(t + s, len, "these") || ieq(t + s, len, "those") || ieq(t + s, len, "such") ||
             ieq(t + s, len, "all"))) {
            i = e;
            continue;
        }
        if (in_list(t + s, len, stop_words) || in_list(t + s, len, months) ||
            in_list(t + s, len, s_verbs))
            break;
        /* After a noun, a word in -ed is the verb: "of the electorate voted". */
        if (first && len > 3 && ieq(t + e - 2, 2, "ed"))
            break;
        if (!first)
            first = s;
        last = e;
        i = e;
        if (n >= 4 || (e < c->hi && !space_w(t, e, c->hi)))
            break;
        if (looks_plural(t, s, e))
            break; /* "of students speak": the plural was the head */
        if (last && first && (size_t)(e - first) > 0) {
            /* three content words are enough */
            size_t cnt = 1;
            for (size_t k = first; k < e; k++)
                if (t[k] == ' ')
                    cnt++;
            if (cnt >= 3)
                break;
        }
    }
    if (!first)
        return false;
    *ws = first;
    *we = last;
    return true;
}

/* The sentence around [s, e) within its block, looked for at most 600
 * bytes either way, so that a block without full stops stays linear. */
static void sentence_near(const struct block_ctx *c, size_t s, size_t e, size_t *ps, size_t *pe)
{
    const char *t = c->t;
    size_t lo = s > c->lo + 600 ? s - 600 : c->lo;
    size_t hi = e + 600 < c->hi ? e + 600 : c->hi;
    size_t i = s;
    while (i > lo &&
           !(i >= lo + 2 && t[i - 1] == ' ' && strchr(".?!", t[i - 2]) && t[i - 2] != '\0'))
        i--;
    size_t j = e;
    while (j < hi && !(strchr(".?!", t[j]) && t[j] != '\0' && (j + 1 >= c->hi || t[j + 1] == ' ')))
        j++;
    *ps = i;
    *pe = j < hi ? j + 1 : hi;
}

/* A measure noun in the sentence around [s, e), nearest to it, with up to
 * two modifiers before it ("mutual trade turnover", "bilateral trade"). */
static bool what_in_sentence(const struct block_ctx *c, size_t s, size_t e, size_t *ws, size_t *we)
{
    size_t ss, se;
    sentence_near(c, s, e, &ss, &se);
    const char *t = c->t;
    size_t best_s = 0, best_e = 0, best_d = (size_t)-1;
    for (size_t i = ss; i < se;) {
        if (!is_alnum_at(t, i, se) || alnum_before(t, ss, i)) {
            i++;
            continue;
        }
        size_t we2 = word_end(t, i, se);
        if (we2 == i) {
            i++;
            continue;
        }
        if ((i < s || i >= e) && in_list(t + i, we2 - i, measure_nouns)) {
            /* Words after the figure count double: the subject usually
             * comes first. */
            size_t d = i < s ? s - we2 : 2 * (i - e);
            if (d < best_d) {
                best_d = d;
                best_s = i;
                best_e = we2;
            }
        }
        i = we2;
    }
    if (!best_e)
        return false;
    size_t start = best_s;
    for (int n = 0; n < 2; n++) {
        size_t sp = space_back(t, ss, start);
        if (sp == start)
            break;
        size_t ws2 = word_start(t, ss, sp);
        if (ws2 == sp || (!kz_islower((unsigned char)t[ws2]) && ws2 != ss) ||
            in_list(t + ws2, sp - ws2, stop_words) || in_list(t + ws2, sp - ws2, months))
            break;
        start = ws2;
    }
    *ws = start;
    *we = best_e;
    return true;
}

/* The nearest people noun before @pos in its sentence ("our citizens,
 * including more than a million who ..."). */
static void people_noun_before(const struct block_ctx *c, size_t pos, size_t *ws, size_t *we)
{
    size_t ss, se;
    sentence_near(c, pos, pos, &ss, &se);
    const char *t = c->t;
    for (size_t i = ss; i < pos;) {
        if (!is_alnum_at(t, i, pos) || alnum_before(t, ss, i)) {
            i++;
            continue;
        }
        size_t e = word_end(t, i, pos);
        if (e == i) {
            i++;
            continue;
        }
        if (in_list(t + i, e - i, people_heads) || looks_demonym(c, i, e)) {
            *ws = i;
            *we = e;
        }
        i = e;
    }
}

/* The qualifier that ends just before t[pos]; *qs gets its start. */
static bool qualifier_before(const struct block_ctx *c, size_t pos, const char **qual, size_t *qs)
{
    const char *t = c->t;
    size_t i = space_back(t, c->lo, pos);
    if (i > c->lo && t[i - 1] == '~') {
        *qual = "approx";
        *qs = i - 1;
        return true;
    }
    if (i == pos)
        return false; /* a qualifier is a word, so a space comes before the number */
    for (size_t k = 0; k < sizeof qualifiers / sizeof qualifiers[0]; k++) {
        const char *q = qualifiers[k].text;
        /* Walk back as many words as the phrase has, then compare. */
        size_t words = 1;
        for (const char *p = q; *p; p++)
            words += *p == ' ';
        size_t s = i;
        if (s > c->lo && t[s - 1] == '.')
            s--; /* "approx." */
        bool ok = true;
        for (size_t w = 0; w < words && ok; w++) {
            size_t ws = word_start(t, c->lo, s);
            ok = ws < s;
            s = ws;
            if (ok && w + 1 < words) {
                size_t sp = space_back(t, c->lo, s);
                ok = sp < s;
                s = sp;
            }
        }
        if (!ok || phrase_at(t, s, i, q, false) != i || alnum_before(t, c->lo, s))
            continue;
        *qual = qualifiers[k].qual;
        *qs = s;
        return true;
    }
    return false;
}

enum left { L_FREE, L_NAME, L_BLOCKED };

/* Reasons on the left that make a number part of a date or an identifier
 * (L_BLOCKED), or perhaps part of a name (L_NAME: "Russia 24", but also
 * "visited Kazakhstan 11 times"). @pos is where the figure starts. */
static enum left left_blocks(const struct block_ctx *c, size_t pos, bool qualified,
                             const kz_number *num)
{
    const char *t = c->t;
    if (pos > c->lo) {
        unsigned char p = (unsigned char)t[pos - 1];
        /* "C5+1", "+7 727", "#5", "№ 5", "12/05", "10:30", "3.14" after digits */
        if (p == '+' || p == '#' || p == '/' || p == ':' || p == '@' || p == '&')
            return L_BLOCKED;
        if ((p == '.' || p == ',') && pos >= c->lo + 2 && kz_isdigit((unsigned char)t[pos - 2]))
            return L_BLOCKED;
        if (p == '-' || p == 0x93 /* – */ || p == 0x94 /* — */) {
            size_t d = p == '-' ? pos - 1 : pos - 3;
            if (d > c->lo && alnum_before(t, c->lo, d)) {
                /* "COVID-19", "Su-27": a letter before the hyphen. */
                if (!kz_isdigit((unsigned char)t[d - 1]))
                    return L_BLOCKED;
                /* "2022–24": the second half of a year range. */
                size_t k = d;
                while (k > c->lo && kz_isdigit((unsigned char)t[k - 1]))
                    k--;
                if (d - k == 4)
                    return L_BLOCKED;
            }
        }
    }
    /* "№ 47" */
    size_t sp = space_back(t, c->lo, pos);
    if (sp >= c->lo + 3 && (unsigned char)t[sp - 3] == 0xE2 && (unsigned char)t[sp - 2] == 0x84 &&
        (unsigned char)t[sp - 1] == 0x96)
        return L_BLOCKED;
    if (sp == pos)
        return L_FREE;
    /* "1 in 5 respondents", "one in ten families": a ratio */
    {
        size_t ws = word_start(t, c->lo, sp);
        if (ws < sp && ieq(t + ws, sp - ws, "in")) {
            size_t sp2 = space_back(t, c->lo, ws);
            size_t ws2 = word_start(t, c->lo, sp2);
            kz_number r;
            if (sp2 < ws && ws2 < sp2 && kz_number_parse(t, sp2, ws2, 0, &r) == sp2)
                return L_BLOCKED;
        }
    }
    size_t e = sp;
    bool dot = e > c->lo && t[e - 1] == '.';
    size_t s = word_start(t, c->lo, dot ? e - 1 : e);
    size_t we = dot ? e - 1 : e;
    if (s == we)
        return L_FREE;
    /* "No. 47", "No 47", "Nr. 5", "number 5" */
    if (ieq(t + s, we - s, "no") && (dot || kz_isupper((unsigned char)t[s])))
        return L_BLOCKED;
    if (ieq(t + s, we - s, "nr") || ieq(t + s, we - s, "nos") || ieq(t + s, we - s, "number") ||
        ieq(t + s, we - s, "no\xc2\xb0"))
        return L_BLOCKED;
    if (dot)
        return L_FREE;
    /* "February 16": a day of a month ("in July 120 children" is not) */
    if (is_titlecase(t, s, we) && in_list(t + s, we - s, months)) {
        if (num->flags == KZ_NUM_DIGITS && num->exp == 0 && num->mant >= 1 && num->mant <= 31)
            return L_BLOCKED;
        return L_FREE;
    }
    /* "Russia 24", "Boeing 737", "Article 5": a capitalised word that is
     * not a function word glued to the number names something. */
    if (!qualified && !c->title_block && is_titlecase(t, s, we) &&
        !in_list(t + s, we - s, stop_words) && !in_list(t + s, we - s, openers) &&
        !in_list(t + s, we - s, weekdays) && !(we - s > 3 && ieq(t + we - 2, 2, "ly"))) {
        bool known = false;
        for (size_t k = 0; k < sizeof qualifiers / sizeof qualifiers[0]; k++)
            if (ieq(t + s, we - s, qualifiers[k].text))
                known = true;
        if (!known)
            return L_NAME;
    }
    return L_FREE;
}

/* A plausible year: four digits 1000..2099, nothing else. */
static bool looks_year(const kz_number *n, size_t nlen)
{
    if (n->flags != KZ_NUM_DIGITS || nlen != 4 || n->exp != 0)
        return false;
    return n->mant >= 1000 && n->mant <= 2099;
}

/* "one" and "two" on their own (and "a"/"an" never reach here). */
static bool small_word(const char *t, size_t s, size_t e)
{
    return ieq(t + s, e - s, "one") || ieq(t + s, e - s, "two");
}

struct figure {
    size_t start, end;
    kz_number num;
    const char *unit, *fclass, *qual;
    size_t what_s, what_e;
    const char *what_lit;
};

static void emit(const struct block_ctx *c, const struct figure *f)
{
    kz_doc *doc = c->doc;
    struct figures_state *st = c->st;
    if (f->start < st->last_end)
        return;
    /* The first date that ends after the figure starts, and a few after it
     * (dates may nest): any of them starting before the figure ends
     * overlaps it, and the dates extractor has claimed the text. */
    size_t lo = 0, hi = st->ndates;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (st->dates[mid].end <= f->start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < st->ndates && k < lo + 8; k++)
        if (st->dates[k].start < f->end)
            return;
    char buf[KZ_NUMBER_FMT_MAX];
    size_t n = kz_number_format(&f->num, buf, sizeof buf);
    if (!n)
        return;
    kz_fact fact = {0};
    fact.type = KZ_FACT_FIGURE;
    fact.start = f->start;
    fact.end = f->end;
    fact.turn = -1;
    fact.number = kz_doc_strndup(doc, buf, n);
    fact.amount = kz_number_to_double(&f->num);
    fact.unit = f->unit;
    fact.fclass = f->fclass;
    fact.qualifier = f->qual;
    if (f->what_lit) {
        fact.what = kz_doc_strndup(doc, f->what_lit, strlen(f->what_lit));
    } else if (f->what_e > f->what_s) {
        /* One space between words, lowercase when the block shouts. */
        bool shout = !has_lower(c->t, c->lo, c->hi);
        char *w = kz_xmalloc(f->what_e - f->what_s + 1);
        size_t o = 0;
        for (size_t i = f->what_s; i < f->what_e;) {
            size_t sw = space_w(c->t, i, f->what_e);
            if (sw) {
                if (o && w[o - 1] != ' ')
                    w[o++] = ' ';
                i += sw;
                continue;
            }
            char ch = c->t[i++];
            w[o++] = shout ? (char)kz_tolower((unsigned char)ch) : ch;
        }
        fact.what = kz_doc_strndup(doc, w, o);
        free(w);
    }
    kz_doc_add_fact(doc, &fact);
    st->last_end = f->end;
}

/* The nearest count before @pos in the same sentence, or NULL. */
static const kz_fact *previous_count(const struct block_ctx *c, size_t pos)
{
    size_t ss, se;
    sentence_near(c, pos, pos, &ss, &se);
    /* This extractor's facts come last and in text order. */
    for (size_t i = c->doc->nfacts; i > 0; i--) {
        const kz_fact *f = &c->doc->facts[i - 1];
        if (f->type != KZ_FACT_FIGURE || f->start < ss)
            break;
        if (f->start >= pos)
            continue;
        if (f->fclass && (strcmp(f->fclass, "count") == 0 || strcmp(f->fclass, "people") == 0))
            return f;
        return NULL;
    }
    return NULL;
}

/* The figure just before @pos in the block when it is money (only
 * percentages in between), or NULL. */
static const kz_fact *previous_money(const struct block_ctx *c, size_t pos)
{
    for (size_t i = c->doc->nfacts; i > 0; i--) {
        const kz_fact *f = &c->doc->facts[i - 1];
        if (f->type != KZ_FACT_FIGURE || f->start >= pos)
            continue;
        if (f->start < c->lo)
            return NULL;
        /* "212.4 million dollars, 31 percent more ...; about 170 million" */
        if (f->fclass && strcmp(f->fclass, "percent") == 0)
            continue;
        return f->fclass && strcmp(f->fclass, "money") == 0 && f->unit ? f : NULL;
    }
    return NULL;
}

/* After a bare amount: the end of a clause or a verb, not a noun that would
 * say what is counted ("95 million came from", "320 million, and"). */
static bool bare_amount_end(const char *t, size_t i, size_t hi)
{
    static const char *const ok_words[] = {"came", "went", "was", "were", "is",   "are", "from",
                                           "in",   "and",  "or",  "last", "this", NULL};
    if (i >= hi)
        return true;
    if (strchr(".,;:)!?", t[i]))
        return true;
    if (t[i] != ' ')
        return false;
    size_t s = i + 1, e = s;
    while (e < hi && kz_isalpha((unsigned char)t[e]))
        e++;
    for (size_t k = 0; ok_words[k]; k++)
        if (e - s == strlen(ok_words[k]) && strncmp(t + s, ok_words[k], e - s) == 0)
            return true;
    return false;
}

struct analysis {
    const char *unit, *fclass;
    int pow10;
    size_t end; /* end of the mention */
    size_t what_s, what_e;
    bool sentence_what; /* look for a measure noun */
    bool unit_word;     /* a unit, not a counted noun */
    bool times;         /* "11 times" */
    bool people_before; /* what is the nearest people noun before */
    bool ok;
};

static void analyse_right(const struct block_ctx *c, size_t nstart, size_t nend,
                          const kz_number *num, bool money, int depth, struct analysis *a);

/* "10–15 tonnes", "between 5 and 10 percent", "20 or 30 people": the first
 * number takes the unit of the second. */
static bool range_after(const struct block_ctx *c, size_t p, int depth, struct analysis *a)
{
    if (depth > 1)
        return false;
    const char *t = c->t;
    size_t i = p;
    size_t w = space_w(t, i, c->hi);
    size_t j = i + w;
    size_t b = 0;
    if (j < c->hi && t[j] == '-')
        b = j + 1;
    else if (j + 2 < c->hi && (unsigned char)t[j] == 0xE2 && (unsigned char)t[j + 1] == 0x80 &&
             ((unsigned char)t[j + 2] == 0x93 || (unsigned char)t[j + 2] == 0x94))
        b = j + 3;
    else if (w) {
        size_t e = word_end(t, j, c->hi);
        if (ieq(t + j, e - j, "to") || ieq(t + j, e - j, "and") || ieq(t + j, e - j, "or"))
            b = e;
    }
    if (!b)
        return false;
    b += space_w(t, b, c->hi);
    if (b >= c->hi || !kz_isdigit((unsigned char)t[b]))
        return false;
    kz_number n2;
    size_t e2 = kz_number_parse(t, c->hi, b, 0, &n2);
    if (!e2)
        return false;
    struct analysis a2 = {0};
    analyse_right(c, b, e2, &n2, false, depth + 1, &a2);
    if (!a2.ok)
        return false;
    *a = a2;
    a->end = p;
    return true;
}

/*
 * Everything after the number [nstart, nend): a unit, a counted noun
 * phrase, "of" and a noun phrase, a range. Fills @a; a->ok is false when
 * the number is not a figure.
 */
static void analyse_right(const struct block_ctx *c, size_t nstart, size_t nend,
                          const kz_number *num, bool money, int depth, struct analysis *a)
{
    const char *t = c->t;
    memset(a, 0, sizeof *a);
    bool digits = (num->flags & KZ_NUM_DIGITS) != 0;

    /* Digits run on into letters or other digits: "73rd", "1990s", "5G",
     * "10:30", "12.05.2024", "3/4". Units may stick ("70%", "10km"). */
    size_t ue = 0;
    const struct unit *u = unit_at(c, nend, &ue);
    if (!u && digits && nend < c->hi) {
        unsigned char r = (unsigned char)t[nend];
        if (is_letter_at(t, nend, c->hi))
            return;
        if ((r == ':' || r == '.' || r == '/' || r == ',') && nend + 1 < c->hi &&
            kz_isdigit((unsigned char)t[nend + 1]))
            return;
    }
    if (u) {
        a->unit = u->code;
        a->fclass = u->fclass;
        a->pow10 = u->pow10;
        a->end = ue;
        if (!what_after_unit(c, ue, strcmp(u->fclass, "money") == 0, &a->what_s, &a->what_e))
            a->sentence_what = true;
        a->unit_word = true;
        a->ok = true;
        return;
    }
    if (money) {
        a->unit = NULL; /* the caller knows the currency */
        a->fclass = "money";
        a->end = nend;
        if (!what_after_unit(c, nend, true, &a->what_s, &a->what_e))
            a->sentence_what = true;
        a->unit_word = true;
        a->ok = true;
        return;
    }
    /* Hyphenated compounds: "a 10-year plan", "a 5-member team". */
    if (nend < c->hi && t[nend] == '-' && is_letter_at(t, nend + 1, c->hi))
        return;
    if (digits && looks_year(num, nend - nstart))
        return;
    if (small_word(t, nstart, nend))
        return;

    size_t np_s = 0, np_e = 0;
    bool loose = false;
    size_t qend = 0;
    enum head_kind hq = quoted_head(c, nend, &np_s, &np_e, &qend);
    if (hq == H_COUNT || hq == H_PEOPLE) {
        a->unit = hq == H_PEOPLE ? "person" : "item";
        a->fclass = hq == H_PEOPLE ? "people" : "count";
        a->end = qend;
        a->what_s = np_s;
        a->what_e = np_e;
        a->ok = true;
        return;
    }
    enum head_kind h = np_head(c, nend, &np_s, &np_e, &loose);
    switch (h) {
    case H_DURATION:
    case H_EMPTY: return;
    case H_TIMES: {
        /* "11 times" is how often; "2.5 times more" and "grew three times"
         * compare. */
        if (!kz_number_is_integer(num))
            return;
        size_t w = space_w(t, np_e, c->hi);
        if (w) {
            size_t e = word_end(t, np_e + w, c->hi);
            if (in_list(t + np_e + w, e - np_e - w, comparatives))
                return;
        }
        size_t sp = space_back(t, c->lo, nstart);
        for (int k = 0; k < 3 && sp < nstart; k++) {
            size_t ws = word_start(t, c->lo, sp);
            if (ws == sp)
                break;
            if (in_list(t + ws, sp - ws, change_verbs))
                return;
            size_t sp2 = space_back(t, c->lo, ws);
            if (sp2 == ws)
                break;
            sp = sp2;
        }
        a->unit = "item";
        a->fclass = "count";
        a->end = np_e;
        a->what_s = np_s;
        a->what_e = np_e;
        a->times = true;
        a->ok = true;
        return;
    }
    case H_COUNT:
    case H_PEOPLE:
        a->unit = h == H_PEOPLE ? "person" : "item";
        a->fclass = h == H_PEOPLE ? "people" : "count";
        a->end = loose ? nend : np_e;
        a->what_s = np_s;
        a->what_e = np_e;
        if (loose) {
            /* "such Ukrainian citizens" is what; "such" is not. */
            size_t e = word_end(t, np_s, c->hi);
            if (in_list(t + np_s, e - np_s, loose_words) && e < np_e)
                a->what_s = e + space_w(t, e, np_e);
        }
        a->ok = true;
        return;
    default: break;
    }
    if (range_after(c, nend, depth, a))
        return;
    /* "more than a million who work abroad": people, whoever they are. */
    size_t w = space_w(t, nend, c->hi);
    if (w) {
        size_t s = nend + w, e = word_end(t, s, c->hi);
        if (ieq(t + s, e - s, "who")) {
            a->unit = "person";
            a->fclass = "people";
            a->end = nend;
            a->people_before = true;
            a->ok = true;
            return;
        }
    }
    /* "Three hundred fifty of his paintings", "45 of the 50 students". */
    if (w) {
        size_t s = nend + w, e = word_end(t, s, c->hi);
        if (ieq(t + s, e - s, "of")) {
            size_t p = e;
            size_t w2 = space_w(t, p, c->hi);
            if (w2) {
                size_t s2 = p + w2, e2 = word_end(t, s2, c->hi);
                if (ieq(t + s2, e2 - s2, "the") || ieq(t + s2, e2 - s2, "his") ||
                    ieq(t + s2, e2 - s2, "her") || ieq(t + s2, e2 - s2, "their") ||
                    ieq(t + s2, e2 - s2, "its") || ieq(t + s2, e2 - s2, "our") ||
                    ieq(t + s2, e2 - s2, "my") || ieq(t + s2, e2 - s2, "your") ||
                    ieq(t + s2, e2 - s2, "these") || ieq(t + s2, e2 - s2, "those"))
                    p = e2;
            }
            if (p > e) {
                size_t s3, e3;
                bool l2;
                enum head_kind h2 = np_head(c, p, &s3, &e3, &l2);
                if (h2 == H_COUNT || h2 == H_PEOPLE) {
                    a->unit = h2 == H_PEOPLE ? "person" : "item";
                    a->fclass = h2 == H_PEOPLE ? "people" : "count";
                    a->end = nend;
                    a->what_s = s3;
                    a->what_e = e3;
                    a->ok = true;
                    return;
                }
            }
        }
    }
}

/*
 * "In Karaganda alone there are some 60 thousand." after a sentence about
 * Ukrainians: a large bare number that a qualifier or "there are" makes a
 * head count, with a people noun in this sentence or the one before.
 */
static bool bare_people(const struct block_ctx *c, size_t nstart, size_t nend, const kz_number *num,
                        bool qualified, struct analysis *a)
{
    const char *t = c->t;
    if (!(num->flags & (KZ_NUM_SCALE | KZ_NUM_GROUPED)) || kz_number_to_double(num) < 1000)
        return false;
    /* Nothing but punctuation or a place phrase after it. */
    if (nend < c->hi) {
        size_t w = space_w(t, nend, c->hi);
        if (w) {
            size_t s = nend + w, e = word_end(t, s, c->hi);
            if (!(ieq(t + s, e - s, "in") || ieq(t + s, e - s, "at") ||
                  ieq(t + s, e - s, "across") || ieq(t + s, e - s, "abroad") ||
                  ieq(t + s, e - s, "there") || ieq(t + s, e - s, "living") ||
                  ieq(t + s, e - s, "nationwide") || ieq(t + s, e - s, "worldwide")))
                return false;
        } else if (!strchr(".,;!?)", t[nend])) {
            return false;
        }
    }
    if (!qualified) {
        /* "there are 60,000", "they number 20,000" */
        size_t sp = space_back(t, c->lo, nstart);
        size_t ws = word_start(t, c->lo, sp);
        if (!(ws < sp && (ieq(t + ws, sp - ws, "are") || ieq(t + ws, sp - ws, "were") ||
                          ieq(t + ws, sp - ws, "number") || ieq(t + ws, sp - ws, "numbered"))))
            return false;
    }
    size_t ws = 0, we = 0;
    people_noun_before(c, nstart, &ws, &we);
    if (!we) {
        size_t ss, se;
        sentence_near(c, nstart, nstart, &ss, &se);
        if (ss > c->lo + 1) {
            size_t ps, pe;
            sentence_near(c, ss - 2, ss - 2, &ps, &pe);
            people_noun_before(c, ss - 1, &ws, &we);
            if (ws < ps)
                ws = we = 0;
        }
    }
    if (!we)
        return false;
    memset(a, 0, sizeof *a);
    a->unit = "person";
    a->fclass = "people";
    a->end = nend;
    a->what_s = ws;
    a->what_e = we;
    return true;
}

/*
 * The nearest figure before @pos in its sentence or the one before it, when
 * that figure is a count of people or things; NULL otherwise.
 */
static const kz_fact *count_nearby(const struct block_ctx *c, size_t pos)
{
    size_t ss, se, ps = 0, pe;
    sentence_near(c, pos, pos, &ss, &se);
    ps = ss;
    if (ss > c->lo + 1)
        sentence_near(c, ss - 2, ss - 2, &ps, &pe);
    for (size_t i = c->doc->nfacts; i > 0; i--) {
        const kz_fact *f = &c->doc->facts[i - 1];
        if (f->type != KZ_FACT_FIGURE || f->start < ps)
            break;
        if (f->start >= pos)
            continue;
        if (f->fclass && (strcmp(f->fclass, "count") == 0 || strcmp(f->fclass, "people") == 0))
            return f;
        return NULL;
    }
    return NULL;
}

/*
 * A bare number whose noun the context gives: "N of them" ("About 400 of
 * them were sent"), or a qualified number that ends the clause ("we need
 * 400 wagons, and the railway gives no more than 300."). It counts what the
 * nearest figure before it, in the same sentence or the one before, counts.
 */
static bool context_count(const struct block_ctx *c, size_t nstart, size_t nend,
                          const kz_number *num, const char *qual, struct analysis *a)
{
    const char *t = c->t;
    if (looks_year(num, nend - nstart) || small_word(t, nstart, nend) || !kz_number_is_integer(num))
        return false;
    bool of_them = false;
    size_t w = space_w(t, nend, c->hi);
    if (w) {
        size_t s = nend + w, e = word_end(t, s, c->hi);
        size_t w2 = space_w(t, e, c->hi);
        if (ieq(t + s, e - s, "of") && w2) {
            size_t s2 = e + w2, e2 = word_end(t, s2, c->hi);
            of_them = ieq(t + s2, e2 - s2, "them") || ieq(t + s2, e2 - s2, "these") ||
                      ieq(t + s2, e2 - s2, "those");
        }
    }
    if (!of_them) {
        if (!qual)
            return false;
        if (nend < c->hi && !strchr(".,;:!?)", t[nend]))
            return false;
    }
    const kz_fact *prev = count_nearby(c, nstart);
    if (!prev)
        return false;
    memset(a, 0, sizeof *a);
    a->unit = prev->unit;
    a->fclass = prev->fclass;
    a->end = nend;
    a->ok = true;
    return true;
}

/* A currency sign or code at t[i] followed by a number: the code, and
 * where the number starts. */
static const char *currency_at(const struct block_ctx *c, size_t i, size_t *num)
{
    const char *t = c->t;
    for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
        size_t e = phrase_at(t, i, c->hi, prefixes[k].text, true);
        if (!e)
            continue;
        if (prefixes[k].code_word && alnum_before(t, c->lo, i))
            continue;
        size_t j = e + space_w(t, e, c->hi);
        if (j < c->hi && kz_isdigit((unsigned char)t[j])) {
            *num = j;
            return prefixes[k].code;
        }
    }
    return NULL;
}

/* Try a figure at t[i]; returns where scanning goes on, or 0 if none. */
static size_t try_figure(const struct block_ctx *c, size_t i)
{
    const char *t = c->t;
    size_t npos = i;
    const char *cur = currency_at(c, i, &npos);
    if (!cur && alnum_before(t, c->lo, i))
        return 0;
    kz_number num;
    size_t nend = kz_number_parse(t, c->hi, npos, cur ? KZ_NUM_SHORT_SCALE : 0, &num);
    if (!nend)
        return 0;

    const char *qual = NULL;
    size_t qs = i;
    bool qualified = qualifier_before(c, i, &qual, &qs);
    if (!qual)
        qs = i; /* "only", "as low as" stay out of the span */
    enum left left = left_blocks(c, i, qualified, &num);
    if (left == L_BLOCKED)
        return nend;

    /* "500+", "13-plus": more than the number says. */
    size_t after = nend;
    if (after < c->hi && t[after] == '+' && !is_alnum_at(t, after + 1, c->hi)) {
        qual = "over";
        after++;
    } else if (phrase_at(t, after, c->hi, "-plus", false) && !is_alnum_at(t, after + 5, c->hi)) {
        qual = "over";
        after += 5;
    }

    struct analysis a;
    analyse_right(c, npos, after == nend ? nend : after, &num, cur != NULL, 0, &a);
    if (!a.ok && !cur && nend == after && (num.flags & KZ_NUM_SCALE)) {
        /* "Trade reached 1.05 billion dollars. In 2023 it was 320 million,
         * ..." / "240 million rubles, of which 95 million came from ...": a
         * bare scaled amount right after money in the same paragraph is
         * in that currency. */
        const kz_fact *pm = previous_money(c, qs);
        if (pm && bare_amount_end(t, nend, c->hi)) {
            struct figure f = {.start = qs,
                               .end = nend,
                               .num = num,
                               .unit = pm->unit,
                               .fclass = "money",
                               .qual = qual};
            emit(c, &f);
            return nend;
        }
    }
    if (!a.ok && !cur && bare_people(c, npos, nend, &num, qual != NULL, &a))
        a.ok = true;
    const kz_fact *ctx_prev = NULL;
    if (!a.ok && !cur && nend == after && left != L_NAME &&
        context_count(c, npos, nend, &num, qual, &a))
        ctx_prev = count_nearby(c, npos);
    if (!a.ok && !cur) {
        /* "the number increased to 51": a count the sentence names. */
        bool bare = nend == after;
        size_t ss, se;
        sentence_near(c, qs, nend, &ss, &se);
        kz_match m;
        if (bare && !looks_year(&num, nend - npos) && !small_word(t, npos, nend) &&
            (nend >= c->hi || !is_letter_at(t, nend, c->hi)) &&
            kz_regex_find(c->st->number_of, t, qs, ss, &m) == 1) {
            struct figure f = {.start = qs,
                               .end = nend,
                               .num = num,
                               .unit = "item",
                               .fclass = "count",
                               .qual = qual};
            size_t gs, ge;
            const kz_fact *prev = previous_count(c, qs);
            if (kz_match_group(&m, "what", &gs, &ge)) {
                f.what_s = gs;
                f.what_e = ge;
                size_t hs = word_start(t, gs, ge);
                if (in_list(t + hs, ge - hs, people_heads) || looks_demonym(c, hs, ge)) {
                    f.unit = "person";
                    f.fclass = "people";
                }
            } else if (prev) {
                /* "21 applications ..., the number increased to 51" */
                f.what_lit = prev->what;
                f.unit = prev->unit;
                f.fclass = prev->fclass;
            }
            emit(c, &f);
            return nend;
        }
        return nend;
    }
    if (!a.ok)
        return nend;
    /* After a capitalised word only a unit or "times" makes a figure:
     * "Russia 24 channels" names a channel, "Kazakhstan 11 times" counts. */
    if (left == L_NAME && !a.unit_word && !a.times)
        return nend;

    struct figure f = {.start = qs, .end = a.end, .num = num, .qual = qual};
    if (f.end < after)
        f.end = after;
    f.unit = a.unit ? a.unit : cur;
    f.fclass = a.fclass;
    if (cur && strcmp(a.fclass, "money") != 0) {
        /* "$5 per ton" and the like: the currency decides. */
        f.unit = cur;
        f.fclass = "money";
        f.end = nend;
    }
    if (a.pow10 && !kz_number_scale(&f.num, a.pow10))
        return a.end;
    f.what_s = a.what_s;
    f.what_e = a.what_e;
    if (a.sentence_what && !f.what_e)
        what_in_sentence(c, f.start, f.end, &f.what_s, &f.what_e);
    if (a.people_before)
        people_noun_before(c, f.start, &f.what_s, &f.what_e);
    if (ctx_prev)
        f.what_lit = ctx_prev->what;
    emit(c, &f);
    return f.end;
}

/* A Title Case heading: most words start with a capital and some are
 * lowercase inside. Capitals mean nothing there. */
static bool title_case_block(const char *t, size_t lo, size_t hi)
{
    size_t words = 0, caps = 0;
    for (size_t i = lo; i < hi;) {
        if (!kz_isalpha((unsigned char)t[i]) || (i > lo && kz_isalpha((unsigned char)t[i - 1]))) {
            i++;
            continue;
        }
        size_t e = i;
        while (e < hi && kz_isalpha((unsigned char)t[e]))
            e++;
        if (e - i > 3) {
            words++;
            if (is_titlecase(t, i, e))
                caps++;
        }
        i = e;
    }
    return words >= 3 && caps * 10 >= words * 7;
}

/* ---- tables ---------------------------------------------------------------- */

/* The unit a table's caption or header states for its cells: "(EUR million)". */
struct table_unit {
    const char *unit, *fclass;
    int pow10;
    size_t what_s, what_e; /* the caption before the parenthesis */
};

/* Multipliers written in a table's unit: "(USD thousand)", "(mln tenge)". */
static const struct {
    const char *text;
    int pow10;
} multipliers[] = {
    {"thousands", 3}, {"thousand", 3}, {"ths", 3},     {"millions", 6}, {"million", 6}, {"mln", 6},
    {"mn", 6},        {"billions", 9}, {"billion", 9}, {"bln", 9},      {"bn", 9},
};

/*
 * Whether the parenthesis that closes the block [lo, hi) names a unit,
 * a currency and at most one multiplier, in any order: "(EUR million)",
 * "(million US dollars)", "(thousand tonnes)", "(%)", "(in KZT billion)".
 * Anything else inside ("(2023)", "(Photo: ...)") is no unit.
 */
static bool table_unit_of(const struct block_ctx *c, struct table_unit *tu)
{
    const char *t = c->t;
    size_t hi = c->hi;
    while (hi > c->lo && (t[hi - 1] == ' ' || t[hi - 1] == ':'))
        hi--;
    if (hi <= c->lo || t[hi - 1] != ')')
        return false;
    size_t open = hi - 1;
    while (open > c->lo && t[open - 1] != '(' && hi - open < 48)
        open--;
    if (open <= c->lo || t[open - 1] != '(')
        return false;
    memset(tu, 0, sizeof *tu);
    size_t i = open, e = hi - 1;
    size_t ie = phrase_at(t, i, e, "in ", false);
    if (ie)
        i = ie;
    bool mult = false;
    while (i < e) {
        size_t w = space_w(t, i, e);
        if (w || t[i] == ',') {
            i += w ? w : 1;
            continue;
        }
        size_t next = 0;
        for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0] && !next; k++) {
            size_t pe = phrase_at(t, i, e, prefixes[k].text, true);
            if (pe && !(prefixes[k].code_word && is_alnum_at(t, pe, e)) && !tu->unit) {
                tu->unit = prefixes[k].code;
                tu->fclass = "money";
                next = pe;
            }
        }
        for (size_t k = 0; k < sizeof units / sizeof units[0] && !next; k++) {
            const struct unit *u = &units[k];
            size_t ue = phrase_at(t, i, e, u->text, u->flags & U_CASE);
            if (ue && !(is_letter_at(t, i, e) && is_alnum_at(t, ue, e)) && !tu->unit) {
                tu->unit = u->code;
                tu->fclass = u->fclass;
                tu->pow10 += u->pow10;
                next = ue;
            }
        }
        for (size_t k = 0; k < sizeof multipliers / sizeof multipliers[0] && !next; k++) {
            size_t me = phrase_at(t, i, e, multipliers[k].text, false);
            if (me && !is_alnum_at(t, me, e) && !mult) {
                tu->pow10 += multipliers[k].pow10;
                mult = true;
                next = me;
            }
        }
        if (!next)
            return false;
        i = next;
    }
    if (!tu->unit)
        return false;
    size_t we = open - 1;
    while (we > c->lo && (t[we - 1] == ' ' || t[we - 1] == ','))
        we--;
    tu->what_s = c->lo;
    tu->what_e = we;
    return true;
}

/* A block that is one number and nothing else: a table cell ("13,970"). */
static bool cell_number(const struct block_ctx *c, kz_number *num, size_t *s, size_t *e)
{
    size_t i = c->lo, hi = c->hi;
    while (i < hi && space_w(c->t, i, hi))
        i += space_w(c->t, i, hi);
    while (hi > i && (c->t[hi - 1] == ' ' || c->t[hi - 1] == '\t'))
        hi--;
    if (i >= hi || !kz_isdigit((unsigned char)c->t[i]))
        return false;
    size_t ne = kz_number_parse(c->t, hi, i, KZ_NUM_NO_WORDS, num);
    if (ne != hi || (num->flags & KZ_NUM_SCALE))
        return false;
    *s = i;
    *e = ne;
    return true;
}

/* A block that may sit inside a table: short, and no sentence ends in it. */
static bool cell_like(const struct block_ctx *c)
{
    if (c->hi - c->lo > 80)
        return false;
    for (size_t i = c->lo; i < c->hi; i++)
        if (strchr(".!?", c->t[i]) && c->t[i] != '\0' && (i + 1 == c->hi || c->t[i + 1] == ' '))
            return false;
    return true;
}

/*
 * A table cell in the unit its caption or a header states: "13,970" under
 * "EU trade in goods, 2023 (EUR million)" is EUR 13,970,000,000. The
 * loader gives every cell a block of its own; the unit holds from the
 * caption (a block marked as a caption, or a short heading-like block that
 * ends with the unit) while the blocks stay short and sentence-free.
 */
static bool table_cell(const struct block_ctx *c, const struct table_unit *tu)
{
    kz_number num;
    size_t s, e;
    if (!cell_number(c, &num, &s, &e))
        return false; /* a label cell: read as any other text */
    if (looks_year(&num, e - s))
        return true; /* a year in a header row */
    struct figure f = {.start = s,
                       .end = e,
                       .num = num,
                       .unit = tu->unit,
                       .fclass = tu->fclass,
                       .what_s = tu->what_s,
                       .what_e = tu->what_e};
    if (tu->pow10 && !kz_number_scale(&f.num, tu->pow10))
        return true;
    /* what comes from the caption: its case decides whether to lower it */
    struct block_ctx cap = *c;
    cap.lo = tu->what_s;
    cap.hi = tu->what_e;
    emit(&cap, &f);
    return true;
}

static int by_end(const void *a, const void *b)
{
    const struct span *x = a, *y = b;
    if (x->end != y->end)
        return x->end < y->end ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

static kz_status figures_run(void *state, kz_doc *doc, kz_error *err)
{
    (void)err;
    struct figures_state *st = state;
    st->ndates = 0;
    st->last_end = 0;
    for (size_t i = 0; i < doc->nfacts; i++) {
        if (doc->facts[i].type != KZ_FACT_DATE)
            continue;
        KZ_GROW(st->dates, st->capdates, st->ndates + 1);
        st->dates[st->ndates].start = doc->facts[i].start;
        st->dates[st->ndates].end = doc->facts[i].end;
        st->ndates++;
    }
    if (st->ndates > 1)
        qsort(st->dates, st->ndates, sizeof st->dates[0], by_end);
    struct table_unit tu;
    bool in_table = false;
    for (size_t b = 0; b < doc->nblocks; b++) {
        struct block_ctx c = {.st = st,
                              .doc = doc,
                              .t = doc->text,
                              .lo = doc->blocks[b].start,
                              .hi = doc->blocks[b].end};
        c.title_block = title_case_block(c.t, c.lo, c.hi);
        if (in_table && !cell_like(&c))
            in_table = false;
        if (((doc->blocks[b].flags & KZ_BF_CAPTION) || cell_like(&c)) && table_unit_of(&c, &tu)) {
            in_table = true;
        } else if (in_table && table_cell(&c, &tu)) {
            continue;
        }
        /* A list number at the start of the block: "1. ", "2) ". */
        size_t i = c.lo;
        for (size_t k = i; k < c.hi && kz_isdigit((unsigned char)c.t[k]); k++)
            if (k + 1 < c.hi && (c.t[k + 1] == '.' || c.t[k + 1] == ')') &&
                (k + 2 >= c.hi || c.t[k + 2] == ' ')) {
                i = k + 2;
                break;
            }
        while (i < c.hi) {
            size_t next = 0;
            unsigned char ch = (unsigned char)c.t[i];
            bool cand = kz_isdigit(ch) || kz_isalpha(ch) || ch == '$' || ch >= 0x80;
            if (cand && !(kz_isalpha(ch) && alnum_before(c.t, c.lo, i)))
                next = try_figure(&c, i);
            if (next > i) {
                i = next;
                continue;
            }
            /* Skip the rest of a word or digit run. */
            if (kz_isalnum(ch)) {
                while (i < c.hi && kz_isalnum((unsigned char)c.t[i]))
                    i++;
            } else {
                kz_utf8_next(c.t, c.hi, &i);
            }
        }
    }
    return KZ_OK;
}

/*
 * "the number increased to 51", "the number of applicants reached 300",
 * "the number of visitors has grown by": matched against the text of the
 * sentence up to the number.
 */
#define NUMBER_OF_RE                                                                               \
    "(?x) \\b (?: number | figure | total | count ) \\b"                                           \
    "  (?: \\s+ of \\s+ (?<what> [\\p{L}’'-]+ (?: \\s+ [\\p{L}’'-]+ ){0,3}? ) )?"              \
    "  (?: \\s+ (?: has | have | had ) (?: \\s+ also )? )?"                                        \
    "  \\s+ (?: increased | rose | grown | grew | risen | reached | fell | fallen | dropped"       \
    "         | decreased | declined | stood | was | is | totalled | totaled | amounted"           \
    "         | exceeded | climbed | jumped )"                                                     \
    "  (?: \\s+ (?: to | at | by ) )? \\s* $"

static kz_status figures_init(void **state, kz_error *err)
{
    struct figures_state *st = kz_xcalloc(1, sizeof *st);
    kz_status s =
        kz_regex_compile(&st->number_of, NUMBER_OF_RE, KZ_RE_CASELESS | KZ_RE_EXTENDED, err);
    if (s != KZ_OK) {
        free(st);
        return s;
    }
    *state = st;
    return KZ_OK;
}

static void figures_free(void *state)
{
    struct figures_state *st = state;
    if (!st)
        return;
    kz_regex_free(st->number_of);
    st->number_of = NULL;
    free(st->dates);
    free(st);
}

const struct kz_extractor kz_extractor_figures = {
    .name = "figures",
    .type = KZ_FACT_FIGURE,
    .summary = "figures: money, tonnage, percentages, people and counts (over 120 tonnes)",
    .order = 20,
    .init = figures_init,
    .free = figures_free,
    .run = figures_run,
};
