/* SPDX-License-Identifier: MIT */
/*
 * Numbers in digits and in English words, kept as exact decimals. See
 * numbers.h for the grammar; the comments here say why each rule is there.
 */
#include "numbers.h"

#include <string.h>

#include "base/kz_ctype.h"
#include "base/kz_utf8.h"

/* 10^18 is the largest power of ten below INT64_MAX (9.2e18). */
#define MANT_MAX 1000000000000000000LL

static void normalise(kz_number *n)
{
    if (n->mant == 0) {
        n->exp = 0;
        return;
    }
    /* "215.30" and "215.3" are the same value: drop zeros after the point. */
    while (n->exp < 0 && n->mant % 10 == 0) {
        n->mant /= 10;
        n->exp++;
    }
}

bool kz_number_scale(kz_number *n, int pow10)
{
    kz_number t = *n;
    t.exp += pow10;
    /* Fold positive exponents back into the mantissa while there is room,
     * so that 2.5 * 10^6 is 25 * 10^5 and never 25 * 10^5 with exp < 0. */
    while (t.exp > 0 && t.mant != 0 && t.mant < MANT_MAX / 10 && t.exp > KZ_NUMBER_EXP_MAX) {
        t.mant *= 10;
        t.exp--;
    }
    if (t.exp > KZ_NUMBER_EXP_MAX || t.exp < -KZ_NUMBER_EXP_MAX)
        return false;
    normalise(&t);
    *n = t;
    return true;
}

bool kz_number_mul(kz_number *n, int64_t k)
{
    if (k < 0)
        return false;
    if (k != 0 && n->mant > (MANT_MAX * 9) / k)
        return false;
    n->mant *= k;
    normalise(n);
    return true;
}

double kz_number_to_double(const kz_number *n)
{
    /* Powers of ten up to 10^22 are exact doubles, so one multiplication or
     * division gives the correctly rounded value for the common cases. */
    static const double p10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    double v = (double)n->mant;
    int e = n->exp;
    if (e >= 0) {
        while (e > 22) {
            v *= 1e22;
            e -= 22;
        }
        return v * p10[e];
    }
    e = -e;
    while (e > 22) {
        v /= 1e22;
        e -= 22;
    }
    return v / p10[e];
}

bool kz_number_is_integer(const kz_number *n)
{
    kz_number t = *n;
    normalise(&t);
    return t.exp >= 0;
}

size_t kz_number_format(const kz_number *n, char *buf, size_t size)
{
    kz_number t = *n;
    normalise(&t);
    char dig[24];
    size_t nd = 0;
    uint64_t m = (uint64_t)(t.mant < 0 ? 0 : t.mant);
    do {
        dig[nd++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    /* dig[] is reversed: dig[nd - 1] is the leading digit. */
    char out[KZ_NUMBER_FMT_MAX + 48];
    size_t o = 0;
    if (t.exp >= 0) {
        for (size_t i = nd; i > 0; i--)
            out[o++] = dig[i - 1];
        if (t.mant != 0)
            for (int i = 0; i < t.exp; i++)
                out[o++] = '0';
    } else {
        size_t k = (size_t)-t.exp;
        if (nd > k) {
            for (size_t i = nd; i > k; i--)
                out[o++] = dig[i - 1];
        } else {
            out[o++] = '0';
        }
        out[o++] = '.';
        for (size_t i = nd; i < k; i++)
            out[o++] = '0';
        for (size_t i = (nd > k ? k : nd); i > 0; i--)
            out[o++] = dig[i - 1];
    }
    if (o + 1 > size)
        return 0;
    memcpy(buf, out, o);
    buf[o] = '\0';
    return o;
}

/* ---- lexical helpers ---------------------------------------------------- */

/* Width of a space that may separate digit groups or words at s[i]: the
 * plain space (returned as 1), U+00A0, U+202F, U+2009 (thin space); 0 if
 * none. *plain says whether it was the ASCII space. */
static size_t space_at(const char *s, size_t len, size_t i, bool *plain)
{
    *plain = false;
    if (i >= len)
        return 0;
    unsigned char c = (unsigned char)s[i];
    if (c == ' ') {
        *plain = true;
        return 1;
    }
    if (c == 0xC2 && i + 1 < len && (unsigned char)s[i + 1] == 0xA0)
        return 2;
    if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0xAF || (unsigned char)s[i + 2] == 0x89))
        return 3;
    return 0;
}

/* True if a word continues at s[i]: a letter of any script or a digit. */
static bool wordish_at(const char *s, size_t len, size_t i)
{
    if (i >= len)
        return false;
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80)
        return kz_isalnum(c);
    size_t j = i;
    return kz_utf8_is_letter(kz_utf8_next(s, len, &j));
}

static size_t ascii_word_end(const char *s, size_t len, size_t i)
{
    while (i < len && kz_isalpha((unsigned char)s[i]))
        i++;
    return i;
}

static bool word_eq(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    if (n != m)
        return false;
    for (size_t i = 0; i < n; i++)
        if (kz_tolower((unsigned char)s[i]) != w[i])
            return false;
    return true;
}

/* ---- number words ------------------------------------------------------- */

enum wkind { W_NONE, W_UNIT, W_TEEN, W_TENS, W_HUNDRED, W_SCALE, W_DOZEN, W_AND };

static const char *const small_words[] = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
static const char *const tens_words[] = {"twenty", "thirty",  "forty",  "fifty",
                                         "sixty",  "seventy", "eighty", "ninety"};

static const struct {
    const char *w;
    int pow10;
} scale_words[] = {
    {"thousand", 3},
    {"million", 6},
    {"billion", 9},
    {"trillion", 12},
};

static enum wkind classify(const char *s, size_t n, int64_t *v)
{
    for (int i = 0; i < 20; i++)
        if (word_eq(s, n, small_words[i])) {
            *v = i;
            return i < 10 ? W_UNIT : W_TEEN;
        }
    for (int i = 0; i < 8; i++)
        if (word_eq(s, n, tens_words[i])) {
            *v = 20 + 10 * i;
            return W_TENS;
        }
    if (word_eq(s, n, "hundred")) {
        *v = 100;
        return W_HUNDRED;
    }
    for (size_t i = 0; i < sizeof scale_words / sizeof scale_words[0]; i++)
        if (word_eq(s, n, scale_words[i].w)) {
            *v = scale_words[i].pow10;
            return W_SCALE;
        }
    if (word_eq(s, n, "dozen")) {
        *v = 12;
        return W_DOZEN;
    }
    if (word_eq(s, n, "and"))
        return W_AND;
    return W_NONE;
}

int64_t kz_number_word_value(const char *s, size_t len)
{
    int64_t v = 0;
    switch (classify(s, len, &v)) {
    case W_UNIT:
    case W_TEEN:
    case W_TENS:
    case W_HUNDRED:
    case W_DOZEN: return v;
    case W_SCALE: {
        int64_t p = 1;
        for (int64_t i = 0; i < v; i++)
            p *= 10;
        return p;
    }
    default: return -1;
    }
}

/* The word at s[i] if it is a whole ASCII word (not followed by more
 * letters or digits): its end, else 0. */
static size_t whole_word(const char *s, size_t len, size_t i)
{
    size_t e = ascii_word_end(s, len, i);
    if (e == i || wordish_at(s, len, e))
        return 0;
    return e;
}

/*
 * Number words. The usual English grammar, strict enough not to glue two
 * numbers together ("five six", "nineteen eighty"):
 *   "Three hundred fifty" 350, "one hundred and twenty" 120,
 *   "twenty-five" 25, "six thousand" 6000, "two million three hundred
 *   thousand" 2300000, "a dozen" 12, "a hundred" 100.
 */
static size_t parse_words(const char *s, size_t len, size_t pos, kz_number *out)
{
    int64_t total = 0, cur = 0, v = 0;
    enum wkind last = W_NONE;
    int last_scale = 100; /* scales must descend: "million ... thousand" */
    bool cur_hundred = false, any_scale = false;
    size_t i = pos, end = 0;

    size_t e = whole_word(s, len, i);
    /* "half a million" is 500000; "half a country" is no number. */
    if (e && word_eq(s + i, e - i, "half")) {
        bool plain;
        size_t w = space_at(s, len, e, &plain);
        size_t ea = w ? whole_word(s, len, e + w) : 0;
        if (!ea || !word_eq(s + e + w, ea - e - w, "a"))
            return 0;
        size_t w2 = space_at(s, len, ea, &plain);
        size_t es = w2 ? whole_word(s, len, ea + w2) : 0;
        if (!es)
            return 0;
        enum wkind k = classify(s + ea + w2, es - ea - w2, &v);
        kz_number h = {.mant = 5, .exp = -1, .flags = 0};
        if (k == W_DOZEN)
            h.exp = 0;
        if (k == W_HUNDRED)
            kz_number_scale(&h, 2);
        else if (k == W_SCALE)
            kz_number_scale(&h, (int)v);
        else if (k == W_DOZEN)
            h.mant = 6;
        else
            return 0;
        h.flags = KZ_NUM_WORDS | KZ_NUM_SCALE;
        *out = h;
        return es;
    }
    /* "a hundred", "a thousand", "a dozen": "a" counts only before these. */
    if (e && (word_eq(s + i, e - i, "a") || word_eq(s + i, e - i, "an"))) {
        bool plain;
        size_t w = space_at(s, len, e, &plain);
        size_t e2 = w ? whole_word(s, len, e + w) : 0;
        enum wkind k = e2 ? classify(s + e + w, e2 - e - w, &v) : W_NONE;
        if (k != W_HUNDRED && k != W_SCALE && k != W_DOZEN)
            return 0;
        cur = 1;
        last = W_UNIT;
        i = e + w;
    }

    for (;;) {
        e = whole_word(s, len, i);
        if (!e)
            break;
        enum wkind k = classify(s + i, e - i, &v);
        bool ok = false;
        switch (k) {
        case W_UNIT:
            ok = last == W_NONE || last == W_TENS || last == W_HUNDRED || last == W_SCALE ||
                 last == W_AND;
            if (ok && last == W_TENS && v == 0)
                ok = false;
            if (ok)
                cur += v;
            break;
        case W_TEEN:
        case W_TENS:
            ok = last == W_NONE || last == W_HUNDRED || last == W_SCALE || last == W_AND;
            if (ok)
                cur += v;
            break;
        case W_HUNDRED:
            ok = (last == W_UNIT || last == W_TEEN) && !cur_hundred && cur > 0 && cur < 100;
            if (ok) {
                cur *= 100;
                cur_hundred = true;
                any_scale = true;
            }
            break;
        case W_SCALE:
            ok = (last == W_UNIT || last == W_TEEN || last == W_TENS || last == W_HUNDRED) &&
                 cur > 0 && v < last_scale;
            if (ok) {
                int64_t p = 1;
                for (int64_t j = 0; j < v; j++)
                    p *= 10;
                total += cur * p;
                cur = 0;
                cur_hundred = false;
                last_scale = (int)v;
                any_scale = true;
            }
            break;
        case W_DOZEN:
            ok = (last == W_UNIT || last == W_TEEN || last == W_TENS) && cur > 0 && cur < 100;
            if (ok) {
                cur *= 12;
                any_scale = true;
            }
            break;
        case W_AND: {
            /* "hundred and twenty": only between a hundred or scale and a
             * smaller number, so "five and six" stays two numbers. */
            ok = last == W_HUNDRED || last == W_SCALE;
            if (ok) {
                bool plain;
                size_t w = space_at(s, len, e, &plain);
                size_t e2 = w ? whole_word(s, len, e + w) : 0;
                int64_t v2;
                enum wkind k2 = e2 ? classify(s + e + w, e2 - e - w, &v2) : W_NONE;
                ok = k2 == W_UNIT || k2 == W_TEEN || k2 == W_TENS;
            }
            break;
        }
        default: break;
        }
        if (!ok)
            break;
        last = k;
        if (k != W_AND)
            end = e;
        if (k == W_DOZEN)
            break; /* "two dozen" ends the number */
        /* The next word follows after one space, or after a hyphen only
         * inside "twenty-five". */
        bool plain;
        size_t w = space_at(s, len, e, &plain);
        if (w) {
            i = e + w;
            continue;
        }
        if (e < len && s[e] == '-' && k == W_TENS) {
            i = e + 1;
            continue;
        }
        break;
    }
    if (!end)
        return 0;
    out->mant = total + cur;
    out->exp = 0;
    out->flags = KZ_NUM_WORDS | (any_scale ? KZ_NUM_SCALE : 0);
    normalise(out);
    return end;
}

/* ---- digits ------------------------------------------------------------- */

/* Append digit @d to *m; false if the mantissa would overflow. */
static bool push_digit(int64_t *m, int d)
{
    if (*m >= MANT_MAX / 10)
        return false;
    *m = *m * 10 + d;
    return true;
}

static size_t digit_run(const char *s, size_t len, size_t i)
{
    size_t j = i;
    while (j < len && kz_isdigit((unsigned char)s[j]))
        j++;
    return j - i;
}

/* One kind of thousands separator at s[i]: its width, or 0. The plain space
 * and the no-break spaces are told apart by *kind. */
static size_t sep_at(const char *s, size_t len, size_t i, int *kind)
{
    if (i >= len)
        return 0;
    if (s[i] == ',' || s[i] == '.') {
        *kind = s[i];
        return 1;
    }
    bool plain;
    size_t w = space_at(s, len, i, &plain);
    if (w)
        *kind = plain ? ' ' : 'n';
    return w;
}

/*
 * Scale words after digits: "2.5 million", "215 thousand", "10 mln",
 * "5bn", "$3m" (with KZ_NUM_SHORT_SCALE). Returns the end, or 0.
 */
static size_t scale_after(const char *s, size_t len, size_t i, unsigned opts, int *pow10)
{
    static const struct {
        const char *w;
        int pow10;
        bool attached_only_short; /* one letter: only attached and with the option */
    } tab[] = {
        {"hundred", 2, false}, {"thousand", 3, false},  {"million", 6, false},
        {"billion", 9, false}, {"trillion", 12, false}, {"mln", 6, false},
        {"mn", 6, false},      {"bn", 9, false},        {"bln", 9, false},
        {"trn", 12, false},    {"m", 6, true},          {"k", 3, true},
        {"b", 9, true},
    };
    bool plain;
    size_t w = space_at(s, len, i, &plain);
    size_t st = i + w;
    size_t e = ascii_word_end(s, len, st);
    if (e == st || wordish_at(s, len, e))
        return 0;
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++) {
        if (!word_eq(s + st, e - st, tab[k].w))
            continue;
        if (tab[k].attached_only_short && (w || !(opts & KZ_NUM_SHORT_SCALE)))
            return 0;
        /* "5 m" and "5 b" are never scales; "5 bn" and "5 mln" are. */
        *pow10 = tab[k].pow10;
        return e;
    }
    return 0;
}

static size_t parse_digits(const char *s, size_t len, size_t pos, unsigned opts, kz_number *out)
{
    size_t n1 = digit_run(s, len, pos);
    if (!n1)
        return 0;
    int64_t m = 0;
    for (size_t k = 0; k < n1; k++)
        if (!push_digit(&m, s[pos + k] - '0'))
            return 0;
    size_t i = pos + n1;
    unsigned flags = KZ_NUM_DIGITS;
    int exp = 0;

    /* Thousands groups: "5,321", "400 000", "1.000.000"; every group has
     * exactly three digits and one kind of separator runs through. */
    int gkind = 0;
    if (n1 <= 3) {
        int kind = 0;
        size_t w = sep_at(s, len, i, &kind);
        size_t j = i, groups = 0;
        int64_t gm = m;
        bool over = false;
        while (w) {
            int k2 = 0;
            size_t w2 = sep_at(s, len, j, &k2);
            if (!w2 || k2 != kind || digit_run(s, len, j + w2) != 3)
                break;
            for (size_t k = 0; k < 3; k++)
                if (!push_digit(&gm, s[j + w2 + k] - '0'))
                    over = true;
            j += w2 + 3;
            groups++;
        }
        bool ok = groups > 0 && !over;
        /* "1.000" is one and a decimal part; dots group only as "1.000.000". */
        if (kind == '.' && groups < 2)
            ok = false;
        /* "+7 727 123 4567": plain-space groups followed by more digits
         * are a phone number or a list, not one number. */
        if (ok && kind == ' ') {
            bool plain;
            size_t w3 = space_at(s, len, j, &plain);
            if (w3 && j + w3 < len && kz_isdigit((unsigned char)s[j + w3]))
                ok = false;
        }
        if (ok) {
            m = gm;
            i = j;
            flags |= KZ_NUM_GROUPED;
            gkind = kind;
        }
    }

    /* Decimal part: "215.3", "0.75", "1,234.5". */
    if (gkind != '.' && i + 1 < len && s[i] == '.' && kz_isdigit((unsigned char)s[i + 1])) {
        size_t nf = digit_run(s, len, i + 1);
        int64_t fm = m;
        bool over = false;
        for (size_t k = 0; k < nf; k++)
            if (!push_digit(&fm, s[i + 1 + k] - '0'))
                over = true;
        if (over || nf > KZ_NUMBER_EXP_MAX)
            return 0;
        m = fm;
        exp = -(int)nf;
        i += 1 + nf;
        flags |= KZ_NUM_DECIMAL;
    }

    /* Decimal comma before a scale word, the European way: "6,5 million",
     * "4,25 bn". Three digits after the comma are a thousands group, and
     * without a scale word "4,5" may be a list, so neither is read here. */
    if (!gkind && !(flags & KZ_NUM_DECIMAL) && i + 1 < len && s[i] == ',' &&
        kz_isdigit((unsigned char)s[i + 1])) {
        size_t nf = digit_run(s, len, i + 1);
        int dummy = 0;
        if (nf <= 2 && scale_after(s, len, i + 1 + nf, opts, &dummy)) {
            int64_t fm = m;
            bool over = false;
            for (size_t k = 0; k < nf; k++)
                if (!push_digit(&fm, s[i + 1 + k] - '0'))
                    over = true;
            if (!over) {
                m = fm;
                exp = -(int)nf;
                i += 1 + nf;
                flags |= KZ_NUM_DECIMAL;
            }
        }
    }

    kz_number n = {.mant = m, .exp = exp, .flags = flags};
    normalise(&n);
    int p10 = 0;
    size_t se = scale_after(s, len, i, opts, &p10);
    if (se && kz_number_scale(&n, p10)) {
        n.flags |= KZ_NUM_SCALE;
        i = se;
    }
    n.flags = flags | (n.flags & KZ_NUM_SCALE);
    *out = n;
    return i;
}

size_t kz_number_parse(const char *s, size_t len, size_t pos, unsigned opts, kz_number *out)
{
    if (pos >= len)
        return 0;
    unsigned char c = (unsigned char)s[pos];
    if (kz_isdigit(c))
        return parse_digits(s, len, pos, opts, out);
    if (kz_isalpha(c) && !(opts & KZ_NUM_NO_WORDS)) {
        size_t e = parse_words(s, len, pos, out);
        if (!e)
            return 0;
        /* "six thousand", "twenty million" are read by parse_words; "two
         * bn" and "five mln" need the abbreviations too. */
        int p10 = 0;
        size_t se = (out->flags & KZ_NUM_SCALE) ? 0 : scale_after(s, len, e, opts, &p10);
        if (se && p10 >= 6 && kz_number_scale(out, p10)) {
            out->flags |= KZ_NUM_SCALE;
            e = se;
        }
        return e;
    }
    return 0;
}

bool kz_number_from_string(const char *s, size_t len, unsigned opts, kz_number *out)
{
    size_t i = 0;
    while (i < len && kz_isspace((unsigned char)s[i]))
        i++;
    size_t e = kz_number_parse(s, len, i, opts, out);
    if (!e)
        return false;
    while (e < len && kz_isspace((unsigned char)s[e]))
        e++;
    return e == len;
}
