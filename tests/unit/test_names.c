/* SPDX-License-Identifier: MIT */
/*
 * Name keys and comparisons (src/extract/names.c). The names are invented
 * or are well-known public figures outside the corpus; the pairs follow the
 * romanisation variants the guidelines list (Toqayev/Tokayev,
 * Nahornyak/Nahorniak, Kaletayev/Kaletaev, Zelenskyy/Zelensky,
 * Andrei/Andrey).
 */
#include "kz_test.h"

#include "extract/names.h"

static bool same(const char *a, const char *b)
{
    return kz_name_same(a, strlen(a), b, strlen(b));
}

static bool tok_same(const char *a, const char *b)
{
    return kz_name_token_same(a, strlen(a), b, strlen(b));
}

static bool key_eq(const char *a, const char *b)
{
    char *x = kz_name_key(a, strlen(a)), *y = kz_name_key(b, strlen(b));
    bool r = strcmp(x, y) == 0;
    free(x);
    free(y);
    return r;
}

#define SAME(fn, a, b)                                                                             \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        assert_true(same(a, b));                                                                   \
        assert_true(same(b, a));                                                                   \
    }
#define DIFF(fn, a, b)                                                                             \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        assert_false(same(a, b));                                                                  \
        assert_false(same(b, a));                                                                  \
    }
#define KEYEQ(fn, a, b)                                                                            \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        assert_true(key_eq(a, b));                                                                 \
    }
#define KEYNE(fn, a, b)                                                                            \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        assert_false(key_eq(a, b));                                                                \
    }

/* Full names that are one person. */
SAME(same_q_k, "Qairat Qoshanov", "Kairat Koshanov")
SAME(same_ayev_aev, "Bolat Temirbayev", "Bolat Temirbaev")
SAME(same_yev_ev, "Askar Zhaksylyev", "Askar Zhaksylev")
SAME(same_ya_ia, "Oleksiy Kovalyak", "Oleksii Kovaliak")
SAME(same_yu_iu, "Yuriy Hnatyuk", "Iurii Hnatiuk")
SAME(same_skyy_sky, "Mykola Vyshnevskyy", "Mykola Vyshnevsky")
SAME(same_skyi_skiy, "Mykola Vyshnevskyi", "Mykola Vyshnevskiy")
SAME(same_zh_j, "Zhanibek Zhumagaliyev", "Janibek Jumagaliev")
SAME(same_kh_diacritic, "Mūkhtar Qūdaibergen", "Mukhtar Kudaibergen")
SAME(same_dotless_i, "Dına Ermekova", "Dina Ermekova")
SAME(same_h_g, "Hennadiy Hrytsenko", "Gennadiy Gritsenko")
SAME(same_andrei_andrey, "Andrei Voloshenko", "Andrey Voloshenko")
SAME(same_dmitry_dmitriy, "Dmitry Lagutin", "Dmitriy Lagutin")
SAME(same_serhiy_serhii_sergiy, "Serhiy Polishchuk", "Sergiy Polishchuk")
SAME(same_double_letters, "Kassym Tulebayev", "Kasym Tulebaev")
SAME(same_case, "ARMAN TOKHTAROV", "Arman Tokhtarov")
SAME(same_patronymic, "Nurlan Abaiuly Seitkali", "Nurlan Seitkali")
SAME(same_hyphen_given, "Kassym-Zhomart Umbetov", "Qasym-Jomart Umbetov")
SAME(same_vowel_skeleton, "Ruslan Tūrsynbekūlı", "Ruslan Tursynbekuly")
SAME(same_skeleton_dropped_vowel, "Erlan Qūdaıberdı", "Erlan Kudaiberdi")
SAME(same_cyrillic_nominative, "Олександр Петренко", "Oleksandr Petrenko")
SAME(same_cyrillic_dative, "Олександрові Петренку", "Oleksandr Petrenko")
SAME(same_cyrillic_adjective_dative, "Богданові Ковальському", "Bohdan Kovalskyi")
SAME(same_yevhen_evgen, "Yevhen Moroz", "Ievgen Moroz")
SAME(same_apostrophe, "Mar'yana Oliynyk", "Maryana Oliinyk")
SAME(same_w_v, "Wolodymyr Dovhan", "Volodymyr Dovhan")
SAME(same_ts_c, "Taras Tsybulko", "Taras Cybulko")

/* Different people. */
DIFF(diff_given, "Vlada Ostapenko", "Vlad Ostapenko")
DIFF(diff_gender_surname, "Ihor Melnichenko", "Iryna Melnichenkova")
DIFF(diff_surname, "Bolat Temirbayev", "Bolat Temirkhanov")
DIFF(diff_single_token, "Temirbayev", "Bolat Temirbayev")
DIFF(diff_short_skeleton, "Ivan Lis", "Ivan Les")
DIFF(diff_given_same_surname, "Aidos Nurlanov", "Ainur Nurlanov")
DIFF(diff_masc_fem_skeleton, "Pavlo Derkach", "Pavlo Derkacha")

/* Keys. */
KEYEQ(key_tokayev_style, "Temirqaiyev", "Temirkayev")
KEYEQ(key_nbsp_space, "Ainur\xC2\xA0Seitova", "Ainur Seitova")
KEYEQ(key_curly_apostrophe, "O’Reilly", "O'Reilly")
KEYEQ(key_final_iy_ii_y, "Vitaliy", "Vitaly")
KEYEQ(key_final_yi, "Zadorozhnyi", "Zadorozhny")
KEYNE(key_different_letters, "Marat", "Murat")
KEYNE(key_ivan_ivana, "Ivan", "Ivana")

static void key_never_null_on_empty(void **state)
{
    (void)state;
    char *k = kz_name_key("", 0);
    assert_non_null(k);
    assert_string_equal(k, "");
    free(k);
}

static void key_spaces_collapsed(void **state)
{
    (void)state;
    char *k = kz_name_key("  Aibek   Sultanov ", 19);
    assert_null(strstr(k, "  "));
    assert_true(k[0] != ' ');
    free(k);
}

static void skeleton_drops_vowels(void **state)
{
    (void)state;
    char *s = kz_name_skeleton("nurtileu", 8);
    assert_string_equal(s, "nrtl");
    free(s);
    s = kz_name_skeleton("abai", 4);
    assert_string_equal(s, "ab");
    free(s);
}

static void token_same_surnames(void **state)
{
    (void)state;
    assert_true(tok_same("Zhumabekov", "Jumabekov"));
    assert_true(tok_same("Kovalchuk", "KOVALCHUK"));
    assert_true(tok_same("Гончаренку", "Honcharenko"));
    assert_false(tok_same("Kovalchuk", "Kovalenko"));
    assert_false(tok_same("Lis", "Les"));
}

static void tokens_split(void **state)
{
    (void)state;
    const char *s = "Kassym-Jomart  Umbetov\xC2\xA0Jr.";
    size_t st[4], en[4];
    size_t n = kz_name_tokens(s, strlen(s), st, en, 4);
    assert_int_equal(n, 3);
    assert_int_equal(en[0] - st[0], strlen("Kassym-Jomart"));
    assert_memory_equal(s + st[1], "Umbetov", 7);
    assert_memory_equal(s + st[2], "Jr.", 3);
}

static void tokens_count_beyond_max(void **state)
{
    (void)state;
    const char *s = "a b c d e";
    size_t st[2], en[2];
    assert_int_equal(kz_name_tokens(s, strlen(s), st, en, 2), 5);
}

static void english_score_prefers_y(void **state)
{
    (void)state;
    assert_true(kz_name_english_score("Temirbayev", 10) > kz_name_english_score("Temirbaev", 9));
    assert_true(kz_name_english_score("Kovalyak", 8) > kz_name_english_score("Kovaliak", 8));
    assert_int_equal(kz_name_english_score("Andrey", 6), kz_name_english_score("Andrei", 6));
}

static void cyrillic_detected(void **state)
{
    (void)state;
    assert_true(kz_name_is_cyrillic("Петренко", strlen("Петренко")));
    assert_false(kz_name_is_cyrillic("Petrenko", 8));
    assert_false(kz_name_is_cyrillic("Nūrtıleu", strlen("Nūrtıleu")));
}

/* A document with two person entities for the speaker look-up. */
static kz_doc *speaker_doc(void)
{
    const char *text = "Ambassador Bolat Temirbayev met Iryna Kovaliak. Mr. Temirbaev spoke.";
    kz_doc *d = kz_test_doc(text, NULL);
    kz_entity *e = kz_doc_entity(d, KZ_FACT_PERSON, "Bolat Temirbayev");
    kz_entity_add_mention(d, e, 11, 27);
    kz_entity_add_mention(d, e, 48, 62);
    e = kz_doc_entity(d, KZ_FACT_PERSON, "Iryna Kovaliak");
    kz_entity_add_mention(d, e, 32, 46);
    kz_doc_entity(d, KZ_FACT_PLACE, "Almaty");
    return d;
}

static void speaker_full_variant(void **state)
{
    (void)state;
    kz_doc *d = speaker_doc();
    assert_string_equal(kz_people_speaker_id(d, "Bolat Temirbaev"), "Bolat Temirbayev");
    assert_string_equal(kz_people_speaker_id(d, "Iryna Kovalyak:"), "Iryna Kovaliak");
    kz_doc_free(d);
}

static void speaker_surname_and_title(void **state)
{
    (void)state;
    kz_doc *d = speaker_doc();
    assert_string_equal(kz_people_speaker_id(d, "Temirbaev"), "Bolat Temirbayev");
    assert_string_equal(kz_people_speaker_id(d, "Mr. Temirbayev"), "Bolat Temirbayev");
    assert_string_equal(kz_people_speaker_id(d, "AMBASSADOR TEMIRBAYEV"), "Bolat Temirbayev");
    assert_string_equal(kz_people_speaker_id(d, "Ms. KOVALYAK"), "Iryna Kovaliak");
    kz_doc_free(d);
}

static void speaker_not_a_person(void **state)
{
    (void)state;
    kz_doc *d = speaker_doc();
    assert_null(kz_people_speaker_id(d, "Q"));
    assert_null(kz_people_speaker_id(d, "Steppe Ledger"));
    assert_null(kz_people_speaker_id(d, "interviewer"));
    assert_null(kz_people_speaker_id(d, "Almaty"));
    assert_null(kz_people_speaker_id(d, "Mr."));
    assert_null(kz_people_speaker_id(d, ""));
    assert_null(kz_people_speaker_id(NULL, "Bolat Temirbayev"));
    kz_doc_free(d);
}

static void speaker_ambiguous_surname(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Aidos Nurlanov and Ainur Nurlanov", NULL);
    kz_entity_add_mention(d, kz_doc_entity(d, KZ_FACT_PERSON, "Aidos Nurlanov"), 0, 14);
    kz_entity_add_mention(d, kz_doc_entity(d, KZ_FACT_PERSON, "Ainur Nurlanov"), 19, 33);
    assert_null(kz_people_speaker_id(d, "Nurlanov"));
    assert_string_equal(kz_people_speaker_id(d, "Ainur Nurlanov"), "Ainur Nurlanov");
    kz_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(same_q_k),
        cmocka_unit_test(same_ayev_aev),
        cmocka_unit_test(same_yev_ev),
        cmocka_unit_test(same_ya_ia),
        cmocka_unit_test(same_yu_iu),
        cmocka_unit_test(same_skyy_sky),
        cmocka_unit_test(same_skyi_skiy),
        cmocka_unit_test(same_zh_j),
        cmocka_unit_test(same_kh_diacritic),
        cmocka_unit_test(same_dotless_i),
        cmocka_unit_test(same_h_g),
        cmocka_unit_test(same_andrei_andrey),
        cmocka_unit_test(same_dmitry_dmitriy),
        cmocka_unit_test(same_serhiy_serhii_sergiy),
        cmocka_unit_test(same_double_letters),
        cmocka_unit_test(same_case),
        cmocka_unit_test(same_patronymic),
        cmocka_unit_test(same_hyphen_given),
        cmocka_unit_test(same_vowel_skeleton),
        cmocka_unit_test(same_skeleton_dropped_vowel),
        cmocka_unit_test(same_cyrillic_nominative),
        cmocka_unit_test(same_cyrillic_dative),
        cmocka_unit_test(same_cyrillic_adjective_dative),
        cmocka_unit_test(same_yevhen_evgen),
        cmocka_unit_test(same_apostrophe),
        cmocka_unit_test(same_w_v),
        cmocka_unit_test(same_ts_c),
        cmocka_unit_test(diff_given),
        cmocka_unit_test(diff_gender_surname),
        cmocka_unit_test(diff_surname),
        cmocka_unit_test(diff_single_token),
        cmocka_unit_test(diff_short_skeleton),
        cmocka_unit_test(diff_given_same_surname),
        cmocka_unit_test(diff_masc_fem_skeleton),
        cmocka_unit_test(key_tokayev_style),
        cmocka_unit_test(key_nbsp_space),
        cmocka_unit_test(key_curly_apostrophe),
        cmocka_unit_test(key_final_iy_ii_y),
        cmocka_unit_test(key_final_yi),
        cmocka_unit_test(key_different_letters),
        cmocka_unit_test(key_ivan_ivana),
        cmocka_unit_test(key_never_null_on_empty),
        cmocka_unit_test(key_spaces_collapsed),
        cmocka_unit_test(skeleton_drops_vowels),
        cmocka_unit_test(token_same_surnames),
        cmocka_unit_test(tokens_split),
        cmocka_unit_test(tokens_count_beyond_max),
        cmocka_unit_test(english_score_prefers_y),
        cmocka_unit_test(cyrillic_detected),
        cmocka_unit_test(speaker_full_variant),
        cmocka_unit_test(speaker_surname_and_title),
        cmocka_unit_test(speaker_not_a_person),
        cmocka_unit_test(speaker_ambiguous_surname),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
