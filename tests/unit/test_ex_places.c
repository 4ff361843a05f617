/* SPDX-License-Identifier: MIT */
/* The places extractor against the "place" rules of the guidelines, with
 * places other than the corpus's. */
#include <stdio.h>

#include "kz_test.h"

/* The document's places as "id/kind" in order of first mention, joined by
 * ", " (caller frees). */
static char *places_of(const char *text)
{
    kz_doc *d = kz_test_doc(text, NULL);
    kz_test_extract(d, "places");
    size_t cap = 1;
    for (size_t i = 0; i < d->nentities; i++)
        cap += strlen(d->entities[i].id) + strlen(d->entities[i].kind) + 3;
    char *out = kz_xmalloc(cap);
    out[0] = '\0';
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != KZ_FACT_PLACE)
            continue;
        if (out[0])
            strcat(out, ", ");
        strcat(out, e->id);
        strcat(out, "/");
        strcat(out, e->kind);
    }
    kz_doc_free(d);
    return out;
}

static void check(const char *text, const char *expect)
{
    char *got = places_of(text);
    assert_string_equal(got, expect);
    free(got);
}

/* The mentions of place @id, as written, joined by "|". */
static void check_mentions(const char *text, const char *id, const char *expect)
{
    kz_doc *d = kz_test_doc(text, NULL);
    kz_test_extract(d, "places");
    char buf[512] = "";
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != KZ_FACT_PLACE || strcmp(e->id, id) != 0)
            continue;
        for (size_t m = 0; m < e->nmentions; m++) {
            if (m)
                strcat(buf, "|");
            strncat(buf, d->text + e->mentions[m].start, e->mentions[m].end - e->mentions[m].start);
        }
    }
    assert_string_equal(buf, expect);
    kz_doc_free(d);
}

#define CASE(fn, text, expect)                                                                     \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        check(text, expect);                                                                       \
    }

/* ---- regions and oblasts ---- */
CASE(oblast_capital, "Schools in Poltava Oblast reopened.", "Poltava Oblast/region")
CASE(oblast_region_word, "Farmers from the Poltava region came.", "Poltava Oblast/region")
CASE(oblast_lower, "She lives in Vinnytsia oblast.", "Vinnytsia Oblast/region")
CASE(oblast_province, "He was born in Rivne Province.", "Rivne Oblast/region")
CASE(oblast_old_spelling, "Aid reached the Lugansk region.", "Luhansk Oblast/region")
CASE(oblast_coordinated, "Shelters in the Lviv and Volyn regions were built.",
     "Lviv Oblast/region, Volyn Oblast/region")
CASE(oblast_coordinated_three, "The Rivne, Ternopil, and Zhytomyr oblasts joined.",
     "Rivne Oblast/region, Ternopil Oblast/region, Zhytomyr Oblast/region")
CASE(kz_regions_coordinated, "Teams from Kostanay, Pavlodar, and Akmola regions met.",
     "Kostanay Region/region, Pavlodar Region/region, Akmola Region/region")
CASE(kz_region_single, "Wheat from the Kostanay region is exported.", "Kostanay Region/region")
CASE(kz_region_oblast_word, "Karagandy Oblast has coal.", "Karaganda Region/region")
CASE(list_cities_then_regions,
     "Centres of Taraz, Shymkent, and Kostanay, Aktobe, and Atyrau regions took part.",
     "Taraz/city, Shymkent/city, Kostanay Region/region, Aktobe Region/region, "
     "Atyrau Region/region")
CASE(regions_of_list, "We visited the regions of Rivne and Ternopil.",
     "Rivne Oblast/region, Ternopil Oblast/region")
CASE(region_and_city, "Kherson is the centre of the Kherson region.",
     "Kherson/city, Kherson Oblast/region")
CASE(region_only_name, "Volyn borders Poland.", "Volyn Oblast/region, Poland/country")
CASE(region_stem_alone_is_nothing, "Transcarpathian wine is good.", "")
CASE(region_stem_with_word, "The Transcarpathian region is mountainous.",
     "Zakarpattia Oblast/region")
CASE(kz_region_full_name, "East Kazakhstan has mountains; Kazakhstan is large.",
     "East Kazakhstan Region/region, Kazakhstan/country")
CASE(kz_region_old_name, "Mangyshlak was a closed area.", "Mangystau Region/region")
CASE(crimea_region, "The Crimean Peninsula and Crimea are one place.", "Crimea/region")
CASE(donbas_region, "Fighting in the Donbass continued.", "Donbas/region")
CASE(russian_oblast, "Shelling hit Belgorod Oblast.", "Belgorod Oblast/region")
CASE(unknown_oblast_fallback, "Snow fell in Kirov Oblast.", "Kirov Oblast/region")

/* ---- cities ---- */
CASE(bare_city, "We met in Lviv.", "Lviv/city")
CASE(city_of, "the city of Kharkiv is large", "Kharkiv/city")
CASE(city_and_region_name_is_city, "He flew to Almaty.", "Almaty/city")
CASE(city_word_after, "Karaganda city hosted it.", "Karaganda/city")
CASE(cities_of_list, "in the cities of Semey, Taraz, and Kostanay",
     "Semey/city, Taraz/city, Kostanay/city")
CASE(unknown_town_fallback, "They came from the town of Bilohiria.", "Bilohiria/city")
CASE(unknown_village_two_words, "in the village of Nova Basan today", "Nova Basan/city")
CASE(city_variant_kharkov, "Kharkov and Lvov are old spellings.", "Kharkiv/city, Lviv/city")
CASE(city_variant_zaporozhye, "Zaporozhye is on the river.", "Zaporizhzhia/city")
CASE(city_variant_dnepropetrovsk, "Dnepropetrovsk was renamed.", "Dnipro/city")
CASE(city_variant_kz_old_names, "Alma-Ata, Chimkent, Gurev and Semipalatinsk.",
     "Almaty/city, Shymkent/city, Atyrau/city, Semey/city")
CASE(city_variant_astana_names, "Tselinograd, later Akmola, later Nur-Sultan.", "Astana/city")
CASE(city_variant_frunze, "Frunze was the capital of Kirghizia.",
     "Bishkek/city, Kyrgyzstan/country")
CASE(city_variant_slavyansk, "Slavyansk and Nikolayev", "Sloviansk/city, Mykolaiv/city")
CASE(city_variant_ust_kamenogorsk, "Ust Kamenogorsk lies on the Irtysh.",
     "Oskemen/city, Irtysh River/feature")
CASE(city_multiword, "Kryvyi Rih and Bila Tserkva", "Kryvyi Rih/city, Bila Tserkva/city")
CASE(city_hyphenated, "Ivano-Frankivsk is in the west.", "Ivano-Frankivsk/city")
CASE(city_possessive, "Tashkent's position is firm.", "Tashkent/city")
CASE(city_modifier, "The Minsk talks failed.", "Minsk/city")
CASE(city_baikonur, "The town of Baikonur is leased.", "Baikonur/city")

/* ---- countries ---- */
CASE(country_variants_us, "USA, U.S. officials, America and the United States of America.",
     "United States/country")
CASE(country_latin_america, "Latin America and America",
     "Latin America/region, United States/country")
CASE(country_uk, "The UK and Britain", "United Kingdom/country")
CASE(country_turkey, "Turkey and Türkiye", "Türkiye/country")
CASE(country_czech, "the Czech Republic", "Czechia/country")
CASE(country_old_names, "Byelorussia, Moldavia and Kirghizia",
     "Belarus/country, Moldova/country, Kyrgyzstan/country")
CASE(country_official_name, "the Republic of Uzbekistan", "Uzbekistan/country")
CASE(country_lower_case, "the aggression of russia", "Russia/country")
CASE(country_lower_word_refused, "a turkey and fine china", "")
CASE(country_rk, "companies of the RK", "Kazakhstan/country")
CASE(country_korea, "South Korea and North Korea", "South Korea/country, North Korea/country")
CASE(country_ivory_coast, "Ivory Coast", "Côte d'Ivoire/country")
CASE(country_pair_hyphen, "the Kyrgyzstan-Tajikistan border",
     "Kyrgyzstan/country, Tajikistan/country")
CASE(country_cyrillic, "Президенту України", "Ukraine/country")

/* ---- capitals ---- */
CASE(caps_heading, "TALKS IN TASHKENT BETWEEN UZBEKISTAN AND TAJIKISTAN",
     "Tashkent/city, Uzbekistan/country, Tajikistan/country")
CASE(caps_us_word_refused, "HELP US WIN", "")
CASE(caps_oral_refused, "ORAL HISTORY", "")

/* ---- not places ---- */
CASE(demonyms, "Kazakh and Ukrainian and Uzbekistani and Polish people", "")
CASE(orgs_eu, "the European Union and the Council of Europe", "")
CASE(org_university_after, "He studied at Kharkiv National University.", "")
CASE(org_university_of, "the University of Warsaw", "")
CASE(org_airport, "We landed at Boryspil International Airport.", "")
CASE(org_city_council, "the Lviv City Council decided", "")
CASE(org_committee_for, "the Regional Committee for Asia", "")
CASE(route_pipeline, "the Baku-Tbilisi-Ceyhan pipeline", "")
CASE(route_coordinated_pipelines, "via the Atyrau-Samara and Druzhba oil pipelines", "")
CASE(event_massacre, "the Bucha massacre", "")
CASE(event_disaster_but_city_elsewhere, "the Chernobyl disaster; Chernobyl is empty now",
     "Chornobyl/city")
CASE(dam_facility, "the Kakhovka dam was blown up", "")
CASE(unrecognised_entity, "the Luhansk People's Republic", "")
CASE(media_names, "Russia Today, the New York Times and Voice of America", "")
CASE(treaty_names, "the Minsk agreements and the Budapest Memorandum", "")
CASE(test_site, "the Semipalatinsk Test Site closed", "")

/* ---- people and states ---- */
CASE(person_jordan, "Michael Jordan met Jordan Peterson.", "")
CASE(country_jordan, "Jordan and Egypt signed.", "Jordan/country, Egypt/country")
CASE(person_frunze, "Mikhail Frunze was born there.", "")
CASE(person_washington, "George Washington and Washington", "Washington/city")
CASE(shevchenko_person, "Taras Shevchenko wrote poems.", "")
CASE(georgia_state_city, "He lives in Atlanta, Georgia.", "Atlanta/city")
CASE(georgia_state_of, "the state of Georgia", "")
CASE(georgia_country_capital, "Tbilisi, Georgia", "Tbilisi/city, Georgia/country")
CASE(georgia_sentence_start, "In Georgia, elections were held.", "Georgia/country")
CASE(oral_sentence_start, "Oral statements were made. We drove to Oral.", "Oral/city")
CASE(oral_old_name, "Uralsk is in the west.", "Oral/city")
CASE(us_dollar_sign, "US$ 5 million", "")
CASE(us_and_canada, "the US and Canada", "United States/country, Canada/country")

/* ---- features and supranational regions ---- */
CASE(feature_lake, "Lake Balkhash is half salt.", "Lake Balkhash/feature")
CASE(feature_river_variant, "the Dnieper flows south", "Dnipro River/feature")
CASE(feature_mountains, "the Tien Shan and the Carpathian Mountains",
     "Tien Shan/feature, Carpathians/feature")
CASE(feature_peninsula, "the Mangistau Peninsula", "Mangystau Peninsula/feature")
CASE(feature_sea, "the Azov Sea and the Aral Sea", "Sea of Azov/feature, Aral Sea/feature")
CASE(feature_steppe_lower, "across the Kazakh steppe", "Kazakh Steppe/feature")
CASE(supranational, "Eastern Europe, the Middle East, the South Caucasus and the Balkans",
     "Eastern Europe/region, Middle East/region, South Caucasus/region, Balkans/region")
CASE(empty_text, "", "")

/* ---- short names of seas and rivers, "<feature> region", currencies ---- */
CASE(water_short_name, "Ferries cross the Mediterranean, which links three continents.",
     "Mediterranean Sea/feature")
CASE(water_short_name_river_over_city, "Farmers downstream depend on the Talas for water.",
     "Talas River/feature")
CASE(water_short_name_possessive, "the Kura's delta is shrinking", "Kura River/feature")
CASE(water_short_name_city_without_the, "Delegates met in Talas and Osh.", "Talas/city, Osh/city")
CASE(water_short_name_adjective_refused, "the Mediterranean ports and the Caspian states", "")
CASE(water_short_name_in_org_refused, "The Caspian Research Alliance reported.", "")
CASE(water_full_name_river, "the Talas River and the Chu River",
     "Talas River/feature, Chu River/feature")
CASE(feature_then_region_word, "security in the wider Baltic Sea and Black Sea region",
     "Baltic Sea/feature, Black Sea/feature")
CASE(currency_not_country, "about 40 million US dollars and 3 million Canadian dollars", "")
CASE(currency_dotted_not_country, "worth 7 billion U.S. dollars", "")
CASE(country_before_other_noun, "the US and its partners", "United States/country")

/* ---- facilities and organisations around a place name ---- */
CASE(org_organisation_after, "the Collective Security Treaty Organization and the Warsaw Pact", "")
CASE(org_network_after, "the Danube Relief Network and the Lviv Cooperation Organisation", "")
CASE(facility_port_after, "the Bautino port was dredged", "")
CASE(facility_port_of_is_place, "the port of Bautino was dredged", "Bautino/city")
CASE(facility_checkpoint_after, "queues at the Sarpi checkpoint", "")
CASE(facility_power_station, "the Nurek hydroelectric power station", "")

/* ---- regions of Central Asia, Afghanistan and the Caucasus ---- */
CASE(uz_regions_coordinated, "cotton in the Fergana and Jizzakh regions",
     "Fergana Region/region, Jizzakh Region/region")
CASE(uz_region_name_not_city, "a plant in the Samarkand Region", "Samarkand Region/region")
CASE(kg_region_not_lake, "a meeting in the Issyk-Kul Region and a swim in Lake Issyk-Kul",
     "Issyk-Kul Region/region, Lake Issyk-Kul/feature")
CASE(kg_region_city_bare, "flights from Osh", "Osh/city")
CASE(af_provinces_of, "aid for the provinces of Kunduz and Kandahar",
     "Kunduz Province/region, Kandahar Province/region")
CASE(am_province_bare, "villages in Syunik and Tavush",
     "Syunik Province/region, Tavush Province/region")
CASE(ge_region, "wine from Kakheti", "Kakheti/region")
CASE(tj_region, "the Khatlon and Sughd regions", "Khatlon Region/region, Sughd Region/region")
CASE(tm_region_no_stem_for_balkan, "the Balkan region", "")
CASE(valley_feature, "farms of the Talas Valley", "Talas Valley/feature")

/* ---- small towns and ids after the guidelines ---- */
CASE(kz_small_towns, "trains from Altynkol to Aktogay and Moyinty",
     "Altynkol/city, Aktogay/city, Moyinty/city")
CASE(caucasus_small_towns, "roads from Kobuleti to Akhaltsikhe and Goris",
     "Kobuleti/city, Akhaltsikhe/city, Goris/city")
CASE(european_cities, "hubs in Dortmund, Leipzig and Terespol",
     "Dortmund/city, Leipzig/city, Terespol/city")
CASE(id_zhambyl, "the Jambyl Region and Dzhambul Oblast", "Zhambyl Region/region")
CASE(id_washington_dc, "talks in Washington, D.C. and Washington", "Washington/city")
CASE(id_river_name, "the Irtysh and the Tobol", "Irtysh River/feature, Tobol River/feature")
CASE(list_historical_stem, "deported from Volyn, Chernivtsi and Stanislav oblasts",
     "Volyn Oblast/region, Chernivtsi Oblast/region, Ivano-Frankivsk Oblast/region")
CASE(list_historical_city, "born in Stanislav in 1920", "Ivano-Frankivsk/city")
CASE(ir_provinces_list, "farms in Gilan and Khuzestan provinces",
     "Gilan Province/region, Khuzestan Province/region")
CASE(ir_city_not_province, "flights to Isfahan", "Isfahan/city")
CASE(media_head_after, "he told Caspian-Europe Review and the Almaty Observer", "")
CASE(media_word_before, "an interview with Radio Astana in Pavlodar", "Pavlodar/city")
CASE(quoted_ensemble_name, "the folk ensemble \"Altai\" sang in Almaty", "Almaty/city")
CASE(quoted_name_renamed_is_place, "the city was called \"Tselinograd\"", "Astana/city")
CASE(gulf_of_feature, "ferries across the Gulf of Riga", "Gulf of Riga/feature")
CASE(lake_unknown_name_over_town, "the shore of Lake Kishkentai near Taraz",
     "Lake Kishkentai/feature, Taraz/city")
CASE(lake_known_feature, "the level of Lake Balkhash", "Lake Balkhash/feature")
CASE(river_unknown_name, "a bridge over the Kargaly River", "Kargaly River/feature")
CASE(river_over_town_name, "the Ishim River and Ishim", "Ishim River/feature")
CASE(river_short_names_listed, "between the Psel and the Sula",
     "Psel River/feature, Sula River/feature")
CASE(urals_mountains, "settlers east of the Urals", "Ural Mountains/feature")
CASE(pamirs_mountains, "glaciers of the Pamirs", "Pamir Mountains/feature")
CASE(uz_city_uzbek_latin, "trains from Termez to Karshi", "Termiz/city, Qarshi/city")
CASE(aral_parts, "the Small Aral rose; the Large Aral shrank; the Aral Sea as a whole",
     "North Aral Sea/feature, South Aral Sea/feature, Aral Sea/feature")
CASE(towns_broad_lists, "trucks from Azov, Aksai and Ventspils",
     "Azov/city, Aksai/city, Ventspils/city")

/* ---- mentions and entity fields ---- */
static void mention_region_phrase(void **state)
{
    (void)state;
    check_mentions("Farmers from the Poltava region came.", "Poltava Oblast", "Poltava region");
}

static void mention_list_bare_names(void **state)
{
    (void)state;
    check_mentions("the Lviv and Volyn regions", "Volyn Oblast", "Volyn");
}

static void mention_every_surface(void **state)
{
    (void)state;
    check_mentions("Kiev, or Kyiv, or KYIV.", "Kyiv", "Kiev|Kyiv|KYIV");
}

static void entity_fields(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("We met in Lviv.", NULL);
    kz_test_extract(d, "places");
    assert_int_equal(d->nentities, 1);
    const kz_entity *e = &d->entities[0];
    assert_int_equal(e->type, KZ_FACT_PLACE);
    assert_string_equal(e->country, "UA");
    assert_true(e->has_coords);
    assert_true(e->lat > 49.7 && e->lat < 49.9);
    kz_doc_free(d);
}

static void entity_supranational_no_country(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Central Europe", NULL);
    kz_test_extract(d, "places");
    assert_int_equal(d->nentities, 1);
    assert_null(d->entities[0].country);
    kz_doc_free(d);
}

int main(void)
{
#define T(f) cmocka_unit_test(f)
    const struct CMUnitTest tests[] = {
        T(oblast_capital),
        T(oblast_region_word),
        T(oblast_lower),
        T(oblast_province),
        T(oblast_old_spelling),
        T(oblast_coordinated),
        T(oblast_coordinated_three),
        T(kz_regions_coordinated),
        T(kz_region_single),
        T(kz_region_oblast_word),
        T(list_cities_then_regions),
        T(regions_of_list),
        T(region_and_city),
        T(region_only_name),
        T(region_stem_alone_is_nothing),
        T(region_stem_with_word),
        T(kz_region_full_name),
        T(kz_region_old_name),
        T(crimea_region),
        T(donbas_region),
        T(russian_oblast),
        T(unknown_oblast_fallback),
        T(bare_city),
        T(city_of),
        T(city_and_region_name_is_city),
        T(city_word_after),
        T(cities_of_list),
        T(unknown_town_fallback),
        T(unknown_village_two_words),
        T(city_variant_kharkov),
        T(city_variant_zaporozhye),
        T(city_variant_dnepropetrovsk),
        T(city_variant_kz_old_names),
        T(city_variant_astana_names),
        T(city_variant_frunze),
        T(city_variant_slavyansk),
        T(city_variant_ust_kamenogorsk),
        T(city_multiword),
        T(city_hyphenated),
        T(city_possessive),
        T(city_modifier),
        T(city_baikonur),
        T(country_variants_us),
        T(country_latin_america),
        T(country_uk),
        T(country_turkey),
        T(country_czech),
        T(country_old_names),
        T(country_official_name),
        T(country_lower_case),
        T(country_lower_word_refused),
        T(country_rk),
        T(country_korea),
        T(country_ivory_coast),
        T(country_pair_hyphen),
        T(country_cyrillic),
        T(caps_heading),
        T(caps_us_word_refused),
        T(caps_oral_refused),
        T(demonyms),
        T(orgs_eu),
        T(org_university_after),
        T(org_university_of),
        T(org_airport),
        T(org_city_council),
        T(org_committee_for),
        T(route_pipeline),
        T(route_coordinated_pipelines),
        T(event_massacre),
        T(event_disaster_but_city_elsewhere),
        T(dam_facility),
        T(unrecognised_entity),
        T(media_names),
        T(treaty_names),
        T(test_site),
        T(person_jordan),
        T(country_jordan),
        T(person_frunze),
        T(person_washington),
        T(shevchenko_person),
        T(georgia_state_city),
        T(georgia_state_of),
        T(georgia_country_capital),
        T(georgia_sentence_start),
        T(oral_sentence_start),
        T(oral_old_name),
        T(us_dollar_sign),
        T(us_and_canada),
        T(feature_lake),
        T(feature_river_variant),
        T(feature_mountains),
        T(feature_peninsula),
        T(feature_sea),
        T(feature_steppe_lower),
        T(supranational),
        T(empty_text),
        T(water_short_name),
        T(water_short_name_river_over_city),
        T(water_short_name_possessive),
        T(water_short_name_city_without_the),
        T(water_short_name_adjective_refused),
        T(water_short_name_in_org_refused),
        T(water_full_name_river),
        T(feature_then_region_word),
        T(currency_not_country),
        T(currency_dotted_not_country),
        T(country_before_other_noun),
        T(org_organisation_after),
        T(org_network_after),
        T(facility_port_after),
        T(facility_port_of_is_place),
        T(facility_checkpoint_after),
        T(facility_power_station),
        T(uz_regions_coordinated),
        T(uz_region_name_not_city),
        T(kg_region_not_lake),
        T(kg_region_city_bare),
        T(af_provinces_of),
        T(am_province_bare),
        T(ge_region),
        T(tj_region),
        T(tm_region_no_stem_for_balkan),
        T(valley_feature),
        T(kz_small_towns),
        T(caucasus_small_towns),
        T(european_cities),
        T(id_zhambyl),
        T(id_washington_dc),
        T(id_river_name),
        T(list_historical_stem),
        T(list_historical_city),
        T(ir_provinces_list),
        T(ir_city_not_province),
        T(media_head_after),
        T(media_word_before),
        T(quoted_ensemble_name),
        T(quoted_name_renamed_is_place),
        T(gulf_of_feature),
        T(lake_unknown_name_over_town),
        T(lake_known_feature),
        T(river_unknown_name),
        T(river_over_town_name),
        T(river_short_names_listed),
        T(towns_broad_lists),
        T(urals_mountains),
        T(pamirs_mountains),
        T(uz_city_uzbek_latin),
        T(aral_parts),
        T(mention_region_phrase),
        T(mention_list_bare_names),
        T(mention_every_surface),
        T(entity_fields),
        T(entity_supranational_no_country),
    };
#undef T
    return cmocka_run_group_tests(tests, NULL, NULL);
}
