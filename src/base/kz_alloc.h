/* SPDX-License-Identifier: MIT */
/* Allocation that cannot fail: on exhaustion these print and abort, so that
 * out-of-memory never has to be threaded through every call. */
#ifndef KZ_ALLOC_H
#define KZ_ALLOC_H
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

void *kz_xmalloc(size_t n);
void *kz_xcalloc(size_t n, size_t size);
void *kz_xrealloc(void *p, size_t n);
/** Caller frees with free(). */
char *kz_xstrndup(const char *s, size_t n);
char *kz_xstrdup(const char *s);

/* free() for a pointer the model keeps as const (the owner frees what it hands out read-only). */
static inline void kz_free_const(const void *p)
{
    free((void *)(uintptr_t)p);
}

/* Grow *arr (of *cap elements of size sz) so that it holds at least need. */
void kz_grow(void **arr, size_t *cap, size_t need, size_t sz);
#define KZ_GROW(arr, cap, need) kz_grow((void **)&(arr), &(cap), (need), sizeof(*(arr)))
#endif
