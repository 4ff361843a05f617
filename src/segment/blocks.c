/* SPDX-License-Identifier: MIT */
/* Tests on single blocks: dashes, questions, headings, captions, labels. */
#include <string.h>
#include <strings.h>

#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "segment.h"

bool seg_is_dash_start(const char *s, size_t n, size_t *after)
{
    /* "- ", "-- ", "— ", "– ", "―" (a dash glued to the word counts for the long dashes) */
    size_t i = 0;
    int dashes = 0, long_dash = 0;
    while (i < n) {
        size_t j = i;
        int32_t cp = kz_utf8_next(s, n, &j);
        if (cp == '-')
            dashes++;
        else if (cp == 0x2014 || cp == 0x2013 || cp == 0x2015 || cp == 0x2012)
            dashes++, long_dash = 1;
        else
            break;
        i = j;
    }
    if (!dashes || dashes > 3 || i >= n)
        return false;
    size_t j = i, w;
    while ((w = kz_utf8_space_len(s, n, j)) > 0)
        j += w;
    if (j == i) {
        /* "-word" is a hyphen; "—Word" still opens speech */
        if (!long_dash)
            return false;
        size_t k = j;
        if (!kz_utf8_is_upper(kz_utf8_next(s, n, &k)))
            return false;
    }
    if (j >= n)
        return false;
    if (after)
        *after = j;
    return true;
}

bool seg_ends_question(const char *s, size_t n)
{
    /* the last sentence mark, looking past closing quotes, brackets and spaces */
    while (n > 0) {
        unsigned char c = (unsigned char)s[n - 1];
        if (c == ' ' || c == '"' || c == '\'' || c == ')' || c == '*' || c == ']') {
            n--;
            continue;
        }
        if (c >= 0x80) { /* ” ’ » */
            size_t st;
            int32_t cp = kz_utf8_prev(s, n, &st);
            if (cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0xA0) {
                n = st;
                continue;
            }
        }
        return c == '?';
    }
    return false;
}

bool seg_is_caps_heading(const char *s, size_t n)
{
    size_t i = 0, upper = 0, words = 0;
    int in_word = 0;
    while (i < n) {
        int32_t cp = kz_utf8_next(s, n, &i);
        if (kz_utf8_is_lower(cp))
            return false;
        if (kz_utf8_is_upper(cp)) {
            upper++;
            if (!in_word)
                words++;
            in_word = 1;
        } else if (cp == ' ') {
            in_word = 0;
        }
    }
    if (upper < 6 || words < 2)
        return false;
    /* "MR. SMITH: Thank you" has lower case; "MODERATOR:" alone is a label */
    return s[n - 1] != ':';
}

static bool starts_word(const char *s, size_t n, const char *w)
{
    size_t l = strlen(w);
    if (n < l || strncasecmp(s, w, l) != 0)
        return false;
    return n == l || !kz_isalpha((unsigned char)s[l]);
}

bool seg_is_caption(const char *s, size_t n)
{
    static const char *const heads[] = {
        "Photo",        "Photos", "Photograph", "Image", "Pictured",       "Caption", "Video",
        "Illustration", "Credit", "(Photo",     "Фото",  "Photo courtesy", NULL};
    for (size_t i = 0; heads[i]; i++)
        if (starts_word(s, n, heads[i]))
            return true;
    return false;
}

bool seg_is_credit(const char *s, size_t n)
{
    static const char *const heads[] = {"Original Author",
                                        "Author`s name",
                                        "Author's name",
                                        "Author’s name",
                                        "Author",
                                        "Authors",
                                        "Editor",
                                        "Edited by",
                                        "Translated by",
                                        "Translation",
                                        "Written by",
                                        "By",
                                        "DISCLAIMER",
                                        "Disclaimer",
                                        "Subscribe",
                                        "Follow us",
                                        "Read more",
                                        "Read also",
                                        "Also read",
                                        "Source:",
                                        "Copyright",
                                        "All rights reserved",
                                        "Interview dated",
                                        "Interviewed by",
                                        "Interview by",
                                        "Prepared by",
                                        "Tags:",
                                        "Share",
                                        "Related:",
                                        "Published",
                                        "Posted",
                                        "Updated",
                                        "©",
                                        NULL};
    for (size_t i = 0; heads[i]; i++) {
        size_t l = strlen(heads[i]);
        if (n >= l && strncmp(s, heads[i], l) == 0 &&
            (n == l || !kz_isalpha((unsigned char)s[l]) || heads[i][l - 1] == ':')) {
            /* "By" only as a short byline, not "By the way, ..." */
            if (strcmp(heads[i], "By") == 0 || strcmp(heads[i], "Share") == 0 ||
                strcmp(heads[i], "Published") == 0 || strcmp(heads[i], "Posted") == 0 ||
                strcmp(heads[i], "Updated") == 0 || strcmp(heads[i], "Author") == 0 ||
                strcmp(heads[i], "Editor") == 0)
                return n < 60 && !memchr(s, '.', n > 0 ? n - 1 : 0) &&
                       (strcmp(heads[i], "By") != 0 || (n > 3 && kz_isupper((unsigned char)s[3])));
            return true;
        }
    }
    /* "Taras Melnyk led this conversation", "Interview conducted by ..." */
    static const char *const tails[] = {"led this conversation", "conducted the interview",
                                        "led the conversation", "talked to", NULL};
    for (size_t i = 0; tails[i]; i++) {
        size_t l = strlen(tails[i]);
        const char *hit = kz_memmem(s, n, tails[i], l);
        if (hit && n < 80 && (size_t)(hit - s) + l + 2 >= n)
            return true;
    }
    if (n < 80 && kz_memmem(s, n, "conducted by", 12))
        return true;
    return false;
}

bool seg_is_unterminated(const char *s, size_t n)
{
    while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '*'))
        n--;
    if (n == 0)
        return true;
    unsigned char c = (unsigned char)s[n - 1];
    if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';' || c == '"' || c == '\'' ||
        c == ')')
        return false;
    if (c >= 0x80) {
        size_t st;
        int32_t cp = kz_utf8_prev(s, n, &st);
        if (cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x2026)
            return false;
    }
    return true;
}

static const char *const stop_labels[] = {"photo",
                                          "photos",
                                          "disclaimer",
                                          "original author",
                                          "author",
                                          "authors",
                                          "author`s name",
                                          "editor",
                                          "source",
                                          "sources",
                                          "note",
                                          "notes",
                                          "caption",
                                          "read more",
                                          "read also",
                                          "tags",
                                          "update",
                                          "updated",
                                          "translation",
                                          "translated by",
                                          "related",
                                          "p.s",
                                          "ps",
                                          "important",
                                          "credits",
                                          "copyright",
                                          "share",
                                          "subscribe",
                                          "date",
                                          "location",
                                          "keywords",
                                          "comments",
                                          "video",
                                          "image",
                                          "illustration",
                                          "background",
                                          "context",
                                          "quote",
                                          "reference",
                                          "see also",
                                          "also read",
                                          "example",
                                          "for example",
                                          "e.g",
                                          "i.e",
                                          "warning",
                                          "attention",
                                          "contact",
                                          "contacts",
                                          "email",
                                          "e-mail",
                                          "tel",
                                          "phone",
                                          "fax",
                                          "address",
                                          "website",
                                          "web",
                                          "url",
                                          "http",
                                          "https",
                                          "www",
                                          "follow",
                                          "published",
                                          "posted",
                                          "title",
                                          "subject",
                                          "summary",
                                          "conclusion",
                                          "introduction",
                                          "part",
                                          "chapter",
                                          "section",
                                          "step",
                                          "total",
                                          "result",
                                          "results",
                                          "price",
                                          "time",
                                          "place",
                                          "venue",
                                          "topic",
                                          "agenda",
                                          "re",
                                          "fyi",
                                          "nb",
                                          "ps",
                                          "bottom line",
                                          "the bottom line",
                                          "in short",
                                          "in brief",
                                          "why",
                                          "how",
                                          "what",
                                          "when",
                                          "where",
                                          "who",
                                          NULL};

bool seg_label_is_stop(const char *s, size_t n)
{
    for (size_t i = 0; stop_labels[i]; i++)
        if (strlen(stop_labels[i]) == n && strncasecmp(s, stop_labels[i], n) == 0)
            return true;
    return false;
}

bool seg_label_is_answerer(const char *s, size_t n)
{
    static const char *const a[] = {"a", "answer", "answers", "reply", "response", NULL};
    for (size_t i = 0; a[i]; i++)
        if (strlen(a[i]) == n && strncasecmp(s, a[i], n) == 0)
            return true;
    return false;
}

bool seg_label_is_asker(const char *s, size_t n)
{
    /* "Question from Kazinform", "Question (Izvestia)" */
    if (n > 9 && strncasecmp(s, "question ", 9) == 0)
        return true;
    static const char *const askers[] = {"q",
                                         "question",
                                         "questions",
                                         "interviewer",
                                         "moderator",
                                         "journalist",
                                         "reporter",
                                         "host",
                                         "correspondent",
                                         "presenter",
                                         "anchor",
                                         "audience",
                                         "audience member",
                                         "participant",
                                         "the moderator",
                                         "staff",
                                         "operator",
                                         "press",
                                         "media",
                                         NULL};
    for (size_t i = 0; askers[i]; i++)
        if (strlen(askers[i]) == n && strncasecmp(s, askers[i], n) == 0)
            return true;
    return false;
}

/* Tokens a label may hold besides capitalised words. */
static bool label_connector(const char *s, size_t n)
{
    static const char *const c[] = {"of",  "the",  "de",  "da",   "van", "von", "der",
                                    "al",  "el",   "bin", "ibn",  "la",  "le",  "du",
                                    "and", "a.i.", "for", "from", NULL};
    for (size_t i = 0; c[i]; i++)
        if (strlen(c[i]) == n && strncmp(s, c[i], n) == 0)
            return true;
    return false;
}

/* "[00:00:04] " or "(12:03) " before a label in podcast and broadcast transcripts. */
static size_t timestamp(const char *s, size_t n)
{
    if (n < 6 || (s[0] != '[' && s[0] != '('))
        return 0;
    size_t i = 1, digits = 0;
    while (i < n && i < 14 && (kz_isdigit((unsigned char)s[i]) || s[i] == ':' || s[i] == '.')) {
        digits += kz_isdigit((unsigned char)s[i]);
        i++;
    }
    if (digits < 3 || i >= n || (s[i] != ']' && s[i] != ')') || !memchr(s, ':', i))
        return 0;
    i++;
    while (i < n && s[i] == ' ')
        i++;
    return i;
}

bool seg_parse_label(const char *s, size_t n, kz_span *label, size_t *body)
{
    size_t ts = timestamp(s, n);
    if (ts) {
        if (!seg_parse_label(s + ts, n - ts, label, body))
            return false;
        label->start += ts;
        label->end += ts;
        *body += ts;
        return true;
    }
    /* "Q" / "A" (and "Q." "Q:" "Q -" "Q)") */
    if (n >= 1 && (s[0] == 'Q' || s[0] == 'A') &&
        (n == 1 || s[1] == ':' || s[1] == '.' || s[1] == ')' || s[1] == '\t' ||
         (n >= 3 && s[1] == ' ' && (s[2] == ' ' || s[2] == '-' || s[2] == ':')))) {
        size_t j = 1;
        while (j < n && strchr(":.)- \t", s[j]))
            j++;
        if (n == 1 || j < n || s[1] == ':' || s[1] == '.') {
            /* "A." followed by lower case is an initial, not a label */
            if (j < n && kz_islower((unsigned char)s[j]))
                return false;
            label->start = 0;
            label->end = 1;
            *body = j;
            return true;
        }
    }
    /* parliamentary verbatim: "President. - text", "Anders Lund, rapporteur. - text" */
    {
        size_t cap = n < 160 ? n : 160;
        for (size_t k = 1; k + 3 < cap; k++) {
            if (s[k] != '.' || s[k + 1] != ' ')
                continue;
            size_t w = k + 2, dl = 0;
            if (s[w] == '-')
                dl = 1;
            else if (w + 2 < n && (unsigned char)s[w] == 0xE2 && (unsigned char)s[w + 1] == 0x80 &&
                     ((unsigned char)s[w + 2] == 0x93 || (unsigned char)s[w + 2] == 0x94))
                dl = 3;
            if (!dl || w + dl >= n || s[w + dl] != ' ')
                continue;
            /* the name part: capitalised words up to a comma or the period */
            size_t e = 0;
            while (e < k && s[e] != ',' && !(s[e] == ' ' && s[e + 1] == '('))
                e++;
            size_t words = 0;
            bool ok = kz_isupper((unsigned char)s[0]) || (unsigned char)s[0] >= 0xC0;
            for (size_t q = 0; q < e && ok; q++) {
                if (q == 0 || s[q - 1] == ' ') {
                    words++;
                    if (!(kz_isupper((unsigned char)s[q]) || (unsigned char)s[q] >= 0xC0))
                        ok = false;
                }
                if (s[q] == '.' || kz_isdigit((unsigned char)s[q]))
                    ok = false;
            }
            if (!ok || words == 0 || words > 4)
                break;
            label->start = 0;
            label->end = e;
            *body = w + dl + 1;
            return true;
        }
    }
    size_t i = 0, words = 0, caps_words = 0, last_start = 0, last_end = 0;
    int honorific = 0;
    while (i < n && i < 72) {
        size_t ws = i;
        int32_t cp;
        size_t k = i;
        cp = kz_utf8_next(s, n, &k);
        bool upper = kz_utf8_is_upper(cp) || kz_isdigit(cp);
        /* a word: letters, digits, . - ' ’ */
        size_t we = i, lowers = 0, letters = 0;
        while (we < n) {
            size_t k2 = we;
            int32_t c2 = kz_utf8_next(s, n, &k2);
            if (kz_utf8_is_letter(c2)) {
                letters++;
                lowers += kz_utf8_is_lower(c2);
            } else if (!(c2 == '.' || c2 == '-' || c2 == '\'' || c2 == 0x2019 || kz_isdigit(c2))) {
                break;
            }
            we = k2;
        }
        if (we == ws)
            return false;
        if (!upper && !label_connector(s + ws, we - ws))
            return false;
        /* "Khabar 24" may name an outlet; a label never starts with a number */
        for (size_t d = ws; d < we; d++)
            if (kz_isdigit((unsigned char)s[d]) && words == 0 && !(we - ws > 3))
                return false;
        words++;
        if (letters >= 2 && lowers == 0)
            caps_words++;
        if ((we - ws == 3 && (strncmp(s + ws, "Mr.", 3) == 0 || strncmp(s + ws, "MR.", 3) == 0 ||
                              strncmp(s + ws, "Ms.", 3) == 0 || strncmp(s + ws, "MS.", 3) == 0 ||
                              strncmp(s + ws, "Dr.", 3) == 0 || strncmp(s + ws, "DR.", 3) == 0)) ||
            (we - ws == 4 && (strncmp(s + ws, "Mrs.", 4) == 0 || strncmp(s + ws, "MRS.", 4) == 0)))
            honorific = 1;
        last_start = ws;
        last_end = we;
        i = we;
        if (i < n && s[i] == ':') {
            /* "Label: text" or "Label:" alone */
            size_t b = i + 1, w;
            if (b < n && !kz_utf8_space_len(s, n, b))
                return false; /* "10:30", "http://" */
            while ((w = kz_utf8_space_len(s, n, b)) > 0)
                b += w;
            if (words > 6)
                return false;
            label->start = 0;
            label->end = i;
            *body = b;
            return true;
        }
        /* "Mr. KAUFMAN. text", "Senator KAUFMAN.": a period label needs an upper-case surname
         * after a title, as in congressional transcripts */
        if (i > 0 && s[i - 1] == '.' && i < n && s[i] == ' ' && words >= 2 && words <= 3 &&
            last_end - last_start >= 4 && caps_words >= 1 && (honorific || words == 2)) {
            bool all_caps = true;
            for (size_t d = last_start; d + 1 < last_end; d++)
                if (kz_islower((unsigned char)s[d]))
                    all_caps = false;
            if (all_caps) {
                label->start = 0;
                label->end = i - 1;
                size_t b = i;
                while (b < n && s[b] == ' ')
                    b++;
                *body = b;
                return true;
            }
        }
        if (i >= n || s[i] != ' ')
            return false;
        i++;
        /* "HOST (Dariga Sembayeva): text": a role with the speaker's name in brackets */
        if (i < n && s[i] == '(') {
            const char *close = memchr(s + i, ')', n - i < 60 ? n - i : 60);
            if (close && (size_t)(close - s) + 1 < n && close[1] == ':' &&
                (size_t)(close - s) + 2 <= n && (close + 2 == s + n || close[2] == ' ')) {
                size_t b = (size_t)(close - s) + 2;
                while (b < n && s[b] == ' ')
                    b++;
                label->start = 0;
                label->end = (size_t)(close - s) + 1;
                *body = b;
                return true;
            }
            return false;
        }
        if (words >= 6)
            return false;
    }
    return false;
}

const char *seg_strip_honorific(const char *s, size_t n, size_t *len)
{
    static const char *const h[] = {"Mr. ", "Mrs. ", "Ms. ", "Dr. ", "MR. ",   "MRS. ",
                                    "MS. ", "DR. ",  "Mr ",  "Ms ",  "Prof. ", NULL};
    for (size_t i = 0; h[i]; i++) {
        size_t l = strlen(h[i]);
        if (n > l && strncmp(s, h[i], l) == 0) {
            *len = n - l;
            return s + l;
        }
    }
    *len = n;
    return s;
}
