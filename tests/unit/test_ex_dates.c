/* SPDX-License-Identifier: MIT */
/*
 * The dates extractor against the date rules of corpus/gold/GUIDELINES.md.
 * Each case is one small text (with or without a document date) and the
 * exact facts it must give, one line per fact in text order:
 *     value TAB surface [TAB mod] [TAB @anchor]
 * with "null" for a null value. An empty expectation means no date at all.
 */
#include "kz_test.h"

#include <stdio.h>

#include "base/kz_buf.h"

/*
 * Run the dates extractor alone on @d, straight through its descriptor (the
 * registry's run also sorts the facts, which this extractor emits sorted).
 */
static void run_dates(kz_doc *d)
{
    const struct kz_extractor *ex = kz_extractor_find("dates");
    kz_error err;
    void *st = NULL;
    assert_non_null(ex);
    assert_int_equal(ex->init(&st, &err), KZ_OK);
    assert_int_equal(ex->run(st, d, &err), KZ_OK);
    ex->free(st);
}

/* Render the date facts of @text as the expectation lines above. */
static char *render(const char *text, const char *date)
{
    kz_doc *d = kz_test_doc(text, date);
    run_dates(d);
    kz_buf b = {0};
    for (size_t i = 0; i < d->nfacts; i++) {
        const kz_fact *f = &d->facts[i];
        if (f->type != KZ_FACT_DATE)
            continue;
        if (b.len)
            kz_buf_putc(&b, '\n');
        kz_buf_printf(&b, "%s\t%.*s\t%s\t%s%s", f->value ? f->value : "null",
                      (int)(f->end - f->start), d->text + f->start, f->mod ? f->mod : "",
                      f->anchor ? "@" : "", f->anchor ? f->anchor : "");
        while (b.len && b.ptr[b.len - 1] == '\t')
            b.ptr[--b.len] = '\0';
    }
    kz_doc_free(d);
    return kz_buf_detach(&b);
}

static void check(const char *text, const char *date, const char *want)
{
    char *got = render(text, date);
    int same = strcmp(got, want) == 0;
    if (!same)
        print_message("text: %s\nwant:\n%s\ngot:\n%s\n", text, want, got);
    free(got);
    assert_true(same);
}

/* X(name, document date or NULL, text, expected facts) */
#define DATE_CASES(X)                                                                              \
    X(dmy_plain, NULL, "The treaty was signed on 5 April 2019 in Astana.",                         \
      "2019-04-05\t5 April 2019")                                                                  \
    X(mdy_plain, NULL, "It opened on March 3, 2018, in Almaty.", "2018-03-03\tMarch 3, 2018")      \
    X(dmy_weekday_ordinal_of, NULL, "We met on Friday, 7th of June 2013, at noon.",                \
      "2013-06-07\tFriday, 7th of June 2013")                                                      \
    X(dmy_abbrev_dot, NULL, "Signed 21 Nov. 2020 by both sides.", "2020-11-21\t21 Nov. 2020")      \
    X(mdy_abbrev_sept, NULL, "It happened on Sept. 9, 2011, downtown.",                            \
      "2011-09-09\tSept. 9, 2011")                                                                 \
    X(mdy_weekday, NULL, "On Monday, January 6, 2020, the talks began.",                           \
      "2020-01-06\tMonday, January 6, 2020")                                                       \
    X(dmy_the_of_comma, NULL, "It ended on the 1st of December, 2016.",                            \
      "2016-12-01\tthe 1st of December, 2016")                                                     \
    X(dmy_ordinal_no_of, NULL, "Delivered on 18th August 2019.", "2019-08-18\t18th August 2019")   \
    X(dmy_all_caps, NULL, "ON 12 JUNE 2022 THE EMBASSY OPENED", "2022-06-12\t12 JUNE 2022")        \
    X(dmy_nbsp, NULL,                                                                              \
      "Opened on 14\xc2\xa0"                                                                       \
      "May\xc2\xa0"                                                                                \
      "2015.",                                                                                     \
      "2015-05-14\t14\xc2\xa0"                                                                     \
      "May\xc2\xa0"                                                                                \
      "2015")                                                                                      \
    X(dmy_day_range, NULL, "The forum ran 3–5 May 2017 in Kyiv.",                                  \
      "2017-05-03/2017-05-05\t3–5 May 2017")                                                       \
    X(mdy_day_range, NULL, "The forum ran May 3-5, 2017 in Kyiv.",                                 \
      "2017-05-03/2017-05-05\tMay 3-5, 2017")                                                      \
    X(dmy_invalid_day_not_full_date, NULL, "He wrote 31 June 2021 by mistake.",                    \
      "2021-06\tJune 2021")                                                                        \
    X(iso_date, NULL, "Released 2023-10-09 at dawn.", "2023-10-09\t2023-10-09")                    \
    X(dotted_date, NULL, "Order dated 09.10.2023 was read out.", "2023-10-09\t09.10.2023")         \
    X(dotted_single_digits, NULL, "Order dated 5.3.2012 was read out.", "2012-03-05\t5.3.2012")    \
    X(slashed_day_first, NULL, "Received 25/12/2019 by post.", "2019-12-25\t25/12/2019")           \
    X(slashed_month_first, NULL, "Received 12/25/2019 by post.", "2019-12-25\t12/25/2019")         \
    X(slashed_ambiguous_dropped, NULL, "Received 05/06/2019 by post.", "")                         \
    X(dateline, NULL, "Interview dated 3 June 2021", "2021-06-03\t3 June 2021")                    \
    X(full_date_one_fact, NULL, "On 11 October 2017 the delegation arrived.",                      \
      "2017-10-11\t11 October 2017")                                                               \
    X(my_plain, NULL, "The office opened in November 2017.", "2017-11\tNovember 2017")             \
    X(my_early, NULL, "He arrived in early January 2016.", "2016-01\tearly January 2016\tSTART")   \
    X(my_late, NULL, "It froze in late December 2014.", "2014-12\tlate December 2014\tEND")        \
    X(my_mid_hyphen, NULL, "Talks resumed in mid-August 2021.", "2021-08\tmid-August 2021\tMID")   \
    X(my_end_of, NULL, "By the end of October 2019 all was done.",                                 \
      "2019-10\tthe end of October 2019\tEND")                                                     \
    X(my_beginning_of, NULL, "At the beginning of April 2020 we closed.",                          \
      "2020-04\tthe beginning of April 2020\tSTART")                                               \
    X(my_middle_of, NULL, "In the middle of May 2020 the border closed.",                          \
      "2020-05\tthe middle of May 2020\tMID")                                                      \
    X(ago_century, "2025-07-28", "A century ago the town was a village.",                          \
      "1925\tA century ago\t\t@document")                                                          \
    X(my_abbrev, NULL, "Exports fell in Feb 2022 sharply.", "2022-02\tFeb 2022")                   \
    X(my_sentence_start_may, NULL, "May 2019 was a busy month.", "2019-05\tMay 2019")              \
    X(my_caps, NULL, "IN MARCH 2016 THE PLANT CLOSED", "2016-03\tMARCH 2016")                      \
    X(my_of, NULL, "In March of 2008 he left.", "2008-03\tMarch of 2008")                          \
    X(my_comma, NULL, "In September, 2010 the school opened.", "2010-09\tSeptember, 2010")         \
    X(year_in, NULL, "The bridge was built in 2017.", "2017\t2017")                                \
    X(year_since, NULL, "He has lived here since 2011.", "2011\t2011")                             \
    X(year_in_name, NULL, "The 2015 Protocol still applies.", "2015\t2015")                        \
    X(year_modifier_noun, NULL, "It was one of a series of 2023 concerts.", "2023\t2023")          \
    X(year_sentence_subject, NULL, "2018 was a difficult period for farmers.", "2018\t2018")       \
    X(year_old_with_context, NULL, "The town was first mentioned in 1654.", "1654\t1654")          \
    X(year_old_founded, NULL, "Founded in 1147, the town grew fast.", "1147\t1147")                \
    X(year_late, NULL, "Prices rose in late 2019.", "2019\tlate 2019\tEND")                        \
    X(year_early, NULL, "Prices rose in early 2020.", "2020\tearly 2020\tSTART")                   \
    X(year_mid, NULL, "Prices rose in mid-2021.", "2021\tmid-2021\tMID")                           \
    X(year_end_of, NULL, "It will be ready by the end of 2018.", "2018\tthe end of 2018\tEND")     \
    X(year_beginning_of, NULL, "It began at the beginning of 2017.",                               \
      "2017\tthe beginning of 2017\tSTART")                                                        \
    X(year_in_parentheses, NULL, "Minister of Energy (2016) spoke.", "2016\t2016")                 \
    X(years_two_separate, NULL, "It happened in 2010 and again in 2011.",                          \
      "2010\t2010\n2011\t2011")                                                                    \
    X(years_and_not_range, NULL, "Projects ran in 2012 and 2013.", "2012\t2012\n2013\t2013")       \
    X(range_abbreviated, NULL, "During 2016–18 exports doubled.", "2016/2018\t2016–18")            \
    X(range_full_hyphen, NULL, "During 2016-2019 exports doubled.", "2016/2019\t2016-2019")        \
    X(range_slash, NULL, "The 2020/21 season was short.", "2020/2021\t2020/21")                    \
    X(range_em_dash, NULL, "The 2019—2020 plan failed.", "2019/2020\t2019—2020")                   \
    X(range_from_to, NULL, "He served from 2012 to 2015 as consul.",                               \
      "2012/2015\tfrom 2012 to 2015")                                                              \
    X(range_between_and, NULL, "It was built between 2005 and 2008.",                              \
      "2005/2008\tbetween 2005 and 2008")                                                          \
    X(range_parenthesised, NULL, "The war (1941–1945) changed everything.",                        \
      "1941/1945\t1941–1945")                                                                      \
    X(range_century_turn, NULL, "The 1999–2000 crisis hit hard.", "1999/2000\t1999–2000")          \
    X(range_backwards_is_not_range, NULL, "Codes 2019–2011 were listed.",                          \
      "2019\t2019\n2011\t2011")                                                                    \
    X(months_coordinated, NULL, "Trains ran between early May and late June 2018.",                \
      "2018-05\tearly May\tSTART\n2018-06\tlate June 2018\tEND")                                   \
    X(months_from_to, NULL, "Talks ran from April to June 2016.",                                  \
      "2016-04\tApril\n2016-06\tJune 2016")                                                        \
    X(months_and, NULL, "We met in July and August 2015.", "2015-07\tJuly\n2015-08\tAugust 2015")  \
    X(months_dash, NULL, "Harvest in September–October 2014 was good.",                            \
      "2014-09\tSeptember\n2014-10\tOctober 2014")                                                 \
    X(month_alone_dated, "2025-07-28", "In June, the embassy held a fair.",                        \
      "2025-06\tJune\t\t@document")                                                                \
    X(month_alone_undated, NULL, "In June, the embassy held a fair.", "null\tJune\t\t@unresolved") \
    X(month_since_dated, "2023-11-15", "Nothing changed since February.",                          \
      "2023-02\tFebruary\t\t@document")                                                            \
    X(month_last_before, "2025-07-28", "It rained last March.",                                    \
      "2025-03\tlast March\t\t@document")                                                          \
    X(month_last_after, "2025-02-10", "It rained last March.", "2024-03\tlast March\t\t@document") \
    X(month_next, "2025-07-28", "We meet again next May.", "2026-05\tnext May\t\t@document")       \
    X(month_end_of, "2025-07-28", "It will be done by the end of June.",                           \
      "2025-06\tthe end of June\tEND\t@document")                                                  \
    X(month_mid, "2022-10-01", "Work stopped in mid-April.", "2022-04\tmid-April\tMID\t@document") \
    X(month_lowercase_not_month, NULL, "They will march in may, if allowed.", "")                  \
    X(may_verb_question, NULL, "May I ask about the aid?", "")                                     \
    X(may_verb_mid_sentence, NULL, "The talks May continue, said the minister.", "")               \
    X(march_noun, NULL, "The March for Peace drew crowds.", "")                                    \
    X(month_name_without_context, NULL, "June said nothing.", "")                                  \
    X(day_month_dated, "2024-05-18", "On 9 May, veterans marched.",                                \
      "2024-05-09\t9 May\t\t@document")                                                            \
    X(day_month_undated, NULL, "The summit opened on November 4 in Baku.",                         \
      "null\tNovember 4\t\t@unresolved")                                                           \
    X(day_month_the_of, "2021-06-30", "On the 22nd of June we remember.",                          \
      "2021-06-22\tthe 22nd of June\t\t@document")                                                 \
    X(month_day_dated, "2019-12-01", "The vote is on December 8.",                                 \
      "2019-12-08\tDecember 8\t\t@document")                                                       \
    X(day_month_coordinated, NULL, "Between 30 June and 2 July 2019 we met.",                      \
      "2019-06-30\t30 June\n2019-07-02\t2 July 2019")                                              \
    X(decade_the, NULL, "In the 1960s the city grew.", "1960/1969\tthe 1960s")                     \
    X(decade_bare, NULL, "Settlers came in 1880s and later.", "1880/1889\t1880s")                  \
    X(decade_early, NULL, "In the early 1990s many left.", "1990/1999\tthe early 1990s\tSTART")    \
    X(decade_late, NULL, "In the late 1980s many left.", "1980/1989\tthe late 1980s\tEND")         \
    X(decade_apostrophe, NULL, "Music of the '70s is back.", "1970/1979\tthe '70s")                \
    X(decade_2010s, NULL, "Trade peaked in the 2010s.", "2010/2019\tthe 2010s")                    \
    X(decade_and_decade, NULL, "In the 1950s and 1960s they rebuilt.",                             \
      "1950/1959\tthe 1950s\n1960/1969\t1960s")                                                    \
    X(decade_apostrophe_s, NULL, "Since the 1990's the region changed.", "1990/1999\tthe 1990's")  \
    X(century_ordinal, NULL, "Built in the 18th century, the church stands.",                      \
      "1700/1799\tthe 18th century")                                                               \
    X(century_21st, NULL, "Challenges of the 21st century are many.",                              \
      "2000/2099\tthe 21st century")                                                               \
    X(century_words, NULL, "In the twentieth century it changed.",                                 \
      "1900/1999\tthe twentieth century")                                                          \
    X(century_roman, NULL, "In the XIX century the town grew.", "1800/1899\tthe XIX century")      \
    X(century_range, NULL, "In the 17th and 18th centuries traders came.",                         \
      "1600/1799\tthe 17th and 18th centuries")                                                    \
    X(century_late, NULL, "In the late 19th century railways came.",                               \
      "1800/1899\tthe late 19th century\tEND")                                                     \
    X(century_hyphen_adjective, NULL, "They need 21st-century skills.", "2000/2099\t21st-century") \
    X(century_bc_not_calendar, NULL, "Founded in the 5th century BC by Greeks.", "")               \
    X(century_beginning, NULL, "At the beginning of the 20th century it was small.",               \
      "1900/1999\tthe beginning of the 20th century\tSTART")                                       \
    X(season_summer_of, NULL, "In the summer of 2019 we travelled.",                               \
      "2019-06/2019-08\tthe summer of 2019")                                                       \
    X(season_spring, NULL, "The plan dates from spring 2021.", "2021-03/2021-05\tspring 2021")     \
    X(season_autumn_of, NULL, "Harvests failed in autumn of 2017.",                                \
      "2017-09/2017-11\tautumn of 2017")                                                           \
    X(season_fall, NULL, "Classes resumed in fall 2016.", "2016-09/2016-11\tfall 2016")            \
    X(season_winter_range, NULL, "During the winter of 2018–19 gas ran short.",                    \
      "2018-12/2019-02\tthe winter of 2018–19")                                                    \
    X(season_winter_single, NULL, "Prices peaked in winter 2021.", "2020-12/2021-02\twinter 2021") \
    X(season_early, NULL, "In early spring 2015 floods came.",                                     \
      "2015-03/2015-05\tearly spring 2015\tSTART")                                                 \
    X(season_noun_spring, NULL, "The valve has a strong spring inside.", "")                       \
    X(season_last_summer_dated, "2025-07-28", "We visited last summer.",                           \
      "2024-06/2024-08\tlast summer\t\t@document")                                                 \
    X(season_last_summer_after, "2025-10-01", "We visited last summer.",                           \
      "2025-06/2025-08\tlast summer\t\t@document")                                                 \
    X(season_this_winter_january, "2025-01-15", "Gas is short this winter.",                       \
      "2024-12/2025-02\tthis winter\t\t@document")                                                 \
    X(season_next_spring, "2025-07-28", "Planting starts next spring.",                            \
      "2026-03/2026-05\tnext spring\t\t@document")                                                 \
    X(part_first_months, NULL, "In the first three months of 2018 trade grew.",                    \
      "2018-01/2018-03\tthe first three months of 2018")                                           \
    X(part_first_quarter, NULL, "The first quarter of 2019 was weak.",                             \
      "2019-01/2019-03\tThe first quarter of 2019")                                                \
    X(part_third_quarter, NULL, "In the third quarter of 2020 it recovered.",                      \
      "2020-07/2020-09\tthe third quarter of 2020")                                                \
    X(part_second_half, NULL, "In the second half of 2017 it recovered.",                          \
      "2017-07/2017-12\tthe second half of 2017")                                                  \
    X(part_first_half, NULL, "In the first half of 2016 it fell.",                                 \
      "2016-01/2016-06\tthe first half of 2016")                                                   \
    X(part_last_two_months, NULL, "In the last two months of 2015 it fell.",                       \
      "2015-11/2015-12\tthe last two months of 2015")                                              \
    X(part_first_month, NULL, "In the first month of 2020 it fell.",                               \
      "2020-01\tthe first month of 2020")                                                          \
    X(part_this_year_dated, "2025-07-28", "In the first six months of this year trade rose.",      \
      "2025-01/2025-06\tthe first six months of this year\t\t@document")                           \
    X(part_the_year_undated, NULL, "In the first half of the year trade rose.",                    \
      "null\tthe first half of the year\t\t@unresolved")                                           \
    X(part_digits, NULL, "In the first 4 months of 2013 trade rose.",                              \
      "2013-01/2013-04\tthe first 4 months of 2013")                                               \
    X(quarter_q3, NULL, "Revenue in Q3 2021 rose.", "2021-07/2021-09\tQ3 2021")                    \
    X(half_h1, NULL, "Revenue in H1 2024 rose.", "2024-01/2024-06\tH1 2024")                       \
    X(rel_last_year, "2023-11-15", "Last year trade grew.", "2022\tLast year\t\t@document")        \
    X(rel_next_year, "2023-11-15", "The plant opens next year.", "2024\tnext year\t\t@document")   \
    X(rel_this_year, "2023-11-15", "This year we expect more.", "2023\tThis year\t\t@document")    \
    X(rel_last_month_january, "2025-01-10", "Last month prices rose.",                             \
      "2024-12\tLast month\t\t@document")                                                          \
    X(rel_next_month_december, "2024-12-05", "The law takes effect next month.",                   \
      "2025-01\tnext month\t\t@document")                                                          \
    X(rel_this_month, "2024-02-29", "Talks resume this month.",                                    \
      "2024-02\tthis month\t\t@document")                                                          \
    X(rel_this_week, "2025-07-28", "The minister arrives this week.",                              \
      "2025-W31\tthis week\t\t@document")                                                          \
    X(rel_last_week, "2025-07-28", "The minister arrived last week.",                              \
      "2025-W30\tlast week\t\t@document")                                                          \
    X(rel_week_year_boundary, "2025-01-02", "The minister arrived last week.",                     \
      "2024-W52\tlast week\t\t@document")                                                          \
    X(rel_end_of_year, "2025-07-28", "Results will come at the end of the year.",                  \
      "2025\tthe end of the year\tEND\t@document")                                                 \
    X(rel_end_of_this_year, "2025-07-28", "It ends at the end of this year.",                      \
      "2025\tthe end of this year\tEND\t@document")                                                \
    X(rel_beginning_next_year, "2025-07-28", "It starts at the beginning of next year.",           \
      "2026\tthe beginning of next year\tSTART\t@document")                                        \
    X(rel_earlier_this_year, "2025-07-28", "Earlier this year the plant closed.",                  \
      "2025\tEarlier this year\t\t@document")                                                      \
    X(rel_early_last_year, "2025-07-28", "Early last year the plant closed.",                      \
      "2024\tEarly last year\tSTART\t@document")                                                   \
    X(rel_current_year, "2025-07-28", "Plans for the current year are set.",                       \
      "2025\tthe current year\t\t@document")                                                       \
    X(rel_last_year_undated, NULL, "Last year trade grew.", "null\tLast year\t\t@unresolved")      \
    X(ago_years, "2023-11-15", "Three years ago the plant closed.",                                \
      "2020\tThree years ago\t\t@document")                                                        \
    X(ago_decades, "2023-11-15", "Two decades ago the plant closed.",                              \
      "2003\tTwo decades ago\t\t@document")                                                        \
    X(ago_about_month, "2023-11-15", "About a month ago we spoke.",                                \
      "2023-10\tAbout a month ago\tAPPROX\t@document")                                             \
    X(ago_a_year, "2023-11-15", "A year ago we spoke.", "2022\tA year ago\t\t@document")           \
    X(ago_days_leap, "2024-03-02", "Five days ago we spoke.",                                      \
      "2024-02-26\tFive days ago\t\t@document")                                                    \
    X(ago_few_days, "2025-07-28", "Just a few days ago we spoke.",                                 \
      "2025-07\ta few days ago\t\t@document")                                                      \
    X(ago_few_days_month_back, "2025-07-01", "A few days ago we spoke.",                           \
      "2025-06\tA few days ago\t\t@document")                                                      \
    X(ago_weeks_approx, "2025-07-28", "Nearly two weeks ago we spoke.",                            \
      "2025-W29\tNearly two weeks ago\tAPPROX\t@document")                                         \
    X(ago_digits, "2020-05-01", "It closed 15 years ago.", "2005\t15 years ago\t\t@document")      \
    X(ago_months_wrap, "2020-02-10", "It closed three months ago.",                                \
      "2019-11\tthree months ago\t\t@document")                                                    \
    X(ago_undated, NULL, "Six years ago it closed.", "null\tSix years ago\t\t@unresolved")         \
    X(today_dated, "2025-07-28", "Today the talks resume.", "2025-07-28\tToday\t\t@document")      \
    X(today_possessive, "2025-07-28", "Today's talks resume.", "2025-07-28\tToday\t\t@document")   \
    X(yesterday_leap, "2024-03-01", "Yesterday it snowed.", "2024-02-29\tYesterday\t\t@document")  \
    X(tomorrow_new_year, "2024-12-31", "Tomorrow it will snow.",                                   \
      "2025-01-01\tTomorrow\t\t@document")                                                         \
    X(day_before_yesterday, "2024-03-01", "It snowed the day before yesterday.",                   \
      "2024-02-28\tthe day before yesterday\t\t@document")                                         \
    X(today_caps, "2022-01-01", "WHAT WE DO TODAY", "2022-01-01\tTODAY\t\t@document")              \
    X(today_undated, NULL, "Today the talks resume.", "null\tToday\t\t@unresolved")                \
    X(not_duration_years, NULL, "He worked there for ten years.", "")                              \
    X(not_duration_months, NULL, "It took six months to build.", "")                               \
    X(not_duration_of, NULL, "After eight years of work it opened.", "")                           \
    X(not_over_past, NULL, "Over the past three years trade grew.", "")                            \
    X(not_in_last, NULL, "In the last four years trade grew.", "")                                 \
    X(not_recent_years, NULL, "In recent years trade grew.", "")                                   \
    X(not_past_year, "2025-07-28", "Over the past year trade grew.", "")                           \
    X(not_the_last_year, "2025-07-28", "In the last year trade grew.", "")                         \
    X(not_the_next_year, "2025-07-28", "For the next year nothing will change.", "")               \
    X(not_anniversary, NULL, "They marked the 25th anniversary of the treaty.", "")                \
    X(not_named_events, NULL, "After World War I and on Victory Day they met.", "")                \
    X(not_vague_now, NULL, "Now, currently, nowadays and these days it is calm.", "")              \
    X(not_at_one_time, NULL, "At one time, in the post-war period, it was calm.", "")              \
    X(not_page_section, NULL, "See page 12 and Section 3 of the report.", "")                      \
    X(not_time_of_day, NULL, "The meeting starts at 10:30 and ends at 17:45.", "")                 \
    X(not_thousands, NULL, "The route is 7,644 kilometres long.", "")                              \
    X(not_thousands_people, NULL, "About 2,000 people came.", "")                                  \
    X(not_amount_dollar, NULL, "They paid $1,999 for it.", "")                                     \
    X(not_amount_code, NULL, "They paid USD 2020 for it.", "")                                     \
    X(not_channel, NULL, "He spoke on Russia 24 and C5+1.", "")                                    \
    X(not_count_tonnes, NULL, "They delivered 2020 tonnes of grain.", "")                          \
    X(not_count_people, NULL, "Some 1998 students took part.", "")                                 \
    X(not_count_years, NULL, "The tradition is 2000 years old.", "")                               \
    X(not_count_km, NULL, "The pipeline is 1500 km long.", "")                                     \
    X(not_small_number_no_context, NULL, "The choir has 1200 voices and 1350 fans.", "")           \
    X(not_number_sign, NULL, "Decree No. 1996 was cancelled.", "")                                 \
    X(not_the_year_alone, NULL, "That was the year we met.", "")                                   \
    X(not_every_year, NULL, "They meet every year and once a month.", "")                          \
    X(not_decimal, NULL, "The index rose 2019.5 points.", "")                                      \
    X(not_weekday_alone, NULL, "We meet on Monday.", "")                                           \
    X(months_and_bare_second, "2021-10-02", "During March and April the plant was closed.",        \
      "2021-03\tMarch\t\t@document\n2021-04\tApril\t\t@document")                                  \
    X(months_dash_neighbours_bare, NULL, "Floods, August-September 2019: the river rose.",         \
      "2019-08\tAugust\n2019-09\tSeptember 2019")                                                  \
    X(months_dash_span_is_period, NULL, "Exports grew in February–June 2021 by a fifth.",          \
      "2021-02/2021-06\tFebruary–June 2021")                                                       \
    X(months_dash_span_years_each, NULL, "From November 2020 - March 2021 the pass was shut.",     \
      "2020-11\tNovember 2020\n2021-03\tMarch 2021")                                               \
    X(bare_month_not_coordinated, "2021-10-02", "Grace said April was her favourite month.", "")   \
    X(bare_month_and_name, "2021-10-02", "Mark and June went home.", "")                           \
    X(month_year_from_same_sentence, "2020-05-05",                                                 \
      "In March 2018 the line opened, and in August it carried its first grain.",                  \
      "2018-03\tMarch 2018\n2018-08\tAugust")                                                      \
    X(month_year_not_from_other_sentence, "2020-05-05",                                            \
      "The line opened in March 2018. In August it carried grain.",                                \
      "2018-03\tMarch 2018\n2020-08\tAugust\t\t@document")                                         \
    X(month_year_range_lends_nothing, "2020-05-05",                                                \
      "Between 2015 and 2017 prices rose, and in May they fell.",                                  \
      "2015/2017\tBetween 2015 and 2017\n2020-05\tMay\t\t@document")                               \
    X(month_of_same_year, NULL,                                                                    \
      "Riots in March 2011 were followed by a truce in October of the same year.",                 \
      "2011-03\tMarch 2011\n2011-10\tOctober")                                                     \
    X(month_of_that_year_other_sentence, NULL,                                                     \
      "The mine closed in 1997. Strikes followed in May of that year.",                            \
      "1997\t1997\n1997-05\tMay")                                                                  \
    X(than_year_is_date, NULL,                                                                     \
      "The ties go back further than 1975, and output is higher than in 2016.",                    \
      "1975\t1975\n2016\t2016")                                                                    \
    X(than_earlier_is_date, NULL, "It must be ready no later than 2031.", "2031\t2031")            \
    X(not_more_than_amount, NULL, "They registered more than 2050 and fewer than 2100 in all.",    \
      "")                                                                                          \
    X(not_procedure_number, NULL, "The file (2019/2231(COD)) was closed.", "")                     \
    X(rel_last_autumn_spring_date, "2022-04-10", "We toured the north last autumn.",               \
      "2021-09/2021-11\tlast autumn\t\t@document")                                                 \
    X(rel_next_summer, "2023-11-20", "A new round is due next summer.",                            \
      "2024-06/2024-08\tnext summer\t\t@document")                                                 \
    X(rel_this_spring, "2019-05-03", "The law passed this spring.",                                \
      "2019-03/2019-05\tthis spring\t\t@document")                                                 \
    X(rel_this_last_month_next_year, "2018-01-15",                                                 \
      "Sales fell this month after a record last month; next year looks calmer.",                  \
      "2018-01\tthis month\t\t@document\n2017-12\tlast month\t\t@document\n"                       \
      "2019\tnext year\t\t@document")                                                              \
    X(today_in_outlet_name, "2021-04-02", "He spoke to Ukraine Today; today he flies.",            \
      "2021-04-02\ttoday\t\t@document")                                                            \
    X(today_capital_after_stop, "2021-04-02", "It rained. Today it is dry.",                       \
      "2021-04-02\tToday\t\t@document")                                                            \
    X(today_in_caps_question, "2021-04-02", "WHAT IS ON TODAY?", "2021-04-02\tTODAY\t\t@document") \
    X(ago_seasons_before_summer, "2019-04-10",                                                     \
      "The dam broke three winters ago and two summers ago.",                                      \
      "2016-12/2017-02\tthree winters ago\t\t@document\n"                                          \
      "2017-06/2017-08\ttwo summers ago\t\t@document")                                             \
    X(ago_season_after_it, "2019-10-10", "We met two springs ago.",                                \
      "2018-03/2018-05\ttwo springs ago\t\t@document")                                             \
    X(month_after_for, "2020-02-01", "The vote is set for October.",                               \
      "2020-10\tOctober\t\t@document")                                                             \
    X(month_for_may_refused, "2020-02-01", "Waiting for May to answer.", "")                       \
    X(dateline_abbrev_month_day, "2019-03-07", "ASTANA, Mar 7 (Wire) - Talks opened.",             \
      "2019-03-07\tMar 7\t\t@document")

#define DEFINE_CASE(name, date, text, want)                                                        \
    static void name(void **state)                                                                 \
    {                                                                                              \
        (void)state;                                                                               \
        check(text, date, want);                                                                   \
    }
DATE_CASES(DEFINE_CASE)
#undef DEFINE_CASE

/* The extractor keeps its compiled patterns across documents of one run. */
static void state_reused_across_documents(void **state)
{
    (void)state;
    kz_extract_ctx *ctx = NULL;
    kz_error err;
    assert_int_equal(kz_extract_ctx_new(&ctx, "dates", &err), KZ_OK);
    for (int i = 0; i < 3; i++) {
        kz_doc *d = kz_test_doc("In 2019 and on 4 May 2020.", i ? "2021-01-01" : NULL);
        assert_int_equal(kz_extract_run(ctx, d, &err), KZ_OK);
        assert_int_equal(d->nfacts, 2);
        kz_doc_free(d);
    }
    kz_extract_ctx_free(ctx);
}

/* Facts never share bytes, whatever the text. */
static void no_overlapping_facts(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("From 2019 to 2021, in the winter of 2020–21 and between early May "
                            "and late June 2020, the first half of 2021, 3–5 May 2021.",
                            "2021-08-01");
    kz_test_extract(d, "dates");
    assert_true(d->nfacts >= 5);
    for (size_t i = 1; i < d->nfacts; i++)
        assert_true(d->facts[i - 1].end <= d->facts[i].start);
    kz_doc_free(d);
}

/* An undated document never gets a guessed value for a relative date. */
static void undated_document_null_values(void **state)
{
    (void)state;
    kz_doc *d = kz_test_doc("Yesterday, last week, two months ago, next summer, in May.", NULL);
    run_dates(d);
    assert_int_equal(d->nfacts, 5);
    for (size_t i = 0; i < d->nfacts; i++) {
        assert_null(d->facts[i].value);
        assert_string_equal(d->facts[i].anchor, "unresolved");
    }
    kz_doc_free(d);
}

/* A text of near-miss numbers runs to the end without a fact or a crash. */
static void near_misses_only(void **state)
{
    (void)state;
    kz_buf b = {0};
    for (int i = 0; i < 2000; i++)
        kz_buf_puts(&b, "12 12 1,2024 $2025 20.19 ");
    kz_doc *d = kz_test_doc(kz_buf_cstr(&b), "2020-01-01");
    run_dates(d);
    assert_int_equal(d->nfacts, 0);
    kz_doc_free(d);
    kz_buf_release(&b);
}

int main(void)
{
#define LIST_CASE(name, date, text, want) cmocka_unit_test(name),
    const struct CMUnitTest tests[] = {
        DATE_CASES(LIST_CASE) cmocka_unit_test(state_reused_across_documents),
        cmocka_unit_test(no_overlapping_facts),
        cmocka_unit_test(undated_document_null_values),
        cmocka_unit_test(near_misses_only),
    };
#undef LIST_CASE
    return cmocka_run_group_tests(tests, NULL, NULL);
}
