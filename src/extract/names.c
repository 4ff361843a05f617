/* SPDX-License-Identifier: MIT */
#include "names.h"

#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"

/*
 * Cyrillic letters (lower case; kz_utf8_fold_key has folded case and
 * stripped the breve of й and the diaeresis of ї and ё already) to Latin,
 * Ukrainian-style. The romanisation rules below merge the Russian-style
 * alternatives (г is h here, and h meets g there).
 */
static const char *cyr_latin(int32_t cp)
{
    static const char *const tab[] = {
        "a", "b", "v", "h", "d", "e",  "zh", "z",  "y",  "y",    "k", "l", "m", "n", "o",  "p",
        "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "",  "y", "",  "e", "yu", "ya"};
    if (cp >= 0x0430 && cp <= 0x044F)
        return tab[cp - 0x0430];
    switch (cp) {
    case 0x0451: return "yo"; /* ё */
    case 0x0454: return "ye"; /* є */
    case 0x0456: return "i";  /* і */
    case 0x0457: return "yi"; /* ї */
    case 0x0491: return "g";  /* ґ */
    case 0x045E: return "u";  /* ў */
    default: return NULL;
    }
}

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/*
 * One token (lower-case Latin, no spaces) through the romanisation rules.
 * Examples: "toqayev" -> "tokaev", "kovalyov" -> "kovaliov",
 * "zelenskyy" -> "zelenski", "kassym" -> "kasim", "zhomart" -> "jomart".
 */
static void romanise_token(const char *t, size_t n, kz_buf *out)
{
    kz_buf a = KZ_BUF_INIT;
    for (size_t i = 0; i < n; i++) {
        char c = t[i];
        char nx = i + 1 < n ? t[i + 1] : 0;
        if (c == 'd' && nx == 'z' && i + 2 < n && t[i + 2] == 'h') {
            kz_buf_putc(&a, 'j'); /* Dzhambul / Jambyl */
            i += 2;
        } else if (c == 'z' && nx == 'h') {
            kz_buf_putc(&a, 'j'); /* Zhomart / Jomart */
            i++;
        } else if (c == 'k' && nx == 'h') {
            kz_buf_putc(&a, 'x');
            i++;
        } else if (c == 't' && nx == 's') {
            kz_buf_putc(&a, 'c');
            i++;
        } else if (c == 'c' && nx == 'k') {
            kz_buf_putc(&a, 'k');
            i++;
        } else if (c == 'q') {
            kz_buf_putc(&a, 'k');
        } else if (c == 'w') {
            kz_buf_putc(&a, 'v');
        } else if (c == 'y' || (c == 'j' && i > 0 && is_vowel(t[i - 1]) && !is_vowel(nx))) {
            /* y, and a j after a vowel (Andrij, Serhij), are both the glide i */
            kz_buf_putc(&a, 'i');
        } else if (c == 'h' &&
                   (a.len == 0 || (a.ptr[a.len - 1] != 's' && a.ptr[a.len - 1] != 'c'))) {
            kz_buf_putc(&a, 'g'); /* Ukrainian h is Russian g: Hennadii / Gennady */
        } else {
            kz_buf_putc(&a, c);
        }
    }
    const char *s = kz_buf_cstr(&a);
    size_t len = a.len, i = 0;
    /* A word-initial "ie" is the Ukrainian/Russian "ye": Yevhen, Ievgen, Evgen. */
    if (len > 2 && s[0] == 'i' && s[1] == 'e')
        i = 1;
    char prev = 0;
    kz_buf b = KZ_BUF_INIT;
    for (; i < len; i++) {
        char c = s[i];
        if (c == prev)
            continue; /* doubled letters: Kassym / Qasym, Hennadii / Gennady */
        kz_buf_putc(&b, c);
        prev = c;
    }
    /* An i between two vowels is a written glide: Bekmaiev -> Bekmaev. */
    for (size_t k = 0; k < b.len; k++) {
        char c = b.ptr[k];
        if (c == 'i' && k > 0 && k + 1 < b.len && is_vowel(b.ptr[k - 1]) && b.ptr[k - 1] != 'i' &&
            is_vowel(b.ptr[k + 1]))
            continue;
        kz_buf_putc(out, c);
    }
    kz_buf_release(&a);
    kz_buf_release(&b);
}

char *kz_name_key(const char *s, size_t len)
{
    char *folded = kz_utf8_fold_key(s, len);
    size_t flen = strlen(folded);
    /* Transliterate, drop apostrophes and dots, and make hyphens spaces. */
    kz_buf lat = KZ_BUF_INIT;
    for (size_t i = 0; i < flen;) {
        int32_t cp = kz_utf8_next(folded, flen, &i);
        const char *l = cyr_latin(cp);
        if (l)
            kz_buf_puts(&lat, l);
        else if (cp == '\'' || cp == '.' || cp == 0x044C || cp == 0x02B9)
            continue;
        else if (cp == '-' || kz_utf8_is_space(cp))
            kz_buf_putc(&lat, ' ');
        else
            kz_utf8_encode(&lat, cp);
    }
    free(folded);
    kz_buf out = KZ_BUF_INIT;
    const char *p = kz_buf_cstr(&lat);
    for (size_t i = 0; i < lat.len;) {
        while (i < lat.len && p[i] == ' ')
            i++;
        size_t j = i;
        while (j < lat.len && p[j] != ' ')
            j++;
        if (j > i) {
            if (out.len)
                kz_buf_putc(&out, ' ');
            romanise_token(p + i, j - i, &out);
        }
        i = j;
    }
    kz_buf_release(&lat);
    if (!out.len)
        return kz_xstrdup("");
    return kz_buf_detach(&out);
}

char *kz_name_skeleton(const char *key, size_t len)
{
    kz_buf b = KZ_BUF_INIT;
    for (size_t i = 0; i < len; i++)
        if (i == 0 || !is_vowel(key[i]))
            kz_buf_putc(&b, key[i]);
    if (!b.len)
        return kz_xstrdup("");
    return kz_buf_detach(&b);
}

bool kz_name_is_cyrillic(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        int32_t cp = kz_utf8_next(s, len, &i);
        if (cp >= 0x0400 && cp <= 0x04FF)
            return true;
    }
    return false;
}

/* Stem of a key token for comparing a Cyrillic form in a grammatical case:
 * a case ending of the Cyrillic side goes ("zelenskomu" -> "zelensk"), then
 * final vowels on either side ("zelenski" -> "zelensk"). */
static size_t stem_len(const char *k, size_t n, bool cyr)
{
    static const char *const endings[] = {"omu", "ogo", "ogu", "ovi", "evi", "im", "om", "oi"};
    if (cyr) {
        for (size_t e = 0; e < sizeof endings / sizeof endings[0]; e++) {
            size_t el = strlen(endings[e]);
            if (n > el + 3 && memcmp(k + n - el, endings[e], el) == 0) {
                n -= el;
                break;
            }
        }
    }
    while (n > 3 && is_vowel(k[n - 1]))
        n--;
    return n;
}

/* The key rules on two tokens; @fuzzy adds the skeleton and Cyrillic stems. */
static bool token_match(const char *a, size_t alen, const char *b, size_t blen, bool fuzzy)
{
    char *ka = kz_name_key(a, alen), *kb = kz_name_key(b, blen);
    bool same = strcmp(ka, kb) == 0;
    size_t la = strlen(ka), lb = strlen(kb);
    bool ca = kz_name_is_cyrillic(a, alen), cb = kz_name_is_cyrillic(b, blen);
    if (!same && (ca || cb) && la > 0 && lb > 0) {
        size_t sa = stem_len(ka, la, ca), sb = stem_len(kb, lb, cb);
        size_t pa = stem_len(ka, la, false), pb = stem_len(kb, lb, false);
        same = (sa >= 4 && sa == sb && memcmp(ka, kb, sa) == 0) ||
               (pa >= 4 && pa == pb && memcmp(ka, kb, pa) == 0);
    }
    if (!same && fuzzy && la >= 5 && lb >= 5 && ka[0] == kb[0] && ka[la - 1] == kb[lb - 1] &&
        (la > lb ? la - lb : lb - la) <= 2) {
        char *sa = kz_name_skeleton(ka, la), *sb = kz_name_skeleton(kb, lb);
        same = strlen(sa) >= 3 && strcmp(sa, sb) == 0;
        free(sa);
        free(sb);
    }
    free(ka);
    free(kb);
    return same;
}

bool kz_name_token_same(const char *a, size_t alen, const char *b, size_t blen)
{
    return token_match(a, alen, b, blen, true);
}

static bool is_sep(int32_t cp)
{
    return kz_utf8_is_space(cp);
}

size_t kz_name_tokens(const char *s, size_t len, size_t *start, size_t *end, size_t max)
{
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        int32_t cp = kz_utf8_next(s, len, &j);
        if (is_sep(cp)) {
            i = j;
            continue;
        }
        size_t b = i;
        size_t e = j;
        while (e < len) {
            size_t k = e;
            cp = kz_utf8_next(s, len, &k);
            if (is_sep(cp))
                break;
            e = k;
        }
        if (n < max) {
            start[n] = b;
            end[n] = e;
        }
        n++;
        i = e;
    }
    return n;
}

bool kz_name_same(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t as[KZ_NAME_MAX_TOKENS], ae[KZ_NAME_MAX_TOKENS];
    size_t bs[KZ_NAME_MAX_TOKENS], be[KZ_NAME_MAX_TOKENS];
    size_t na = kz_name_tokens(a, alen, as, ae, KZ_NAME_MAX_TOKENS);
    size_t nb = kz_name_tokens(b, blen, bs, be, KZ_NAME_MAX_TOKENS);
    if (na < 2 || nb < 2 || na > KZ_NAME_MAX_TOKENS || nb > KZ_NAME_MAX_TOKENS)
        return false;
    /* Given names by key (and Cyrillic stem), never by skeleton: Vlada and
     * Vlad are two people. */
    if (!token_match(a + as[0], ae[0] - as[0], b + bs[0], be[0] - bs[0], false))
        return false;
    size_t la = na - 1, lb = nb - 1;
    return token_match(a + as[la], ae[la] - as[la], b + bs[lb], be[lb] - bs[lb], true);
}

int kz_name_english_score(const char *s, size_t len)
{
    int score = 0;
    for (size_t i = 0; i + 1 < len; i++) {
        char c = s[i], n = s[i + 1];
        if ((c == 'y' || c == 'Y') && (n == 'a' || n == 'e' || n == 'o' || n == 'u'))
            score++;
    }
    return score;
}

static bool eq_ascii_ci(const char *a, const char *b, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (kz_tolower((unsigned char)a[i]) != kz_tolower((unsigned char)b[i]))
            return false;
    return true;
}

/* Words that may stand before a name in a speaker label and are not part of it. */
static bool is_label_title(const char *t, size_t n)
{
    static const char *const words[] = {
        "mr",         "mr.",       "mrs",        "mrs.",      "ms",       "ms.",      "dr",
        "dr.",        "prof",      "prof.",      "professor", "sir",      "madam",    "mister",
        "ambassador", "president", "minister",   "deputy",    "senator",  "chairman", "chairwoman",
        "speaker",    "general",   "colonel",    "secretary", "governor", "mayor",    "akim",
        "his",        "her",       "excellency", "h.e.",      "the"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i]) == n && eq_ascii_ci(t, words[i], n))
            return true;
    return false;
}

const char *kz_people_speaker_id(const kz_doc *doc, const char *speaker)
{
    if (!doc || !speaker)
        return NULL;
    size_t len = strlen(speaker);
    while (len && (speaker[len - 1] == ':' || speaker[len - 1] == ' ' || speaker[len - 1] == ','))
        len--;
    size_t ts[KZ_NAME_MAX_TOKENS], te[KZ_NAME_MAX_TOKENS];
    size_t n = kz_name_tokens(speaker, len, ts, te, KZ_NAME_MAX_TOKENS);
    if (n == 0 || n > KZ_NAME_MAX_TOKENS)
        return NULL;
    size_t first = 0;
    while (first < n && is_label_title(speaker + ts[first], te[first] - ts[first]))
        first++;
    if (first == n)
        return NULL;
    const char *name = speaker + ts[first];
    size_t nlen = te[n - 1] - ts[first];
    size_t ntok = n - first;
    const char *found = NULL;
    for (size_t i = 0; i < doc->nentities; i++) {
        const kz_entity *e = &doc->entities[i];
        if (e->type != KZ_FACT_PERSON)
            continue;
        bool hit = false;
        if (ntok >= 2) {
            hit = kz_name_same(name, nlen, e->id, strlen(e->id));
            for (size_t m = 0; !hit && m < e->nmentions; m++) {
                const char *ms = doc->text + e->mentions[m].start;
                hit = kz_name_same(name, nlen, ms, e->mentions[m].end - e->mentions[m].start);
            }
        } else {
            /* A bare surname: against the last token of the id and of every
             * mention, so "Abenov" finds "Nurlan Abenov". */
            size_t is[KZ_NAME_MAX_TOKENS], ie[KZ_NAME_MAX_TOKENS];
            size_t k = kz_name_tokens(e->id, strlen(e->id), is, ie, KZ_NAME_MAX_TOKENS);
            if (k >= 2 && k <= KZ_NAME_MAX_TOKENS)
                hit = kz_name_token_same(name, nlen, e->id + is[k - 1], ie[k - 1] - is[k - 1]);
            for (size_t m = 0; !hit && m < e->nmentions; m++) {
                const char *ms = doc->text + e->mentions[m].start;
                size_t ml = e->mentions[m].end - e->mentions[m].start;
                k = kz_name_tokens(ms, ml, is, ie, KZ_NAME_MAX_TOKENS);
                if (k >= 1 && k <= KZ_NAME_MAX_TOKENS)
                    hit = kz_name_token_same(name, nlen, ms + is[k - 1], ie[k - 1] - is[k - 1]);
            }
        }
        if (hit) {
            if (found && strcmp(found, e->id) != 0)
                return NULL; /* two people share the surname: no guess */
            found = e->id;
        }
    }
    return found;
}
