/* SPDX-License-Identifier: MIT */
/* ASCII classifiers that take any char safely and ignore the locale. */
#ifndef KZ_CTYPE_H
#define KZ_CTYPE_H
#include <stdbool.h>

static inline bool kz_isdigit(int c)
{
    return c >= '0' && c <= '9';
}
static inline bool kz_isupper(int c)
{
    return c >= 'A' && c <= 'Z';
}
static inline bool kz_islower(int c)
{
    return c >= 'a' && c <= 'z';
}
static inline bool kz_isalpha(int c)
{
    return kz_isupper(c) || kz_islower(c);
}
static inline bool kz_isalnum(int c)
{
    return kz_isalpha(c) || kz_isdigit(c);
}
static inline bool kz_isspace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
static inline int kz_tolower(int c)
{
    return kz_isupper(c) ? c + 32 : c;
}
static inline int kz_toupper(int c)
{
    return kz_islower(c) ? c - 32 : c;
}
#endif
