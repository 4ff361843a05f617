/* SPDX-License-Identifier: MIT */
/*
 * The segmenter on layouts built from small strings (labels, dashes, bold
 * questions, articles), and its invariants over every test text: turns in
 * order, inside the text, not overlapping, numbered from 1.
 */
#include <dirent.h>
#include <stdio.h>

#include "kz_test.h"

#include "kzua/pipeline.h"

static kz_doc *segment(const char *name, const char *s)
{
    kz_doc *d = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    if (kz_load_bytes(name, s, strlen(s), NULL, &d, &err) != KZ_OK)
        fail_msg("load %s: %s", name, err.msg);
    kz_segment(d);
    return d;
}

/* Turn @i: role, and the text at its start. */
static void turn_is(const kz_doc *d, size_t i, unsigned role, const char *starts)
{
    if (i >= d->nturns)
        fail_msg("turn %zu wanted, the document has %zu", i + 1, d->nturns);
    const kz_turn *t = &d->turns[i];
    assert_int_equal(t->n, i + 1);
    assert_int_equal(t->role, role);
    assert_non_null(t->speaker);
    if (strncmp(d->text + t->start, starts, strlen(starts)) != 0)
        fail_msg("turn %zu starts '%.30s', not '%s'", i + 1, d->text + t->start, starts);
}

static void check_invariants(const kz_doc *d)
{
    for (size_t i = 0; i < d->nturns; i++) {
        const kz_turn *t = &d->turns[i];
        if (!(t->start <= t->end && t->end <= d->len))
            fail_msg("%s: turn %zu has span [%zu, %zu) in %zu bytes", d->name, i + 1, t->start,
                     t->end, d->len);
        assert_int_equal(t->n, i + 1);
        assert_true(t->role <= KZ_ROLE_QUOTED);
        assert_non_null(t->speaker);
        assert_true(t->speaker[0] != '\0');
        if (i && d->turns[i - 1].end > t->start)
            fail_msg("%s: turns %zu and %zu overlap", d->name, i, i + 1);
        /* speech starts on a character, not inside one */
        assert_true(((unsigned char)d->text[t->start] & 0xC0) != 0x80);
    }
    for (size_t b = 0; b < d->nblocks; b++)
        assert_true(d->blocks[b].turn >= -1 && d->blocks[b].turn < (int)d->nturns);
}

static void qa_labels(void **state)
{
    (void)state;
    kz_doc *d = segment("qa.txt", "Talks on grain\n\nQ: Why did you come to Astana?\n"
                                  "A: To talk about grain.\nQ: And the ports?\n"
                                  "A: They are ready.\n\nThey were built last year.\n");
    assert_int_equal(d->nturns, 4);
    turn_is(d, 0, KZ_ROLE_INTERVIEWER, "Why did you come");
    turn_is(d, 1, KZ_ROLE_INTERVIEWEE, "To talk about grain.");
    turn_is(d, 2, KZ_ROLE_INTERVIEWER, "And the ports?");
    turn_is(d, 3, KZ_ROLE_INTERVIEWEE, "They are ready.");
    assert_string_equal(d->turns[0].speaker, "Q");
    assert_string_equal(d->turns[1].speaker, "A");
    /* the last answer runs on over its second paragraph */
    assert_non_null(strstr(d->text + d->turns[3].start, "built last year"));
    assert_true(d->turns[3].end >= (size_t)(strstr(d->text, "last year.") - d->text) + 10);
    /* the title is no turn's */
    assert_int_equal(d->blocks[0].turn, -1);
    assert_int_equal(d->blocks[1].turn, 0);
    assert_string_equal(d->meta.kind, "interview");
    check_invariants(d);
    kz_doc_free(d);
}

static void dash_layout(void **state)
{
    (void)state;
    kz_doc *d = segment("dash.txt", "Interview with a minister\n\n"
                                    "\xE2\x80\x94 Why did you come to Astana?\n\n"
                                    "\xE2\x80\x94 To talk about grain. It was a long trip.\n\n"
                                    "\xE2\x80\x94 And the ports?\n\n"
                                    "\xE2\x80\x94 They are ready.\n");
    assert_int_equal(d->nturns, 4);
    turn_is(d, 0, KZ_ROLE_INTERVIEWER, "Why did you come");
    turn_is(d, 1, KZ_ROLE_INTERVIEWEE, "To talk about grain.");
    turn_is(d, 2, KZ_ROLE_INTERVIEWER, "And the ports?");
    turn_is(d, 3, KZ_ROLE_INTERVIEWEE, "They are ready.");
    check_invariants(d);
    kz_doc_free(d);
}

static void bold_questions(void **state)
{
    (void)state;
    kz_doc *d = segment("bold.md", "**Why did you come to Astana?**\n\nTo talk about grain.\n\n"
                                   "**And the ports?**\n\nThey are ready.\n\nAnd the rail too.\n");
    assert_int_equal(d->nturns, 4);
    turn_is(d, 0, KZ_ROLE_INTERVIEWER, "Why did you come");
    turn_is(d, 1, KZ_ROLE_INTERVIEWEE, "To talk about grain.");
    turn_is(d, 2, KZ_ROLE_INTERVIEWER, "And the ports?");
    turn_is(d, 3, KZ_ROLE_INTERVIEWEE, "They are ready.");
    check_invariants(d);
    kz_doc_free(d);
}

static void html_strong_questions(void **state)
{
    (void)state;
    kz_doc *d = segment("page.html", "<html><body><h1>Talks</h1>"
                                     "<p><strong>Why did you come to Astana?</strong></p>"
                                     "<p>To talk about grain.</p>"
                                     "<p><strong>And the ports?</strong></p>"
                                     "<p>They are ready.</p></body></html>");
    assert_int_equal(d->nturns, 4);
    turn_is(d, 0, KZ_ROLE_INTERVIEWER, "Why did you come");
    turn_is(d, 1, KZ_ROLE_INTERVIEWEE, "To talk about grain.");
    turn_is(d, 3, KZ_ROLE_INTERVIEWEE, "They are ready.");
    check_invariants(d);
    kz_doc_free(d);
}

static void article_without_exchange(void **state)
{
    (void)state;
    kz_doc *d = segment("article.txt", "Trade grows along the Caspian route\n\n"
                                       "Exports rose in May, the ministry said on Monday.\n\n"
                                       "Analysts expect the rise to continue next year.\n");
    assert_int_equal(d->nturns, 0);
    assert_string_equal(d->meta.kind, "article");
    for (size_t b = 0; b < d->nblocks; b++)
        assert_int_equal(d->blocks[b].turn, -1);
    kz_doc_free(d);
}

static void empty_document(void **state)
{
    (void)state;
    kz_doc *d = segment("empty.txt", "");
    assert_int_equal(d->nturns, 0);
    kz_doc_free(d);
    d = segment("q.txt", "Q:\nA:\n");
    check_invariants(d);
    kz_doc_free(d);
}

/* Labels with no speech after them make no turn with empty text. */
static void labels_without_speech(void **state)
{
    (void)state;
    kz_doc *d = segment("q.txt", "Q:\nA:\n");
    for (size_t i = 0; i < d->nturns; i++)
        if (d->turns[i].start == d->turns[i].end)
            fail_msg("turn %zu (%s) is empty", i + 1, d->turns[i].speaker);
    kz_doc_free(d);
}

static void crlf_same_turns(void **state)
{
    (void)state;
    kz_doc *a = segment("lf.txt", "Q: One?\nA: Two.\nQ: Three?\nA: Four.\n");
    kz_doc *b = segment("crlf.txt", "Q: One?\r\nA: Two.\r\nQ: Three?\r\nA: Four.\r\n");
    assert_int_equal(a->nturns, b->nturns);
    for (size_t i = 0; i < a->nturns; i++) {
        assert_string_equal(a->turns[i].speaker, b->turns[i].speaker);
        assert_int_equal(a->turns[i].role, b->turns[i].role);
        assert_int_equal(a->turns[i].end - a->turns[i].start, b->turns[i].end - b->turns[i].start);
    }
    kz_doc_free(a);
    kz_doc_free(b);
}

/* Every file of a folder: load, segment, check the invariants. */
static void invariants_over(const char *dirpath)
{
    DIR *dir = opendir(dirpath);
    if (!dir)
        fail_msg("cannot open %s (run from the repository root)", dirpath);
    struct dirent *de;
    size_t n = 0;
    while ((de = readdir(dir))) {
        const char *dot = strrchr(de->d_name, '.');
        if (de->d_name[0] == '.' || !dot ||
            !(strcmp(dot, ".txt") == 0 || strcmp(dot, ".md") == 0 || strcmp(dot, ".html") == 0))
            continue;
        if (strncmp(de->d_name, "README", 6) == 0)
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dirpath, de->d_name);
        kz_doc *d = NULL;
        kz_error err;
        assert_int_equal(kz_load_path(path, NULL, &d, &err), KZ_OK);
        kz_segment(d);
        check_invariants(d);
        kz_doc_free(d);
        n++;
    }
    closedir(dir);
    assert_true(n > 0);
}

static void invariants_on_test_texts(void **state)
{
    (void)state;
    invariants_over("tests/texts");
    invariants_over("corpus");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(qa_labels),
        cmocka_unit_test(dash_layout),
        cmocka_unit_test(bold_questions),
        cmocka_unit_test(html_strong_questions),
        cmocka_unit_test(article_without_exchange),
        cmocka_unit_test(empty_document),
        cmocka_unit_test(labels_without_speech),
        cmocka_unit_test(crlf_same_turns),
        cmocka_unit_test(invariants_on_test_texts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
