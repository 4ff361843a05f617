/* SPDX-License-Identifier: MIT */
/* A bump allocator: everything allocated from an arena is freed at once by
 * kz_arena_free(), so model records have no free functions of their own. */
#ifndef KZ_ARENA_H
#define KZ_ARENA_H
#include <stddef.h>

typedef struct kz_arena kz_arena;

kz_arena *kz_arena_new(void);
/** Free the arena and every allocation made from it. NULL is allowed. */
void kz_arena_free(kz_arena *a);
/** Zeroed, aligned for any type; valid until kz_arena_free(). */
void *kz_arena_alloc(kz_arena *a, size_t n);
char *kz_arena_strndup(kz_arena *a, const char *s, size_t n);
#endif
