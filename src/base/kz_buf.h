/* SPDX-License-Identifier: MIT */
/* A growable byte buffer, always NUL-terminated once anything was added. */
#ifndef KZ_BUF_H
#define KZ_BUF_H
#include <stdarg.h>
#include <stddef.h>

#include "kzua/kzua.h"

typedef struct kz_buf {
    char *ptr;
    size_t len, cap;
} kz_buf;

#define KZ_BUF_INIT                                                                                \
    {                                                                                              \
        NULL, 0, 0                                                                                 \
    }

void kz_buf_put(kz_buf *b, const char *s, size_t n);
void kz_buf_puts(kz_buf *b, const char *s);
void kz_buf_putc(kz_buf *b, char c);
void kz_buf_printf(kz_buf *b, const char *fmt, ...) KZ_PRINTF(2, 3);
void kz_buf_vprintf(kz_buf *b, const char *fmt, va_list ap);
/** The contents as a C string ("" when empty); valid until the next change. */
const char *kz_buf_cstr(const kz_buf *b);
void kz_buf_clear(kz_buf *b);
/** Hand the bytes to the caller (free() them); the buffer is empty after. */
char *kz_buf_detach(kz_buf *b);
void kz_buf_release(kz_buf *b);

/** The first occurrence of needle in hay, or NULL (memmem without _GNU_SOURCE). */
const char *kz_memmem(const char *hay, size_t n, const char *needle, size_t m);
#endif
