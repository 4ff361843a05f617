/* SPDX-License-Identifier: MIT */
/*
 * slice_check DIR < turns.jsonl: for every turn record of `kzua extract
 * --format jsonl` (DIR/<doc> is the document's file), the bytes
 * [start, end) of the original file must begin with the turn's first
 * paragraph and end with its last one. That pins the offset map through
 * BOM, CRLF and UTF-8 repair. Exit 0 when every turn fits, 1 otherwise.
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
        const char *type = json_string_value(json_object_get(o, "type"));
        if (!type || strcmp(type, "turn") != 0) {
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
        } else if ((size_t)(end - start) < first ||
                   memcmp(raw + start, text, first) != 0) {
            printf("%s turn %lld: the bytes at %lld are '%.40s...', the turn starts '%.40s...'\n",
                   doc, (long long)tn, (long long)start, raw + start, text);
            bad++;
        } else if ((size_t)(end - start) < last || memcmp(raw + end - last, pl, last) != 0) {
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
