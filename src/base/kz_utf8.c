/* SPDX-License-Identifier: MIT */
#include "kz_utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "kz_alloc.h"

size_t kz_utf8_valid_at(const char *str, size_t len, size_t i)
{
    const unsigned char *s = (const unsigned char *)str;
    unsigned char c = s[i];
    if (c < 0x80)
        return 1;
    size_t n;
    int32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return 0;
    }
    if (i + n > len)
        return 0;
    for (size_t k = 1; k < n; k++) {
        if ((s[i + k] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return n;
}

int32_t kz_utf8_next(const char *str, size_t len, size_t *i)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = kz_utf8_valid_at(str, len, *i);
    if (n == 0) {
        (*i)++;
        return 0xFFFD;
    }
    int32_t cp;
    switch (n) {
    case 1: cp = s[*i]; break;
    case 2: cp = ((s[*i] & 0x1F) << 6) | (s[*i + 1] & 0x3F); break;
    case 3: cp = ((s[*i] & 0x0F) << 12) | ((s[*i + 1] & 0x3F) << 6) | (s[*i + 2] & 0x3F); break;
    default:
        cp = ((s[*i] & 0x07) << 18) | ((s[*i + 1] & 0x3F) << 12) | ((s[*i + 2] & 0x3F) << 6) |
             (s[*i + 3] & 0x3F);
    }
    *i += n;
    return cp;
}

int32_t kz_utf8_prev(const char *s, size_t i, size_t *start)
{
    size_t j = i;
    while (j > 0 && i - j < 4) {
        j--;
        if (((unsigned char)s[j] & 0xC0) != 0x80)
            break;
    }
    size_t k = j;
    int32_t cp = kz_utf8_next(s, i, &k);
    if (k != i) { /* malformed: step back one byte */
        j = i - 1;
        cp = 0xFFFD;
    }
    if (start)
        *start = j;
    return cp;
}

void kz_utf8_encode(kz_buf *b, int32_t cp)
{
    char t[4];
    size_t n;
    if (cp < 0x80) {
        t[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        t[0] = (char)(0xC0 | (cp >> 6)), t[1] = (char)(0x80 | (cp & 0x3F)), n = 2;
    } else if (cp < 0x10000) {
        t[0] = (char)(0xE0 | (cp >> 12)), t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        t[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else {
        t[0] = (char)(0xF0 | (cp >> 18)), t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3F)), t[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    }
    kz_buf_put(b, t, n);
}

bool kz_utf8_is_space(int32_t cp)
{
    if (cp == ' ' || (cp >= 9 && cp <= 13))
        return true;
    if (cp < 0x80)
        return false;
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

size_t kz_utf8_space_len(const char *s, size_t n, size_t i)
{
    if (i >= n)
        return 0;
    if (s[i] == ' ' || s[i] == '\t')
        return 1;
    if ((unsigned char)s[i] < 0x80)
        return 0;
    size_t k = i;
    return kz_utf8_is_space(kz_utf8_next(s, n, &k)) ? k - i : 0;
}

bool kz_utf8_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp | 32) >= 'a' && (cp | 32) <= 'z';
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool kz_utf8_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU ||
           utf8proc_category(cp) == UTF8PROC_CATEGORY_LT;
}

bool kz_utf8_is_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'a' && cp <= 'z';
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

bool kz_utf8_is_dash(int32_t cp)
{
    return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

char *kz_utf8_fold_key(const char *s, size_t len)
{
    utf8proc_uint8_t *folded = NULL;
    utf8proc_ssize_t n =
        utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)len, &folded,
                     UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD | UTF8PROC_COMPAT);
    if (n < 0 || !folded)
        return kz_xstrndup(s, len);
    kz_buf b = KZ_BUF_INIT;
    size_t i = 0, flen = (size_t)n;
    int space = 0;
    while (i < flen) {
        int32_t cp = kz_utf8_next((const char *)folded, flen, &i);
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`')
            cp = '\'';
        else if (kz_utf8_is_dash(cp))
            cp = '-';
        else if (cp == 0x0131) /* dotless i, as in Kazakh Latin */
            cp = 'i';
        if (kz_utf8_is_space(cp)) {
            space = b.len > 0;
            continue;
        }
        if (space)
            kz_buf_putc(&b, ' ');
        space = 0;
        kz_utf8_encode(&b, cp);
    }
    free(folded);
    return kz_buf_detach(&b);
}
