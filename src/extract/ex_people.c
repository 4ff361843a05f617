/* SPDX-License-Identifier: MIT */
/*
 * The people extractor: persons named in a document, one entity per person
 * with one id across the documents of a run.
 *
 * 1. Runs of capitalised words are found with a pattern and cut into
 *    tokens; titles ("Ukrainian President"), honorifics ("Mr."),
 *    demonyms, sentence words ("However") and words that make the run the
 *    name of an organisation or a facility ("... National University",
 *    "... Museum", "... Group") are told apart from name tokens.
 * 2. A run of two to four name tokens is a person when there is evidence:
 *    a known official (data/people.tsv), a common given name first
 *    (data/name-variants.tsv), a title before it, an apposition after it
 *    ("X, the Ambassador of ..."), a speaker label, a byline, a verb of
 *    saying, or a coordination with a person ("X and Y").
 * 3. Single tokens attach to a person of the document by surname
 *    ("Omarov", "Mr. Omarov", "President Mirziyoyev"); Cyrillic forms attach
 *    by stem; sobriquets listed in the data attach when the full name is
 *    in the document too.
 * 4. Spellings of one person are merged (names.c) and an id chosen: see
 *    choose_id() for the rule.
 */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "extract.h"
#include "names.h"
#include "regex.h"

/* ---------------------------------------------------------------- data */

typedef struct known {
    char *id;
    char **spell;        /* id first, then the variants */
    unsigned char *sobr; /* per spelling: 1 a sobriquet ("~Kobzar" in the data) */
    char **keys;         /* per spelling: kz_name_key() of it and of its first token */
    char **fkeys;
    char *surkey; /* key of the id's last token */
    size_t nspell;
    char *office;
    int official;
    bool historic; /* out of office or dead before 1992: "Stalin" alone names him */
} known;

typedef struct seen {
    char *id;
    char **spell; /* full spellings met in earlier documents */
    size_t nspell, capspell;
} seen;

typedef struct people_state {
    kz_regex *re_run, *re_title, *re_desc, *re_appos, *re_appos_more, *re_label_pre, *re_label_post,
        *re_byline, *re_credit_after, *re_said_before, *re_said_after, *re_event_before, *re_who;
    known *known;
    size_t nknown;
    char **given; /* sorted keys of common given names */
    size_t ngiven;
    seen *seen; /* ids chosen in earlier documents of the run */
    size_t nseen, capseen;
    /* find_seen() answers, by name: a corpus names the same people again and
     * again, and each comparison tokenises and folds both names */
    struct seen_memo {
        char *name;
        size_t len;
        long idx;           /* index into seen, or -1 */
        size_t checked;     /* seen entries compared when idx is -1 */
        unsigned spellings; /* spell_version when compared */
    } memo[512];
    unsigned spell_version; /* bumped when a seen entry gains a spelling */
} people_state;

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Split @line at tabs into at most @max fields (in place). */
static size_t split_tabs(char *line, char **f, size_t max)
{
    size_t n = 0;
    f[n++] = line;
    for (char *p = line; *p && n < max; p++)
        if (*p == '\t') {
            *p = '\0';
            f[n++] = p + 1;
        }
    return n;
}

static void add_spelling(char ***arr, size_t *n, size_t *cap, const char *s, size_t len)
{
    while (len && (s[len - 1] == ' ' || s[len - 1] == '\r'))
        len--;
    if (!len)
        return;
    KZ_GROW(*arr, *cap, *n + 1);
    (*arr)[(*n)++] = kz_xstrndup(s, len);
}

static void load_known(people_state *st)
{
    size_t len = 0;
    const char *data = kz_data_get("people.tsv", &len);
    if (!data)
        return;
    size_t cap = 0;
    char *copy = kz_xstrndup(data, len);
    for (char *line = copy; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *f[6];
        if (line[0] != '#' && line[0] && split_tabs(line, f, 6) == 6) {
            KZ_GROW(st->known, cap, st->nknown + 1);
            known *k = &st->known[st->nknown++];
            memset(k, 0, sizeof *k);
            size_t sc = 0;
            k->id = kz_xstrdup(f[0]);
            add_spelling(&k->spell, &k->nspell, &sc, f[0], strlen(f[0]));
            unsigned char nick[64] = {0};
            for (char *v = f[1]; *v;) {
                char *bar = strchr(v, '|');
                size_t vl = bar ? (size_t)(bar - v) : strlen(v);
                bool tilde = v[0] == '~';
                if (k->nspell < sizeof nick) {
                    nick[k->nspell] = tilde;
                    add_spelling(&k->spell, &k->nspell, &sc, v + tilde, vl - tilde);
                }
                v = bar ? bar + 1 : v + vl;
            }
            k->sobr = kz_xcalloc(k->nspell, 1);
            memcpy(k->sobr, nick, k->nspell);
            /* Keys once, so that matching a candidate is string compares. */
            k->keys = kz_xcalloc(k->nspell, sizeof *k->keys);
            k->fkeys = kz_xcalloc(k->nspell, sizeof *k->fkeys);
            for (size_t v = 0; v < k->nspell; v++) {
                const char *sp = k->spell[v];
                size_t ts[KZ_NAME_MAX_TOKENS], te[KZ_NAME_MAX_TOKENS];
                size_t nt = kz_name_tokens(sp, strlen(sp), ts, te, KZ_NAME_MAX_TOKENS);
                k->keys[v] = kz_name_key(sp, strlen(sp));
                k->fkeys[v] = kz_name_key(sp + ts[0], nt ? te[0] - ts[0] : 0);
                if (v == 0 && nt >= 2 && nt <= KZ_NAME_MAX_TOKENS)
                    k->surkey = kz_name_key(sp + ts[nt - 1], te[nt - 1] - ts[nt - 1]);
            }
            k->office = strcmp(f[3], "-") == 0 ? NULL : kz_xstrdup(f[3]);
            k->official = f[5][0] == '1';
            /* "1922-1953": the years end before the states of today began. */
            const char *dash = strchr(f[4], '-');
            k->historic = dash && dash[1] >= '0' && dash[1] <= '9' && atoi(dash + 1) < 1992;
        }
        line = nl ? nl + 1 : NULL;
    }
    free(copy);
}

static void load_given(people_state *st)
{
    size_t len = 0, cap = 0;
    const char *data = kz_data_get("name-variants.tsv", &len);
    if (!data)
        return;
    char *copy = kz_xstrndup(data, len);
    for (char *line = copy; line && *line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        char *f[2];
        if (line[0] != '#' && split_tabs(line, f, 2) == 2 && strcmp(f[0], "given") == 0) {
            for (char *v = f[1]; *v;) {
                char *bar = strchr(v, '|');
                size_t vl = bar ? (size_t)(bar - v) : strlen(v);
                KZ_GROW(st->given, cap, st->ngiven + 1);
                st->given[st->ngiven++] = kz_name_key(v, vl);
                v = bar ? bar + 1 : v + vl;
            }
        }
        line = nl ? nl + 1 : NULL;
    }
    free(copy);
    qsort(st->given, st->ngiven, sizeof st->given[0], cmp_str);
}

/* ------------------------------------------------------------ patterns */

/*
 * A run of capitalised words, the raw material of names.
 *   "Ukrainian President Volodymyr Zelenskyy", "Qasym-Jomart Toqayev",
 *   "Mr. Omarov", "Ğalym Särsenbaev", "Ursula von der Leyen", "Володимирі
 *   Зеленському", "George W. Bush". "Kazakhstan’s" stops before the ’s.
 */
static const char RE_RUN[] =
    "(?<![\\p{L}\\p{M}\\p{N}'’.\\-])"
    "(?:(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St)\\.|\\p{Lu}\\.(?:\\p{Lu}\\.)*"
    "|\\p{Lu}[\\p{L}\\p{M}]*(?:['’](?:\\p{Lu}|\\p{Ll}{2})[\\p{L}\\p{M}]*|-\\p{L}[\\p{L}\\p{M}]*)*)"
    "(?:[ \\x{A0}\\x{202F}]+(?:(?:von|van|der|den|de|da|di|du|la|le|bin|ibn|al|ter|dos|del)"
    "[ \\x{A0}]+)*"
    "(?:(?:Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St)\\.|\\p{Lu}\\.(?:\\p{Lu}\\.)*"
    "|\\p{Lu}[\\p{L}\\p{M}]*"
    "(?:['’](?:\\p{Lu}|\\p{Ll}{2})[\\p{L}\\p{M}]*|-\\p{L}[\\p{L}\\p{M}]*)*))*";

#define DEMONYMS                                                                                   \
    "Ukrainian|Kazakh|Kazakhstani|Russian|Belarusian|American|Chinese|British|German|French|"      \
    "Polish|Turkish|Uzbek|Kyrgyz|Tajik|Turkmen|Azerbaijani|Georgian|Armenian|Moldovan|"            \
    "Lithuanian|Latvian|Estonian|Japanese|Indian|Italian|Spanish|Canadian|Romanian|Hungarian|"     \
    "Bulgarian|Czech|Slovak|Finnish|Swedish|Norwegian|Danish|Dutch|Belgian|Austrian|Swiss|"        \
    "Korean|Mongolian|Afghan|Pakistani|Iranian|Israeli|Soviet|European|Crimean|Serbian|Croatian|"  \
    "Greek|Slovenian|Irish|Australian|Brazilian|Egyptian|Saudi|Emirati|Qatari|Syrian|Iraqi|"       \
    "Asian|African|Arab|Baltic|Nordic|Slavic|Turkic"

/* Words that make a title, before or after a demonym ("First Deputy"). */
#define OFFICES                                                                                    \
    "president|prime[ ]minister|minister|ambassador|ambassador-at-large|"                          \
    "charg[ée][ ]d['’]affaires|secretary-general|secretary|chairman|chairwoman|chairperson|"    \
    "speaker|premier|chancellor|king|queen|prince|princess|governor|mayor|akim|senator|"           \
    "congressman|congresswoman|deputy|mp|director|head|spokesman|spokeswoman|spokesperson|"        \
    "consul(?:[ ]general)?|envoy|representative|commissioner|ombudsman|"                           \
    "prosecutor(?:[ ]general)?|general|colonel|lieutenant|captain|admiral|marshal|hetman|"         \
    "patriarch|pope|emir|sheikh|sultan|tsar|emperor|counsellor|counselor|attach[ée]|diplomat|"    \
    "mufti|archbishop|metropolitan|bishop|judge|leader|founder|chief|member|advisor|adviser|"      \
    "aide|official|officer|negotiator|parliamentarian|lawmaker|delegate"

/*
 * A title that ends right before a name (the subject is cut at the name).
 *   "President Toqayev", "Ukrainian President Volodymyr Zelenskyy",
 *   "Minister of Energy of Uzbekistan (2019–23) Alisher Karimov",
 *   "the First Deputy Minister of Justice of Moldova, Ion Rusu",
 *   "Our first President Askar Akayev", "Georgia's President Eduard
 *   Shevardnadze" (the possessive stays out of the mention), "Mr. Omarov",
 *   "deputy of the Mazhilis Nurlan Abenov", "Foreign Ministers
 *   Jeyhun Bayramov and ..." (plural), "Президенту України Володимирі ...".
 */
static const char RE_TITLE[] =
    "(?:(?<poss>\\p{Lu}[\\p{L}\\-]+)['’]s[ \\x{A0}]+)?"
    "(?<core>"
    "(?:"
    "(?:(?i:first|former|then|late|acting|current|incumbent|new|outgoing|future|ex-)[ \\x{A0}]+)?"
    "(?:(?<dem>" DEMONYMS ")[ \\x{A0}]+)?"
    "(?:(?i:first|deputy|vice|prime|foreign|chief|senior|executive|acting|former|interim|grand|"
    "supreme|honorary|special|permanent|general|presidential|people['’]s)[ \\x{A0}\\-]+){0,3}"
    "(?<word>(?i:" OFFICES ")(?<pl>s)?)"
    "(?:[ \\x{A0}]+(?i:extraordinary[ ]and[ ]plenipotentiary|a\\.[ ]?i\\.|ad[ ]interim))?"
    "(?:[ \\x{A0}]+(?:of|for|to|at|in|on)[ \\x{A0}]+(?:the[ \\x{A0}]+)?\\p{Lu}[\\p{L}\\p{M}'’.\\-]*"
    "(?:[ \\x{A0}]+(?:(?:of|for|to|and|on|in|at)[ \\x{A0}]+)?(?:the[ \\x{A0}]+)?"
    "\\p{Lu}[\\p{L}\\p{M}'’.\\-]*){0,8})?"
    "(?:[ \\x{A0}]*\\([^()\\n]{1,40}\\))?"
    "|(?<hon>Mr|Mrs|Ms|Dr|Prof|Mister|Madam|Sir|Dame|Lord|Lady)\\.?"
    "|(?<cyr>(?:Президент|президент|Прем['’]єр|прем['’]єр|Міністр|міністр|Посол|посол|Посл|посл|"
    "Голов[аиіуо]|голов[аиіуо]|Министр|министр|Председател|председател)\\p{Ll}*(?:-\\p{Ll}+)?"
    "(?:[ \\x{A0}]+\\p{Lu}\\p{Ll}+){0,2})"
    "))"
    "(?<sep>[ \\x{A0}]*,[ \\x{A0}]*|[ \\x{A0}]+)\\z";

/* Nouns that describe a person without an office. */
#define DESCRIPTIONS                                                                               \
    "poet|poetess|writer|novelist|painter|artist|photographer|journalist|reporter|editor|"         \
    "economist|expert|analyst|historian|scholar|scientist|professor|academic|academician|"         \
    "philosopher|hero|heroine|guerrilla|singer|composer|actor|actress|businessman|"                \
    "businesswoman|entrepreneur|blogger|activist|volunteer|athlete|boxer|footballer|"              \
    "politician|political[ ]scientist|lawyer|author|researcher|teacher|priest|playwright|"         \
    "filmmaker|film[ ]director|dissident|commentator|observer|columnist|correspondent"

/*
 * A description before a name: "Kyrgyz hero Aman Tursunov", "wartime
 * documentary photographers Olena Koval and ...", "the economist X".
 */
static const char RE_DESC[] =
    "(?<desc>(?:[\\p{L}\\-]+[ \\x{A0}]+){0,3}(?i:" DESCRIPTIONS ")(?<pl>e?s)?)"
    "[ \\x{A0}]*,?[ \\x{A0}]*\\z";

/*
 * An apposition after a name, up to the end of its clause:
 *   "Ivan Petrenko, the Ambassador of Ukraine to the Kyrgyz Republic, to"
 *   "Anna Sokolova, an economist from Tashkent, noted"
 *   "Erlan Dosmukhamedov,\nAmbassador Extraordinary and Plenipotentiary\nof the ..."
 */
#define ROLE_TEXT                                                                                  \
    "(?<role>(?:[^,.;:()\\n\"“”!?]|\\.(?=[^ \\n])|\\([^()\\n]{1,40}\\)"                        \
    "|\\n(?=[ \\x{A0}]*(?:of|to|and|in|at|for)[ \\x{A0}]))"                                        \
    "{2,200}?)"                                                                                    \
    "(?=[ \\x{A0}]*(?:[,.;:)\"“”!?]|\\n(?![ \\x{A0}]*(?:of|to|and|in|at|for)[ \\x{A0}])|\\z)"  \
    "|[ \\x{A0}]+(?:who|which|told|said|noted|called|"                                             \
    "added|has|had|was|is|says|to[ ]discuss|presented|expressed|spoke|believes|emphasi[sz]ed)\\b)"
static const char RE_APPOS[] = "\\G(?:['’]s)?[ \\x{A0}]*,[ \\x{A0}]*\\n?[ \\x{A0}]*"
                               "(?:(?:who[ ]is|who[ ]was|currently|now|formerly)[ \\x{A0}]+)?"
                               "(?:(?i:the|an?)[ \\x{A0}]+)?" ROLE_TEXT;
/* One more part of a two-part apposition: "..., Doctor of Political Science" */
static const char RE_APPOS_MORE[] =
    "\\G[ \\x{A0}]*,[ \\x{A0}]*(?:(?i:the|an?)[ \\x{A0}]+)?" ROLE_TEXT;

/* A speaker label: only markup or a dash before it on its line ... (a
 * lookbehind, not (?m)^: the subject is cut at the name, and ^ does not
 * match after a newline that ends the subject) */
static const char RE_LABEL_PRE[] = "(?<![^\\n])[ \\t*_>\\-–—]*\\z";
/* ... and a colon after it: "Mariam Beridze: Our relations ..." */
static const char RE_LABEL_POST[] = "\\G[*_]*[ \\t]*:";

/*
 * Bylines and credits before a name on its line:
 *   "Original Author: Petr Novak", "Author`s name Irina Belova",
 *   "Editor Oleg Smirnov", "By Jane Doe", "Interview by X", "Photo by X".
 */
static const char RE_BYLINE[] =
    "(?i)(?<![^\\n])[ \\t*_>]*"
    "(?<lab>original[ ]author|author[`'’]?s[ ]name|authors?|editor|edited[ ]by|"
    "written[ ]by|text[ ]by|story[ ]by|by|interview(?:ed)?[ ]by|reported[ ]by|reporting[ ]by|"
    "photos?[ ]by|photographer|translated[ ]by|translator|correspondent|reporter|columnist|"
    "moderator|host|interviewer|prepared[ ]by)[ \\t]*[:\\-–—]?[ \\t]*\\z";
/* "Taras Melnyk led this conversation", "X conducted the interview" */
static const char RE_CREDIT_AFTER[] =
    "\\G[ \\t]+(?:led|conducted|moderated|hosted|recorded|prepared)[ \\t]+(?:this|the)[ \\t]+"
    "(?:conversation|interview|discussion|talk|dialogue)";

/* A verb of saying before or after a name: "said Andrey Volkov", "X said",
 * "Aigerim from Atyrau writes". */
static const char RE_SAID_BEFORE[] =
    "(?i:\\b(?:said|says|added|noted|told|stressed|emphasi[sz]ed|explained|concluded|stated|"
    "wrote|commented|remarked|asked|replied|answered|recalled|argued|warned|declared|announced|"
    "believes|according[ ]to|quoted|thanked|congratulated|met[ ]with|invited|interviewed))"
    "[ \\x{A0}]+\\z";
static const char RE_SAID_AFTER[] =
    "\\G(?:['’]s)?(?:[ \\x{A0}]+from[ \\x{A0}]+\\p{Lu}[\\p{L}\\-]+)?"
    "[ \\x{A0}]+(?:(?:has|had|also|then|later|once|recently|further|"
    "personally)[ \\x{A0}]+)?"
    "(?:said|says|added|noted|told|stressed|emphasi[sz]ed|explained|concluded|stated|wrote|"
    "commented|remarked|asked|replied|answered|recalled|argued|warned|declared|announced|"
    "believes|spoke|called|thanked|compared|presented|expects|met|visited|urged|insisted|"
    "pointed|suggested|claimed|confirmed|denied|signed|resigned|served|became|was[ ]born|"
    "died|wrote|writes|asks|tweeted|posted)\\b";

/* "Mirzo Rahimov, who chairs ...": a relative "who" follows only persons. */
static const char RE_WHO[] = "\\G(?:[ \\x{A0}]*,)?[ \\x{A0}]+who[ \\x{A0}]+(?!else\\b)";

/* A name inside the name of an event, prize or place: "the Month of Kobzar". */
static const char RE_EVENT_BEFORE[] =
    "(?:Month|Day|Days|Year|Week|Decade|Festival|Order|Museum|Prize|Street|Avenue|Square|"
    "Park|University|Institute|Foundation|Fund|Library|Theatre|Theater|Academy|School|Award|"
    "Medal|Cup|Centre|Center|Airport|Station|Bridge|Prospect|Boulevard|Lane)[ \\x{A0}]+"
    "(?:of|for|named[ ]after)[ \\x{A0}]+(?:the[ \\x{A0}]+)?\\z";

/* -------------------------------------------------------- word classes */

enum tok_class {
    TK_NAME = 0,
    TK_TITLE,    /* President, Minister, Excellency */
    TK_HON,      /* Mr., Dr. */
    TK_DEMONYM,  /* Ukrainian */
    TK_STOP,     /* The, However, Today, January */
    TK_ORG,      /* University, Museum, Group */
    TK_CAPS,     /* an ALL-CAPS word: a heading, an acronym */
    TK_PARTICLE, /* von, van, de */
};

static bool word_in(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(w, list[i]) == 0)
            return true;
    return false;
}
#define IN(w, list) word_in((w), (list), sizeof(list) / sizeof(list)[0])

static const char *const TITLE_WORDS[] = {"president",
                                          "presidents",
                                          "minister",
                                          "ministers",
                                          "ambassador",
                                          "ambassadors",
                                          "chair",
                                          "secretary",
                                          "chairman",
                                          "chairwoman",
                                          "chairperson",
                                          "speaker",
                                          "premier",
                                          "chancellor",
                                          "king",
                                          "queen",
                                          "prince",
                                          "princess",
                                          "governor",
                                          "mayor",
                                          "akim",
                                          "senator",
                                          "congressman",
                                          "congresswoman",
                                          "deputy",
                                          "deputies",
                                          "mp",
                                          "director",
                                          "head",
                                          "spokesman",
                                          "spokeswoman",
                                          "spokesperson",
                                          "consul",
                                          "envoy",
                                          "representative",
                                          "commissioner",
                                          "ombudsman",
                                          "prosecutor",
                                          "general",
                                          "colonel",
                                          "lieutenant",
                                          "captain",
                                          "admiral",
                                          "marshal",
                                          "hetman",
                                          "patriarch",
                                          "pope",
                                          "emir",
                                          "sheikh",
                                          "sultan",
                                          "tsar",
                                          "emperor",
                                          "excellency",
                                          "vice",
                                          "first",
                                          "prime",
                                          "foreign",
                                          "chief",
                                          "senior",
                                          "acting",
                                          "former",
                                          "late",
                                          "charge",
                                          "d'affaires",
                                          "affaires",
                                          "judge",
                                          "justice",
                                          "mufti",
                                          "bishop",
                                          "archbishop",
                                          "cardinal",
                                          "metropolitan",
                                          "imam",
                                          "rabbi",
                                          "secretary-general",
                                          "vice-president",
                                          "vice-premier",
                                          "extraordinary",
                                          "plenipotentiary",
                                          "professor",
                                          "academician",
                                          "counsellor",
                                          "counselor",
                                          "attache",
                                          "major",
                                          "sergeant",
                                          "commander",
                                          "officer",
                                          "saint",
                                          "his",
                                          "her",
                                          "honorable",
                                          "honourable"};
static const char *const HON_WORDS[] = {"mr",    "mrs", "ms",   "dr",   "prof", "mister",
                                        "madam", "sir", "dame", "lord", "lady", "miss"};
static const char *const STOP_WORDS[] = {"the",
                                         "a",
                                         "an",
                                         "this",
                                         "that",
                                         "these",
                                         "those",
                                         "there",
                                         "here",
                                         "in",
                                         "on",
                                         "at",
                                         "by",
                                         "for",
                                         "with",
                                         "from",
                                         "to",
                                         "of",
                                         "and",
                                         "but",
                                         "or",
                                         "nor",
                                         "so",
                                         "yet",
                                         "as",
                                         "if",
                                         "when",
                                         "while",
                                         "after",
                                         "before",
                                         "since",
                                         "until",
                                         "although",
                                         "though",
                                         "because",
                                         "however",
                                         "despite",
                                         "also",
                                         "then",
                                         "now",
                                         "today",
                                         "yesterday",
                                         "tomorrow",
                                         "meanwhile",
                                         "moreover",
                                         "furthermore",
                                         "therefore",
                                         "thus",
                                         "indeed",
                                         "finally",
                                         "second",
                                         "third",
                                         "our",
                                         "my",
                                         "your",
                                         "its",
                                         "their",
                                         "we",
                                         "i",
                                         "you",
                                         "he",
                                         "she",
                                         "it",
                                         "they",
                                         "who",
                                         "what",
                                         "which",
                                         "where",
                                         "why",
                                         "how",
                                         "all",
                                         "both",
                                         "each",
                                         "every",
                                         "some",
                                         "many",
                                         "most",
                                         "any",
                                         "no",
                                         "not",
                                         "only",
                                         "even",
                                         "just",
                                         "about",
                                         "according",
                                         "among",
                                         "against",
                                         "during",
                                         "over",
                                         "under",
                                         "between",
                                         "through",
                                         "without",
                                         "within",
                                         "unlike",
                                         "like",
                                         "please",
                                         "thanks",
                                         "thank",
                                         "dear",
                                         "yes",
                                         "let",
                                         "photo",
                                         "photos",
                                         "source",
                                         "read",
                                         "see",
                                         "official",
                                         "officially",
                                         "interview",
                                         "republic",
                                         "embassy",
                                         "ministry",
                                         "government",
                                         "parliament",
                                         "office",
                                         "union",
                                         "council",
                                         "committee",
                                         "national",
                                         "state",
                                         "city",
                                         "region",
                                         "oblast",
                                         "district",
                                         "day",
                                         "month",
                                         "year",
                                         "week",
                                         "january",
                                         "february",
                                         "march",
                                         "april",
                                         "may",
                                         "june",
                                         "july",
                                         "august",
                                         "september",
                                         "october",
                                         "november",
                                         "december",
                                         "monday",
                                         "tuesday",
                                         "wednesday",
                                         "thursday",
                                         "friday",
                                         "saturday",
                                         "sunday",
                                         "god",
                                         "mother",
                                         "father",
                                         "lake",
                                         "mount",
                                         "river",
                                         "sea",
                                         "north",
                                         "south",
                                         "east",
                                         "west",
                                         "northern",
                                         "southern",
                                         "eastern",
                                         "western",
                                         "central",
                                         "upper",
                                         "lower",
                                         "new",
                                         "old",
                                         "holy",
                                         "world",
                                         "war",
                                         "international",
                                         "federal",
                                         "supreme",
                                         "high",
                                         "higher",
                                         "federation",
                                         "people",
                                         "peoples",
                                         "nations",
                                         "united",
                                         "democratic",
                                         "independence",
                                         "victory",
                                         "memory",
                                         "remembrance",
                                         "constitution",
                                         "agreement",
                                         "treaty",
                                         "declaration",
                                         "summit",
                                         "conference",
                                         "assembly",
                                         "session",
                                         "forum",
                                         "program",
                                         "programme",
                                         "project",
                                         "formula",
                                         "initiative",
                                         "strategy",
                                         "doctrine",
                                         "concept",
                                         "plan",
                                         "law",
                                         "code",
                                         "act",
                                         "decree",
                                         "resolution",
                                         "charter",
                                         "convention",
                                         "protocol",
                                         "memorandum",
                                         "editor",
                                         "author",
                                         "correspondent",
                                         "reporter",
                                         "photographer",
                                         "mr.",
                                         "do",
                                         "does",
                                         "did",
                                         "is",
                                         "are",
                                         "was",
                                         "were",
                                         "will",
                                         "would",
                                         "can",
                                         "could",
                                         "should",
                                         "must",
                                         "may",
                                         "might",
                                         "have",
                                         "has",
                                         "had",
                                         "be",
                                         "been",
                                         "being",
                                         "well",
                                         "yes",
                                         "oh",
                                         "sure",
                                         "certainly",
                                         "of course",
                                         "perhaps",
                                         "maybe",
                                         "unfortunately",
                                         "fortunately",
                                         "interestingly",
                                         "notably",
                                         "specifically",
                                         "additionally",
                                         "currently",
                                         "recently",
                                         "nowadays",
                                         "earlier",
                                         "later",
                                         "soon",
                                         "again",
                                         "still",
                                         "already",
                                         "everyone",
                                         "everybody",
                                         "nobody",
                                         "someone",
                                         "somebody",
                                         "anyone",
                                         "something",
                                         "nothing",
                                         "everything",
                                         "anything",
                                         "one",
                                         "two",
                                         "three",
                                         "another",
                                         "other",
                                         "others",
                                         "such",
                                         "same",
                                         "very",
                                         "much",
                                         "more",
                                         "less",
                                         "few",
                                         "several",
                                         "whether",
                                         "once",
                                         "twice",
                                         "instead",
                                         "rather",
                                         "otherwise",
                                         "besides",
                                         "regarding",
                                         "concerning",
                                         "considering",
                                         "given",
                                         "following",
                                         "including",
                                         "excluding",
                                         "subscribe",
                                         "follow",
                                         "share",
                                         "click",
                                         "disclaimer",
                                         "note",
                                         "editor's",
                                         "copyright",
                                         "tags",
                                         "related",
                                         "question",
                                         "answer",
                                         "comment",
                                         "comments",
                                         "share",
                                         "print",
                                         "email",
                                         "telegram",
                                         "facebook",
                                         "twitter",
                                         "instagram",
                                         "youtube",
                                         "whatsapp",
                                         "rss",
                                         "online",
                                         "internet",
                                         "english",
                                         "russian-language",
                                         "language",
                                         "culture",
                                         "history",
                                         "literature",
                                         "art",
                                         "economy",
                                         "science",
                                         "education",
                                         "health",
                                         "defence",
                                         "defense",
                                         "justice",
                                         "energy",
                                         "trade",
                                         "finance",
                                         "agriculture",
                                         "foreign",
                                         "affairs",
                                         "social",
                                         "policy",
                                         "security",
                                         "kremlin",
                                         "white",
                                         "house",
                                         "rada",
                                         "verkhovna",
                                         "mazhilis",
                                         "senate",
                                         "duma",
                                         "akorda",
                                         "russophobia",
                                         "holodomor",
                                         "maidan",
                                         "euromaidan",
                                         "covid",
                                         "coronavirus"};
static const char *const ORG_WORDS[] = {"university",
                                        "museum",
                                        "street",
                                        "avenue",
                                        "prospect",
                                        "prospekt",
                                        "boulevard",
                                        "square",
                                        "park",
                                        "prize",
                                        "award",
                                        "foundation",
                                        "fund",
                                        "institute",
                                        "theatre",
                                        "theater",
                                        "airport",
                                        "station",
                                        "cosmodrome",
                                        "group",
                                        "centre",
                                        "center",
                                        "school",
                                        "library",
                                        "stadium",
                                        "metro",
                                        "hospital",
                                        "academy",
                                        "college",
                                        "company",
                                        "corporation",
                                        "corp",
                                        "inc",
                                        "ltd",
                                        "llc",
                                        "bank",
                                        "plant",
                                        "factory",
                                        "church",
                                        "cathedral",
                                        "monastery",
                                        "bridge",
                                        "canal",
                                        "dam",
                                        "festival",
                                        "lyceum",
                                        "gymnasium",
                                        "consulate",
                                        "mission",
                                        "hall",
                                        "palace",
                                        "memorial",
                                        "monument",
                                        "mausoleum",
                                        "reserve",
                                        "camp",
                                        "club",
                                        "team",
                                        "party",
                                        "movement",
                                        "association",
                                        "society",
                                        "agency",
                                        "service",
                                        "administration",
                                        "fleet",
                                        "brigade",
                                        "battalion",
                                        "regiment",
                                        "army",
                                        "division",
                                        "order",
                                        "medal",
                                        "cup",
                                        "games",
                                        "tournament",
                                        "olympics",
                                        "holding",
                                        "holdings",
                                        "media",
                                        "news",
                                        "press",
                                        "publishing",
                                        "studio",
                                        "studios",
                                        "films",
                                        "records",
                                        "airlines",
                                        "airways",
                                        "motors",
                                        "industries",
                                        "partners",
                                        "capital",
                                        "ventures",
                                        "systems",
                                        "technologies",
                                        "labs",
                                        "laboratory",
                                        "clinic",
                                        "pharmacy",
                                        "hotel",
                                        "resort",
                                        "mall",
                                        "market",
                                        "port",
                                        "harbour",
                                        "harbor",
                                        "terminal",
                                        "pipeline",
                                        "railway",
                                        "railways",
                                        "highway",
                                        "road",
                                        "route",
                                        "lane",
                                        "district",
                                        "quarter",
                                        "village",
                                        "town",
                                        "oblast",
                                        "region",
                                        "province",
                                        "county",
                                        "peninsula",
                                        "island",
                                        "islands",
                                        "mountains",
                                        "valley",
                                        "steppe",
                                        "desert",
                                        "prize",
                                        "scholarship",
                                        "fellowship",
                                        "lecture",
                                        "readings",
                                        "day",
                                        "days",
                                        "week",
                                        "month",
                                        "year",
                                        "decade",
                                        "anniversary",
                                        "congress",
                                        "parliament",
                                        "council",
                                        "committee",
                                        "commission",
                                        "ministry",
                                        "embassy",
                                        "office",
                                        "government",
                                        "court",
                                        "tribunal",
                                        "union",
                                        "federation",
                                        "republic",
                                        "kingdom",
                                        "empire",
                                        "dynasty",
                                        "house",
                                        "yurt",
                                        "monuments",
                                        "statue",
                                        "streets",
                                        "collection",
                                        "exhibition",
                                        "gallery",
                                        "opera",
                                        "ballet",
                                        "choir",
                                        "ensemble",
                                        "orchestra",
                                        "national",
                                        "international",
                                        "state",
                                        "municipal",
                                        "regional",
                                        "doctrine",
                                        "plan",
                                        "formula",
                                        "initiative",
                                        "fund",
                                        "program",
                                        "programme",
                                        "project",
                                        "times",
                                        "wire",
                                        "post",
                                        "daily",
                                        "herald",
                                        "tribune",
                                        "journal",
                                        "gazette",
                                        "observer",
                                        "review",
                                        "weekly",
                                        "magazine",
                                        "radio",
                                        "tv",
                                        "channel",
                                        "express",
                                        "telegraph",
                                        "monitor",
                                        "ledger",
                                        "insider",
                                        "digest",
                                        "bulletin",
                                        "courier",
                                        "today",
                                        "online",
                                        "network",
                                        "networks",
                                        "alliance",
                                        "coalition",
                                        "consortium",
                                        "organisation",
                                        "organization",
                                        "partnership",
                                        "trust",
                                        "bureau",
                                        "chamber",
                                        "institution",
                                        "watch"};

/* Demonym words and the country they name, for roles ("Ukrainian President"). */
static const char *const DEMONYM_COUNTRY[][2] = {{"ukrainian", "Ukraine"},
                                                 {"kazakh", "Kazakhstan"},
                                                 {"kazakhstani", "Kazakhstan"},
                                                 {"russian", "Russia"},
                                                 {"belarusian", "Belarus"},
                                                 {"american", "the United States"},
                                                 {"chinese", "China"},
                                                 {"british", "the United Kingdom"},
                                                 {"german", "Germany"},
                                                 {"french", "France"},
                                                 {"polish", "Poland"},
                                                 {"turkish", "Türkiye"},
                                                 {"uzbek", "Uzbekistan"},
                                                 {"kyrgyz", "Kyrgyzstan"},
                                                 {"tajik", "Tajikistan"},
                                                 {"turkmen", "Turkmenistan"},
                                                 {"azerbaijani", "Azerbaijan"},
                                                 {"georgian", "Georgia"},
                                                 {"armenian", "Armenia"},
                                                 {"moldovan", "Moldova"},
                                                 {"lithuanian", "Lithuania"},
                                                 {"latvian", "Latvia"},
                                                 {"estonian", "Estonia"},
                                                 {"japanese", "Japan"},
                                                 {"indian", "India"},
                                                 {"italian", "Italy"},
                                                 {"spanish", "Spain"},
                                                 {"canadian", "Canada"},
                                                 {"romanian", "Romania"},
                                                 {"hungarian", "Hungary"},
                                                 {"bulgarian", "Bulgaria"},
                                                 {"czech", "the Czech Republic"},
                                                 {"slovak", "Slovakia"},
                                                 {"finnish", "Finland"},
                                                 {"swedish", "Sweden"},
                                                 {"norwegian", "Norway"},
                                                 {"danish", "Denmark"},
                                                 {"dutch", "the Netherlands"},
                                                 {"belgian", "Belgium"},
                                                 {"austrian", "Austria"},
                                                 {"swiss", "Switzerland"},
                                                 {"korean", "Korea"},
                                                 {"mongolian", "Mongolia"},
                                                 {"afghan", "Afghanistan"},
                                                 {"pakistani", "Pakistan"},
                                                 {"iranian", "Iran"},
                                                 {"israeli", "Israel"},
                                                 {"soviet", "the Soviet Union"},
                                                 {"crimean", "Crimea"},
                                                 {"serbian", "Serbia"},
                                                 {"croatian", "Croatia"},
                                                 {"greek", "Greece"},
                                                 {"slovenian", "Slovenia"},
                                                 {"irish", "Ireland"},
                                                 {"australian", "Australia"},
                                                 {"brazilian", "Brazil"},
                                                 {"egyptian", "Egypt"},
                                                 {"saudi", "Saudi Arabia"},
                                                 {"emirati", "the United Arab Emirates"},
                                                 {"qatari", "Qatar"},
                                                 {"syrian", "Syria"},
                                                 {"iraqi", "Iraq"},
                                                 {"european", NULL},
                                                 {"asian", NULL},
                                                 {"african", NULL},
                                                 {"arab", NULL},
                                                 {"baltic", NULL},
                                                 {"nordic", NULL},
                                                 {"slavic", NULL},
                                                 {"turkic", NULL}};

static const char *demonym_country(const char *lower)
{
    for (size_t i = 0; i < sizeof DEMONYM_COUNTRY / sizeof DEMONYM_COUNTRY[0]; i++)
        if (strcmp(lower, DEMONYM_COUNTRY[i][0]) == 0)
            return DEMONYM_COUNTRY[i][1] ? DEMONYM_COUNTRY[i][1] : "";
    return NULL;
}

/* Role words that make the holder an official (guidelines: public or
 * diplomatic office). "head"/"director"/"chairman" count only with a state
 * body in the role (official_role()). */
static const char *const OFFICIAL_WORDS[] = {"president",
                                             "minister",
                                             "ambassador",
                                             "charge",
                                             "chargé",
                                             "consul",
                                             "envoy",
                                             "senator",
                                             "mp",
                                             "parliamentarian",
                                             "lawmaker",
                                             "governor",
                                             "akim",
                                             "mayor",
                                             "premier",
                                             "chancellor",
                                             "king",
                                             "queen",
                                             "diplomat",
                                             "hetman",
                                             "secretary-general",
                                             "congressman",
                                             "congresswoman",
                                             "attache",
                                             "attaché",
                                             "counsellor",
                                             "spokesperson",
                                             "spokesman",
                                             "spokeswoman",
                                             "deputy",
                                             "deputies",
                                             "ministers",
                                             "presidents",
                                             "ambassadors",
                                             "emir",
                                             "sultan",
                                             "tsar",
                                             "emperor",
                                             "ombudsman",
                                             "prosecutor",
                                             "commissioner",
                                             "representative",
                                             "delegate",
                                             "negotiator"};
static const char *const STATE_BODY_WORDS[] = {
    "ministry", "government", "parliament",   "rada",    "mazhilis",   "senate",
    "duma",     "committee",  "agency",       "service", "office",     "administration",
    "state",    "national",   "council",      "bank",    "commission", "embassy",
    "mission",  "akimat",     "presidential", "army",    "armed",      "forces",
    "court",    "prosecutor", "city",         "region",  "oblast",     "republic",
    "assembly", "nato",       "un",           "united",  "european",   "eu",
    "osce",     "cis",        "delegation"};
static const char *const NONOFFICIAL_WORDS[] = {
    "university", "institute", "academy",      "school",       "college",   "candidate",
    "newspaper",  "magazine",  "journal",      "department's", "museum",    "company",
    "community",  "party",     "think-tank",   "centre",       "center",    "editor",
    "journalist", "author",    "expert",       "analyst",      "economist", "historian",
    "poet",       "writer",    "photographer", "professor",    "scholar"};

/* Titles that make a lone capitalised word a person ("President Obama",
 * "Mr. Smith"); weaker ones ("Official Kazakhstan") do not. */
static const char *const STRONG_TITLES[] = {
    "president",  "minister",    "ambassador",    "senator",   "governor",   "mayor",
    "akim",       "chancellor",  "premier",       "general",   "colonel",    "professor",
    "judge",      "king",        "queen",         "prince",    "princess",   "pope",
    "sheikh",     "emir",        "sultan",        "tsar",      "emperor",    "hetman",
    "patriarch",  "congressman", "congresswoman", "secretary", "speaker",    "chairman",
    "chairwoman", "captain",     "admiral",       "marshal",   "lieutenant", "consul",
    "envoy",      "commissioner"};

/* Description nouns in a role, singular ("photographers" is cut to
 * "photographer" first, "actress" to "actres"). */
static const char *const DESC_NOUNS[] = {
    "poet",         "poetes",      "writer",       "novelist",      "painter",     "artist",
    "photographer", "journalist",  "reporter",     "editor",        "economist",   "expert",
    "analyst",      "historian",   "scholar",      "scientist",     "professor",   "academic",
    "philosopher",  "hero",        "guerrilla",    "singer",        "composer",    "actor",
    "actres",       "businessman", "entrepreneur", "blogger",       "activist",    "volunteer",
    "politician",   "lawyer",      "author",       "researcher",    "teacher",     "priest",
    "commentator",  "observer",    "columnist",    "correspondent", "academician", "athlete",
    "dissident"};
static const char *const PARTICLES[] = {"von", "van", "der", "den", "de", "da",  "di",  "du",
                                        "la",  "le",  "bin", "ibn", "al", "ter", "dos", "del"};

/* ---------------------------------------------------------- utilities */

/* Lower-case ASCII-folded copy of a token (diacritics stripped). */
static void token_lower(const char *s, size_t n, char *out, size_t cap)
{
    char *f = kz_utf8_fold_key(s, n);
    size_t l = strlen(f);
    if (l >= cap)
        l = cap - 1;
    memcpy(out, f, l);
    out[l] = '\0';
    free(f);
}

static bool has_lower(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp = kz_utf8_next(s, n, &i);
        if (kz_utf8_is_lower(cp))
            return true;
    }
    return false;
}

static bool is_given(const people_state *st, const char *s, size_t n)
{
    /* The first part of a hyphenated given name counts: Kassym-Jomart. */
    for (size_t i = 0; i < n; i++)
        if (s[i] == '-') {
            n = i;
            break;
        }
    char *k = kz_name_key(s, n);
    bool hit = bsearch(&k, st->given, st->ngiven, sizeof st->given[0], cmp_str) != NULL;
    free(k);
    return hit;
}

/*
 * Is the token a patronymic ("Vladimirovich", "Serikovna", "Serikuly",
 * "Kadyrkyzy")? Returns 2 when the stem before the suffix is a common given
 * name (Vladimir-ovich: surely a patronymic), 1 when only the ending fits
 * (Abramovich may be a surname), 0 otherwise.
 */
static int patronymic(const people_state *st, const char *s, size_t n)
{
    static const char *const suffixes[] = {"ovich", "evich", "ovna", "evna", "ichna",
                                           "uly",   "ulu",   "kyzy", "qyzy", "gyzy"};
    char low[64];
    token_lower(s, n, low, sizeof low);
    size_t l = strlen(low);
    for (size_t i = 0; i < sizeof suffixes / sizeof suffixes[0]; i++) {
        size_t sl = strlen(suffixes[i]);
        if (l < sl + 3 || strcmp(low + l - sl, suffixes[i]) != 0)
            continue;
        /* The stem as printed: the token's bytes less the ASCII suffix. */
        return is_given(st, s, n - sl) ? 2 : 1;
    }
    return 0;
}

/* Lower case of an upper-case letter of the Latin and Cyrillic blocks. */
static int32_t cp_lower(int32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
        return cp + 0x20;
    if (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && cp % 2 == 0)
        return cp + 1;
    if (((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) && cp % 2 == 1)
        return cp + 1;
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 0x50;
    return cp;
}

/* "Ewa KOWALCZYK" -> "Ewa Kowalczyk": words in capitals (two letters or more)
 * written with a capital and lower-case letters, in the doc's arena. */
static const char *unshout(kz_doc *doc, const char *s, size_t n)
{
    kz_buf b = KZ_BUF_INIT;
    size_t i = 0;
    while (i < n) {
        size_t ws = i;
        while (ws < n && (s[ws] == ' ' || s[ws] == '-'))
            kz_buf_putc(&b, s[ws++]);
        size_t we = ws;
        while (we < n && s[we] != ' ' && s[we] != '-')
            we++;
        bool shout = we - ws >= 2 && !has_lower(s + ws, we - ws);
        size_t k = ws;
        bool first = true;
        while (k < we) {
            int32_t cp = kz_utf8_next(s, we, &k);
            kz_utf8_encode(&b, shout && !first ? cp_lower(cp) : cp);
            if (kz_utf8_is_letter(cp))
                first = false;
        }
        i = we;
    }
    const char *r = kz_doc_strndup(doc, b.ptr, b.len);
    kz_buf_release(&b);
    return r;
}

static unsigned classify(const char *s, size_t n)
{
    char low[96];
    token_lower(s, n, low, sizeof low);
    size_t l = strlen(low);
    if (l && low[l - 1] == '.') {
        low[--l] = '\0';
        if (IN(low, HON_WORDS))
            return TK_HON;
        return l == 1 ? TK_NAME : (IN(low, TITLE_WORDS) ? TK_TITLE : TK_STOP);
    }
    if (IN(low, HON_WORDS))
        return TK_HON;
    if (IN(low, PARTICLES) && has_lower(s, 1))
        return TK_PARTICLE;
    if (IN(low, TITLE_WORDS) || strncmp(low, "charg", 5) == 0)
        return TK_TITLE;
    if (demonym_country(low))
        return TK_DEMONYM;
    if (l > 3 && low[l - 1] == 's') {
        /* Plural demonyms: "Proactive Ukrainians who ..." */
        low[l - 1] = '\0';
        bool dem = demonym_country(low) != NULL;
        low[l - 1] = 's';
        if (dem)
            return TK_DEMONYM;
    }
    if (IN(low, ORG_WORDS))
        return TK_ORG;
    if (IN(low, STOP_WORDS))
        return TK_STOP;
    /* Cyrillic titles in any case form: Президенту, Міністра, Послу. */
    static const char *const cyr_titles[] = {"президент", "міністр", "министр",    "посол",
                                             "посл",      "прем'єр", "председател"};
    for (size_t i = 0; i < sizeof cyr_titles / sizeof cyr_titles[0]; i++)
        if (strncmp(low, cyr_titles[i], strlen(cyr_titles[i])) == 0)
            return TK_TITLE;
    if (!has_lower(s, n) && n > 1)
        return TK_CAPS;
    return TK_NAME;
}

/* ------------------------------------------------------ the candidates */

/* One occurrence of a possible name in the text. */
typedef struct occ {
    size_t start, end; /* the bare name */
    size_t tstart;     /* start of the attached title, == start if none */
    size_t ntok;
    int person;    /* index into the doc's person list, -1 undecided */
    int known;     /* index into st->known, -1 */
    int evidence;  /* some context says "person" */
    int sobriquet; /* matched a data variant that is not a real name */
    int cyr;
    int titled;        /* an office or honorific right before */
    const char *role;  /* office or description from the context (arena) */
    int role_official; /* 1 the role is an office, 0 a description, -1 none */
    int plural_title;  /* "Foreign Ministers X and Y" */
    int strong_title;  /* an honorific or a head-of-office word: "Mr.", "President" */
    char *fkey, *lkey; /* keys of the first and the last token (malloc'ed) */
    int next;          /* next occurrence of the same person, -1 */
    int said;          /* a verb of saying or a speaker label next to it */
    int patr;          /* a first name and a patronymic ("Gennady Vladimirovich") */
} occ;

typedef struct person {
    const char *id;
    size_t first; /* offset of the first mention */
    int known;
    const char *role;
    int official;  /* -1 unknown */
    size_t rep[8]; /* occurrences with distinct full spellings */
    size_t nrep;
    int head, tail; /* chain of its occurrences (after decide) */
} person;

typedef struct run_ctx {
    people_state *st;
    kz_doc *doc;
    occ *occ;
    size_t nocc, capocc;
    person *pers;
    size_t npers, cappers;
    size_t *place_s;       /* place mentions as (start, end) pairs, sorted by start */
    const char **speakers; /* the distinct turn speakers (a transcript repeats a few) */
    size_t nspeakers;
    size_t nplace;
} run_ctx;

/* The start of the line of @off, or @off - @max when the line is longer:
 * contexts are read from at most a few hundred bytes back. */
static size_t line_start(const kz_doc *doc, size_t off, size_t max)
{
    size_t stop = off > max ? off - max : 0;
    while (off > stop && doc->text[off - 1] != '\n')
        off--;
    while (off < doc->len && (doc->text[off] & 0xC0) == 0x80)
        off++; /* not inside a UTF-8 sequence */
    return off;
}

/* Run @re on the text before @end (from the start of its line, at most 300
 * bytes back) so that a pattern anchored with \z ends at @end. */
static int match_before(const kz_regex *re, const kz_doc *doc, size_t end, kz_match *m)
{
    size_t from = line_start(doc, end, 300);
    return kz_regex_find(re, doc->text, end, from, m) == 1;
}

static int match_after(const kz_regex *re, const kz_doc *doc, size_t at, kz_match *m)
{
    return kz_regex_find(re, doc->text, doc->len, at, m) == 1 && m->start == at;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/*
 * The places extractor's mention spans, sorted, so that each token is
 * checked in log time: a transcript can hold tens of thousands of them.
 */
static void index_places(run_ctx *c)
{
    const kz_doc *doc = c->doc;
    size_t n = 0;
    for (size_t i = 0; i < doc->nentities; i++)
        if (doc->entities[i].type == KZ_FACT_PLACE)
            n += doc->entities[i].nmentions;
    size_t *pairs = kz_xmalloc((2 * n + 2) * sizeof *pairs);
    size_t k = 0;
    for (size_t i = 0; i < doc->nentities; i++) {
        const kz_entity *en = &doc->entities[i];
        if (en->type != KZ_FACT_PLACE)
            continue;
        for (size_t m = 0; m < en->nmentions; m++) {
            pairs[2 * k] = en->mentions[m].start;
            pairs[2 * k + 1] = en->mentions[m].end;
            k++;
        }
    }
    if (k > 1)
        qsort(pairs, k, 2 * sizeof *pairs, cmp_size);
    c->place_s = pairs;
    c->nplace = k;
}

static bool overlaps_place(const run_ctx *c, size_t s, size_t e)
{
    /* the last mention starting before e; mentions do not nest, so it decides */
    size_t lo = 0, hi = c->nplace;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c->place_s[2 * mid] < e)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t i = lo; i > 0 && lo - i < 4; i--)
        if (c->place_s[2 * (i - 1) + 1] > s)
            return true;
    return false;
}

/* Collapse white space (a role may run over a line break). */
static const char *clean_role(kz_doc *doc, const char *s, size_t n)
{
    kz_buf b = KZ_BUF_INIT;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\t' || (unsigned char)c == 0xA0 ||
            ((unsigned char)c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0)) {
            if ((unsigned char)c == 0xC2)
                i++;
            sp = b.len > 0;
            continue;
        }
        if (sp)
            kz_buf_putc(&b, ' ');
        sp = 0;
        kz_buf_putc(&b, c);
    }
    while (b.len && (b.ptr[b.len - 1] == ',' || b.ptr[b.len - 1] == ' '))
        b.len--;
    const char *r = b.len ? kz_doc_strndup(doc, b.ptr, b.len) : NULL;
    kz_buf_release(&b);
    return r;
}

/* Whether the first few words of @role hold an office or description noun. */
static int role_kind(const char *role, size_t n, bool *official)
{
    *official = false;
    int words = 0, found = 0;
    bool state_body = false, nonofficial = false, office = false, weak = false;
    for (size_t i = 0; i < n;) {
        while (i < n && !kz_isalpha((unsigned char)role[i]) && (unsigned char)role[i] < 0x80)
            i++;
        size_t j = i;
        while (j < n && role[j] != ' ' && role[j] != ',' && role[j] != '\n' && role[j] != '(')
            j++;
        if (j == i)
            break;
        char low[64];
        token_lower(role + i, j - i, low, sizeof low);
        size_t l = strlen(low);
        if (l > 1 && low[l - 1] == 's' && !IN(low, OFFICIAL_WORDS))
            low[l - 1] = '\0'; /* photographers -> photographer */
        words++;
        if (IN(low, OFFICIAL_WORDS) || strcmp(low, "head") == 0 || strcmp(low, "director") == 0 ||
            strcmp(low, "chairman") == 0 || strcmp(low, "chairwoman") == 0 ||
            strcmp(low, "chief") == 0 || strcmp(low, "leader") == 0 || strcmp(low, "member") == 0 ||
            strcmp(low, "official") == 0 || strcmp(low, "officer") == 0 ||
            strcmp(low, "doctor") == 0 || strcmp(low, "candidate") == 0 ||
            strcmp(low, "founder") == 0 || strcmp(low, "advisor") == 0 ||
            strcmp(low, "adviser") == 0 || strcmp(low, "aide") == 0 ||
            strcmp(low, "speaker") == 0 || strcmp(low, "secretary") == 0) {
            if (words <= 3)
                found = 1;
            if (IN(low, OFFICIAL_WORDS))
                office = true;
            else
                weak = true;
        }
        if (words <= 3 && IN(low, DESC_NOUNS))
            found = 1;
        if (IN(low, STATE_BODY_WORDS))
            state_body = true;
        if (IN(low, NONOFFICIAL_WORDS))
            nonofficial = true;
        i = j;
    }
    if (office && !nonofficial)
        *official = true;
    else if (weak && state_body && !nonofficial)
        *official = true;
    return found;
}

/* "Ukrainian President" -> "President of Ukraine"; other titles as written. */
static const char *title_role(kz_doc *doc, const kz_match *m)
{
    size_t cs, ce, ds, de, ps, pe;
    if (!kz_match_group(m, "core", &cs, &ce))
        return NULL;
    if (kz_match_group(m, "hon", &ds, &de))
        return NULL; /* Mr., Dr.: no office */
    const char *t = doc->text;
    if (kz_match_group(m, "dem", &ds, &de)) {
        char low[64];
        token_lower(t + ds, de - ds, low, sizeof low);
        const char *country = demonym_country(low);
        size_t rest = de;
        while (rest < ce &&
               (t[rest] == ' ' || (unsigned char)t[rest] == 0xC2 || (unsigned char)t[rest] == 0xA0))
            rest++;
        /* Only when the title ends with the office word: "Ukrainian President". */
        size_t ws, we;
        if (country && *country && kz_match_group(m, "word", &ws, &we) && we == ce) {
            const char *pre = "";
            size_t mods = cs < ds ? ds - cs : 0;
            char *r = kz_xstrndup(t + rest, ce - rest);
            const char *out =
                kz_doc_printf(doc, "%.*s%s%s of %s", (int)mods, t + cs, pre, r, country);
            free(r);
            return clean_role(doc, out, strlen(out));
        }
    }
    if (kz_match_group(m, "poss", &ps, &pe)) {
        size_t ws, we;
        if (kz_match_group(m, "word", &ws, &we) && we == ce) {
            const char *out =
                kz_doc_printf(doc, "%.*s of %.*s", (int)(ce - cs), t + cs, (int)(pe - ps), t + ps);
            return clean_role(doc, out, strlen(out));
        }
    }
    return clean_role(doc, t + cs, ce - cs);
}

/* ---------------------------------------------------------- the context */

/* Look at the text around an occurrence and note what it says. */
static void read_context(run_ctx *c, occ *o, bool in_run_title, size_t run_title_start)
{
    people_state *st = c->st;
    kz_doc *doc = c->doc;
    const char *t = doc->text;
    kz_match m;
    o->role_official = -1;
    /* Bylines and credits first: "Editor Oleg Smirnov" is a credit. */
    if (match_before(st->re_byline, doc, o->start, &m)) {
        size_t ls, le;
        kz_match_group(&m, "lab", &ls, &le);
        char low[40];
        token_lower(t + ls, le - ls, low, sizeof low);
        const char *role = "author";
        if (strstr(low, "original"))
            role = "original author";
        else if (strstr(low, "edit"))
            role = "editor";
        else if (strstr(low, "interview") || strstr(low, "moderator") || strstr(low, "host"))
            role = "interviewer";
        else if (strstr(low, "photo"))
            role = "photographer";
        else if (strstr(low, "transl"))
            role = "translator";
        else if (strstr(low, "correspondent") || strstr(low, "reporter"))
            role = "correspondent";
        o->evidence = 1;
        o->role = role;
        o->role_official = 0;
        return;
    }
    if (match_after(st->re_credit_after, doc, o->end, &m)) {
        o->evidence = 1;
        o->role = "interviewer";
        o->role_official = 0;
    }
    /* An office or honorific right before (the title may begin inside the run). */
    if (match_before(st->re_title, doc, o->start, &m)) {
        size_t cs, ce, ss, se, ps, pe, x, y;
        kz_match_group(&m, "core", &cs, &ce);
        kz_match_group(&m, "sep", &ss, &se);
        bool comma = memchr(t + ss, ',', se - ss) != NULL;
        bool plural = kz_match_group(&m, "pl", &ps, &pe);
        bool hon = kz_match_group(&m, "hon", &x, &y);
        bool cyr = kz_match_group(&m, "cyr", &x, &y);
        o->evidence = 1;
        if (hon) {
            o->strong_title = 1;
        } else if (kz_match_group(&m, "word", &x, &y) && y == ce) {
            /* "President Obama", not "Secretary for Central | Asian" */
            char low[40];
            token_lower(t + x, y - x, low, sizeof low);
            o->strong_title = IN(low, STRONG_TITLES);
        }
        if (cyr) {
            o->role = NULL; /* a title in another language: the data gives one */
        } else if (plural) {
            /* "Foreign Ministers" -> "Foreign Minister" */
            o->role = clean_role(
                doc, kz_doc_printf(doc, "%.*s%.*s", (int)(ps - cs), t + cs, (int)(ce - pe), t + pe),
                (ps - cs) + (ce - pe));
        } else {
            o->role = title_role(doc, &m);
        }
        if (o->role) {
            bool off;
            role_kind(o->role, strlen(o->role), &off);
            o->role_official = off ? 1 : 0;
        }
        if (!comma && !plural) {
            o->titled = 1;
            o->tstart = cs;
        }
        o->plural_title = plural;
    } else if (in_run_title) {
        o->tstart = run_title_start;
        o->titled = 1;
        o->evidence = 1;
    }
    /* A description before: "Kazakh hero", "the economist". */
    if (o->role_official < 0 && match_before(st->re_desc, doc, o->start, &m)) {
        size_t ds, de, ps, pe;
        kz_match_group(&m, "desc", &ds, &de);
        /* Keep the words after the last function word: "works of wartime
         * documentary photographers", "sat down with journalist". */
        for (size_t w = ds; w < de;) {
            size_t e = w;
            while (e < de && t[e] != ' ')
                e++;
            char low[32];
            token_lower(t + w, e - w, low, sizeof low);
            if (e < de && (IN(low, STOP_WORDS) || strcmp(low, "works") == 0))
                ds = e + 1;
            w = e + 1;
        }
        bool plural = kz_match_group(&m, "pl", &ps, &pe);
        if (plural)
            de = ps;
        o->role = clean_role(doc, t + ds, de - ds);
        o->role_official = 0;
        o->evidence = 1;
        o->plural_title = plural;
    }
    /* An apposition after: "X, the Ambassador of ...", "X, an economist". */
    if (match_after(st->re_appos, doc, o->end, &m)) {
        size_t rs, re;
        kz_match_group(&m, "role", &rs, &re);
        size_t w = rs;
        while (w < re && t[w] != ' ' && t[w] != '\n')
            w++;
        char low[32];
        token_lower(t + rs, w - rs, low, sizeof low);
        bool off;
        /* ", although he ...", ", and ...": a clause, not an apposition. */
        if (!IN(low, STOP_WORDS) && role_kind(t + rs, re - rs, &off)) {
            size_t end = m.end;
            size_t ae = re;
            for (int more = 0; more < 2; more++) {
                kz_match m2;
                size_t r2s, r2e;
                bool off2;
                if (!match_after(st->re_appos_more, doc, end, &m2))
                    break;
                kz_match_group(&m2, "role", &r2s, &r2e);
                if (!role_kind(t + r2s, r2e - r2s, &off2))
                    break;
                ae = r2e;
                end = m2.end;
            }
            role_kind(t + rs, ae - rs, &off);
            const char *r = clean_role(doc, t + rs, ae - rs);
            if (r && (o->role_official < 1 || !o->role)) {
                o->role = r;
                o->role_official = off ? 1 : 0;
            }
            o->evidence = 1;
        }
    }
    /* ", who chairs the committee": only people are "who". */
    if (match_after(st->re_who, doc, o->end, &m))
        o->evidence = 1;
    /* Speaker label at the start of a line. */
    if (match_before(st->re_label_pre, doc, o->start, &m) &&
        match_after(st->re_label_post, doc, o->end, &m))
        o->evidence = o->said = 1;
    if (match_before(st->re_said_before, doc, o->tstart, &m) ||
        match_after(st->re_said_after, doc, o->end, &m))
        o->evidence = o->said = 1;
    /* A turn speaker of the segmenter with this name (distinct speakers, listed once) */
    for (size_t i = 0; i < c->nspeakers && !o->evidence; i++)
        if (kz_name_same(c->speakers[i], strlen(c->speakers[i]), t + o->start, o->end - o->start))
            o->evidence = 1;
}

/* ------------------------------------------------------------ matching */

/* The known official whose spellings include @s (full names by
 * kz_name_same, a single token by key or listed variant), or -1. */
static int find_known(const people_state *st, const char *s, size_t n, size_t ntok, int *sobr)
{
    *sobr = 0;
    char *key = kz_name_key(s, n);
    size_t ts[1], te[1];
    size_t nt = kz_name_tokens(s, n, ts, te, 1);
    char *fk = kz_name_key(s + (nt ? ts[0] : 0), nt ? te[0] - ts[0] : 0);
    bool cyr = kz_name_is_cyrillic(s, n);
    int hit = -1;
    for (size_t i = 0; i < st->nknown && hit < 0; i++) {
        const known *k = &st->known[i];
        for (size_t v = 0; v < k->nspell && hit < 0; v++) {
            if (strcmp(k->keys[v], key) == 0) {
                hit = (int)i;
                /* A listed surname alone ("Toqayev") is 1, a sobriquet
                 * ("Kobzar", "Great Kobzar") 2. A historical leader's listed
                 * surname ("Stalin's death", "under Brezhnev") needs no more:
                 * nobody else is meant by it. */
                *sobr = k->sobr[v] ? 2 : ntok < 2 && !k->historic ? 1 : 0;
            } else if (ntok >= 2 && !k->sobr[v] && (cyr || strcmp(k->fkeys[v], fk) == 0) &&
                       kz_name_same(s, n, k->spell[v], strlen(k->spell[v]))) {
                hit = (int)i;
            }
        }
    }
    free(key);
    free(fk);
    return hit;
}

/* The known official whose id's surname is @s (a single token), or -1. */
static int find_known_surname(const people_state *st, const char *s, size_t n)
{
    int hit = -1;
    char *a = kz_name_key(s, n);
    for (size_t i = 0; i < st->nknown; i++) {
        const known *k = &st->known[i];
        if (k->surkey && strcmp(a, k->surkey) == 0) {
            if (hit >= 0) {
                hit = -1; /* two known people share it: Aliyev */
                break;
            }
            hit = (int)i;
        }
    }
    free(a);
    return hit;
}

/* --------------------------------------------------------- the id rule */

static long scan_seen(people_state *st, const char *s, size_t n, size_t from)
{
    for (size_t i = from; i < st->nseen; i++) {
        seen *sn = &st->seen[i];
        if (kz_name_same(s, n, sn->id, strlen(sn->id)))
            return (long)i;
        for (size_t k = 0; k < sn->nspell; k++)
            if (kz_name_same(s, n, sn->spell[k], strlen(sn->spell[k])))
                return (long)i;
    }
    return -1;
}

static seen *find_seen(people_state *st, const char *s, size_t n)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    struct seen_memo *m = &st->memo[h % (sizeof st->memo / sizeof st->memo[0])];
    if (m->name && m->len == n && memcmp(m->name, s, n) == 0) {
        /* a match stays a match (entries are only added); a miss is rechecked
         * against the entries added since */
        if (m->idx < 0 && (m->checked < st->nseen || m->spellings != st->spell_version)) {
            m->idx = scan_seen(st, s, n, m->spellings == st->spell_version ? m->checked : 0);
            m->checked = st->nseen;
            m->spellings = st->spell_version;
        }
        return m->idx >= 0 ? &st->seen[m->idx] : NULL;
    }
    long idx = scan_seen(st, s, n, 0);
    free(m->name);
    m->name = kz_xstrndup(s, n);
    m->len = n;
    m->idx = idx;
    m->checked = st->nseen;
    m->spellings = st->spell_version;
    return idx >= 0 ? &st->seen[idx] : NULL;
}

static const char *last_token(const char *s, size_t n, size_t *len)
{
    size_t ts[KZ_NAME_MAX_TOKENS], te[KZ_NAME_MAX_TOKENS];
    size_t k = kz_name_tokens(s, n, ts, te, KZ_NAME_MAX_TOKENS);
    if (k == 0 || k > KZ_NAME_MAX_TOKENS) {
        *len = n;
        return s;
    }
    *len = te[k - 1] - ts[k - 1];
    return s + ts[k - 1];
}

static bool same_fold(const char *a, size_t an, const char *b, size_t bn)
{
    char *x = kz_utf8_fold_key(a, an), *y = kz_utf8_fold_key(b, bn);
    bool r = strcmp(x, y) == 0;
    free(x);
    free(y);
    return r;
}

/*
 * The id of person @p, from its full spellings in this document:
 *  1. a person met in an earlier document of the run keeps the id chosen
 *     there, so that every document agrees;
 *  2. a known official gets the data file's id, unless every spelling in
 *     the document has the id's surname letter for letter and none is a
 *     listed variant: then the document only romanises the given name its
 *     own way (Andriy / Andrii) and, as the guidelines keep a single
 *     spelling, the document's spelling stays;
 *     A known person without office (a writer, a scholar) keeps the one
 *     Latin spelling of the document whatever the data's id;
 *  3. otherwise the spelling with the most y-written iotated vowels
 *     (-ayev over -aev, Kovalyov over Kovaliov), the earlier on a tie.
 */
static const char *choose_id(run_ctx *c, size_t pi)
{
    people_state *st = c->st;
    kz_doc *doc = c->doc;
    person *p = &c->pers[pi];
    const char *best = NULL;
    size_t bestlen = 0;
    int bestscore = -1;
    bool full = false;
    for (size_t r = 0; r < p->nrep; r++) {
        occ *o = &c->occ[p->rep[r]];
        full = true;
        const char *s = doc->text + o->start;
        size_t n = o->end - o->start;
        seen *sn = find_seen(st, s, n);
        if (sn)
            return sn->id;
        int sc = kz_name_english_score(s, n);
        if (sc > bestscore) {
            best = s;
            bestlen = n;
            bestscore = sc;
        }
    }
    if (p->known >= 0) {
        const known *k = &st->known[p->known];
        if (!full)
            return k->id;
        /* A writer or scholar has no official English spelling: one Latin
         * spelling in the document ("Chokan Valikhanov") stays as written. */
        if (!k->official) {
            const char *one = NULL;
            size_t onel = 0;
            bool single = true;
            for (size_t r = 0; r < p->nrep && single; r++) {
                occ *o = &c->occ[p->rep[r]];
                const char *s = doc->text + o->start;
                size_t n = o->end - o->start;
                if (kz_name_is_cyrillic(s, n))
                    continue;
                if (!one) {
                    one = s;
                    onel = n;
                } else if (!same_fold(s, n, one, onel)) {
                    single = false;
                }
            }
            if (one && single)
                return unshout(doc, one, onel);
        }
        size_t idl;
        const char *idsur = last_token(k->id, strlen(k->id), &idl);
        bool keep = true;
        for (size_t r = 0; r < p->nrep && keep; r++) {
            occ *o = &c->occ[p->rep[r]];
            const char *s = doc->text + o->start;
            size_t n = o->end - o->start, sl;
            const char *sur = last_token(s, n, &sl);
            if (!same_fold(sur, sl, idsur, idl))
                keep = false;
            for (size_t v = 1; v < k->nspell && keep; v++)
                if (same_fold(s, n, k->spell[v], strlen(k->spell[v])))
                    keep = false;
            if (has_lower(s, n) && kz_name_is_cyrillic(s, n))
                keep = false;
        }
        if (!keep)
            return k->id;
    }
    if (!best)
        return NULL;
    /* A spelling with letters outside Latin (Cyrillic) never becomes an id;
     * a surname in capitals is written as a name ("Ewa KOWALCZYK"). */
    return unshout(doc, best, bestlen);
}

static void remember(people_state *st, const char *id, run_ctx *c, size_t pi)
{
    seen *sn = find_seen(st, id, strlen(id));
    if (!sn) {
        KZ_GROW(st->seen, st->capseen, st->nseen + 1);
        sn = &st->seen[st->nseen++];
        memset(sn, 0, sizeof *sn);
        sn->id = kz_xstrdup(id);
    }
    const person *p = &c->pers[pi];
    for (size_t r = 0; r < p->nrep; r++) {
        occ *o = &c->occ[p->rep[r]];
        const char *sp = c->doc->text + o->start;
        size_t sl = o->end - o->start, k;
        for (k = 0; k < sn->nspell; k++) /* each spelling once, however many documents */
            if (strlen(sn->spell[k]) == sl && memcmp(sn->spell[k], sp, sl) == 0)
                break;
        if (k < sn->nspell)
            continue;
        KZ_GROW(sn->spell, sn->capspell, sn->nspell + 1);
        sn->spell[sn->nspell++] = kz_xstrndup(sp, sl);
        c->st->spell_version++;
    }
}

/* ------------------------------------------------------------- the run */

static void add_occ(run_ctx *c, const occ *o)
{
    KZ_GROW(c->occ, c->capocc, c->nocc + 1);
    occ *n = &c->occ[c->nocc++];
    *n = *o;
    const char *s = c->doc->text + o->start;
    size_t ts[KZ_NAME_MAX_TOKENS], te[KZ_NAME_MAX_TOKENS];
    size_t nt = kz_name_tokens(s, o->end - o->start, ts, te, KZ_NAME_MAX_TOKENS);
    if (nt == 0) {
        n->fkey = kz_xstrdup("");
        n->lkey = kz_xstrdup("");
    } else {
        size_t last = nt > KZ_NAME_MAX_TOKENS ? KZ_NAME_MAX_TOKENS - 1 : nt - 1;
        n->fkey = kz_name_key(s + ts[0], te[0] - ts[0]);
        n->lkey = kz_name_key(s + ts[last], te[last] - ts[last]);
    }
    n->next = -1;
}

static size_t new_person(run_ctx *c, int known_ix, size_t first)
{
    KZ_GROW(c->pers, c->cappers, c->npers + 1);
    person *p = &c->pers[c->npers];
    memset(p, 0, sizeof *p);
    p->known = known_ix;
    p->first = first;
    p->official = -1;
    p->head = p->tail = -1;
    return c->npers++;
}

/* Tokens of one capitalised run, classified. */
typedef struct tok {
    size_t s, e;
    unsigned cls;
} tok;

/* Cut the run [rs, re) into tokens and turn its name segments into occurrences. */
static void scan_run(run_ctx *c, size_t rs, size_t re)
{
    kz_doc *doc = c->doc;
    tok t[24];
    size_t ts[24], te[24];
    size_t nt = kz_name_tokens(doc->text + rs, re - rs, ts, te, 24);
    if (nt > 24)
        return; /* a title-case line, not a name */
    for (size_t i = 0; i < nt; i++) {
        t[i].s = rs + ts[i];
        t[i].e = rs + te[i];
        t[i].cls = classify(doc->text + t[i].s, t[i].e - t[i].s);
        if (t[i].cls == TK_NAME && overlaps_place(c, t[i].s, t[i].e))
            t[i].cls = TK_STOP;
        /* "Ewa KOWALCZYK": a surname in capitals after a given name, as
         * parliamentary and press-conference transcripts print it. */
        if (t[i].cls == TK_CAPS && i > 0 && t[i - 1].cls == TK_NAME && t[i].e - t[i].s >= 3 &&
            has_lower(doc->text + t[i - 1].s, t[i - 1].e - t[i - 1].s) &&
            is_given(c->st, doc->text + t[i - 1].s, t[i - 1].e - t[i - 1].s))
            t[i].cls = TK_NAME;
    }
    bool org = false;
    for (size_t i = 0; i < nt; i++)
        if (t[i].cls == TK_ORG)
            org = true;
    for (size_t i = 0; i < nt;) {
        if (t[i].cls != TK_NAME) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < nt && (t[j].cls == TK_NAME || (t[j].cls == TK_PARTICLE && j + 1 < nt)))
            j++;
        /* A particle cannot end a name. */
        while (j > i && t[j - 1].cls == TK_PARTICLE)
            j--;
        /* A longer segment may end in a known name or start a given name
         * late: "Kazakhstan Kassym-Jomart Tokayev" after "President of". */
        if (j - i > 2 && !is_given(c->st, doc->text + t[i].s, t[i].e - t[i].s) &&
            !kz_name_is_cyrillic(doc->text + t[i].s, t[i].e - t[i].s)) {
            int sobr;
            if (find_known(c->st, doc->text + t[i].s, t[j - 1].e - t[i].s, j - i, &sobr) < 0) {
                for (size_t q = i + 1; q + 1 < j; q++)
                    if (is_given(c->st, doc->text + t[q].s, t[q].e - t[q].s) ||
                        find_known(c->st, doc->text + t[q].s, t[j - 1].e - t[q].s, j - q, &sobr) >=
                            0) {
                        i = q;
                        break;
                    }
            }
        }
        /* Titles and honorifics directly before in the run. */
        size_t k = i;
        while (k > 0 &&
               (t[k - 1].cls == TK_TITLE || t[k - 1].cls == TK_HON || t[k - 1].cls == TK_DEMONYM))
            k--;
        bool has_title = false;
        for (size_t q = k; q < i; q++)
            if (t[q].cls == TK_TITLE || t[q].cls == TK_HON)
                has_title = true;
        /* Words after the name in the same run that name an organisation
         * ("Taras Shevchenko National University") make it no person. */
        bool org_after = false;
        for (size_t q = j; q < nt; q++)
            if (t[q].cls == TK_ORG)
                org_after = true;
        size_t n = j - i;
        if (!org_after && !(org && n == 1 && !has_title) && n <= 5) {
            occ o;
            memset(&o, 0, sizeof o);
            o.start = t[i].s;
            o.end = t[j - 1].e;
            o.tstart = o.start;
            o.ntok = n;
            o.person = -1;
            o.known = -1;
            o.cyr = kz_name_is_cyrillic(doc->text + o.start, o.end - o.start);
            read_context(c, &o, has_title, has_title ? t[k].s : o.start);
            /* "the Month of Kobzar": part of an event's name. */
            kz_match m;
            if (!match_before(c->st->re_event_before, doc, o.start, &m))
                add_occ(c, &o);
        }
        i = j;
    }
}

/* Whether occurrences @a and @b are one person by spelling (cached keys:
 * this runs for every pair of a name and a person of the document). */
static bool occ_same(const run_ctx *c, const occ *a, const occ *b)
{
    const char *t = c->doc->text;
    if (a->end - a->start == b->end - b->start &&
        memcmp(t + a->start, t + b->start, a->end - a->start) == 0)
        return true;
    if (a->cyr || b->cyr)
        return kz_name_same(t + a->start, a->end - a->start, t + b->start, b->end - b->start);
    if (strcmp(a->fkey, b->fkey) != 0)
        return false;
    return strcmp(a->lkey, b->lkey) == 0 ||
           kz_name_same(t + a->start, a->end - a->start, t + b->start, b->end - b->start);
}

/* Whether the single token of @o is the surname of occurrence @p. */
static bool occ_surname(const run_ctx *c, const occ *o, const occ *p)
{
    if (strcmp(o->lkey, p->lkey) == 0)
        return true;
    if (o->lkey[0] != p->lkey[0])
        return false;
    const char *t = c->doc->text;
    size_t sl;
    const char *sur = last_token(t + p->start, p->end - p->start, &sl);
    return kz_name_token_same(t + o->start, o->end - o->start, sur, sl);
}

static void add_rep(run_ctx *c, size_t pi, size_t oi)
{
    person *p = &c->pers[pi];
    const occ *o = &c->occ[oi];
    if (o->ntok < 2 || o->sobriquet || o->cyr || p->nrep >= sizeof p->rep / sizeof p->rep[0])
        return;
    const char *t = c->doc->text;
    for (size_t r = 0; r < p->nrep; r++) {
        const occ *q = &c->occ[p->rep[r]];
        if (q->end - q->start == o->end - o->start &&
            memcmp(t + q->start, t + o->start, o->end - o->start) == 0)
            return;
    }
    p->rep[p->nrep++] = oi;
}

static int person_of_known(const run_ctx *c, int kn)
{
    for (size_t p = 0; p < c->npers; p++)
        if (c->pers[p].known == kn)
            return (int)p;
    return -1;
}

/* Accept, group and name the occurrences of one document. */
static void decide(run_ctx *c)
{
    people_state *st = c->st;
    kz_doc *doc = c->doc;
    const char *t = doc->text;

    /* Pass A: full names (two or more Latin tokens). */
    for (size_t i = 0; i < c->nocc; i++) {
        occ *o = &c->occ[i];
        if (o->ntok < 2 || o->cyr)
            continue;
        size_t ts[8], te[8];
        size_t nt = kz_name_tokens(t + o->start, o->end - o->start, ts, te, 8);
        int sobr = 0;
        o->known = find_known(st, t + o->start, o->end - o->start, o->ntok, &sobr);
        o->sobriquet = sobr;
        if (o->ntok > 4 && o->known < 0)
            continue;
        /* "Gennady Vladimirovich", "Berik Serikovich": a first name and a
         * patronymic is a form of address; decided after the full names. */
        if (o->ntok == 2 && nt == 2 && o->known < 0 &&
            patronymic(st, t + o->start + ts[1], te[1] - ts[1])) {
            o->patr = 1;
            continue;
        }
        bool given = nt > 0 && is_given(st, t + o->start, te[0] - ts[0]);
        bool ok = o->known >= 0 ? !o->sobriquet : (given || o->evidence);
        if (!ok)
            continue;
        /* The same person as one already met in the document? */
        int pi = o->known >= 0 ? person_of_known(c, o->known) : -1;
        for (size_t q = 0; q < c->npers && pi < 0; q++)
            for (size_t r = 0; r < c->pers[q].nrep && pi < 0; r++)
                if (occ_same(c, o, &c->occ[c->pers[q].rep[r]]))
                    pi = (int)q;
        if (pi < 0)
            pi = (int)new_person(c, o->known, o->tstart);
        o->person = pi;
        add_rep(c, (size_t)pi, i);
        if (o->known >= 0 && c->pers[pi].known < 0)
            c->pers[pi].known = o->known;
    }

    /* Coordination: "X and Y", "X, Y and Z" with one of them a person. */
    for (int round = 0; round < 2; round++) {
        for (size_t i = 0; i < c->nocc; i++) {
            occ *o = &c->occ[i];
            if (o->person >= 0 || o->ntok < 2 || o->ntok > 3 || o->cyr || o->sobriquet || o->patr)
                continue;
            for (size_t q = i > 0 ? i - 1 : 0; q <= i + 1 && q < c->nocc; q++) {
                occ *p = &c->occ[q];
                if (p->person < 0 || p->ntok < 2 || q == i)
                    continue;
                size_t a = p->end < o->start ? p->end : o->end;
                size_t b = p->end < o->start ? o->start : p->start;
                if (b < a || b - a > 7)
                    continue;
                char gap[8];
                memcpy(gap, t + a, b - a);
                gap[b - a] = '\0';
                if (strcmp(gap, " and ") && strcmp(gap, ", ") && strcmp(gap, ", and ") &&
                    strcmp(gap, " & "))
                    continue;
                o->person = (int)new_person(c, -1, o->tstart);
                add_rep(c, (size_t)o->person, i);
                if (p->plural_title && p->end < o->start && !o->role) {
                    o->role = p->role;
                    o->role_official = p->role_official;
                }
                break;
            }
        }
    }
    /* A plural title covers the names that follow it. */
    for (size_t i = 0; i + 1 < c->nocc; i++) {
        occ *p = &c->occ[i];
        if (!p->plural_title || p->person < 0)
            continue;
        for (size_t q = i + 1; q < c->nocc && q < i + 4; q++) {
            occ *o = &c->occ[q];
            if (o->person >= 0 && !o->role && o->start - p->end < 24) {
                o->role = p->role;
                o->role_official = p->role_official;
            }
        }
    }

    /* Forms of address: a first name and a patronymic belong to the one
     * person of the document with that first name ("Gennady Vladimirovich"
     * and "Gennady Voronin"). Without one it is no person record when the
     * stem is a given name (Vladimir-ovich); a mere ending (Abramovich) is
     * read as a surname. */
    for (size_t i = 0; i < c->nocc; i++) {
        occ *o = &c->occ[i];
        if (!o->patr || o->person >= 0)
            continue;
        int hit = -1;
        bool many = false;
        for (size_t q = 0; q < c->npers; q++)
            for (size_t r = 0; r < c->pers[q].nrep; r++) {
                const occ *p = &c->occ[c->pers[q].rep[r]];
                if (!p->patr && strcmp(p->fkey, o->fkey) == 0) {
                    if (hit >= 0 && hit != (int)q)
                        many = true;
                    hit = (int)q;
                }
            }
        if (hit >= 0 && !many) {
            o->person = hit;
            o->sobriquet = 1;
            continue;
        }
        size_t ts[2], te[2];
        kz_name_tokens(t + o->start, o->end - o->start, ts, te, 2);
        if (patronymic(st, t + o->start + ts[1], te[1] - ts[1]) == 2 || many)
            continue;
        if (o->evidence || is_given(st, t + o->start, te[0] - ts[0])) {
            o->person = (int)new_person(c, -1, o->tstart);
            add_rep(c, (size_t)o->person, i);
        }
    }

    /* A surname used alone with a verb of saying ("Hendriks said") confirms
     * the full name that it ends ("Pieter Hendriks, a senior EU sanctions
     * official"); of a longer run only the last two words are the name
     * ("Minister of Water Resources Daulet Ospanov" ... "Ospanov said"). */
    const char *failed[64]; /* surnames that confirmed nothing: each is tried once */
    size_t nfailed = 0;
    for (size_t i = 0; i < c->nocc; i++) {
        occ *o = &c->occ[i];
        if (o->person >= 0 || o->ntok != 1 || !o->said || o->cyr || o->sobriquet)
            continue;
        bool tried = false;
        for (size_t f = 0; f < nfailed && !tried; f++)
            tried = strcmp(failed[f], o->lkey) == 0;
        if (tried || nfailed == sizeof failed / sizeof failed[0])
            continue;
        bool taken = false;
        for (size_t q = 0; q < c->npers && !taken; q++)
            for (size_t r = 0; r < c->pers[q].nrep && !taken; r++)
                taken = occ_surname(c, o, &c->occ[c->pers[q].rep[r]]);
        if (taken)
            continue; /* Pass B attaches it */
        for (size_t q = 0; q < c->nocc; q++) {
            occ *p = &c->occ[q];
            if (p->person >= 0 || p->ntok < 2 || p->ntok > 4 || p->cyr || p->patr || p->sobriquet ||
                strcmp(p->lkey, o->lkey) != 0)
                continue;
            if (p->ntok > 2) {
                size_t ts[4], te[4];
                size_t nt = kz_name_tokens(t + p->start, p->end - p->start, ts, te, 4);
                if (nt < 2 || nt > 4)
                    continue;
                size_t ns = p->start + ts[nt - 2];
                free(p->fkey);
                p->fkey = kz_name_key(t + ns, te[nt - 2] - ts[nt - 2]);
                p->start = p->tstart = ns;
                p->ntok = 2;
                p->titled = 0;
            }
            p->person = (int)new_person(c, -1, p->tstart);
            add_rep(c, (size_t)p->person, q);
            break;
        }
        if (c->occ[i].person < 0 && !taken) {
            bool now = false;
            for (size_t q = 0; q < c->npers && !now; q++)
                for (size_t r = 0; r < c->pers[q].nrep && !now; r++)
                    now = occ_surname(c, o, &c->occ[c->pers[q].rep[r]]);
            if (!now)
                failed[nfailed++] = o->lkey;
        }
    }

    /* Pass B: single tokens, sobriquets and Cyrillic forms. */
    for (size_t i = 0; i < c->nocc; i++) {
        occ *o = &c->occ[i];
        if (o->person >= 0)
            continue;
        const char *s = t + o->start;
        size_t n = o->end - o->start;
        int found = -1;
        /* Against the people of the document: by surname, or by the whole
         * name for Cyrillic forms (also a trailing part: "України Володимирі
         * Зеленському"). */
        size_t ts[8], te[8];
        size_t nt = kz_name_tokens(s, n, ts, te, 8);
        if (nt > 8)
            continue;
        for (size_t q = 0; q < c->npers && found < 0; q++) {
            for (size_t r = 0; r < c->pers[q].nrep && found < 0; r++) {
                occ *p = &c->occ[c->pers[q].rep[r]];
                if (nt == 1 && !o->sobriquet) {
                    if (occ_surname(c, o, p))
                        found = (int)q;
                } else if (o->cyr) {
                    for (size_t k = 0; k + 1 < nt && found < 0; k++)
                        if (kz_name_same(s + ts[k], n - ts[k], t + p->start, p->end - p->start)) {
                            found = (int)q;
                            o->start += ts[k];
                        }
                }
            }
        }
        /* A given name alone with a verb of saying: the one person of the
         * document with that first name ("Dana said" for Dana Ospanova). */
        bool given1 = nt == 1 && !o->cyr && !o->sobriquet && o->said && is_given(st, s, n);
        if (found < 0 && given1) {
            bool many = false;
            for (size_t q = 0; q < c->npers; q++)
                for (size_t r = 0; r < c->pers[q].nrep; r++)
                    if (strcmp(c->occ[c->pers[q].rep[r]].fkey, o->fkey) == 0) {
                        if (found >= 0 && found != (int)q)
                            many = true;
                        found = (int)q;
                    }
            if (many)
                found = -2; /* two of them: neither, and no new person */
        }
        int sobr = 0;
        int kn = -1;
        if (found == -2) {
            found = -1;
            given1 = false;
        } else if (found < 0) {
            /* Against the data: listed forms, Cyrillic sub-spans, surnames. */
            for (size_t k = 0; k < nt && kn < 0; k++) {
                if (k > 0 && !o->cyr)
                    break;
                kn = find_known(st, s + ts[k], n - ts[k], nt - k, &sobr);
                if (kn >= 0 && k > 0)
                    o->start += ts[k];
            }
            if (kn >= 0 && sobr) {
                /* A sobriquet counts when the person is in the document by
                 * full name; a surname alone also when it has a title or a
                 * verb of saying. */
                int have = person_of_known(c, kn);
                if (have >= 0)
                    found = have;
                else if (sobr == 1 && nt == 1 && (o->titled || o->evidence) && !o->plural_title)
                    found = (int)new_person(c, kn, o->tstart);
                else
                    kn = -1;
            } else if (kn >= 0) {
                int have = person_of_known(c, kn);
                found = have >= 0 ? have : (int)new_person(c, kn, o->tstart);
            } else if (nt == 1 && (o->titled || o->evidence)) {
                /* "President Lukashenko", "Putin said" */
                kn = find_known_surname(st, s, n);
                if (kn >= 0) {
                    int have = person_of_known(c, kn);
                    found = have >= 0 ? have : (int)new_person(c, kn, o->tstart);
                }
            }
        }
        /* "Aigerim from Atyrau writes": a person named by a given name only. */
        if (found < 0 && given1 && !o->titled) {
            found = (int)new_person(c, -1, o->tstart);
            c->pers[found].id = kz_doc_strndup(doc, s, n);
        }
        /* "Mr. Smith" with no Smith in the document: still a named person. */
        if (found < 0 && nt == 1 && o->titled && o->strong_title && !o->cyr &&
            o->tstart < o->start) {
            found = (int)new_person(c, -1, o->tstart);
            c->pers[found].id = kz_doc_strndup(doc, s, n);
        }
        if (found >= 0) {
            o->person = found;
            o->known = kn;
            if (o->sobriquet || nt == 1 || o->cyr)
                o->sobriquet = o->sobriquet || o->cyr;
        }
    }
}

/*
 * A role the document gives only as an office word takes the country from
 * the data: "President" or "first President" with the office "President of
 * Kazakhstan" gives "President of Kazakhstan", "first President of
 * Kazakhstan". No role at all takes the data's office or description.
 */
static const char *complete_role(kz_doc *doc, const char *role, const char *office)
{
    if (!office)
        return role;
    if (!role)
        return kz_doc_strndup(doc, office, strlen(office));
    if (strstr(role, " of ") || strstr(role, " to ") || strstr(role, " from "))
        return role;
    const char *lw = strrchr(role, ' ');
    lw = lw ? lw + 1 : role;
    size_t wl = strlen(lw);
    if (strncmp(office, lw, wl) != 0 || (office[wl] != ' ' && office[wl] != '\0'))
        return role;
    /* Only lower-case modifiers may stand before: "first", "former". */
    for (const char *p = role; p < lw; p++)
        if (kz_isupper((unsigned char)*p))
            return role;
    return kz_doc_printf(doc, "%.*s%s", (int)(lw - role), role, office);
}

struct first_ix {
    size_t first, ix;
};

static int by_first(const void *a, const void *b)
{
    const struct first_ix *x = a, *y = b;
    if (x->first != y->first)
        return x->first < y->first ? -1 : 1;
    return x->ix < y->ix ? -1 : x->ix > y->ix;
}

/* Create the entities in order of first mention. */
static void emit(run_ctx *c)
{
    kz_doc *doc = c->doc;
    people_state *st = c->st;
    /* Chain each person's occurrences, in text order. */
    for (size_t pi = 0; pi < c->npers; pi++) {
        c->pers[pi].first = (size_t)-1;
        c->pers[pi].head = c->pers[pi].tail = -1;
    }
    for (size_t i = 0; i < c->nocc; i++) {
        occ *o = &c->occ[i];
        o->next = -1;
        if (o->person < 0)
            continue;
        person *p = &c->pers[o->person];
        if (p->tail >= 0)
            c->occ[p->tail].next = (int)i;
        else
            p->head = (int)i;
        p->tail = (int)i;
        if (o->tstart < p->first)
            p->first = o->tstart;
    }
    for (size_t pi = 0; pi < c->npers; pi++)
        if (!c->pers[pi].id)
            c->pers[pi].id = choose_id(c, pi);
    /* Order by first mention. */
    struct first_ix *ord = kz_xmalloc((c->npers + 1) * sizeof *ord);
    for (size_t i = 0; i < c->npers; i++) {
        ord[i].first = c->pers[i].first;
        ord[i].ix = i;
    }
    qsort(ord, c->npers, sizeof *ord, by_first);
    for (size_t oi = 0; oi < c->npers; oi++) {
        size_t pi = ord[oi].ix;
        person *p = &c->pers[pi];
        if (!p->id || p->first == (size_t)-1)
            continue;
        /* Two groups may reach one id (a data match and a spelling). */
        kz_entity *e = kz_doc_entity(doc, KZ_FACT_PERSON, p->id);
        const char *role = e->role;
        int official = e->official;
        for (int i = p->head; i >= 0; i = c->occ[i].next) {
            occ *o = &c->occ[i];
            kz_entity_add_mention(doc, e, o->start, o->end);
            if (o->tstart < o->start)
                kz_entity_add_mention(doc, e, o->tstart, o->end);
            /* The first office wins over a description, a description over nothing. */
            if (o->role && (!role || (o->role_official == 1 && official != 1))) {
                role = o->role;
            }
            if (o->role_official == 1)
                official = 1;
            else if (o->role_official == 0 && official < 0)
                official = 0;
        }
        if (p->known >= 0) {
            const known *k = &st->known[p->known];
            if (k->official)
                official = 1;
            else if (official < 0)
                official = 0;
            role = complete_role(doc, role, k->office);
        }
        e->role = role;
        e->official = official < 0 ? 0 : official;
        remember(st, p->id, c, pi);
    }
    free(ord);
}

/* ------------------------------------------------------------ contract */

static void people_free(void *state)
{
    people_state *st = state;
    if (!st)
        return;
    for (size_t i = 0; i < sizeof st->memo / sizeof st->memo[0]; i++)
        free(st->memo[i].name);
    kz_regex *res[] = {st->re_run,         st->re_title,      st->re_desc,
                       st->re_appos,       st->re_appos_more, st->re_label_pre,
                       st->re_label_post,  st->re_byline,     st->re_credit_after,
                       st->re_said_before, st->re_said_after, st->re_event_before,
                       st->re_who};
    for (size_t i = 0; i < sizeof res / sizeof res[0]; i++)
        kz_regex_free(res[i]);
    for (size_t i = 0; i < st->nknown; i++) {
        for (size_t v = 0; v < st->known[i].nspell; v++)
            free(st->known[i].spell[v]);
        free(st->known[i].spell);
        free(st->known[i].sobr);
        for (size_t v = 0; v < st->known[i].nspell; v++) {
            free(st->known[i].keys[v]);
            free(st->known[i].fkeys[v]);
        }
        free(st->known[i].keys);
        free(st->known[i].fkeys);
        free(st->known[i].surkey);
        free(st->known[i].id);
        free(st->known[i].office);
    }
    free(st->known);
    for (size_t i = 0; i < st->ngiven; i++)
        free(st->given[i]);
    free(st->given);
    for (size_t i = 0; i < st->nseen; i++) {
        for (size_t k = 0; k < st->seen[i].nspell; k++)
            free(st->seen[i].spell[k]);
        free(st->seen[i].spell);
        free(st->seen[i].id);
    }
    free(st->seen);
    free(st);
}

static kz_status people_init(void **state, kz_error *err)
{
    people_state *st = kz_xcalloc(1, sizeof *st);
    struct {
        kz_regex **re;
        const char *pat;
        unsigned flags;
    } pats[] = {
        {&st->re_run, RE_RUN, 0},
        {&st->re_title, RE_TITLE, 0},
        {&st->re_desc, RE_DESC, 0},
        {&st->re_appos, RE_APPOS, 0},
        {&st->re_appos_more, RE_APPOS_MORE, 0},
        {&st->re_label_pre, RE_LABEL_PRE, 0},
        {&st->re_label_post, RE_LABEL_POST, 0},
        {&st->re_byline, RE_BYLINE, 0},
        {&st->re_credit_after, RE_CREDIT_AFTER, 0},
        {&st->re_said_before, RE_SAID_BEFORE, 0},
        {&st->re_said_after, RE_SAID_AFTER, 0},
        {&st->re_event_before, RE_EVENT_BEFORE, 0},
        {&st->re_who, RE_WHO, 0},
    };
    for (size_t i = 0; i < sizeof pats / sizeof pats[0]; i++) {
        kz_status s = kz_regex_compile(pats[i].re, pats[i].pat, pats[i].flags, err);
        if (s != KZ_OK) {
            people_free(st);
            return s;
        }
    }
    load_known(st);
    load_given(st);
    *state = st;
    return KZ_OK;
}

static kz_status people_run(void *state, kz_doc *doc, kz_error *err)
{
    run_ctx c;
    memset(&c, 0, sizeof c);
    c.st = state;
    c.doc = doc;
    index_places(&c);
    /* at most 256 distinct speakers are compared: a speaker is only a hint */
    c.speakers = kz_xmalloc(257 * sizeof *c.speakers);
    for (size_t i = 0; i < doc->nturns && c.nspeakers < 256; i++) {
        const char *sp = doc->turns[i].speaker;
        size_t k;
        for (k = 0; sp && k < c.nspeakers; k++)
            if (c.speakers[k] == sp || strcmp(c.speakers[k], sp) == 0)
                break;
        if (sp && k == c.nspeakers)
            c.speakers[c.nspeakers++] = sp;
    }
    kz_match m;
    size_t at = 0;
    int r;
    while ((r = kz_regex_find(c.st->re_run, doc->text, doc->len, at, &m)) == 1) {
        scan_run(&c, m.start, m.end);
        at = m.end > at ? m.end : at + 1;
    }
    kz_status st = KZ_OK;
    if (r == KZ_ELIMIT)
        st = kz_error_set(err, KZ_ELIMIT, doc->path, 0, "people: regex match limit");
    else {
        decide(&c);
        emit(&c);
    }
    for (size_t i = 0; i < c.nocc; i++) {
        free(c.occ[i].fkey);
        free(c.occ[i].lkey);
    }
    free(c.occ);
    free(c.pers);
    free(c.place_s);
    free(c.speakers);
    return st;
}

const struct kz_extractor kz_extractor_people = {
    .name = "people",
    .type = KZ_FACT_PERSON,
    .summary = "persons: officials, diplomats, experts, authors (one id per person)",
    .order = 40,
    .init = people_init,
    .free = people_free,
    .run = people_run,
};
