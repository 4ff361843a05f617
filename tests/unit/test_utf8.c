/* SPDX-License-Identifier: MIT */
/* UTF-8 helpers: validation, decoding both ways, encoding, classes, the fold key. */
#include "kz_test.h"

#include "base/kz_utf8.h"

static size_t valid(const char *s)
{
    return kz_utf8_valid_at(s, strlen(s), 0);
}

static void valid_sequences(void **state)
{
    (void)state;
    assert_int_equal(valid("a"), 1);
    assert_int_equal(valid("\xC3\xA9"), 2);         /* é */
    assert_int_equal(valid("\xE2\x80\x99"), 3);     /* ’ */
    assert_int_equal(valid("\xF0\x9F\x98\x80"), 4); /* U+1F600 */
    assert_int_equal(valid("\xF4\x8F\xBF\xBF"), 4); /* U+10FFFF, the last code point */
    assert_int_equal(valid("\xEF\xBB\xBF"), 3);     /* the BOM is a valid character */
}

static void invalid_sequences(void **state)
{
    (void)state;
    assert_int_equal(valid("\x80"), 0);             /* lone continuation byte */
    assert_int_equal(valid("\xC0\x80"), 0);         /* overlong NUL */
    assert_int_equal(valid("\xC1\xBF"), 0);         /* overlong */
    assert_int_equal(valid("\xE0\x80\xAF"), 0);     /* overlong '/' */
    assert_int_equal(valid("\xF0\x80\x80\xAF"), 0); /* overlong '/' */
    assert_int_equal(valid("\xED\xA0\x80"), 0);     /* surrogate U+D800 */
    assert_int_equal(valid("\xED\xBF\xBF"), 0);     /* surrogate U+DFFF */
    assert_int_equal(valid("\xF4\x90\x80\x80"), 0); /* U+110000 */
    assert_int_equal(valid("\xF5\x80\x80\x80"), 0);
    assert_int_equal(valid("\xFF"), 0);
    assert_int_equal(valid("\xC3"), 0); /* truncated at the end */
    assert_int_equal(valid("\xE2\x80"), 0);
    assert_int_equal(valid("\xE2\x80x"), 0); /* a non-continuation inside */
    /* truncated by the length, not by a NUL */
    assert_int_equal(kz_utf8_valid_at("\xE2\x80\x99", 2, 0), 0);
}

static void next_decodes_and_repairs(void **state)
{
    (void)state;
    const char *s = "A\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\xFFz";
    size_t n = strlen(s), i = 0;
    assert_int_equal(kz_utf8_next(s, n, &i), 'A');
    assert_int_equal(i, 1);
    assert_int_equal(kz_utf8_next(s, n, &i), 0xE9);
    assert_int_equal(i, 3);
    assert_int_equal(kz_utf8_next(s, n, &i), 0x2014);
    assert_int_equal(i, 6);
    assert_int_equal(kz_utf8_next(s, n, &i), 0x1F600);
    assert_int_equal(i, 10);
    /* a malformed byte decodes as U+FFFD and advances by one */
    assert_int_equal(kz_utf8_next(s, n, &i), 0xFFFD);
    assert_int_equal(i, 11);
    assert_int_equal(kz_utf8_next(s, n, &i), 'z');
    assert_int_equal(i, n);
}

static void prev_decodes_backwards(void **state)
{
    (void)state;
    const char *s = "a\xE2\x80\x99"
                    "b\xF0\x9F\x98\x80";
    size_t start;
    assert_int_equal(kz_utf8_prev(s, strlen(s), &start), 0x1F600);
    assert_int_equal(start, 5);
    assert_int_equal(kz_utf8_prev(s, 5, &start), 'b');
    assert_int_equal(start, 4);
    assert_int_equal(kz_utf8_prev(s, 4, &start), 0x2019);
    assert_int_equal(start, 1);
    assert_int_equal(kz_utf8_prev(s, 1, &start), 'a');
    assert_int_equal(start, 0);
    /* a stray continuation byte steps back one byte */
    const char *bad = "x\x80";
    assert_int_equal(kz_utf8_prev(bad, 2, &start), 0xFFFD);
    assert_int_equal(start, 1);
}

static void encode_round_trips(void **state)
{
    (void)state;
    static const int32_t cps[] = {0x24,   0x7F,   0x80,   0xA0,    0x7FF,   0x800,
                                  0x2019, 0xFFFD, 0xFFFF, 0x10000, 0x1F600, 0x10FFFF};
    for (size_t k = 0; k < sizeof cps / sizeof cps[0]; k++) {
        kz_buf b = KZ_BUF_INIT;
        kz_utf8_encode(&b, cps[k]);
        assert_int_equal(kz_utf8_valid_at(b.ptr, b.len, 0), b.len);
        size_t i = 0;
        assert_int_equal(kz_utf8_next(b.ptr, b.len, &i), cps[k]);
        assert_int_equal(i, b.len);
        kz_buf_release(&b);
    }
    kz_buf b = KZ_BUF_INIT;
    kz_utf8_encode(&b, 0x20AC);
    assert_string_equal(b.ptr, "\xE2\x82\xAC"); /* € */
    kz_buf_release(&b);
}

static void classes(void **state)
{
    (void)state;
    assert_true(kz_utf8_is_space(' '));
    assert_true(kz_utf8_is_space('\t'));
    assert_true(kz_utf8_is_space(0xA0));   /* no-break space */
    assert_true(kz_utf8_is_space(0x2009)); /* thin space */
    assert_true(kz_utf8_is_space(0x202F)); /* narrow no-break space */
    assert_false(kz_utf8_is_space('x'));
    assert_false(kz_utf8_is_space(0x2019));

    assert_true(kz_utf8_is_letter('q'));
    assert_true(kz_utf8_is_letter(0x0416)); /* Ж */
    assert_true(kz_utf8_is_letter(0x04D9)); /* ә (Kazakh) */
    assert_true(kz_utf8_is_letter(0x0131)); /* ı */
    assert_false(kz_utf8_is_letter('7'));
    assert_false(kz_utf8_is_letter(0x2014));

    assert_true(kz_utf8_is_upper('K'));
    assert_true(kz_utf8_is_upper(0x0406));  /* І (Ukrainian) */
    assert_false(kz_utf8_is_upper(0x0456)); /* і */
    assert_true(kz_utf8_is_lower(0x0456));
    assert_true(kz_utf8_is_lower(0x00FC)); /* ü */
    assert_false(kz_utf8_is_lower('Z'));

    assert_true(kz_utf8_is_dash('-'));
    assert_true(kz_utf8_is_dash(0x2013));
    assert_true(kz_utf8_is_dash(0x2014));
    assert_true(kz_utf8_is_dash(0x2012));
    assert_true(kz_utf8_is_dash(0x2015));
    assert_true(kz_utf8_is_dash(0x2212));
    assert_false(kz_utf8_is_dash('_'));
}

static void fold_is(const char *a, const char *want)
{
    char *k = kz_utf8_fold_key(a, strlen(a));
    assert_string_equal(k, want);
    free(k);
}

static void fold_key(void **state)
{
    (void)state;
    fold_is("Tokayev", "tokayev");
    fold_is("TOKAYEV", "tokayev");
    fold_is("Zelenskyy", "zelenskyy");
    fold_is("M\xC5\xABrat N\xC5\xABrt\xC4\xB1leu", "murat nurtileu"); /* Mūrat Nūrtıleu */
    fold_is("Caf\xC3\xA9", "cafe");
    fold_is("  Viktor \xC2\xA0  Maiko ", "viktor maiko");            /* spaces folded */
    fold_is("Ukraine\xE2\x80\x99s", "ukraine's");                    /* ’ */
    fold_is("Kassym\xE2\x80\x93Jomart", "kassym-jomart");            /* – */
    fold_is("\xD0\x9A\xD0\x90\xD0\x97", "\xD0\xBA\xD0\xB0\xD0\xB7"); /* КАЗ -> каз */
    fold_is("", "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(valid_sequences),
        cmocka_unit_test(invalid_sequences),
        cmocka_unit_test(next_decodes_and_repairs),
        cmocka_unit_test(prev_decodes_backwards),
        cmocka_unit_test(encode_round_trips),
        cmocka_unit_test(classes),
        cmocka_unit_test(fold_key),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
