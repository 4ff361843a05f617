/* SPDX-License-Identifier: MIT */
/* The shared number parser: digits, separators, decimals, words, scales,
 * exact decimal output. */
#include "kz_test.h"

#include "extract/numbers.h"

/* Parse @text from its start with @opts; return the plain decimal string
 * (static buffer) or "-" when nothing parses. *used gets the length read. */
static const char *num(const char *text, unsigned opts, size_t *used)
{
    static char buf[KZ_NUMBER_FMT_MAX];
    kz_number n;
    size_t e = kz_number_parse(text, strlen(text), 0, opts, &n);
    if (used)
        *used = e;
    if (!e)
        return "-";
    assert_true(kz_number_format(&n, buf, sizeof buf) > 0);
    return buf;
}

/* The whole of @text must be one number with value @want. */
#define WHOLE(name, text, want)                                                                    \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        size_t used = 0;                                                                           \
        assert_string_equal(num(text, 0, &used), want);                                            \
        assert_int_equal(used, strlen(text));                                                      \
    }

/* @text starts with a number that ends after @len bytes, value @want. */
#define PREFIX(name, text, len, want)                                                              \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        size_t used = 0;                                                                           \
        assert_string_equal(num(text, 0, &used), want);                                            \
        assert_int_equal(used, len);                                                               \
    }

/* Nothing parses at the start of @text. */
#define NONE(name, text)                                                                           \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        assert_string_equal(num(text, 0, NULL), "-");                                              \
    }

WHOLE(digits_plain, "45", "45")
WHOLE(digits_zero, "0", "0")
WHOLE(digits_comma_groups, "7,644", "7644")
WHOLE(digits_two_comma_groups, "12,500,000", "12500000")
WHOLE(digits_nbsp_groups,
      "1\xc2\xa0"
      "000",
      "1000")
WHOLE(digits_narrow_nbsp_groups,
      "250\xe2\x80\xaf"
      "000",
      "250000")
WHOLE(digits_thin_space_groups,
      "3\xe2\x80\x89"
      "500",
      "3500")
WHOLE(digits_plain_space_groups, "1 000", "1000")
WHOLE(digits_dot_groups, "1.250.000", "1250000")
WHOLE(decimal_simple, "2.5", "2.5")
WHOLE(decimal_below_one, "0.75", "0.75")
WHOLE(decimal_trailing_zero_dropped, "3.10", "3.1")
WHOLE(decimal_with_groups, "1,234.5", "1234.5")
WHOLE(scale_million_decimal, "411.8 million", "411800000")
WHOLE(scale_billion, "5 billion", "5000000000")
WHOLE(scale_thousand, "373 thousand", "373000")
WHOLE(scale_trillion, "1.25 trillion", "1250000000000")
WHOLE(scale_mln, "12 mln", "12000000")
WHOLE(scale_bn_attached, "3.6bn", "3600000000")
WHOLE(scale_nbsp_before_word, "8\xc2\xa0million", "8000000")
WHOLE(words_single, "seven", "7")
WHOLE(words_capitalised, "Nineteen", "19")
WHOLE(words_hyphen_tens, "thirty-two", "32")
WHOLE(words_space_tens, "sixty four", "64")
WHOLE(words_hundred_tens, "Four hundred eighty", "480")
WHOLE(words_hundred_and, "two hundred and six", "206")
WHOLE(words_thousand, "nine thousand", "9000")
WHOLE(words_compound, "three million four hundred thousand", "3400000")
WHOLE(words_a_dozen, "a dozen", "12")
WHOLE(words_three_dozen, "three dozen", "36")
WHOLE(words_a_hundred, "a hundred", "100")
WHOLE(words_an_abbrev_scale, "four mln", "4000000")
WHOLE(words_all_caps, "EIGHTY", "80")
WHOLE(words_half_a_million, "half a million", "500000")
WHOLE(words_half_a_dozen, "half a dozen", "6")
WHOLE(decimal_comma_before_scale, "6,5 million", "6500000")
WHOLE(decimal_comma_two_digits_bn, "3,75 bn", "3750000000")
PREFIX(comma_list_not_decimal, "4,5 and 6", 1, "4")
WHOLE(comma_group_before_scale, "1,500 million", "1500000000")
PREFIX(words_stop_before_noun, "eleven tractors", 6, "11")
PREFIX(words_no_glue_units, "five six", 4, "5")
PREFIX(words_no_glue_teen_tens, "nineteen eighty", 8, "19")
PREFIX(words_hyphen_compound, "ten-year plan", 3, "10")
PREFIX(words_and_without_hundred, "five and six", 4, "5")
PREFIX(digits_ordinal_suffix, "73rd session", 2, "73")
PREFIX(digits_year_comma, "2022, 500 people", 4, "2022")
PREFIX(digits_phone_like, "727 123 4567", 3, "727")
PREFIX(digits_single_dot_group, "1.000 units", 5, "1")
PREFIX(scale_short_m_refused, "5m away", 1, "5")
PREFIX(scale_spaced_m_refused, "5 m long", 1, "5")
NONE(words_tenge_is_not_ten, "tenge")
NONE(words_plural_hundreds, "hundreds of tons")
NONE(words_plural_dozens, "dozens of trucks")
NONE(words_scale_alone, "thousand")
NONE(words_article_alone, "a new road")
NONE(words_ordinal, "fourth largest")
NONE(words_twice, "twice")
NONE(words_half_a_country, "half a country")
NONE(letters_not_number, "Kazakhstan")

static void short_scale_with_option(void **state)
{
    (void)state;
    size_t used = 0;
    assert_string_equal(num("5m in aid", KZ_NUM_SHORT_SCALE, &used), "5000000");
    assert_int_equal(used, 2);
    assert_string_equal(num("2.5k", KZ_NUM_SHORT_SCALE, &used), "2500");
    assert_string_equal(num("3b", KZ_NUM_SHORT_SCALE, &used), "3000000000");
}

static void no_words_option(void **state)
{
    (void)state;
    assert_string_equal(num("seven", KZ_NUM_NO_WORDS, NULL), "-");
    assert_string_equal(num("7", KZ_NUM_NO_WORDS, NULL), "7");
}

static void flags_say_what_was_seen(void **state)
{
    (void)state;
    kz_number n;
    assert_true(kz_number_from_string("400,000", 7, 0, &n));
    assert_int_equal(n.flags, KZ_NUM_DIGITS | KZ_NUM_GROUPED);
    assert_true(kz_number_from_string("2.5 million", 11, 0, &n));
    assert_int_equal(n.flags, KZ_NUM_DIGITS | KZ_NUM_DECIMAL | KZ_NUM_SCALE);
    assert_true(kz_number_from_string("six thousand", 12, 0, &n));
    assert_int_equal(n.flags, KZ_NUM_WORDS | KZ_NUM_SCALE);
    assert_true(kz_number_from_string("2024", 4, 0, &n));
    assert_int_equal(n.flags, KZ_NUM_DIGITS);
}

static void from_string_rejects_trailing_text(void **state)
{
    (void)state;
    kz_number n;
    assert_true(kz_number_from_string("  12 ", 5, 0, &n));
    assert_false(kz_number_from_string("12 apples", 9, 0, &n));
    assert_false(kz_number_from_string("", 0, 0, &n));
}

static void mid_string_position(void **state)
{
    (void)state;
    const char *s = "about 640 tonnes";
    kz_number n;
    size_t e = kz_number_parse(s, strlen(s), 6, 0, &n);
    assert_int_equal(e, 9);
    assert_int_equal(n.mant, 640);
    assert_int_equal(n.exp, 0);
}

static void exact_decimal_representation(void **state)
{
    (void)state;
    kz_number n;
    assert_true(kz_number_from_string("411.8 million", 13, 0, &n));
    /* 4118 * 10^5: no binary fraction anywhere. */
    assert_int_equal(n.mant * 1, 4118);
    assert_int_equal(n.exp, 5);
}

static void format_handles_small_and_large(void **state)
{
    (void)state;
    char buf[KZ_NUMBER_FMT_MAX];
    kz_number a = {.mant = 5, .exp = -3};
    assert_int_equal(kz_number_format(&a, buf, sizeof buf), 5);
    assert_string_equal(buf, "0.005");
    kz_number b = {.mant = 123456789, .exp = 9};
    kz_number_format(&b, buf, sizeof buf);
    assert_string_equal(buf, "123456789000000000");
    kz_number z = {.mant = 0, .exp = 7};
    kz_number_format(&z, buf, sizeof buf);
    assert_string_equal(buf, "0");
    /* too small a buffer: nothing written, 0 returned */
    assert_int_equal(kz_number_format(&b, buf, 4), 0);
}

static void to_double_matches(void **state)
{
    (void)state;
    kz_number n = {.mant = 25, .exp = -1};
    assert_true(kz_number_to_double(&n) == 2.5);
    kz_number m = {.mant = 4118, .exp = 5};
    assert_true(kz_number_to_double(&m) == 411800000.0);
}

static void scale_and_mul(void **state)
{
    (void)state;
    kz_number n = {.mant = 25, .exp = -1};
    assert_true(kz_number_scale(&n, 6));
    assert_true(kz_number_is_integer(&n));
    assert_true(kz_number_mul(&n, 4));
    char buf[KZ_NUMBER_FMT_MAX];
    kz_number_format(&n, buf, sizeof buf);
    assert_string_equal(buf, "10000000");
    kz_number big = {.mant = 1, .exp = KZ_NUMBER_EXP_MAX};
    /* 10^18 * 10^20 does not fit: refused, unchanged */
    assert_false(kz_number_scale(&big, 20));
    assert_int_equal(big.mant, 1);
    assert_int_equal(big.exp, KZ_NUMBER_EXP_MAX);
}

static void overflow_refused(void **state)
{
    (void)state;
    assert_string_equal(num("123456789012345678901234", 0, NULL), "-");
}

static void word_values(void **state)
{
    (void)state;
    assert_int_equal(kz_number_word_value("Seventeen", 9), 17);
    assert_int_equal(kz_number_word_value("ninety", 6), 90);
    assert_int_equal(kz_number_word_value("hundred", 7), 100);
    assert_int_equal(kz_number_word_value("million", 7), 1000000);
    assert_int_equal(kz_number_word_value("dozen", 5), 12);
    assert_int_equal(kz_number_word_value("many", 4), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(digits_plain),
        cmocka_unit_test(digits_zero),
        cmocka_unit_test(digits_comma_groups),
        cmocka_unit_test(digits_two_comma_groups),
        cmocka_unit_test(digits_nbsp_groups),
        cmocka_unit_test(digits_narrow_nbsp_groups),
        cmocka_unit_test(digits_thin_space_groups),
        cmocka_unit_test(digits_plain_space_groups),
        cmocka_unit_test(digits_dot_groups),
        cmocka_unit_test(decimal_simple),
        cmocka_unit_test(decimal_below_one),
        cmocka_unit_test(decimal_trailing_zero_dropped),
        cmocka_unit_test(decimal_with_groups),
        cmocka_unit_test(scale_million_decimal),
        cmocka_unit_test(scale_billion),
        cmocka_unit_test(scale_thousand),
        cmocka_unit_test(scale_trillion),
        cmocka_unit_test(scale_mln),
        cmocka_unit_test(scale_bn_attached),
        cmocka_unit_test(scale_nbsp_before_word),
        cmocka_unit_test(words_single),
        cmocka_unit_test(words_capitalised),
        cmocka_unit_test(words_hyphen_tens),
        cmocka_unit_test(words_space_tens),
        cmocka_unit_test(words_hundred_tens),
        cmocka_unit_test(words_hundred_and),
        cmocka_unit_test(words_thousand),
        cmocka_unit_test(words_compound),
        cmocka_unit_test(words_a_dozen),
        cmocka_unit_test(words_three_dozen),
        cmocka_unit_test(words_a_hundred),
        cmocka_unit_test(words_an_abbrev_scale),
        cmocka_unit_test(words_all_caps),
        cmocka_unit_test(words_half_a_million),
        cmocka_unit_test(words_half_a_dozen),
        cmocka_unit_test(decimal_comma_before_scale),
        cmocka_unit_test(decimal_comma_two_digits_bn),
        cmocka_unit_test(comma_list_not_decimal),
        cmocka_unit_test(comma_group_before_scale),
        cmocka_unit_test(words_stop_before_noun),
        cmocka_unit_test(words_no_glue_units),
        cmocka_unit_test(words_no_glue_teen_tens),
        cmocka_unit_test(words_hyphen_compound),
        cmocka_unit_test(words_and_without_hundred),
        cmocka_unit_test(digits_ordinal_suffix),
        cmocka_unit_test(digits_year_comma),
        cmocka_unit_test(digits_phone_like),
        cmocka_unit_test(digits_single_dot_group),
        cmocka_unit_test(scale_short_m_refused),
        cmocka_unit_test(scale_spaced_m_refused),
        cmocka_unit_test(words_tenge_is_not_ten),
        cmocka_unit_test(words_plural_hundreds),
        cmocka_unit_test(words_plural_dozens),
        cmocka_unit_test(words_scale_alone),
        cmocka_unit_test(words_article_alone),
        cmocka_unit_test(words_ordinal),
        cmocka_unit_test(words_twice),
        cmocka_unit_test(words_half_a_country),
        cmocka_unit_test(letters_not_number),
        cmocka_unit_test(short_scale_with_option),
        cmocka_unit_test(no_words_option),
        cmocka_unit_test(flags_say_what_was_seen),
        cmocka_unit_test(from_string_rejects_trailing_text),
        cmocka_unit_test(mid_string_position),
        cmocka_unit_test(exact_decimal_representation),
        cmocka_unit_test(format_handles_small_and_large),
        cmocka_unit_test(to_double_matches),
        cmocka_unit_test(scale_and_mul),
        cmocka_unit_test(overflow_refused),
        cmocka_unit_test(word_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
