/* SPDX-License-Identifier: MIT */
#include "kz_buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kz_alloc.h"

static void reserve(kz_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap) {
        size_t n = b->cap ? b->cap : 64;
        while (n < b->len + extra + 1)
            n *= 2;
        b->ptr = kz_xrealloc(b->ptr, n);
        b->cap = n;
    }
}

void kz_buf_put(kz_buf *b, const char *s, size_t n)
{
    reserve(b, n);
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void kz_buf_puts(kz_buf *b, const char *s)
{
    kz_buf_put(b, s, strlen(s));
}

void kz_buf_putc(kz_buf *b, char c)
{
    kz_buf_put(b, &c, 1);
}

void kz_buf_vprintf(kz_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    va_copy(cp, ap);
    int n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return;
    reserve(b, (size_t)n);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void kz_buf_printf(kz_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    kz_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

const char *kz_buf_cstr(const kz_buf *b)
{
    return b->ptr ? b->ptr : "";
}

void kz_buf_clear(kz_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

char *kz_buf_detach(kz_buf *b)
{
    char *p = b->ptr ? b->ptr : kz_xstrdup("");
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}

void kz_buf_release(kz_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

const char *kz_memmem(const char *hay, size_t n, const char *needle, size_t m)
{
    if (m == 0)
        return hay;
    for (const char *p = hay; n >= m;) {
        const char *c = memchr(p, needle[0], n - m + 1);
        if (!c)
            return NULL;
        if (memcmp(c, needle, m) == 0)
            return c;
        n -= (size_t)(c - p) + 1;
        p = c + 1;
    }
    return NULL;
}
