/* SPDX-License-Identifier: MIT */
/* The figures extractor against the figure rules of the guidelines, with
 * sentences of its own: positives for each class, qualifiers and spans,
 * and the many things that look like figures but are not. */
#include "kz_test.h"

#include <stdio.h>

/* Run @only over @text; the caller frees the document. */
static kz_doc *run(const char *text, const char *only)
{
    kz_doc *d = kz_test_doc(text, "2024-05-18");
    kz_test_extract(d, only);
    return d;
}

static size_t nfigs(const kz_doc *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nfacts; i++)
        n += d->facts[i].type == KZ_FACT_FIGURE;
    return n;
}

static const kz_fact *fig(const kz_doc *d, size_t k)
{
    for (size_t i = 0; i < d->nfacts; i++)
        if (d->facts[i].type == KZ_FACT_FIGURE && k-- == 0)
            return &d->facts[i];
    return NULL;
}

/* Check figure @k of @d field by field; @qual NULL means null. */
static void check(const kz_doc *d, size_t k, const char *span, const char *number, const char *unit,
                  const char *fclass, const char *qual)
{
    const kz_fact *f = fig(d, k);
    if (!f)
        fail_msg("no figure %zu (want '%s')", k, span);
    char *text = kz_test_fact_text(d, f);
    if (strcmp(text, span) != 0) {
        print_error("span: got '%s', want '%s'\n", text, span);
        free(text);
        fail();
    }
    free(text);
    assert_string_equal(f->number, number);
    assert_string_equal(f->unit, unit);
    assert_string_equal(f->fclass, fclass);
    if (qual)
        assert_string_equal(f->qualifier ? f->qualifier : "(null)", qual);
    else
        assert_null(f->qualifier);
}

/* Exactly one figure in @text, with these fields. */
#define ONE(name, text, span, number, unit, fclass, qual)                                          \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        kz_doc *d = run(text, "figures");                                                          \
        assert_int_equal(nfigs(d), 1);                                                             \
        check(d, 0, span, number, unit, fclass, qual);                                             \
        kz_doc_free(d);                                                                            \
    }

/* No figure in @text. */
#define NONE(name, text)                                                                           \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        kz_doc *d = run(text, "figures");                                                          \
        if (nfigs(d) != 0) {                                                                       \
            char *t = kz_test_fact_text(d, fig(d, 0));                                             \
            print_error("unexpected figure '%s'\n", t);                                            \
            free(t);                                                                               \
        }                                                                                          \
        assert_int_equal(nfigs(d), 0);                                                             \
        kz_doc_free(d);                                                                            \
    }

/* One figure whose `what` is @want. */
#define WHAT(name, text, want)                                                                     \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        kz_doc *d = run(text, "figures");                                                          \
        assert_int_equal(nfigs(d), 1);                                                             \
        assert_non_null(fig(d, 0)->what);                                                          \
        assert_string_equal(fig(d, 0)->what, want);                                                \
        kz_doc_free(d);                                                                            \
    }

/* ---- money ---------------------------------------------------------------- */

ONE(money_dollar_sign_million, "The port cost $73.4 million to rebuild.", "$73.4 million",
    "73400000", "USD", "money", NULL)
ONE(money_usd_code_billion, "Investments reached USD 2 billion last year.", "USD 2 billion",
    "2000000000", "USD", "money", NULL)
ONE(money_us_dollar_sign, "The loan is worth US$600 million.", "US$600 million", "600000000", "USD",
    "money", NULL)
ONE(money_dollars_word, "They donated 15 thousand dollars.", "15 thousand dollars", "15000", "USD",
    "money", NULL)
ONE(money_us_dollars_words, "a grant of three million US dollars", "three million US dollars",
    "3000000", "USD", "money", NULL)
ONE(money_euro_sign_bn,
    "The EU pledged \xe2\x82\xac"
    "1.5bn for roads.",
    "\xe2\x82\xac"
    "1.5bn",
    "1500000000", "EUR", "money", NULL)
ONE(money_eur_code_after, "a budget of 40 million EUR", "40 million EUR", "40000000", "EUR",
    "money", NULL)
ONE(money_euros_word, "Tickets cost 25 euros each.", "25 euros", "25", "EUR", "money", NULL)
ONE(money_pound_sign,
    "London gave \xc2\xa3"
    "12m in aid.",
    "\xc2\xa3"
    "12m",
    "12000000", "GBP", "money", NULL)
ONE(money_gbp_code, "GBP 8 million was transferred.", "GBP 8 million", "8000000", "GBP", "money",
    NULL)
ONE(money_rouble_sign,
    "It costs \xe2\x82\xbd"
    "900.",
    "\xe2\x82\xbd"
    "900",
    "900", "RUB", "money", NULL)
ONE(money_roubles_word, "a fine of 50,000 roubles", "50,000 roubles", "50000", "RUB", "money", NULL)
ONE(money_rubles_word, "The deal was 7 billion rubles.", "7 billion rubles", "7000000000", "RUB",
    "money", NULL)
ONE(money_tenge_word, "The akimat spent 320 million tenge on schools.", "320 million tenge",
    "320000000", "KZT", "money", NULL)
ONE(money_kzt_code, "KZT 14 bn was allocated.", "KZT 14 bn", "14000000000", "KZT", "money", NULL)
ONE(money_tenge_sign,
    "Bread is \xe2\x82\xb8"
    "250 now.",
    "\xe2\x82\xb8"
    "250",
    "250", "KZT", "money", NULL)
ONE(money_hryvnias_word, "Donors raised 4 million hryvnias.", "4 million hryvnias", "4000000",
    "UAH", "money", NULL)
ONE(money_hryvnia_sign,
    "a pension of \xe2\x82\xb4"
    "3,200",
    "\xe2\x82\xb4"
    "3,200",
    "3200", "UAH", "money", NULL)
ONE(money_uah_code, "UAH 1.1 billion in reconstruction", "UAH 1.1 billion", "1100000000", "UAH",
    "money", NULL)
ONE(money_mln_abbreviation, "$9 mln in credits", "$9 mln", "9000000", "USD", "money", NULL)
ONE(money_short_k_after_sign, "They paid $40k for it.", "$40k", "40000", "USD", "money", NULL)
ONE(money_plain_amount, "The visa fee is $160.", "$160", "160", "USD", "money", NULL)
ONE(money_year_like_amount_is_money, "The fee was $2000 in total.", "$2000", "2000", "USD", "money",
    NULL)
ONE(money_only_is_no_qualifier, "turnover was only $95.2 million", "$95.2 million", "95200000",
    "USD", "money", NULL)
ONE(money_as_low_as_is_no_qualifier, "exports fell to as low as USD 60 million", "USD 60 million",
    "60000000", "USD", "money", NULL)
ONE(money_nbsp_after_code,
    "USD\xc2\xa0"
    "3 billion",
    "USD\xc2\xa0"
    "3 billion",
    "3000000000", "USD", "money", NULL)

/* ---- mass ----------------------------------------------------------------- */

ONE(mass_tonnes, "The convoy brought 62 tonnes of flour.", "62 tonnes", "62", "t", "mass", NULL)
ONE(mass_tons_over, "more than 1,200 tons of coal", "more than 1,200 tons", "1200", "t", "mass",
    "over")
ONE(mass_metric_tons, "Farmers sold 80 metric tons.", "80 metric tons", "80", "t", "mass", NULL)
ONE(mass_plus_sign, "CITIZENS COLLECTED 300+ TONS OF MEDICINE", "300+ TONS", "300", "t", "mass",
    "over")
ONE(mass_plus_word, "a 13-plus tonnes load", "13-plus tonnes", "13", "t", "mass", "over")
ONE(mass_thousand_tonnes, "some 20 thousand tonnes of sugar", "some 20 thousand tonnes", "20000",
    "t", "mass", "approx")
ONE(mass_million_tons_words, "two million tons of grain", "two million tons", "2000000", "t",
    "mass", NULL)
ONE(mass_two_with_unit, "They sent two tonnes of seeds.", "two tonnes", "2", "t", "mass", NULL)
ONE(mass_kg, "Each parcel weighs 15 kg.", "15 kg", "15", "kg", "mass", NULL)
ONE(mass_hyphen_compound, "a 500-tonne shipment", "500-tonne", "500", "t", "mass", NULL)
ONE(mass_t_abbreviation, "The crane lifts 40 t.", "40 t", "40", "t", "mass", NULL)

/* ---- percent -------------------------------------------------------------- */

ONE(percent_word, "Prices rose by 12 percent.", "12 percent", "12", "percent", "percent", NULL)
ONE(percent_sign, "Unemployment is 4.8%.", "4.8%", "4.8", "percent", "percent", NULL)
ONE(percent_sign_spaced, "a share of 35 % overall", "35 %", "35", "percent", "percent", NULL)
ONE(percent_per_cent, "nearly 60 per cent of voters", "nearly 60 per cent", "60", "percent",
    "percent", "approx")
ONE(percent_less_than, "less than 3 percent of the budget", "less than 3 percent", "3", "percent",
    "percent", "under")
ONE(percent_all_caps, "NEARLY 45 PERCENT OF FARMS ARE PRIVATE", "NEARLY 45 PERCENT", "45",
    "percent", "percent", "approx")
ONE(percent_words_number, "Twenty percent of the staff left.", "Twenty percent", "20", "percent",
    "percent", NULL)
ONE(percent_points, "growth slowed by 1.5 percentage points", "1.5 percentage points", "1.5",
    "percent", "percent", NULL)

/* ---- distance, volume, area -------------------------------------------------- */

ONE(distance_kilometres, "The road is 230 kilometres long.", "230 kilometres", "230", "km",
    "distance", NULL)
ONE(distance_km_attached, "a 15km stretch", "15km", "15", "km", "distance", NULL)
ONE(distance_miles, "It runs for 90 miles.", "90 miles", "90", "mi", "distance", NULL)
ONE(volume_litres, "They delivered 3,000 litres of fuel.", "3,000 litres", "3000", "l", "volume",
    NULL)
ONE(volume_cubic_metres, "about 800 cubic metres of timber", "about 800 cubic metres", "800", "m3",
    "volume", "approx")
ONE(volume_bcm, "The pipe carries 12 bcm a year.", "12 bcm", "12000000000", "m3", "volume", NULL)
ONE(volume_cubic_km, "The reservoir holds 28.1 cubic kilometres of water.", "28.1 cubic kilometres",
    "28100000000", "m3", "volume", NULL)
ONE(volume_km3_attached, "an inflow of 3.4km3 a year", "3.4km3", "3400000000", "m3", "volume", NULL)
ONE(count_peasants, "some 2.3 million peasants moved", "some 2.3 million peasants", "2300000",
    "person", "people", "approx")
ONE(decimal_comma_scale, "a loan of 7,25 billion tenge", "7,25 billion tenge", "7250000000", "KZT",
    "money", NULL)
static void bare_amount_after_money(void **state)
{
    (void)state;
    kz_doc *d =
        run("Exports hit 3.2 billion euros, 12 percent up. Imports were 900 million.", "figures");
    assert_int_equal(nfigs(d), 3);
    check(d, 2, "900 million", "900000000", "EUR", "money", NULL);
    kz_doc_free(d);
}

static void bare_amount_of_which(void **state)
{
    (void)state;
    kz_doc *d =
        run("The bridge cost 80 million lari, of which 30 million came from loans.", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 1, "30 million", "30000000", "GEL", "money", NULL);
    kz_doc_free(d);
}

/* A bare amount before a noun counts that noun; after a count it is no money. */
NONE(bare_amount_no_money_before, "Some 40 million watched. Then 2 million left.")

NONE(not_duration_seasons, "The camp worked for four seasons before it closed.")
NONE(not_duration_generations, "It took two generations to rebuild.")
ONE(area_square_km, "a reserve of 2,700 square kilometres", "2,700 square kilometres", "2700",
    "km2", "area", NULL)

static void distance_with_conversion_is_two(void **state)
{
    (void)state;
    kz_doc *d = run("The railway covers 1,610 kilometers (1,000 miles).", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "1,610 kilometers", "1610", "km", "distance", NULL);
    check(d, 1, "1,000 miles", "1000", "mi", "distance", NULL);
    kz_doc_free(d);
}

/* ---- people ----------------------------------------------------------------- */

ONE(people_children_with_adjective, "Last summer 60 Kazakh children visited Lviv.",
    "60 Kazakh children", "60", "person", "people", NULL)
ONE(people_demonym, "The census counted 812 Georgians.", "812 Georgians", "812", "person", "people",
    NULL)
ONE(people_ethnic_demonym, "about 90 thousand ethnic Poles live there",
    "about 90 thousand ethnic Poles", "90000", "person", "people", "approx")
ONE(people_citizens_more_than, "More than 7,500 citizens signed.", "More than 7,500 citizens",
    "7500", "person", "people", "over")
ONE(people_refugees_words, "We host four hundred refugees.", "four hundred refugees", "400",
    "person", "people", NULL)
ONE(people_such_keeps_number_only, "there were nearly eight thousand such Belarusian students",
    "nearly eight thousand", "8000", "person", "people", "approx")
ONE(people_adverb_keeps_number_only, "and roughly 2,000 recently arrived people", "roughly 2,000",
    "2000", "person", "people", "approx")
ONE(people_volunteers_digits, "It took 350 volunteers three weeks.", "350 volunteers", "350",
    "person", "people", NULL)
ONE(people_million, "some 1.2 million Kazakhstanis travel abroad", "some 1.2 million Kazakhstanis",
    "1200000", "person", "people", "approx")
ONE(people_at_least, "at least 17 journalists were detained", "at least 17 journalists", "17",
    "person", "people", "over")
ONE(people_nbsp_groups,
    "12\xc2\xa0"
    "400 residents were evacuated",
    "12\xc2\xa0"
    "400 residents",
    "12400", "person", "people", NULL)

/* ---- counts ---------------------------------------------------------------- */

ONE(count_plain_plural, "The embassy handled 64 requests.", "64 requests", "64", "item", "count",
    NULL)
ONE(count_with_modifiers, "They installed 12 mobile water-treatment stations.",
    "12 mobile water-treatment stations", "12", "item", "count", NULL)
ONE(count_words_three, "The fund bought three fire engines.", "three fire engines", "3", "item",
    "count", NULL)
ONE(count_approx, "around 30 schools teach the language", "around 30 schools", "30", "item",
    "count", "approx")
ONE(count_times, "She has been to Almaty 6 times.", "6 times", "6", "item", "count", NULL)
ONE(count_times_after_name, "I visited Astana 14 times.", "14 times", "14", "item", "count", NULL)
ONE(count_of_his, "Two hundred of her letters survived.", "Two hundred", "200", "item", "count",
    NULL)
ONE(count_dozen, "a dozen new bridges", "a dozen new bridges", "12", "item", "count", NULL)
ONE(count_irregular_plural, "The airline leased 9 aircraft.", "9 aircraft", "9", "item", "count",
    NULL)
ONE(count_up_to, "up to 15 trucks a day", "up to 15 trucks", "15", "item", "count", "under")
ONE(count_fewer_than, "fewer than 40 projects", "fewer than 40 projects", "40", "item", "count",
    "under")
ONE(count_tilde, "~300 shipments", "~300 shipments", "300", "item", "count", "approx")
ONE(count_after_adverb_opener, "The storm passed. Fortunately 12 schools survived.", "12 schools",
    "12", "item", "count", NULL)
ONE(count_title_heading, "Kazakhstan Opens 30 New Schools", "30 New Schools", "30", "item", "count",
    NULL)

static void people_who_after_number(void **state)
{
    (void)state;
    kz_doc *d = run("It helps our nationals, including nearly half a million who study abroad "
                    "and over 20,000 who work there.",
                    "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "nearly half a million", "500000", "person", "people", "approx");
    check(d, 1, "over 20,000", "20000", "person", "people", "over");
    assert_string_equal(fig(d, 1)->what, "nationals");
    kz_doc_free(d);
}

static void people_bare_after_demonym_sentence(void **state)
{
    (void)state;
    kz_doc *d =
        run("Many Armenians settled in the north. In Pavlodar there are about 11,000.", "figures");
    assert_int_equal(nfigs(d), 1);
    check(d, 0, "about 11,000", "11000", "person", "people", "approx");
    assert_string_equal(fig(d, 0)->what, "Armenians");
    kz_doc_free(d);
}

static void count_number_rose_to(void **state)
{
    (void)state;
    kz_doc *d =
        run("In spring the mission issued 33 permits, and later the number rose to 48.", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 1, "48", "48", "item", "count", NULL);
    assert_string_equal(fig(d, 1)->what, "permits");
    kz_doc_free(d);
}

static void count_number_of_people_reached(void **state)
{
    (void)state;
    kz_doc *d = run("The number of visitors reached 2,600.", "figures");
    assert_int_equal(nfigs(d), 1);
    check(d, 0, "2,600", "2600", "person", "people", NULL);
    assert_string_equal(fig(d, 0)->what, "visitors");
    kz_doc_free(d);
}

static void count_list_of_three(void **state)
{
    (void)state;
    kz_doc *d = run("He wrote 80 essays, 14 plays, and about 6 operas.", "figures");
    assert_int_equal(nfigs(d), 3);
    check(d, 0, "80 essays", "80", "item", "count", NULL);
    check(d, 1, "14 plays", "14", "item", "count", NULL);
    check(d, 2, "about 6 operas", "6", "item", "count", "approx");
    kz_doc_free(d);
}

static void range_shares_unit(void **state)
{
    (void)state;
    kz_doc *d = run("Between 15 and 25 percent of firms export.", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "15", "15", "percent", "percent", NULL);
    check(d, 1, "25 percent", "25", "percent", "percent", NULL);
    kz_doc_free(d);
}

static void range_with_dash(void **state)
{
    (void)state;
    kz_doc *d = run("Each truck carries 18\xe2\x80\x93"
                    "22 tonnes.",
                    "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "18", "18", "t", "mass", NULL);
    check(d, 1, "22 tonnes", "22", "t", "mass", NULL);
    kz_doc_free(d);
}

/* ---- what ------------------------------------------------------------------ */

WHAT(what_of_after_unit, "They shipped 70 tonnes of medical supplies.", "medical supplies")
WHAT(what_percent_of_the, "About 30 percent of the electorate voted.", "electorate")
WHAT(what_in_after_money, "Tokyo gave $4 million in technical assistance.", "technical assistance")
WHAT(what_worth_of, "We sold USD 20 million worth of machinery.", "machinery")
WHAT(what_measure_noun_before, "Annual bilateral turnover stood at $640 million.",
     "Annual bilateral turnover")
WHAT(what_count_noun_phrase, "We opened 8 cultural centres.", "cultural centres")
WHAT(what_all_caps_lowered, "ALMOST 200 TONS OF GRAIN ARRIVED", "grain")
WHAT(what_such_dropped, "over 900 such Moldovan workers", "Moldovan workers")

static void what_null_when_nothing(void **state)
{
    (void)state;
    kz_doc *d = run("He holds a 50 percent stake-free view.", "figures");
    assert_int_equal(nfigs(d), 1);
    assert_null(fig(d, 0)->what);
    kz_doc_free(d);
}

/* ---- not figures ----------------------------------------------------------- */

NONE(not_year_bare, "In 2017 the office moved.")
NONE(not_year_before_noun, "The 2026 elections are near.")
NONE(not_year_range, "during 2019\xe2\x80\x93"
                     "21 the talks stalled")
NONE(not_decade, "The 1970s were different.")
NONE(not_day_month, "We met on 14 March and again on March 28.")
NONE(not_numeric_date, "Signed on 04.11.2021 in Baku.")
NONE(not_slash_date, "Signed on 11/04/2021.")
NONE(not_time_of_day, "The session opens at 09:30.")
NONE(not_duration_years, "He served for twelve years.")
NONE(not_duration_months, "It took 18 months to finish.")
NONE(not_duration_with_adjective, "after 20 long years of silence")
NONE(not_duration_days, "within 5 working days")
NONE(not_age, "She was 34 years old then.")
NONE(not_age_compound, "a 19-year-old student")
NONE(not_ordinal_session, "the 61st session of the assembly")
NONE(not_ordinal_grades, "from the 5th to 9th grades")
NONE(not_ordinal_anniversary, "the 25th anniversary of relations")
NONE(not_ordinal_word, "the fifth largest economy")
NONE(not_channel_name, "viewers of Russia 24 and Rossiya 1")
NONE(not_format_name, "the C5+1 and G20 formats")
NONE(not_school_number, "lyceum No. 12 in Shymkent")
NONE(not_number_sign, "Decree \xe2\x84\x96 417 was signed")
NONE(not_virus_name, "COVID-19 restrictions ended")
NONE(not_aircraft_model, "the Su-25 and MiG-29 jets")
NONE(not_vague_hundreds, "hundreds of tonnes of cargo")
NONE(not_vague_thousands, "thousands of words were said")
NONE(not_vague_dozens, "dozens of volunteers helped")
NONE(not_half, "half a country watched")
NONE(not_once_twice, "more than once, maybe twice")
NONE(not_one_of, "one of the main partners")
NONE(not_two_countries, "the two countries agreed")
NONE(not_two_projects, "we launched two joint projects")
NONE(not_both, "both sides signed")
NONE(not_first_months, "in the first four months of 2023")
NONE(not_bare_number, "The answer is 42.")
NONE(not_hyphen_compound, "a 5-member commission")
NONE(not_ratio_times, "Exports grew 3 times over the decade.")
NONE(not_comparative_times, "It is 2.5 times larger than before.")
NONE(not_phone_number, "Call +7 717 255 1234 for details.")
NONE(not_list_marker, "1. Introduction")
NONE(not_past_years, "over the past three years")
NONE(not_other_empty_head, "two or three others joined")
NONE(not_article_verb, "Article 5 applies here.")
NONE(not_ratio_in, "1 in 4 households and one in six farms")
NONE(not_bare_large_without_people, "Revenue reached 4,000 in March.")

static void not_date_fact_span(void **state)
{
    (void)state;
    /* With the dates extractor first, its spans are never figures. */
    kz_doc *d = run("On 9 May 2023, 40 veterans marched.", "dates,figures");
    assert_int_equal(nfigs(d), 1);
    check(d, 0, "40 veterans", "40", "person", "people", NULL);
    kz_doc_free(d);
}

/* ---- context, weekdays, coordinated modifiers, quotes, people nouns ------- */

ONE(weekday_before_count, "Each Tuesday 35 pensioners visit the centre.", "35 pensioners", "35",
    "person", "people", NULL)
ONE(weekday_plural_before_count, "On Sundays 120 pilgrims climb the hill.", "120 pilgrims", "120",
    "person", "people", NULL)
ONE(and_between_modifiers, "The sides initialled 7 energy and transport accords.",
    "7 energy and transport accords", "7", "item", "count", NULL)
ONE(or_between_modifiers, "We rebuilt 23 rural or suburban clinics.",
    "23 rural or suburban clinics", "23", "item", "count", NULL)
ONE(quoted_noun_phrase, "Volunteers opened 9 \"warm rooms for families\" in the city.",
    "9 \"warm rooms for families\"", "9", "item", "count", NULL)
ONE(quoted_noun_phrase_curly, "The city runs 15 \xe2\x80\x9cmobile kitchens\xe2\x80\x9d.",
    "15 \xe2\x80\x9cmobile kitchens\xe2\x80\x9d", "15", "item", "count", NULL)
NONE(not_quoted_name, "He drove 5 \"Nur\" to the depot.")
ONE(people_observers, "Nearly 90 international observers watched the vote.",
    "Nearly 90 international observers", "90", "person", "people", "approx")
ONE(people_delegates, "Some 250 delegates came to the forum.", "Some 250 delegates", "250",
    "person", "people", "approx")
ONE(not_people_exporters, "The scheme links 70 exporters.", "70 exporters", "70", "item", "count",
    NULL)

static void context_of_them_previous_sentence(void **state)
{
    (void)state;
    kz_doc *d = run("The archive holds over 2,500 letters. Roughly 600 of them are from the front.",
                    "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 1, "Roughly 600", "600", "item", "count", "approx");
    assert_string_equal(fig(d, 1)->what, "letters");
    kz_doc_free(d);
}

static void context_qualified_same_sentence(void **state)
{
    (void)state;
    kz_doc *d =
        run("The camp needs 80 nurses a week, but the region can send at most 50.", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 1, "at most 50", "50", "person", "people", "under");
    kz_doc_free(d);
}

static void context_of_them_unqualified(void **state)
{
    (void)state;
    kz_doc *d = run("We trained 140 teachers; 35 of these now work in villages.", "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 1, "35", "35", "person", "people", NULL);
    kz_doc_free(d);
}

/* A bare number with no count before it, or an unqualified one, stays out. */
NONE(not_context_without_count, "Prices doubled. Only about 70 remained.")
static void not_context_after_money(void **state)
{
    (void)state;
    kz_doc *d = run("The bill was $5 million, up from about 900.", "figures");
    assert_int_equal(nfigs(d), 1);
    kz_doc_free(d);
}
static void not_context_unqualified_bare(void **state)
{
    (void)state;
    kz_doc *d = run("We hired 12 drivers and the answer was 42.", "figures");
    assert_int_equal(nfigs(d), 1);
    kz_doc_free(d);
}
static void not_context_too_far(void **state)
{
    (void)state;
    kz_doc *d =
        run("They found 30 wells. Water is scarce. Rain is rare. There are under 40.", "figures");
    assert_int_equal(nfigs(d), 1);
    kz_doc_free(d);
}

/* ---- table cells --------------------------------------------------------- */

static void table_caption_unit(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Grain shipped by port (thousand tonnes)\nPort\nAktau\n1,240\n"
                            "Kuryk\n385\nData are provisional.\n75",
                            NULL);
    d->blocks[0].flags |= KZ_BF_CAPTION;
    kz_test_extract(d, "figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "1,240", "1240000", "t", "mass", NULL);
    check(d, 1, "385", "385000", "t", "mass", NULL);
    assert_string_equal(fig(d, 0)->what, "Grain shipped by port");
    kz_doc_free(d);
}

static void table_header_unit_money(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Budget by ministry (USD million)\nHealth\n2,015\n72.5", NULL);
    kz_test_extract(d, "dates,figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "2,015", "2015000000", "USD", "money", NULL);
    check(d, 1, "72.5", "72500000", "USD", "money", NULL);
    kz_doc_free(d);
}

static void table_year_header_is_no_cell(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Imports (%)\n2021\n2022\n14\n9", NULL);
    kz_test_extract(d, "dates,figures");
    assert_int_equal(nfigs(d), 2);
    check(d, 0, "14", "14", "percent", "percent", NULL);
    kz_doc_free(d);
}

/* Parentheses that name no unit, or a long sentence, open no table. */
NONE(not_table_year_in_parens, "Harvest report (2023)\n410\n380")
NONE(not_table_photo_caption, "Children at the school (Photo: A. Lee)\n12")
NONE(not_table_after_sentence,
     "Trade (EUR million)\nThe figures were revised twice over the summer after an audit.\n640")

static void figures_in_text_order(void **state)
{
    (void)state;
    kz_doc *d = run("We sent 5 tonnes.\nThen 7 percent more.\nFinally $3 million.", "figures");
    assert_int_equal(nfigs(d), 3);
    assert_true(fig(d, 0)->start < fig(d, 1)->start);
    assert_true(fig(d, 1)->start < fig(d, 2)->start);
    assert_true(fig(d, 2)->amount == 3000000.0);
    kz_doc_free(d);
}

static void amount_matches_number(void **state)
{
    (void)state;
    kz_doc *d = run("A credit line of $0.75 million.", "figures");
    assert_int_equal(nfigs(d), 1);
    assert_string_equal(fig(d, 0)->number, "750000");
    assert_true(fig(d, 0)->amount == 750000.0);
    kz_doc_free(d);
}

static void empty_document(void **state)
{
    (void)state;
    kz_doc *d = run("", "figures");
    assert_int_equal(nfigs(d), 0);
    kz_doc_free(d);
}

static void long_digit_run_survives(void **state)
{
    (void)state;
    char buf[4096];
    size_t o = 0;
    for (int i = 0; i < 600 && o + 8 < sizeof buf; i++)
        o += (size_t)snprintf(buf + o, sizeof buf - o, "%d,", i % 10);
    kz_doc *d = run(buf, "figures");
    assert_int_equal(nfigs(d), 0);
    kz_doc_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(money_dollar_sign_million),
        cmocka_unit_test(money_usd_code_billion),
        cmocka_unit_test(money_us_dollar_sign),
        cmocka_unit_test(money_dollars_word),
        cmocka_unit_test(money_us_dollars_words),
        cmocka_unit_test(money_euro_sign_bn),
        cmocka_unit_test(money_eur_code_after),
        cmocka_unit_test(money_euros_word),
        cmocka_unit_test(money_pound_sign),
        cmocka_unit_test(money_gbp_code),
        cmocka_unit_test(money_rouble_sign),
        cmocka_unit_test(money_roubles_word),
        cmocka_unit_test(money_rubles_word),
        cmocka_unit_test(money_tenge_word),
        cmocka_unit_test(money_kzt_code),
        cmocka_unit_test(money_tenge_sign),
        cmocka_unit_test(money_hryvnias_word),
        cmocka_unit_test(money_hryvnia_sign),
        cmocka_unit_test(money_uah_code),
        cmocka_unit_test(money_mln_abbreviation),
        cmocka_unit_test(money_short_k_after_sign),
        cmocka_unit_test(money_plain_amount),
        cmocka_unit_test(money_year_like_amount_is_money),
        cmocka_unit_test(money_only_is_no_qualifier),
        cmocka_unit_test(money_as_low_as_is_no_qualifier),
        cmocka_unit_test(money_nbsp_after_code),
        cmocka_unit_test(mass_tonnes),
        cmocka_unit_test(mass_tons_over),
        cmocka_unit_test(mass_metric_tons),
        cmocka_unit_test(mass_plus_sign),
        cmocka_unit_test(mass_plus_word),
        cmocka_unit_test(mass_thousand_tonnes),
        cmocka_unit_test(mass_million_tons_words),
        cmocka_unit_test(mass_two_with_unit),
        cmocka_unit_test(mass_kg),
        cmocka_unit_test(mass_hyphen_compound),
        cmocka_unit_test(mass_t_abbreviation),
        cmocka_unit_test(percent_word),
        cmocka_unit_test(percent_sign),
        cmocka_unit_test(percent_sign_spaced),
        cmocka_unit_test(percent_per_cent),
        cmocka_unit_test(percent_less_than),
        cmocka_unit_test(percent_all_caps),
        cmocka_unit_test(percent_words_number),
        cmocka_unit_test(percent_points),
        cmocka_unit_test(distance_kilometres),
        cmocka_unit_test(distance_km_attached),
        cmocka_unit_test(distance_miles),
        cmocka_unit_test(volume_litres),
        cmocka_unit_test(volume_cubic_metres),
        cmocka_unit_test(volume_bcm),
        cmocka_unit_test(volume_cubic_km),
        cmocka_unit_test(volume_km3_attached),
        cmocka_unit_test(count_peasants),
        cmocka_unit_test(decimal_comma_scale),
        cmocka_unit_test(not_duration_seasons),
        cmocka_unit_test(bare_amount_after_money),
        cmocka_unit_test(bare_amount_of_which),
        cmocka_unit_test(bare_amount_no_money_before),
        cmocka_unit_test(not_duration_generations),
        cmocka_unit_test(area_square_km),
        cmocka_unit_test(distance_with_conversion_is_two),
        cmocka_unit_test(people_children_with_adjective),
        cmocka_unit_test(people_demonym),
        cmocka_unit_test(people_ethnic_demonym),
        cmocka_unit_test(people_citizens_more_than),
        cmocka_unit_test(people_refugees_words),
        cmocka_unit_test(people_such_keeps_number_only),
        cmocka_unit_test(people_adverb_keeps_number_only),
        cmocka_unit_test(people_volunteers_digits),
        cmocka_unit_test(people_million),
        cmocka_unit_test(people_at_least),
        cmocka_unit_test(people_nbsp_groups),
        cmocka_unit_test(count_plain_plural),
        cmocka_unit_test(count_with_modifiers),
        cmocka_unit_test(count_words_three),
        cmocka_unit_test(count_approx),
        cmocka_unit_test(count_times),
        cmocka_unit_test(count_times_after_name),
        cmocka_unit_test(count_of_his),
        cmocka_unit_test(count_dozen),
        cmocka_unit_test(count_irregular_plural),
        cmocka_unit_test(count_up_to),
        cmocka_unit_test(count_fewer_than),
        cmocka_unit_test(count_tilde),
        cmocka_unit_test(count_after_adverb_opener),
        cmocka_unit_test(count_title_heading),
        cmocka_unit_test(people_who_after_number),
        cmocka_unit_test(people_bare_after_demonym_sentence),
        cmocka_unit_test(count_number_rose_to),
        cmocka_unit_test(count_number_of_people_reached),
        cmocka_unit_test(count_list_of_three),
        cmocka_unit_test(range_shares_unit),
        cmocka_unit_test(range_with_dash),
        cmocka_unit_test(what_of_after_unit),
        cmocka_unit_test(what_percent_of_the),
        cmocka_unit_test(what_in_after_money),
        cmocka_unit_test(what_worth_of),
        cmocka_unit_test(what_measure_noun_before),
        cmocka_unit_test(what_count_noun_phrase),
        cmocka_unit_test(what_all_caps_lowered),
        cmocka_unit_test(what_such_dropped),
        cmocka_unit_test(what_null_when_nothing),
        cmocka_unit_test(not_year_bare),
        cmocka_unit_test(not_year_before_noun),
        cmocka_unit_test(not_year_range),
        cmocka_unit_test(not_decade),
        cmocka_unit_test(not_day_month),
        cmocka_unit_test(not_numeric_date),
        cmocka_unit_test(not_slash_date),
        cmocka_unit_test(not_time_of_day),
        cmocka_unit_test(not_duration_years),
        cmocka_unit_test(not_duration_months),
        cmocka_unit_test(not_duration_with_adjective),
        cmocka_unit_test(not_duration_days),
        cmocka_unit_test(not_age),
        cmocka_unit_test(not_age_compound),
        cmocka_unit_test(not_ordinal_session),
        cmocka_unit_test(not_ordinal_grades),
        cmocka_unit_test(not_ordinal_anniversary),
        cmocka_unit_test(not_ordinal_word),
        cmocka_unit_test(not_channel_name),
        cmocka_unit_test(not_format_name),
        cmocka_unit_test(not_school_number),
        cmocka_unit_test(not_number_sign),
        cmocka_unit_test(not_virus_name),
        cmocka_unit_test(not_aircraft_model),
        cmocka_unit_test(not_vague_hundreds),
        cmocka_unit_test(not_vague_thousands),
        cmocka_unit_test(not_vague_dozens),
        cmocka_unit_test(not_half),
        cmocka_unit_test(not_once_twice),
        cmocka_unit_test(not_one_of),
        cmocka_unit_test(not_two_countries),
        cmocka_unit_test(not_two_projects),
        cmocka_unit_test(not_both),
        cmocka_unit_test(not_first_months),
        cmocka_unit_test(not_bare_number),
        cmocka_unit_test(not_hyphen_compound),
        cmocka_unit_test(not_ratio_times),
        cmocka_unit_test(not_comparative_times),
        cmocka_unit_test(not_phone_number),
        cmocka_unit_test(not_list_marker),
        cmocka_unit_test(not_past_years),
        cmocka_unit_test(not_other_empty_head),
        cmocka_unit_test(not_article_verb),
        cmocka_unit_test(not_ratio_in),
        cmocka_unit_test(not_bare_large_without_people),
        cmocka_unit_test(not_date_fact_span),
        cmocka_unit_test(weekday_before_count),
        cmocka_unit_test(weekday_plural_before_count),
        cmocka_unit_test(and_between_modifiers),
        cmocka_unit_test(or_between_modifiers),
        cmocka_unit_test(quoted_noun_phrase),
        cmocka_unit_test(quoted_noun_phrase_curly),
        cmocka_unit_test(not_quoted_name),
        cmocka_unit_test(people_observers),
        cmocka_unit_test(people_delegates),
        cmocka_unit_test(not_people_exporters),
        cmocka_unit_test(context_of_them_previous_sentence),
        cmocka_unit_test(context_qualified_same_sentence),
        cmocka_unit_test(context_of_them_unqualified),
        cmocka_unit_test(not_context_without_count),
        cmocka_unit_test(not_context_after_money),
        cmocka_unit_test(not_context_unqualified_bare),
        cmocka_unit_test(not_context_too_far),
        cmocka_unit_test(table_caption_unit),
        cmocka_unit_test(table_header_unit_money),
        cmocka_unit_test(table_year_header_is_no_cell),
        cmocka_unit_test(not_table_year_in_parens),
        cmocka_unit_test(not_table_photo_caption),
        cmocka_unit_test(not_table_after_sentence),
        cmocka_unit_test(figures_in_text_order),
        cmocka_unit_test(amount_matches_number),
        cmocka_unit_test(empty_document),
        cmocka_unit_test(long_digit_run_survives),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
