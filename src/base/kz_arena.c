/* SPDX-License-Identifier: MIT */
#include "kz_arena.h"

#include <stdlib.h>
#include <string.h>

#include "kz_alloc.h"

struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[];
};

struct kz_arena {
    struct chunk *head;
};

kz_arena *kz_arena_new(void)
{
    return kz_xcalloc(1, sizeof(kz_arena));
}

void kz_arena_free(kz_arena *a)
{
    if (!a)
        return;
    for (struct chunk *c = a->head, *n; c; c = n) {
        n = c->next;
        free(c);
    }
    free(a);
}

void *kz_arena_alloc(kz_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    struct chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        /* Chunks of 64 KiB; a larger request gets a chunk of its own. */
        size_t size = n > 65536 ? n : 65536;
        c = kz_xmalloc(sizeof(struct chunk) + size);
        c->used = 0;
        c->size = size;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *kz_arena_strndup(kz_arena *a, const char *s, size_t n)
{
    char *d = kz_arena_alloc(a, n + 1);
    memcpy(d, s, n);
    d[n] = '\0';
    return d;
}
