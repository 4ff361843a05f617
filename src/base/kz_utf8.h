/* SPDX-License-Identifier: MIT */
/* UTF-8 helpers. Input is validated once by the loader; everything after it
 * may assume valid UTF-8 and use the fast decoder. */
#ifndef KZ_UTF8_H
#define KZ_UTF8_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kz_buf.h"

/**
 * Decode the code point at s[*i] (s valid UTF-8, *i < len) and advance *i.
 * On a malformed sequence returns 0xFFFD and advances one byte.
 */
int32_t kz_utf8_next(const char *s, size_t len, size_t *i);

/** Decode the code point that ends just before s[i] (i > 0); *start gets its offset. */
int32_t kz_utf8_prev(const char *s, size_t i, size_t *start);

/** Append the UTF-8 encoding of @cp to @b. */
void kz_utf8_encode(kz_buf *b, int32_t cp);

/**
 * Length of the valid UTF-8 sequence at s[i], or 0 if it is malformed
 * (overlong, surrogate, out of range, truncated).
 */
size_t kz_utf8_valid_at(const char *s, size_t len, size_t i);

/** Unicode white space, including U+00A0, U+2009, U+202F. */
bool kz_utf8_is_space(int32_t cp);
/**
 * Width in bytes of the white space character at s[i] (a space, a tab, or a
 * Unicode space such as U+00A0 or U+202F; not a line break), 0 if there is none.
 */
size_t kz_utf8_space_len(const char *s, size_t n, size_t i);

/** A letter of any script. */
bool kz_utf8_is_letter(int32_t cp);
bool kz_utf8_is_upper(int32_t cp);
bool kz_utf8_is_lower(int32_t cp);
/** Dashes: - – — ‒ ― and the minus sign. */
bool kz_utf8_is_dash(int32_t cp);

/**
 * A comparison key for names: case-folded, diacritics stripped, typographic
 * apostrophes and dashes unified, runs of space folded. Caller frees.
 */
char *kz_utf8_fold_key(const char *s, size_t len);
#endif
