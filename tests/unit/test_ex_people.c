/* SPDX-License-Identifier: MIT */
/*
 * The people extractor, case by case from the `person` section of the
 * guidelines. The people here are invented (or public figures outside the
 * corpus, for the data file); so are the interview at the end.
 */
#include "kz_test.h"

#include "extract/names.h"

static kz_doc *run(const char *text)
{
    kz_doc *d = kz_test_doc(text, NULL);
    kz_test_extract(d, "people");
    return d;
}

static const kz_entity *person(const kz_doc *d, const char *id)
{
    for (size_t i = 0; i < d->nentities; i++)
        if (d->entities[i].type == KZ_FACT_PERSON && strcmp(d->entities[i].id, id) == 0)
            return &d->entities[i];
    return NULL;
}

static size_t npersons(const kz_doc *d)
{
    size_t n = 0;
    for (size_t i = 0; i < d->nentities; i++)
        n += d->entities[i].type == KZ_FACT_PERSON;
    return n;
}

static bool has_mention(const kz_doc *d, const kz_entity *e, const char *surface)
{
    size_t l = strlen(surface);
    for (size_t i = 0; i < e->nmentions; i++)
        if (e->mentions[i].end - e->mentions[i].start == l &&
            memcmp(d->text + e->mentions[i].start, surface, l) == 0)
            return true;
    return false;
}

/* @text has person @id with @official, and nothing else when @only. */
static void expect(const char *text, const char *id, int official, bool only)
{
    kz_doc *d = run(text);
    const kz_entity *e = person(d, id);
    if (!e) {
        for (size_t i = 0; i < d->nentities; i++)
            print_error("got: %s\n", d->entities[i].id);
    }
    assert_non_null(e);
    assert_int_equal(e->official, official);
    if (only)
        assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

static void expect_none(const char *text)
{
    kz_doc *d = run(text);
    for (size_t i = 0; i < d->nentities; i++)
        print_error("unexpected: %s\n", d->entities[i].id);
    assert_int_equal(npersons(d), 0);
    kz_doc_free(d);
}

static void expect_role(const char *text, const char *id, const char *role)
{
    kz_doc *d = run(text);
    const kz_entity *e = person(d, id);
    assert_non_null(e);
    if (role) {
        assert_non_null(e->role);
        assert_string_equal(e->role, role);
    } else {
        assert_null(e->role);
    }
    kz_doc_free(d);
}

static void expect_mention(const char *text, const char *id, const char *surface)
{
    kz_doc *d = run(text);
    const kz_entity *e = person(d, id);
    assert_non_null(e);
    if (!has_mention(d, e, surface)) {
        for (size_t i = 0; i < e->nmentions; i++)
            print_error("mention: %.*s\n", (int)(e->mentions[i].end - e->mentions[i].start),
                        d->text + e->mentions[i].start);
    }
    assert_true(has_mention(d, e, surface));
    kz_doc_free(d);
}

#define PERSON(fn, text, id, off)                                                                  \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        expect(text, id, off, false);                                                              \
    }
#define ONLY(fn, text, id, off)                                                                    \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        expect(text, id, off, true);                                                               \
    }
#define NONE(fn, text)                                                                             \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        expect_none(text);                                                                         \
    }
#define ROLE(fn, text, id, role)                                                                   \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        expect_role(text, id, role);                                                               \
    }
#define MENTION(fn, text, id, surface)                                                             \
    static void fn(void **state)                                                                   \
    {                                                                                              \
        (void)state;                                                                               \
        expect_mention(text, id, surface);                                                         \
    }

/* --- historical leaders by surname alone; spellings of people without office */
ONLY(historic_possessive, "Thousands came home after Brezhnev\xe2\x80\x99s funeral.",
     "Leonid Brezhnev", 1)
ONLY(historic_surname_plain, "Under Khrushchev the steppe was ploughed.", "Nikita Khrushchev", 1)
NONE(modern_surname_alone_needs_more, "A Nazarbaev portrait hung in the hall.")
ONLY(writer_spelling_as_written, "A statue of Lev Tolstoy stands in the park.", "Lev Tolstoy", 0)
ONLY(writer_two_spellings_canonical, "Lev Tolstoy, or Leo Tolstoy, wrote it.", "Leo Tolstoy", 0)
ONLY(official_variant_canonical, "Boris Eltsin spoke to the press.", "Boris Yeltsin", 1)

/* --- triggers: titles before the name */
ONLY(title_president, "Talks were hosted by President Edvard Kallas of Estonia.", "Edvard Kallas",
     1)
ONLY(title_ambassador_unknown_given, "Ambassador Kwame Asante arrived in Astana.", "Kwame Asante",
     1)
ONLY(title_minister_of_paren,
     "We met Minister of Energy of Kazakhstan (2019–21) Nurlan Nogayev in Aktobe.",
     "Nurlan Nogayev", 1)
ONLY(title_first_deputy_comma,
     "The delegation was led by the First Deputy Minister of Economy of Ukraine, Taras Kachur.",
     "Taras Kachur", 1)
ONLY(title_deputy_of_rada, "I thank the deputy of the Verkhovna Rada Oleh Zhmurko for his help.",
     "Oleh Zhmurko", 1)
ONLY(title_charge, "Chargé d'Affaires Ilona Varga handed over the note.", "Ilona Varga", 1)
ONLY(title_mr_unknown, "We asked Mr. Ofori Boateng about the grain deal.", "Ofori Boateng", 0)
ONLY(title_dr, "Dr. Gulnara Sarsenova runs the clinic.", "Gulnara Sarsenova", 0)
ONLY(title_demonym_president, "Moldovan President Ion Carabet spoke first.", "Ion Carabet", 1)
ONLY(title_possessive_country, "Latvia's President Edgars Ozolins visited Riga port.",
     "Edgars Ozolins", 1)

/* --- triggers: appositions, labels, bylines, attributions, lists */
ONLY(appos_ambassador,
     "Ukrinform spoke to Oksana Hrytsai, the Ambassador of Ukraine to Mongolia, about trade.",
     "Oksana Hrytsai", 1)
ONLY(appos_economist, "Timur Aldabergenov, an economist from Shymkent, disagreed.",
     "Timur Aldabergenov", 0)
ONLY(appos_newline,
     "Zhandos Abeuov,\nAmbassador Extraordinary and Plenipotentiary\nof Kazakhstan to Poland",
     "Zhandos Abeuov", 1)
ONLY(label_unknown_given, "Tursun Ergeshov: Thank you for the invitation.", "Tursun Ergeshov", 0)
ONLY(label_dash_bold, "— Tursun Ergeshov: We agreed on the quota.", "Tursun Ergeshov", 0)
ONLY(byline_original_author, "Some text here.\n\nOriginal Author: Bakhyt Zhunusova",
     "Bakhyt Zhunusova", 0)
ONLY(byline_authors_name, "Text.\nAuthor`s name Veronika Shumilo", "Veronika Shumilo", 0)
ONLY(byline_editor, "Text.\nEditor Kuanysh Tolegenov", "Kuanysh Tolegenov", 0)
ONLY(byline_by, "By Kwesi Mensah\nThe talks went on.", "Kwesi Mensah", 0)
ONLY(credit_led, "End of text.\nTursun Ergeshov led this conversation", "Tursun Ergeshov", 0)
ONLY(said_after_name, "\"It is a fair deal,\" Kwesi Mensah said.", "Kwesi Mensah", 0)
ONLY(said_before_name, "\"It is a fair deal,\" said Tursun Ergeshov.", "Tursun Ergeshov", 0)
ONLY(who_clause, "Mirzo Sharipov, who chairs the committee, agreed.", "Mirzo Sharipov", 0)
PERSON(list_given_names, "The community, represented by Aigul Bekova, Petro Savchuk and others.",
       "Petro Savchuk", 0)
PERSON(coordination, "Foreign Ministers Tursun Beishenaliev and Kwame Asante met in Bishkek.",
       "Tursun Beishenaliev", 1)
PERSON(coordination_second,
       "Foreign Ministers Tursun Beishenaliev and Kwame Asante met in Bishkek.", "Kwame Asante", 1)
ONLY(given_name_plain, "Yesterday Svitlana Horobets opened the exhibition.", "Svitlana Horobets", 0)
ONLY(initial_with_said, "\"We will see,\" said A. Kovalenko.", "A. Kovalenko", 0)
ONLY(cyrillic_alone_ignored_latin_kept, "Олександр Дорошук and Oleksandr Doroshuk met.",
     "Oleksandr Doroshuk", 0)

/* --- the data file: known officials, variants, surnames */
ONLY(data_variant_maps, "Alyaksandr Lukashenka said nothing.", "Alexander Lukashenko", 1)
ONLY(data_russian_variant, "Dmitry Kuleba called twice.", "Dmytro Kuleba", 1)
ONLY(data_title_surname, "We welcome the position of President Lukashenko.", "Alexander Lukashenko",
     1)
ONLY(data_surname_said, "Putin said the talks had failed.", "Vladimir Putin", 1)
ONLY(data_particles, "Ursula von der Leyen arrived.", "Ursula von der Leyen", 1)
ONLY(data_given_only_differs, "Arsenii Yatsenyuk spoke.", "Arsenii Yatsenyuk", 1)
ONLY(data_listed_given_variant, "Andrii Yermak spoke.", "Andriy Yermak", 1)
ONLY(data_cyrillic_title, "Вручення грамот Президенту України Петру Порошенку", "Petro Poroshenko",
     1)

/* --- surnames and titles attach to the full name */
MENTION(surname_attaches, "Ambassador Kwame Asante arrived. Asante said the talks went well.",
        "Kwame Asante", "Asante")
MENTION(mr_surname_attaches, "Ambassador Kwame Asante arrived. Mr. Asante smiled.", "Kwame Asante",
        "Mr. Asante")
MENTION(title_surname_attaches, "President Edvard Kallas spoke. Later President Kallas left.",
        "Edvard Kallas", "President Kallas")
MENTION(titled_full_mention, "Ukrainian Foreign Minister Dmytro Kuleba arrived.", "Dmytro Kuleba",
        "Ukrainian Foreign Minister Dmytro Kuleba")
MENTION(bare_full_mention, "Ukrainian Foreign Minister Dmytro Kuleba arrived.", "Dmytro Kuleba",
        "Dmytro Kuleba")
MENTION(first_president_lowercase, "Our first President Aslan Dzhumadilov studied in Tomsk.",
        "Aslan Dzhumadilov", "first President Aslan Dzhumadilov")
MENTION(minister_mention, "Minister Bohdan Yasinskyi was a frequent guest.", "Bohdan Yasinskyi",
        "Minister Bohdan Yasinskyi")
MENTION(variant_surname_attaches, "Bolat Temirbayev came. Temirbaev concluded.", "Bolat Temirbayev",
        "Temirbaev")

static void plural_title_not_a_mention(void **state)
{
    (void)state;
    kz_doc *d = run("Foreign Ministers Tursun Beishenaliev and Kwame Asante met.");
    const kz_entity *e = person(d, "Tursun Beishenaliev");
    assert_non_null(e);
    assert_false(has_mention(d, e, "Foreign Ministers Tursun Beishenaliev"));
    assert_string_equal(e->role, "Foreign Minister");
    kz_doc_free(d);
}

static void one_record_per_person(void **state)
{
    (void)state;
    kz_doc *d = run("Kwame Asante said yes. Kwame Asante left. Mr. Asante returned.");
    assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

static void order_of_first_mention(void **state)
{
    (void)state;
    kz_doc *d = run("Petro Savchuk met Aigul Bekova. Later, Savchuk left.");
    assert_int_equal(npersons(d), 2);
    assert_string_equal(d->entities[0].id, "Petro Savchuk");
    assert_string_equal(d->entities[1].id, "Aigul Bekova");
    kz_doc_free(d);
}

/* --- the id rule */
ONLY(id_prefers_ayev, "Bolat Temirbaev arrived. Bolat Temirbayev said more.", "Bolat Temirbayev", 0)
ONLY(id_tie_first, "Andrei Voloshenko wrote. Andrey Voloshenko added.", "Andrei Voloshenko", 0)
ONLY(id_nyak_over_niak, "Oksana Kovaliak met us. Oksana Kovalyak said so.", "Oksana Kovalyak", 0)

static void id_across_documents(void **state)
{
    (void)state;
    kz_extract_ctx *ctx = NULL;
    kz_error err;
    assert_int_equal(kz_extract_ctx_new(&ctx, "people", &err), KZ_OK);
    kz_doc *a = kz_test_doc("Ambassador Bolat Temirbaev arrived.", NULL);
    kz_doc *b = kz_test_doc("Bolat Temirbayev said it twice.", NULL);
    assert_int_equal(kz_extract_run(ctx, a, &err), KZ_OK);
    assert_int_equal(kz_extract_run(ctx, b, &err), KZ_OK);
    assert_non_null(person(a, "Bolat Temirbaev"));
    assert_non_null(person(b, "Bolat Temirbaev"));
    kz_doc_free(a);
    kz_doc_free(b);
    kz_extract_ctx_free(ctx);
}

static void id_across_documents_vowel(void **state)
{
    (void)state;
    kz_extract_ctx *ctx = NULL;
    kz_error err;
    assert_int_equal(kz_extract_ctx_new(&ctx, "people", &err), KZ_OK);
    kz_doc *a = kz_test_doc("Ruslan Tursynbekuly, the Ambassador of Kazakhstan, spoke.", NULL);
    kz_doc *b = kz_test_doc("Ambassador Ruslan Tūrsynbekūlı answered.", NULL);
    assert_int_equal(kz_extract_run(ctx, a, &err), KZ_OK);
    assert_int_equal(kz_extract_run(ctx, b, &err), KZ_OK);
    assert_non_null(person(b, "Ruslan Tursynbekuly"));
    kz_doc_free(a);
    kz_doc_free(b);
    kz_extract_ctx_free(ctx);
}

/* --- roles and official */
ROLE(role_apposition, "Oksana Hrytsai, the Ambassador of Ukraine to Mongolia, said so.",
     "Oksana Hrytsai", "Ambassador of Ukraine to Mongolia")
ROLE(role_two_part,
     "Marat Ospanov, Ambassador of Kazakhstan to Chile, Doctor of Economics, called.",
     "Marat Ospanov", "Ambassador of Kazakhstan to Chile, Doctor of Economics")
ROLE(role_demonym_title, "Moldovan President Ion Carabet spoke first.", "Ion Carabet",
     "President of Moldova")
ROLE(role_paren, "We met Minister of Energy of Kazakhstan (2019–21) Nurlan Nogayev in Aktobe.",
     "Nurlan Nogayev", "Minister of Energy of Kazakhstan (2019–21)")
ROLE(role_description, "Kazakh hero Amangeldy Zhubanov fought there.", "Amangeldy Zhubanov",
     "Kazakh hero")
ROLE(role_plural_desc, "Works of wartime photographers Olha Kyryk and Denys Sobol were shown.",
     "Olha Kyryk", "wartime photographer")
ROLE(role_byline, "Text.\nOriginal Author: Bakhyt Zhunusova", "Bakhyt Zhunusova", "original author")
ROLE(role_credit, "End.\nTursun Ergeshov led this conversation", "Tursun Ergeshov", "interviewer")
ROLE(role_none, "Yesterday Svitlana Horobets opened the exhibition.", "Svitlana Horobets", NULL)
ROLE(role_from_data, "Putin said the talks had failed.", "Vladimir Putin", "President of Russia")
ROLE(role_data_completes, "Our first President Boris Yeltsin studied in Sverdlovsk.",
     "Boris Yeltsin", "first President of Russia")
PERSON(official_academic_false,
       "Ihor Semenko, the Director of the Institute of History at Kyiv University, spoke.",
       "Ihor Semenko", 0)
PERSON(official_head_state_body,
       "Dana Serikova, the head of the State Revenue Committee, explained.", "Dana Serikova", 1)
PERSON(official_journalist_false, "Journalist Anna Hrytsenko asked the question.", "Anna Hrytsenko",
       0)
PERSON(official_mp_true, "MP Yaroslav Zhelezniak voted against.", "Yaroslav Zhelezniak", 1)

/* --- not persons */
NONE(none_sentence_start, "However, Kazakhstan stayed neutral. Despite this, Ukraine thanked it.")
NONE(none_all_caps, "DESPITE THE DISTANCE BETWEEN OUR CAPITALS\nText follows.")
NONE(none_unnamed_title, "The ambassador said the President of Ukraine would call.")
NONE(none_university, "She studied at Ivan Franko National University of Lviv.")
NONE(none_museum, "Diplomats visited the Olena Pchilka Museum in Hadiach.")
NONE(none_street, "The embassy is on Mykhailo Hrushevsky Street in Kyiv.")
NONE(none_group, "The Kaspi Group and Halyk Group donated generators.")
NONE(none_programme, "The Grain From Ukraine programme and the Peace Formula were discussed.")
NONE(none_party, "She is a deputy from the Servant of the People party.")
NONE(none_event_of, "We celebrated the Festival of Ivan Kupala in June.")
NONE(none_demonyms, "Ukrainians and Kazakhs met; Kazakhstani volunteers helped Ukrainian families.")
NONE(none_two_plain_words, "The Eastern Partnership and the Silk Road were mentioned.")
NONE(none_official_place, "We are grateful to Official Kazakhstan for humanitarian aid.")
NONE(none_secretary_for, "He was Deputy Assistant Secretary for Central Asian Affairs.")
NONE(none_outlet_label, "Dala Times: What happened next?")
NONE(none_empty, "")
NONE(none_lower, "no capital letters at all in this line")

static void none_place_mention(void **state)
{
    (void)state;
    /* The places extractor ran before: its mentions are not people. */
    kz_doc *d = kz_test_doc("The convoy reached Victoria Falls at noon.", NULL);
    kz_entity *pl = kz_doc_entity(d, KZ_FACT_PLACE, "Victoria Falls");
    kz_entity_add_mention(d, pl, 19, 33);
    kz_test_extract(d, "people");
    assert_int_equal(npersons(d), 0);
    kz_doc_free(d);
}

static void turn_speaker_counts(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Welcome.\nKofi Adomako thanked the hosts.", NULL);
    kz_turn t = {
        .n = 1, .speaker = "Kofi Adomako", .role = KZ_ROLE_INTERVIEWEE, .start = 9, .end = 40};
    kz_doc_add_turn(d, &t);
    kz_test_extract(d, "people");
    assert_non_null(person(d, "Kofi Adomako"));
    assert_string_equal(kz_people_speaker_id(d, "Adomako"), "Kofi Adomako");
    kz_doc_free(d);
}

/* An interview of our own: officials and places that are not in the corpus. */
static const char INTERVIEW[] =
    "Georgia and Kazakhstan: a corridor across the Caspian\n"
    "\n"
    "Nino Beridze, the Ambassador of Georgia to the Republic of Kazakhstan, spoke to Steppe "
    "Ledger about the Middle Corridor. Ms. Beridze took up her post in Astana in 2023.\n"
    "\n"
    "Steppe Ledger: How did the visit of your prime minister go?\n"
    "\n"
    "Nino Beridze: Very well. Prime Minister Irakli Kobakhidze met President Kassym-Jomart "
    "Tokayev, and Foreign Ministers Maka Botchorishvili and Yermek Kosherbayev signed a "
    "roadmap. Kobakhidze also visited the Abai Kunanbayev Museum in Semey.\n"
    "\n"
    "Steppe Ledger: What about ports?\n"
    "\n"
    "Nino Beridze: Poti and Batumi are ready. As our economist Levan Gogichaishvili likes to "
    "say, cargo follows reliability. Mr. Gogichaishvili is right.\n"
    "\n"
    "\"The corridor is a fact now,\" said Dauren Abenov, a logistics analyst from Aktau.\n"
    "\n"
    "Original Author: Saltanat Yerzhanova\n";

static void interview_text(void **state)
{
    (void)state;
    kz_doc *d = run(INTERVIEW);
    static const char *const want[][2] = {
        {"Nino Beridze", "1"},        {"Irakli Kobakhidze", "1"},  {"Kassym-Jomart Tokayev", "1"},
        {"Maka Botchorishvili", "1"}, {"Yermek Kosherbayev", "1"}, {"Levan Gogichaishvili", "0"},
        {"Dauren Abenov", "0"},       {"Saltanat Yerzhanova", "0"}};
    for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
        const kz_entity *e = person(d, want[i][0]);
        if (!e)
            print_error("missing: %s\n", want[i][0]);
        assert_non_null(e);
        assert_int_equal(e->official, want[i][1][0] - '0');
    }
    for (size_t i = 0; i < d->nentities; i++)
        print_message("got: %s\n", d->entities[i].id);
    assert_int_equal(npersons(d), sizeof want / sizeof want[0]);
    const kz_entity *e = person(d, "Nino Beridze");
    assert_true(has_mention(d, e, "Ms. Beridze"));
    assert_string_equal(e->role, "Ambassador of Georgia to the Republic of Kazakhstan");
    e = person(d, "Irakli Kobakhidze");
    assert_true(has_mention(d, e, "Prime Minister Irakli Kobakhidze"));
    assert_true(has_mention(d, e, "Kobakhidze"));
    assert_string_equal(kz_people_speaker_id(d, "Ms. Beridze"), "Nino Beridze");
    assert_null(kz_people_speaker_id(d, "Steppe Ledger"));
    kz_doc_free(d);
}

/* ---- forms of address, surnames in capitals, confirmed surnames ---- */

/* "Oleg Nikolayevich" addresses the Oleg of the document: a mention, no person. */
static void patronymic_attaches_to_full_name(void **state)
{
    (void)state;
    kz_doc *d = run("Deputy Minister Oleg Voskresensky opened the briefing.\n"
                    "Q: Oleg Nikolayevich, when will the talks resume?\n");
    const kz_entity *e = person(d, "Oleg Voskresensky");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Oleg Nikolayevich"));
    assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

static void patronymic_kazakh_attaches(void **state)
{
    (void)state;
    kz_doc *d = run("The akim, Askar Temirkhanov, met farmers. Dear Askar Serikuly, they wrote.");
    const kz_entity *e = person(d, "Askar Temirkhanov");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Askar Serikuly"));
    assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

/* Without the full name a first name and a patronymic is no person record. */
static void patronymic_alone_is_no_person(void **state)
{
    (void)state;
    expect_none("Dear Aigul Serikovna, thank you for the invitation.");
    expect_none("Thank you, Nikolai Aleksandrovich. Next question.");
}

/* An -ovich surname whose stem is no given name stays a surname. */
static void ovich_surname_is_kept(void **state)
{
    (void)state;
    expect("The investor Roman Rabinovich said the deal was closed.", "Roman Rabinovich", 0, true);
}

/* "Ewa KOWALCZYK": a surname in capitals after a given name; the id is in normal case. */
static void caps_surname_after_given_name(void **state)
{
    (void)state;
    kz_doc *d = run("IN THE CHAIR: Agnieszka NOWICKA\nVice-President\n");
    const kz_entity *e = person(d, "Agnieszka Nowicka");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Agnieszka NOWICKA"));
    kz_doc_free(d);
    expect("Speaker: Łukasz ZIELIŃSKI (EPP)", "Łukasz Zieliński", 0, true);
}

static void caps_heading_is_no_person(void **state)
{
    (void)state;
    expect_none("ANNA KOWALSKA ON TRADE\n");
    expect_none("Anna EU.\n");
}

/* A surname alone with a verb of saying confirms the full name it ends. */
static void surname_said_confirms_name(void **state)
{
    (void)state;
    expect("Joris Vandenbroucke, a senior EU trade policy official, arrived on Monday. "
           "\"We will see,\" Vandenbroucke said.",
           "Joris Vandenbroucke", 0, true);
}

/* Of a longer run only the last two words: "... of Water Resources Zhaksylyk Omirbek". */
static void surname_said_trims_run(void **state)
{
    (void)state;
    kz_doc *d = run("The talks included the Vice Minister of Water Resources Zhaksylyk Omirbek.\n"
                    "\"The canal is old,\" Omirbek said.");
    const kz_entity *e = person(d, "Zhaksylyk Omirbek");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Omirbek"));
    assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

/* A surname with a verb of saying and no full name that ends in it: nothing. */
static void surname_said_without_name(void **state)
{
    (void)state;
    expect_none("\"We are ready,\" Vandenbroucke said.");
}

/* "Madina from Shymkent writes": a person named by a given name only. */
static void given_name_only_with_verb(void **state)
{
    (void)state;
    expect("A listener question: Madina from Shymkent writes that her parcels are late.", "Madina",
           0, true);
    expect_none("Madina Street was closed for repairs.");
}

/* A given name alone with a verb of saying is the one person with that first name. */
static void given_name_attaches(void **state)
{
    (void)state;
    kz_doc *d = run("My guest is Saule Temirbekova, a logistics analyst.\n"
                    "\"Ports are full,\" Saule said.");
    const kz_entity *e = person(d, "Saule Temirbekova");
    assert_non_null(e);
    assert_true(has_mention(d, e, "Saule"));
    assert_int_equal(npersons(d), 1);
    kz_doc_free(d);
}

/* Names of organisations that end in Network, Alliance, Organisation, ... */
static void org_network_is_no_person(void **state)
{
    (void)state;
    expect_none("Donations went to the Steppe Relief Network and the Nomad Trade Alliance.");
    expect_none("The Eurasian Development Organisation and Silk Road Partnership agreed.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(title_president),
        cmocka_unit_test(title_ambassador_unknown_given),
        cmocka_unit_test(title_minister_of_paren),
        cmocka_unit_test(title_first_deputy_comma),
        cmocka_unit_test(title_deputy_of_rada),
        cmocka_unit_test(title_charge),
        cmocka_unit_test(title_mr_unknown),
        cmocka_unit_test(title_dr),
        cmocka_unit_test(title_demonym_president),
        cmocka_unit_test(title_possessive_country),
        cmocka_unit_test(appos_ambassador),
        cmocka_unit_test(appos_economist),
        cmocka_unit_test(appos_newline),
        cmocka_unit_test(label_unknown_given),
        cmocka_unit_test(label_dash_bold),
        cmocka_unit_test(byline_original_author),
        cmocka_unit_test(byline_authors_name),
        cmocka_unit_test(byline_editor),
        cmocka_unit_test(byline_by),
        cmocka_unit_test(credit_led),
        cmocka_unit_test(said_after_name),
        cmocka_unit_test(said_before_name),
        cmocka_unit_test(who_clause),
        cmocka_unit_test(list_given_names),
        cmocka_unit_test(coordination),
        cmocka_unit_test(coordination_second),
        cmocka_unit_test(given_name_plain),
        cmocka_unit_test(initial_with_said),
        cmocka_unit_test(cyrillic_alone_ignored_latin_kept),
        cmocka_unit_test(data_variant_maps),
        cmocka_unit_test(data_russian_variant),
        cmocka_unit_test(data_title_surname),
        cmocka_unit_test(data_surname_said),
        cmocka_unit_test(data_particles),
        cmocka_unit_test(data_given_only_differs),
        cmocka_unit_test(data_listed_given_variant),
        cmocka_unit_test(data_cyrillic_title),
        cmocka_unit_test(surname_attaches),
        cmocka_unit_test(mr_surname_attaches),
        cmocka_unit_test(title_surname_attaches),
        cmocka_unit_test(titled_full_mention),
        cmocka_unit_test(bare_full_mention),
        cmocka_unit_test(first_president_lowercase),
        cmocka_unit_test(minister_mention),
        cmocka_unit_test(variant_surname_attaches),
        cmocka_unit_test(plural_title_not_a_mention),
        cmocka_unit_test(one_record_per_person),
        cmocka_unit_test(order_of_first_mention),
        cmocka_unit_test(id_prefers_ayev),
        cmocka_unit_test(id_tie_first),
        cmocka_unit_test(id_nyak_over_niak),
        cmocka_unit_test(id_across_documents),
        cmocka_unit_test(id_across_documents_vowel),
        cmocka_unit_test(role_apposition),
        cmocka_unit_test(role_two_part),
        cmocka_unit_test(role_demonym_title),
        cmocka_unit_test(role_paren),
        cmocka_unit_test(role_description),
        cmocka_unit_test(role_plural_desc),
        cmocka_unit_test(role_byline),
        cmocka_unit_test(role_credit),
        cmocka_unit_test(role_none),
        cmocka_unit_test(role_from_data),
        cmocka_unit_test(role_data_completes),
        cmocka_unit_test(official_academic_false),
        cmocka_unit_test(official_head_state_body),
        cmocka_unit_test(official_journalist_false),
        cmocka_unit_test(official_mp_true),
        cmocka_unit_test(none_sentence_start),
        cmocka_unit_test(none_all_caps),
        cmocka_unit_test(none_unnamed_title),
        cmocka_unit_test(none_university),
        cmocka_unit_test(none_museum),
        cmocka_unit_test(none_street),
        cmocka_unit_test(none_group),
        cmocka_unit_test(none_programme),
        cmocka_unit_test(none_party),
        cmocka_unit_test(none_event_of),
        cmocka_unit_test(none_demonyms),
        cmocka_unit_test(none_two_plain_words),
        cmocka_unit_test(none_official_place),
        cmocka_unit_test(none_secretary_for),
        cmocka_unit_test(none_outlet_label),
        cmocka_unit_test(none_empty),
        cmocka_unit_test(none_lower),
        cmocka_unit_test(none_place_mention),
        cmocka_unit_test(turn_speaker_counts),
        cmocka_unit_test(interview_text),
        cmocka_unit_test(patronymic_attaches_to_full_name),
        cmocka_unit_test(patronymic_kazakh_attaches),
        cmocka_unit_test(patronymic_alone_is_no_person),
        cmocka_unit_test(ovich_surname_is_kept),
        cmocka_unit_test(caps_surname_after_given_name),
        cmocka_unit_test(caps_heading_is_no_person),
        cmocka_unit_test(surname_said_confirms_name),
        cmocka_unit_test(surname_said_trims_run),
        cmocka_unit_test(surname_said_without_name),
        cmocka_unit_test(given_name_only_with_verb),
        cmocka_unit_test(given_name_attaches),
        cmocka_unit_test(org_network_is_no_person),
        cmocka_unit_test(historic_possessive),
        cmocka_unit_test(historic_surname_plain),
        cmocka_unit_test(modern_surname_alone_needs_more),
        cmocka_unit_test(writer_spelling_as_written),
        cmocka_unit_test(writer_two_spellings_canonical),
        cmocka_unit_test(official_variant_canonical),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
