/* SPDX-License-Identifier: MIT */
/*
 * Renderers and escaping: hand-built records into a memory sink, compared
 * byte for byte (JSON escaping of control characters and non-ASCII, TSV
 * escaping, the table layout).
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>

#include "kz_test.h"

#include "kzua/render.h"

/* Escape @s (n bytes) with kz_json_string and compare with @want. */
static void json_is(const char *s, size_t n, const char *want)
{
    kz_sink k;
    kz_sink_init_mem(&k);
    kz_json_string(&k, s, n);
    assert_non_null(k.mem);
    assert_string_equal(k.mem, want);
    assert_int_equal(kz_sink_close(&k), 0);
}
#define JSON_IS(lit, want) json_is(lit, sizeof(lit) - 1, want)

static void json_escapes_control_characters(void **state)
{
    (void)state;
    JSON_IS("plain", "\"plain\"");
    JSON_IS("", "\"\"");
    JSON_IS("a\"b\\c/d", "\"a\\\"b\\\\c/d\"");
    JSON_IS("t\tn\nr\r", "\"t\\tn\\nr\\r\"");
    JSON_IS("\x01\x08\x0c\x1f\x7f", "\"\\u0001\\u0008\\u000c\\u001f\\u007f\"");
    JSON_IS("nul\0in", "\"nul\\u0000in\"");
}

static void json_keeps_non_ascii(void **state)
{
    (void)state;
    /* é, ’, —, Ж, U+00A0, an emoji: valid UTF-8 goes out as it is */
    JSON_IS("caf\xC3\xA9", "\"caf\xC3\xA9\"");
    JSON_IS("Ukraine\xE2\x80\x99s \xE2\x80\x94 \xD0\x96",
            "\"Ukraine\xE2\x80\x99s \xE2\x80\x94 \xD0\x96\"");
    JSON_IS("50\xC2\xA0km", "\"50\xC2\xA0km\"");
    JSON_IS("\xF0\x9F\x98\x80", "\"\xF0\x9F\x98\x80\"");
    JSON_IS("\xEF\xBF\xBD", "\"\xEF\xBF\xBD\"");
}

static void json_replaces_invalid_utf8(void **state)
{
    (void)state;
    /* never invalid UTF-8 in the output, whatever reached the renderer */
    JSON_IS("a\xFF"
            "b",
            "\"a\\ufffdb\"");
    JSON_IS("\xC3", "\"\\ufffd\"");
    JSON_IS("\xED\xA0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
    JSON_IS("x\xE2\x80", "\"x\\ufffd\\ufffd\"");
}

static void tsv_escapes(void **state)
{
    (void)state;
    kz_sink k;
    kz_sink_init_mem(&k);
    static const char in[] = "a\tb\nc\rd\\e \xE2\x80\x99 f";
    kz_tsv_string(&k, in, sizeof in - 1);
    assert_string_equal(k.mem, "a\\tb\\nc\\rd\\\\e \xE2\x80\x99 f");
    kz_sink_close(&k);
}

/* A record with a cell of every kind. */
static void sample(kz_rec *r, const char *const *list)
{
    kz_rec_init(r, "figure");
    kz_rec_str(r, "doc", "a.txt");
    kz_rec_strn(r, "text", "over 530 tonnes\tand more", 15);
    kz_rec_num(r, "value", "530");
    kz_rec_int(r, "turn", 3);
    kz_rec_bool(r, "official", 1);
    kz_rec_null(r, "qualifier");
    kz_rec_str(r, "nothing", NULL);
    kz_rec_list(r, "forms", list, 2);
    kz_rec_json(r, "spans", "[{\"start\": 1}]");
}

/* Run @name over @recs into memory; returns the bytes (caller frees). */
static char *render(const char *name, const kz_render_opts *o, const kz_rec *recs, size_t n)
{
    const struct kz_renderer *rd = kz_renderer_find(name);
    assert_non_null(rd);
    kz_sink k;
    kz_sink_init_mem(&k);
    void *st = NULL;
    if (rd->begin)
        rd->begin(&k, o, &st);
    for (size_t i = 0; i < n; i++)
        rd->rec(&k, o, st, &recs[i]);
    if (rd->end)
        rd->end(&k, o, st);
    char *out = kz_xstrdup(k.mem ? k.mem : "");
    kz_sink_close(&k);
    return out;
}

static void jsonl_record(void **state)
{
    (void)state;
    static const char *const list[] = {"530 t", "\"x\""};
    kz_rec r;
    sample(&r, list);
    kz_render_opts o = {0};
    char *out = render("jsonl", &o, &r, 1);
    assert_string_equal(out,
                        "{\"type\": \"figure\", \"doc\": \"a.txt\", \"text\": \"over 530 tonnes\", "
                        "\"value\": 530, \"turn\": 3, \"official\": true, \"qualifier\": null, "
                        "\"nothing\": null, \"forms\": [\"530 t\", \"\\\"x\\\"\"], "
                        "\"spans\": [{\"start\": 1}]}\n");
    free(out);
    assert_non_null(kz_rec_get(&r, "value"));
    assert_null(kz_rec_get(&r, "no-such-field"));
}

static void json_array_output(void **state)
{
    (void)state;
    kz_rec r[2];
    kz_rec_init(&r[0], "stats");
    kz_rec_int(&r[0], "n", 1);
    kz_rec_init(&r[1], "stats");
    kz_rec_int(&r[1], "n", 2);
    kz_render_opts o = {0};
    char *out = render("json", &o, r, 2);
    assert_string_equal(
        out, "[\n {\"type\": \"stats\", \"n\": 1},\n {\"type\": \"stats\", \"n\": 2}\n]\n");
    free(out);
    out = render("json", &o, r, 0);
    assert_string_equal(out, "[]\n");
    free(out);
}

/* extract's nested JSON: a document with its turns and facts must still be valid JSON
 * with unique keys (RFC 8259: names SHOULD be unique; parsers differ on duplicates). */
static void json_nested_unique_keys(void **state)
{
    (void)state;
    kz_rec r[4];
    kz_rec_init(&r[0], "document");
    kz_rec_str(&r[0], "doc", "a.txt");
    kz_rec_int(&r[0], "turns", 1);
    kz_rec_int(&r[0], "dates", 1);
    kz_rec_init(&r[1], "turn");
    kz_rec_str(&r[1], "doc", "a.txt");
    kz_rec_int(&r[1], "n", 1);
    kz_rec_init(&r[2], "date");
    kz_rec_str(&r[2], "doc", "a.txt");
    kz_rec_str(&r[2], "value", "2024");
    kz_rec_init(&r[3], "document");
    kz_rec_str(&r[3], "doc", "b.txt");
    kz_rec_int(&r[3], "turns", 0);
    kz_render_opts o = {.nested = 1};
    char *out = render("json", &o, r, 4);
    json_error_t je;
    json_t *v = json_loads(out, JSON_REJECT_DUPLICATES, &je);
    if (!v)
        fail_msg("nested JSON does not parse with unique keys: %s\n%s", je.text, out);
    assert_true(json_is_array(v));
    assert_int_equal(json_array_size(v), 2);
    json_t *d0 = json_array_get(v, 0);
    assert_string_equal(json_string_value(json_object_get(d0, "doc")), "a.txt");
    json_decref(v);
    free(out);
}

static void tsv_rows(void **state)
{
    (void)state;
    static const char *const list[] = {"a|b", "c\td"};
    kz_rec r;
    sample(&r, list);
    kz_render_opts o = {0};
    char *out = render("tsv", &o, &r, 1);
    assert_string_equal(out, "type\tdoc\ttext\tvalue\tturn\tofficial\tqualifier\tnothing\tforms\t"
                             "spans\nfigure\ta.txt\tover 530 tonnes\t530\t3\ttrue\t\t\ta|b|c\\td\t"
                             "[{\"start\": 1}]\n");
    free(out);
    /* a command's column order; a missing field is an empty cell */
    static const char *const cols[] = {"doc", "type", "missing", "value", NULL};
    o.columns = cols;
    out = render("tsv", &o, &r, 1);
    assert_string_equal(out, "doc\ttype\tmissing\tvalue\na.txt\tfigure\t\t530\n");
    free(out);
}

static void table_layout(void **state)
{
    (void)state;
    kz_rec r[2];
    kz_rec_init(&r[0], "turn");
    kz_rec_str(&r[0], "speaker", "Q");
    kz_rec_str(&r[0], "text", "Short\nline");
    kz_rec_init(&r[1], "turn");
    kz_rec_str(&r[1], "speaker", "Dmytro Kuleba");
    kz_rec_str(&r[1], "text", "Caf\xC3\xA9 \xE2\x80\x94 a rather long answer");
    kz_render_opts o = {.width = 12};
    char *out = render("table", &o, r, 2);
    /* columns padded to the widest cell (in characters, at most o.width) plus two spaces;
     * longer cells cut with …; line breaks in a cell become spaces */
    assert_string_equal(
        out, "type  speaker       text\n"
             "turn  Q             Short line\n"
             "turn  Dmytro Kule\xE2\x80\xA6  Caf\xC3\xA9 \xE2\x80\x94 a ra\xE2\x80\xA6\n");
    free(out);
}

static void renderer_registry(void **state)
{
    (void)state;
    assert_string_equal(kz_renderer_names(), "json, jsonl, table, tsv");
    assert_null(kz_renderer_find("tei-nosuch"));
    for (const char *n = kz_renderer_names(); *n;) {
        size_t l = strcspn(n, ",");
        char *name = kz_xstrndup(n, l);
        const struct kz_renderer *r = kz_renderer_find(name);
        assert_non_null(r);
        assert_string_equal(r->name, name);
        assert_non_null(r->summary);
        assert_non_null(r->rec);
        free(name);
        n += l;
        while (*n == ',' || *n == ' ')
            n++;
    }
}

static void file_sink_reports_write_errors(void **state)
{
    (void)state;
    FILE *f = fopen("/dev/full", "w");
    if (!f)
        skip();
    kz_sink k;
    kz_sink_init_file(&k, f);
    for (int i = 0; i < 10000; i++)
        kz_sink_puts(&k, "some bytes that cannot be written\n");
    assert_int_equal(kz_sink_close(&k), ENOSPC);
    fclose(f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(json_escapes_control_characters),
        cmocka_unit_test(json_keeps_non_ascii),
        cmocka_unit_test(json_replaces_invalid_utf8),
        cmocka_unit_test(tsv_escapes),
        cmocka_unit_test(jsonl_record),
        cmocka_unit_test(json_array_output),
        cmocka_unit_test(json_nested_unique_keys),
        cmocka_unit_test(tsv_rows),
        cmocka_unit_test(table_layout),
        cmocka_unit_test(renderer_registry),
        cmocka_unit_test(file_sink_reports_write_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
