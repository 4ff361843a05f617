/* SPDX-License-Identifier: MIT */
/*
 * The number parser shared by the extractors: digits with thousands
 * separators and decimals ("5,321", "1 000", "215.3"), English number words
 * ("Three hundred fifty", "twenty-five", "a dozen", "one hundred and
 * twenty") and scale words joined to either ("2.5 million", "six thousand",
 * "5bn", "10 mln").
 *
 * A value is kept as an exact decimal, mant * 10^exp, so "215.3 million"
 * is 4118 * 10^5 and prints as "411800000" without going through binary
 * floating point or a locale-dependent printf("%f").
 *
 * Ownership: nothing here allocates. kz_number is a plain value the caller
 * owns; kz_number_format() writes into a buffer the caller provides.
 */
#ifndef KZ_NUMBERS_H
#define KZ_NUMBERS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/** What the parser saw; several may be set. */
enum kz_number_flags {
    KZ_NUM_DIGITS = 1 << 0,  /**< written with digits ("45", "215.3") */
    KZ_NUM_WORDS = 1 << 1,   /**< written with number words ("three", "a dozen") */
    KZ_NUM_GROUPED = 1 << 2, /**< digits with thousands separators ("400,000", "1 000") */
    KZ_NUM_DECIMAL = 1 << 3, /**< digits with a decimal part ("2.5") */
    KZ_NUM_SCALE = 1 << 4,   /**< a scale word joined: hundred, thousand, million, bn, ... */
};

/** Options of kz_number_parse(). */
enum kz_number_opts {
    /**
     * Accept the ambiguous one-letter scales attached to digits: "5m"
     * (million), "3k" (thousand), "2b" (billion). Only sensible where the
     * context is money ("$5m"); elsewhere "5m" is five metres.
     */
    KZ_NUM_SHORT_SCALE = 1 << 0,
    /** Digits only: do not read number words. */
    KZ_NUM_NO_WORDS = 1 << 1,
};

/** An exact decimal: the value is mant * 10^exp. mant >= 0. */
typedef struct kz_number {
    int64_t mant;
    int exp;
    unsigned flags; /**< enum kz_number_flags */
} kz_number;

/** Room kz_number_format() needs at most, NUL included. */
#define KZ_NUMBER_FMT_MAX 64

/** The largest exponent a kz_number may carry (values up to ~10^36). */
#define KZ_NUMBER_EXP_MAX 18

/**
 * Parse a number that starts at s[pos] (s[0, len) is valid UTF-8) and fill
 * *out. Returns the offset just past the number, including a joined scale
 * word ("2.5 million" ends after "million"), or 0 when no number starts at
 * @pos. The caller decides whether @pos is a word start; the parser checks
 * the end of number words ("ten" does not match "tenge") but not what
 * follows digits ("73rd" returns the end of "73").
 *
 * Not numbers: plurals ("hundreds", "dozens"), a scale word alone
 * ("thousand"), "a" alone, ordinals ("fourth").
 */
size_t kz_number_parse(const char *s, size_t len, size_t pos, unsigned opts, kz_number *out);

/**
 * Parse the whole of s[0, len) as one number (surrounding spaces allowed).
 * Returns false if anything else is there. For tests and data files.
 */
bool kz_number_from_string(const char *s, size_t len, unsigned opts, kz_number *out);

/**
 * Multiply @n by 10^@pow10 exactly. Returns false (and leaves @n alone) if
 * the result would leave the representable range.
 */
bool kz_number_scale(kz_number *n, int pow10);

/** Multiply @n by the small integer @k exactly; false on overflow. */
bool kz_number_mul(kz_number *n, int64_t k);

/** The value as a double, for comparisons and sorting only. */
double kz_number_to_double(const kz_number *n);

/**
 * Write the value as a plain decimal string: "411800000", "2.5", "0.75" (no
 * exponent, no separators, no trailing zeros after the point) into
 * buf[0, size). Returns the length written (without the NUL), or 0 if it
 * does not fit; size KZ_NUMBER_FMT_MAX always fits.
 */
size_t kz_number_format(const kz_number *n, char *buf, size_t size);

/** True when the value is a whole number. */
bool kz_number_is_integer(const kz_number *n);

/**
 * The value of the single number word s[0, len) ("seven" 7, "Twenty" 20,
 * "hundred" 100, "million" 1000000, "dozen" 12), case-insensitive, or -1.
 */
int64_t kz_number_word_value(const char *s, size_t len);
#endif
