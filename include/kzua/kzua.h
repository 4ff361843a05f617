/* SPDX-License-Identifier: MIT */
/*
 * kzua: the public contract of libkzua.
 *
 * A document goes through load -> segment -> extract and ends up as one
 * kz_doc (see <kzua/model.h>) that every subcommand queries and every
 * renderer prints. Library functions never print and never exit: they
 * return a kz_status and, where the caller passes one, fill a kz_error
 * with the file and line the problem belongs to.
 */
#ifndef KZUA_KZUA_H
#define KZUA_KZUA_H

#include <stdbool.h>
#include <stddef.h>

#if defined(__GNUC__)
#define KZ_NODISCARD __attribute__((warn_unused_result))
#define KZ_PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#define KZ_NODISCARD
#define KZ_PRINTF(f, a)
#endif

/** Status of a library call: 0 is success, every failure is negative. */
typedef enum kz_status {
    KZ_OK = 0,
    KZ_EIO = -1,    /**< cannot read input or write output; errno text is in the message */
    KZ_EINPUT = -2, /**< input refused: binary, UTF-16, over the size cap */
    KZ_EUSAGE = -3, /**< a bad argument from the caller: unknown format, bad date */
    KZ_ELIMIT = -4, /**< a resource limit was hit: regex match limit, nesting depth */
    KZ_EBUG = -5,   /**< an internal invariant broke; please report it */
} kz_status;

/**
 * Where and why a call failed. Fixed-size so that the error path never
 * allocates; a caller may pass NULL when it does not want the details.
 */
typedef struct kz_error {
    kz_status code;
    char where[512]; /**< file name, "-" for standard input, or "" */
    unsigned line;   /**< 1-based line, 0 when unknown */
    char msg[512];   /**< lower case, no trailing full stop */
} kz_error;

/**
 * Fill @err (if not NULL) and return @code, so that a failing function can
 * say `return kz_error_set(err, KZ_EIO, path, 0, "cannot open: %s", ...)`.
 */
kz_status kz_error_set(kz_error *err, kz_status code, const char *where, unsigned line,
                       const char *fmt, ...) KZ_PRINTF(5, 6);

/** A short English name for @code ("i/o error", "bad input", ...). */
const char *kz_status_name(kz_status code);

/** The version of kzua, e.g. "0.1.0". */
const char *kz_version(void);

#endif
