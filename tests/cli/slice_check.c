/* SPDX-License-Identifier: MIT */
/*
 * slice_check DIR < records.jsonl: for every record with text, start and end
 * (turns, dates, figures, and entity spans flattened with jq) of `kzua extract
 * --format jsonl` (DIR/<doc> is the document's file), the bytes
 * [start, end) of the original file must begin with the turn's first
 * paragraph and end with its last one. That pins the offset map through
 * BOM, CRLF and UTF-8 repair. The file may hold markup the text lost
 * (`<sup>rd</sup>`, `**`, `\$`, `&amp;`), which the comparison steps over.
 * Exit 0 when every turn fits, 1 otherwise.
 */
#define _POSIX_C_SOURCE 200809L
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *s = malloc(cap);
    while (s && (k = fread(s + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap)
            s = realloc(s, cap *= 2);
    }
    fclose(f);
    *len = n;
    return s;
}

/* Length of a UTF-8 sequence from its first byte. */
static size_t u8len(unsigned char c)
{
    return c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
}

/*
 * Match @t (n bytes of clean text) at raw[j..end): equal bytes, or markup in
 * the raw text that the loader removes. Returns where the match ends in raw,
 * or (size_t)-1.
 */
static size_t match(const char *raw, size_t j, size_t end, const char *t, size_t n)
{
    size_t i = 0;
    while (i < n) {
        if (j >= end)
            return (size_t)-1;
        char c = raw[j];
        if (c == t[i]) {
            i++, j++;
        } else if (c == '\r' || c == '*' || c == '_' || c == '\\') {
            j++;
        } else if (c == '<') {
            while (j < end && raw[j] != '>')
                j++;
            j++;
        } else if (c == '&') {
            /* an entity stands for one character of the text */
            size_t k = j;
            while (k < end && k - j < 12 && raw[k] != ';')
                k++;
            if (k >= end || raw[k] != ';')
                return (size_t)-1;
            j = k + 1;
            i += u8len((unsigned char)t[i]);
        } else {
            return (size_t)-1;
        }
    }
    return j;
}

/* Does raw[start..end) end with @t, markup aside? Tries where its match could begin. */
static int ends_with(const char *raw, size_t start, size_t end, const char *t, size_t n)
{
    for (size_t slack = 0; slack <= 400; slack++) {
        if (n + slack > end - start)
            break;
        if (match(raw, end - n - slack, end, t, n) == end)
            return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: slice_check DIR < turns.jsonl\n");
        return 2;
    }
    char *cur_doc = NULL, *raw = NULL;
    size_t raw_len = 0, nturns = 0, bad = 0;
    /* records can be long: read each line into a growing buffer */
    char *buf = NULL;
    size_t cap = 0;
    for (;;) {
        size_t n = 0;
        int c;
        while ((c = getchar()) != EOF && c != '\n') {
            if (n + 1 >= cap)
                buf = realloc(buf, cap = cap ? cap * 2 : 4096);
            buf[n++] = (char)c;
        }
        if (n == 0 && c == EOF)
            break;
        if (n == 0)
            continue;
        buf[n] = '\0';
        json_error_t je;
        json_t *o = json_loads(buf, 0, &je);
        if (!o) {
            printf("not JSON: %s\n", je.text);
            bad++;
            continue;
        }
        /* any record with a text and its span: turns, dates, figures, entity spans */
        if (!json_is_string(json_object_get(o, "text")) ||
            !json_is_integer(json_object_get(o, "start"))) {
            json_decref(o);
            continue;
        }
        const char *doc = json_string_value(json_object_get(o, "doc"));
        const char *text = json_string_value(json_object_get(o, "text"));
        json_int_t start = json_integer_value(json_object_get(o, "start"));
        json_int_t end = json_integer_value(json_object_get(o, "end"));
        json_int_t tn = json_integer_value(json_object_get(o, "n"));
        nturns++;
        if (!doc || !text) {
            printf("turn record without doc or text\n");
            bad++;
            json_decref(o);
            continue;
        }
        if (!cur_doc || strcmp(cur_doc, doc) != 0) {
            free(cur_doc);
            free(raw);
            cur_doc = strdup(doc);
            char path[4096];
            snprintf(path, sizeof path, "%s/%s", argv[1], doc);
            raw = slurp(path, &raw_len);
            if (!raw) {
                printf("%s: cannot read\n", path);
                bad++;
            }
        }
        if (!raw) {
            json_decref(o);
            continue;
        }
        size_t tl = strlen(text);
        const char *p1 = strstr(text, "\n");
        size_t first = p1 ? (size_t)(p1 - text) : tl;
        const char *pl = text + tl;
        while (pl > text && pl[-1] != '\n')
            pl--;
        size_t last = (size_t)(text + tl - pl);
        if (start < 0 || end < start || (size_t)end > raw_len) {
            printf("%s turn %lld: span [%lld, %lld) outside the file (%zu bytes)\n", doc,
                   (long long)tn, (long long)start, (long long)end, raw_len);
            bad++;
        } else if (match(raw, (size_t)start, (size_t)end, text, first) == (size_t)-1) {
            printf("%s turn %lld: the slice [%lld, %lld) does not begin with the turn's first "
                   "paragraph; the file has '%.40s...', the turn '%.40s...'\n",
                   doc, (long long)tn, (long long)start, (long long)end, raw + start, text);
            bad++;
        } else if (!ends_with(raw, (size_t)start, (size_t)end, pl, last)) {
            size_t show = last < 40 ? last : 40;
            printf("%s turn %lld: the bytes before %lld are '...%.*s', the turn ends '...%s'\n",
                   doc, (long long)tn, (long long)end, (int)show, raw + end - show,
                   pl + last - show);
            bad++;
        }
        json_decref(o);
    }
    free(buf);
    free(cur_doc);
    free(raw);
    printf("%zu turns checked, %zu bad\n", nturns, bad);
    return bad || nturns == 0 ? 1 : 0;
}
