/* SPDX-License-Identifier: MIT */
#include "kz_alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *check(void *p)
{
    if (!p) {
        fputs("kzua: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *kz_xmalloc(size_t n)
{
    return check(malloc(n ? n : 1));
}

void *kz_xcalloc(size_t n, size_t size)
{
    return check(calloc(n ? n : 1, size ? size : 1));
}

void *kz_xrealloc(void *p, size_t n)
{
    return check(realloc(p, n ? n : 1));
}

char *kz_xstrndup(const char *s, size_t n)
{
    char *d = kz_xmalloc(n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}

char *kz_xstrdup(const char *s)
{
    return kz_xstrndup(s, strlen(s));
}

void kz_grow(void **arr, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap)
        return;
    size_t n = *cap ? *cap : 8;
    while (n < need)
        n *= 2;
    *arr = kz_xrealloc(*arr, n * sz);
    *cap = n;
}
