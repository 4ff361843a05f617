/* SPDX-License-Identifier: MIT */
/* The place gazetteer: loading, the data files' consistency, tokens, the
 * longest match and its case rules. */
#include <stdio.h>

#include "kz_test.h"

#include "extract/gazetteer.h"

static int setup(void **state)
{
    kz_gazetteer *g = NULL;
    kz_error err;
    if (kz_gazetteer_new(&g, &err) != KZ_OK)
        return -1;
    *state = g;
    return 0;
}

static int teardown(void **state)
{
    kz_gazetteer_free(*state);
    return 0;
}

/* The id that the whole of @s names, or "" when none. */
static const char *id_of(void **state, const char *s)
{
    const kz_place *p = kz_gazetteer_lookup(*state, s, strlen(s), NULL);
    return p ? p->id : "";
}

/* ---- loading and data consistency ---- */

static void loads_many_places(void **state)
{
    assert_true(kz_gazetteer_count(*state) > 1200);
}

static void every_iso_country_is_there(void **state)
{
    static const char *const ids[] = {"Afghanistan", "Zimbabwe", "Iceland", "Mongolia", "Uruguay",
                                      "Lesotho",     "Fiji",     "Bhutan",  NULL};
    for (size_t i = 0; ids[i]; i++) {
        const kz_place *p = kz_gazetteer_find(*state, ids[i]);
        assert_non_null(p);
        assert_string_equal(p->kind, "country");
        assert_non_null(p->country);
        assert_int_equal(strlen(p->country), 2);
    }
}

static void kinds_are_known_and_places_have_coords(void **state)
{
    const kz_gazetteer *g = *state;
    static const char *const kinds[] = {"country", "region", "city", "feature", "block", NULL};
    const char *names[] = {"Kyiv",         "Oskemen",        "Lake Balkhash",
                           "Central Asia", "Poltava Oblast", "Zhambyl Region",
                           "Tashkent",     "Black Sea",      NULL};
    for (size_t i = 0; names[i]; i++) {
        const kz_place *p = kz_gazetteer_find(g, names[i]);
        assert_non_null(p);
        bool known = false;
        for (size_t k = 0; kinds[k]; k++)
            known |= strcmp(p->kind, kinds[k]) == 0;
        assert_true(known);
        assert_true(p->has_coords);
    }
}

static void parents_exist(void **state)
{
    const char *names[] = {"Uman",        "Zhezkazgan", "Tiraspol", "Sukhumi", "Simferopol",
                           "Kaliningrad", "Ürümqi",     "Khujand",  NULL};
    for (size_t i = 0; names[i]; i++) {
        const kz_place *p = kz_gazetteer_find(*state, names[i]);
        assert_non_null(p);
        assert_non_null(p->parent);
        assert_non_null(kz_gazetteer_find(*state, p->parent));
    }
}

static void all_ukrainian_oblasts(void **state)
{
    static const char *const o[] = {"Cherkasy",
                                    "Chernihiv",
                                    "Chernivtsi",
                                    "Dnipropetrovsk",
                                    "Donetsk",
                                    "Ivano-Frankivsk",
                                    "Kharkiv",
                                    "Kherson",
                                    "Khmelnytskyi",
                                    "Kirovohrad",
                                    "Kyiv",
                                    "Luhansk",
                                    "Lviv",
                                    "Mykolaiv",
                                    "Odesa",
                                    "Poltava",
                                    "Rivne",
                                    "Sumy",
                                    "Ternopil",
                                    "Vinnytsia",
                                    "Volyn",
                                    "Zakarpattia",
                                    "Zaporizhzhia",
                                    "Zhytomyr",
                                    NULL};
    char buf[64];
    for (size_t i = 0; o[i]; i++) {
        snprintf(buf, sizeof buf, "%s Oblast", o[i]);
        const kz_place *p = kz_gazetteer_find(*state, buf);
        assert_non_null(p);
        assert_string_equal(p->kind, "region");
        assert_string_equal(p->country, "UA");
    }
}

static void all_kazakh_regions(void **state)
{
    static const char *const r[] = {"Abai",
                                    "Akmola",
                                    "Aktobe",
                                    "Almaty",
                                    "Atyrau",
                                    "East Kazakhstan",
                                    "Zhambyl",
                                    "Zhetisu",
                                    "Karaganda",
                                    "Kostanay",
                                    "Kyzylorda",
                                    "Mangystau",
                                    "North Kazakhstan",
                                    "Pavlodar",
                                    "Turkistan",
                                    "Ulytau",
                                    "West Kazakhstan",
                                    NULL};
    char buf[64];
    for (size_t i = 0; r[i]; i++) {
        snprintf(buf, sizeof buf, "%s Region", r[i]);
        const kz_place *p = kz_gazetteer_find(*state, buf);
        assert_non_null(p);
        assert_string_equal(p->country, "KZ");
    }
}

/* The first-level divisions of Central Asia, Afghanistan and the South Caucasus. */
static void all_central_asian_and_caucasus_regions(void **state)
{
    static const char *const r[] = {"Andijan Region",
                                    "Bukhara Region",
                                    "Fergana Region",
                                    "Jizzakh Region",
                                    "Kashkadarya Region",
                                    "Khorezm Region",
                                    "Namangan Region",
                                    "Navoiy Region",
                                    "Samarkand Region",
                                    "Syrdarya Region",
                                    "Surkhandarya Region",
                                    "Tashkent Region",
                                    "Karakalpakstan",
                                    "Batken Region",
                                    "Chui Region",
                                    "Issyk-Kul Region",
                                    "Jalal-Abad Region",
                                    "Naryn Region",
                                    "Osh Region",
                                    "Talas Region",
                                    "Sughd Region",
                                    "Khatlon Region",
                                    "Gorno-Badakhshan",
                                    "Ahal Region",
                                    "Balkan Region",
                                    "Daşoguz Region",
                                    "Lebap Region",
                                    "Mary Region",
                                    "Balkh Province",
                                    "Herat Province",
                                    "Kabul Province",
                                    "Zabul Province",
                                    "Tavush Province",
                                    "Syunik Province",
                                    "Shirak Province",
                                    "Kakheti",
                                    "Imereti",
                                    "Adjara",
                                    "Nakhchivan Autonomous Republic",
                                    NULL};
    for (size_t i = 0; r[i]; i++) {
        const kz_place *p = kz_gazetteer_find(*state, r[i]);
        assert_non_null(p);
        assert_string_equal(p->kind, "region");
        assert_true(p->has_coords);
    }
}

static void coordinates_of_lviv(void **state)
{
    const kz_place *p = kz_gazetteer_find(*state, "Lviv");
    assert_non_null(p);
    assert_true(p->lat > 49.7 && p->lat < 49.9);
    assert_true(p->lon > 23.9 && p->lon < 24.1);
    assert_string_equal(p->country, "UA");
}

static void supranational_has_no_country(void **state)
{
    const kz_place *p = kz_gazetteer_find(*state, "Eastern Europe");
    assert_non_null(p);
    assert_null(p->country);
    assert_string_equal(p->kind, "region");
}

/* ---- variants ---- */

static void variant_kiev(void **state)
{
    assert_string_equal(id_of(state, "Kiev"), "Kyiv");
}
static void variant_lvov(void **state)
{
    assert_string_equal(id_of(state, "Lvov"), "Lviv");
}
static void variant_alma_ata(void **state)
{
    assert_string_equal(id_of(state, "Alma-Ata"), "Almaty");
}
static void variant_tselinograd(void **state)
{
    assert_string_equal(id_of(state, "Tselinograd"), "Astana");
}
static void variant_gurev(void **state)
{
    assert_string_equal(id_of(state, "Gurev"), "Atyrau");
}
static void variant_chimkent(void **state)
{
    assert_string_equal(id_of(state, "Chimkent"), "Shymkent");
}
static void variant_semipalatinsk(void **state)
{
    assert_string_equal(id_of(state, "Semipalatinsk"), "Semey");
}
static void variant_dnepropetrovsk(void **state)
{
    assert_string_equal(id_of(state, "Dnepropetrovsk"), "Dnipro");
}
static void variant_czech_republic(void **state)
{
    assert_string_equal(id_of(state, "Czech Republic"), "Czechia");
}
static void variant_turkey(void **state)
{
    assert_string_equal(id_of(state, "Turkey"), "Türkiye");
}
static void variant_usa_forms(void **state)
{
    assert_string_equal(id_of(state, "USA"), "United States");
    assert_string_equal(id_of(state, "U.S."), "United States");
    assert_string_equal(id_of(state, "United States of America"), "United States");
}
static void variant_cyrillic(void **state)
{
    assert_string_equal(id_of(state, "Україна"), "Ukraine");
    assert_string_equal(id_of(state, "Казахстан"), "Kazakhstan");
}
static void variant_without_diacritics(void **state)
{
    assert_string_equal(id_of(state, "Chisinau"), "Chișinău");
    assert_string_equal(id_of(state, "Turkiye"), "Türkiye");
}

/* ---- case rules ---- */

static void case_all_capitals(void **state)
{
    assert_string_equal(id_of(state, "UZBEKISTAN"), "Uzbekistan");
    assert_string_equal(id_of(state, "LAKE BALKHASH"), "Lake Balkhash");
}
static void case_lower_country_accepted(void **state)
{
    assert_string_equal(id_of(state, "belarus"), "Belarus");
}
static void case_lower_common_word_refused(void **state)
{
    assert_string_equal(id_of(state, "turkey"), "");
    assert_string_equal(id_of(state, "china"), "");
    assert_string_equal(id_of(state, "chad"), "");
}
static void case_lower_city_refused(void **state)
{
    assert_string_equal(id_of(state, "lviv"), "");
}
static void case_mixed_refused(void **state)
{
    assert_string_equal(id_of(state, "KaZakhstan"), "");
    assert_string_equal(id_of(state, "Rk"), "");
}
static void case_abbreviation_exact(void **state)
{
    assert_string_equal(id_of(state, "RK"), "Kazakhstan");
}

/* ---- stems ---- */

static void stem_role(void **state)
{
    unsigned role = 99;
    const kz_place *p = kz_gazetteer_lookup(*state, "Transcarpathian", 15, &role);
    assert_non_null(p);
    assert_string_equal(p->id, "Zakarpattia Oblast");
    assert_int_equal(role, KZ_PLACE_STEM);
}
static void name_preferred_to_stem(void **state)
{
    unsigned role = 99;
    const kz_place *p = kz_gazetteer_lookup(*state, "Poltava", 7, &role);
    assert_non_null(p);
    assert_string_equal(p->id, "Poltava");
    assert_int_equal(role, KZ_PLACE_NAME);
}

/* ---- tokens and matching ---- */

static void tokens_words_and_marks(void **state)
{
    (void)state;
    kz_gaz_token *t;
    const char *s = "Kazakhstan’s U.S.-backed";
    size_t n = kz_gaz_tokenize(s, strlen(s), &t);
    assert_int_equal(n, 9);
    assert_string_equal(t[0].key, "kazakhstan");
    assert_true(t[0].word);
    assert_string_equal(t[1].key, "'");
    assert_false(t[1].word);
    assert_string_equal(t[7].key, "-");
    kz_gaz_tokens_free(t, n);
}

/* Match at the first token of @s; returns the number of tokens, id in *id. */
static size_t match0(void **state, const char *s, const char **id)
{
    kz_gaz_token *t;
    size_t n = kz_gaz_tokenize(s, strlen(s), &t);
    kz_gaz_hit hits[8];
    size_t nh = 0;
    size_t m = kz_gazetteer_match(*state, s, t, n, 0, hits, 8, &nh);
    *id = "";
    for (size_t h = nh; h > 0; h--)
        if (hits[h - 1].role == KZ_PLACE_NAME)
            *id = hits[h - 1].place->id;
    kz_gaz_tokens_free(t, n);
    return m;
}

static void match_longest(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "Latin America is far", &id), 2);
    assert_string_equal(id, "Latin America");
}
static void match_whole_words_only(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "Kazakhstani exports", &id), 0);
    assert_int_equal(match0(state, "European values", &id), 0);
}
static void match_not_across_lines(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "Latin\nAmerica", &id), 0);
}
static void match_dotted_abbreviation(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "U.S. officials", &id), 4);
    assert_string_equal(id, "United States");
}
static void match_possessive(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "Tashkent's view", &id), 1);
    assert_string_equal(id, "Tashkent");
}
static void match_hyphenated_name(void **state)
{
    const char *id;
    assert_int_equal(match0(state, "Ivano-Frankivsk is", &id), 3);
    assert_string_equal(id, "Ivano-Frankivsk");
}

/* ---- a gazetteer from text ---- */

static void custom_rows_and_name_flags(void **state)
{
    (void)state;
    kz_gazetteer *g = kz_gazetteer_new_empty();
    kz_error err;
    const char *tsv = "# test\nTestgrad\tcity\tUA\t1.5\t2.5\t\t\tOldgrad~p|Testhrad\t\n";
    assert_int_equal(kz_gazetteer_add_tsv(g, "t.tsv", tsv, strlen(tsv), &err), KZ_OK);
    assert_int_equal(kz_gazetteer_count(g), 1);
    kz_gaz_token *t;
    const char *s = "Oldgrad";
    size_t n = kz_gaz_tokenize(s, strlen(s), &t);
    kz_gaz_hit hits[4];
    size_t nh;
    assert_int_equal(kz_gazetteer_match(g, s, t, n, 0, hits, 4, &nh), 1);
    assert_int_equal(nh, 1);
    assert_true(hits[0].flags & KZ_PLACE_PERSON);
    assert_string_equal(hits[0].place->id, "Testgrad");
    assert_true(hits[0].place->lat == 1.5);
    kz_gaz_tokens_free(t, n);
    kz_gazetteer_free(g);
}

/* 't': a short name of a sea or a river ("the Caspian"), a flag of its own. */
static void name_flag_the(void **state)
{
    (void)state;
    kz_gazetteer *g = kz_gazetteer_new_empty();
    kz_error err;
    const char *tsv = "Testa River\tfeature\t\t\t\t\t\tTesta~t\t\n";
    assert_int_equal(kz_gazetteer_add_tsv(g, "t.tsv", tsv, strlen(tsv), &err), KZ_OK);
    kz_gaz_token *t;
    const char *s = "Testa River or Testa";
    size_t n = kz_gaz_tokenize(s, strlen(s), &t);
    kz_gaz_hit hits[4];
    size_t nh;
    assert_int_equal(kz_gazetteer_match(g, s, t, n, 0, hits, 4, &nh), 2);
    assert_false(hits[0].flags & KZ_PLACE_THE);
    assert_int_equal(kz_gazetteer_match(g, s, t, n, 3, hits, 4, &nh), 1);
    assert_true(hits[0].flags & KZ_PLACE_THE);
    assert_string_equal(hits[0].place->id, "Testa River");
    kz_gaz_tokens_free(t, n);
    kz_gazetteer_free(g);
}

static void bad_row_is_an_input_error(void **state)
{
    (void)state;
    kz_gazetteer *g = kz_gazetteer_new_empty();
    kz_error err;
    const char *tsv = "Nowhere\n";
    assert_int_equal(kz_gazetteer_add_tsv(g, "t.tsv", tsv, strlen(tsv), &err), KZ_EINPUT);
    assert_int_equal(err.line, 1);
    kz_gazetteer_free(g);
}

int main(void)
{
#define T(f) cmocka_unit_test(f)
    const struct CMUnitTest tests[] = {
        T(loads_many_places),
        T(every_iso_country_is_there),
        T(kinds_are_known_and_places_have_coords),
        T(parents_exist),
        T(all_ukrainian_oblasts),
        T(all_kazakh_regions),
        T(all_central_asian_and_caucasus_regions),
        T(coordinates_of_lviv),
        T(supranational_has_no_country),
        T(variant_kiev),
        T(variant_lvov),
        T(variant_alma_ata),
        T(variant_tselinograd),
        T(variant_gurev),
        T(variant_chimkent),
        T(variant_semipalatinsk),
        T(variant_dnepropetrovsk),
        T(variant_czech_republic),
        T(variant_turkey),
        T(variant_usa_forms),
        T(variant_cyrillic),
        T(variant_without_diacritics),
        T(case_all_capitals),
        T(case_lower_country_accepted),
        T(case_lower_common_word_refused),
        T(case_lower_city_refused),
        T(case_mixed_refused),
        T(case_abbreviation_exact),
        T(stem_role),
        T(name_preferred_to_stem),
        T(tokens_words_and_marks),
        T(match_longest),
        T(match_whole_words_only),
        T(match_not_across_lines),
        T(match_dotted_abbreviation),
        T(match_possessive),
        T(match_hyphenated_name),
        T(custom_rows_and_name_flags),
        T(name_flag_the),
        T(bad_row_is_an_input_error),
    };
#undef T
    return cmocka_run_group_tests(tests, setup, teardown);
}
