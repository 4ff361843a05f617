/* SPDX-License-Identifier: MIT */
/* The pcre2 wrapper: patterns are compiled once (UTF, UCP, JIT when the
 * platform has it) with match and depth limits, so no input can make a
 * pattern run away. The only file that includes pcre2.h is regex.c. */
#ifndef KZ_REGEX_H
#define KZ_REGEX_H
#include <stdbool.h>
#include <stddef.h>

#include "kzua/kzua.h"

typedef struct kz_regex kz_regex;

enum kz_regex_flags {
    KZ_RE_CASELESS = 1 << 0,
    KZ_RE_EXTENDED = 1 << 1, /**< (?x): white space and # comments ignored */
    KZ_RE_MULTILINE = 1 << 2,
};

/** A match; group offsets are read through kz_match_group(). */
typedef struct kz_match {
    size_t start, end;
    const kz_regex *re;
} kz_match;

/**
 * Compile @pattern. On failure returns KZ_EUSAGE with the offset and pcre2's
 * message in @err. Free the result with kz_regex_free().
 */
KZ_NODISCARD kz_status kz_regex_compile(kz_regex **out, const char *pattern, unsigned flags,
                                        kz_error *err);
void kz_regex_free(kz_regex *re);

/**
 * Find the first match in subj[0, len) starting at or after @from. Returns 1
 * and fills @m on a match, 0 when there is none, KZ_ELIMIT when the match
 * limit was hit. The match stays readable until the next call on @re.
 * The subject must be valid UTF-8 (it is not checked again).
 */
int kz_regex_find(const kz_regex *re, const char *subj, size_t len, size_t from, kz_match *m);

/** Bounds of named group @name in the last match; false if it did not take part. */
bool kz_match_group(const kz_match *m, const char *name, size_t *start, size_t *end);

/** Bounds of numbered group @n (0 is the whole match); false if unset. */
bool kz_match_groupn(const kz_match *m, unsigned n, size_t *start, size_t *end);
#endif
