/* SPDX-License-Identifier: MIT */
/*
 * spec_runner FILE.spec...: runs the examples of an extractor's spec file
 * through the whole pipeline (load, segment, the one extractor the file is
 * named after) and compares the facts with the expected lines.
 *
 * A spec file is a list of examples:
 *
 *     ### title
 *     <<<
 *     @date 2024-05-18            (optional: the document's date)
 *     text, one or more lines
 *     >>>
 *     date<TAB>2024-05-18<TAB>18 May 2024
 *
 * The file's name picks the extractor (dates.spec runs "dates") and so the
 * fact type that is compared. Dates and figures are compared line by line in
 * text order; persons and places as (id, official-or-kind) in order of first
 * mention. Every difference is printed as `FILE:LINE: expected ... got ...`
 * with LINE the expected line (or, for an unexpected fact, where it would
 * go), so an editor can jump to it. Exit status: 0 all pass, 1 any failure,
 * 2 a malformed spec file or a missing extractor.
 *
 * A fresh pipeline per example keeps the examples independent: extractor
 * states may remember documents of the same run.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "extract/extract.h"
#include "kzua/pipeline.h"

/* One expected or produced line. */
struct line {
    char *s;
    unsigned no; /* line of the spec file; 0 for produced lines */
};

struct lines {
    struct line *v;
    size_t n, cap;
};

static void lines_add(struct lines *l, const char *s, size_t n, unsigned no)
{
    KZ_GROW(l->v, l->cap, l->n + 1);
    l->v[l->n].s = kz_xstrndup(s, n);
    l->v[l->n].no = no;
    l->n++;
}

static void lines_clear(struct lines *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].s);
    l->n = 0;
}

struct example {
    char *title;
    unsigned title_line, close_line; /* "###" line and ">>>" line */
    char date[32];
    kz_buf text;
    struct lines expect;
};

static const char *or_null(const char *s)
{
    return s ? s : "null";
}

/* Lines for the facts of @type, in text order (facts may be added out of order). */
static int cmp_fact(const void *a, const void *b)
{
    const kz_fact *x = *(const kz_fact *const *)a, *y = *(const kz_fact *const *)b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

static size_t first_mention(const kz_entity *e)
{
    size_t m = (size_t)-1;
    for (size_t i = 0; i < e->nmentions; i++)
        if (e->mentions[i].start < m)
            m = e->mentions[i].start;
    return m;
}

static int cmp_entity(const void *a, const void *b)
{
    const kz_entity *x = *(const kz_entity *const *)a, *y = *(const kz_entity *const *)b;
    size_t fx = first_mention(x), fy = first_mention(y);
    if (fx != fy)
        return fx < fy ? -1 : 1;
    return strcmp(x->id, y->id);
}

static void produced(const kz_doc *d, unsigned type, struct lines *out)
{
    kz_buf b = KZ_BUF_INIT;
    if (type == KZ_FACT_PERSON || type == KZ_FACT_PLACE) {
        const kz_entity **v = kz_xcalloc(d->nentities + 1, sizeof *v);
        size_t n = 0;
        for (size_t i = 0; i < d->nentities; i++)
            if (d->entities[i].type == type)
                v[n++] = &d->entities[i];
        qsort(v, n, sizeof *v, cmp_entity);
        for (size_t i = 0; i < n; i++) {
            kz_buf_clear(&b);
            if (type == KZ_FACT_PERSON)
                kz_buf_printf(&b, "person\t%s\t%s", v[i]->id, v[i]->official ? "true" : "false");
            else
                kz_buf_printf(&b, "place\t%s\t%s", v[i]->id, or_null(v[i]->kind));
            lines_add(out, b.ptr, b.len, 0);
        }
        free(v);
    } else {
        const kz_fact **v = kz_xcalloc(d->nfacts + 1, sizeof *v);
        size_t n = 0;
        for (size_t i = 0; i < d->nfacts; i++)
            if (d->facts[i].type == type)
                v[n++] = &d->facts[i];
        qsort(v, n, sizeof *v, cmp_fact);
        for (size_t i = 0; i < n; i++) {
            const kz_fact *f = v[i];
            int sl = (int)(f->end - f->start);
            const char *surface = d->text + f->start;
            kz_buf_clear(&b);
            if (type == KZ_FACT_DATE) {
                kz_buf_printf(&b, "date\t%s\t%.*s", or_null(f->value), sl, surface);
                if (f->mod)
                    kz_buf_printf(&b, "\t%s", f->mod);
            } else if (type == KZ_FACT_FIGURE) {
                kz_buf_printf(&b, "figure\t%s\t%s\t%s\t%s\t%.*s", or_null(f->number),
                              or_null(f->unit), or_null(f->fclass), or_null(f->qualifier), sl,
                              surface);
            } else {
                kz_buf_printf(&b, "%s\t%.*s", kz_fact_type_name(type), sl, surface);
            }
            lines_add(out, b.ptr, b.len, 0);
        }
        free(v);
    }
    kz_buf_release(&b);
}

/*
 * Report the differences of @exp and @got as a shortest edit script (LCS),
 * pairing a missing line with an unexpected one as "expected X got Y".
 */
static void report(const char *file, const struct example *ex, const struct lines *exp,
                   const struct lines *got)
{
    size_t n = exp->n, m = got->n;
    unsigned *t = kz_xcalloc((n + 1) * (m + 1), sizeof *t);
#define T(i, j) t[(i) * (m + 1) + (j)]
    for (size_t i = n; i-- > 0;)
        for (size_t j = m; j-- > 0;)
            T(i, j) = strcmp(exp->v[i].s, got->v[j].s) == 0
                          ? T(i + 1, j + 1) + 1
                          : (T(i + 1, j) > T(i, j + 1) ? T(i + 1, j) : T(i, j + 1));
    printf("%s:%u: example \"%s\" fails\n", file, ex->title_line, ex->title);
    size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && strcmp(exp->v[i].s, got->v[j].s) == 0) {
            i++, j++;
            continue;
        }
        /* a run of changes up to the next common line: missing ones, then extra ones */
        size_t i0 = i, j0 = j;
        while (i < n || j < m) {
            if (i < n && j < m && strcmp(exp->v[i].s, got->v[j].s) == 0)
                break;
            if (i < n && (j == m || T(i + 1, j) >= T(i, j + 1)))
                i++;
            else
                j++;
        }
        size_t nd = i - i0, ni = j - j0, k;
        for (k = 0; k < nd || k < ni; k++) {
            unsigned at = k < nd ? exp->v[i0 + k].no : 0;
            if (k < nd && k < ni)
                printf("%s:%u: expected '%s' got '%s'\n", file, at, exp->v[i0 + k].s,
                       got->v[j0 + k].s);
            else if (k < nd)
                printf("%s:%u: expected '%s' got nothing\n", file, at, exp->v[i0 + k].s);
            else
                printf("%s:%u: expected nothing got '%s'\n", file,
                       i < n ? exp->v[i].no
                       : n   ? exp->v[n - 1].no + 1
                             : ex->close_line + 1,
                       got->v[j0 + k].s);
        }
    }
#undef T
    free(t);
}

static int run_example(const char *file, const struct example *ex, const char *extractor,
                       unsigned type)
{
    kz_load_opts lo = {.doc_date = ex->date[0] ? ex->date : NULL};
    kz_pipeline *p = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    if (kz_pipeline_new(&p, &lo, extractor, &err) != KZ_OK) {
        printf("%s:%u: cannot start the pipeline: %s\n", file, ex->title_line, err.msg);
        return 0;
    }
    kz_doc *doc = NULL;
    const char *text = kz_buf_cstr(&ex->text);
    if (kz_pipeline_run_bytes(p, "example.txt", text, ex->text.len, &doc, &err) != KZ_OK) {
        printf("%s:%u: the pipeline failed: %s\n", file, ex->title_line, err.msg);
        kz_pipeline_free(p);
        return 0;
    }
    struct lines got = {0};
    produced(doc, type, &got);
    int ok = got.n == ex->expect.n;
    for (size_t i = 0; ok && i < got.n; i++)
        ok = strcmp(got.v[i].s, ex->expect.v[i].s) == 0;
    if (!ok)
        report(file, ex, &ex->expect, &got);
    lines_clear(&got);
    free(got.v);
    kz_doc_free(doc);
    kz_pipeline_free(p);
    return ok;
}

/* The extractor a spec file is about: its base name without ".spec". */
static char *extractor_of(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    if (n > 5 && strcmp(base + n - 5, ".spec") == 0)
        n -= 5;
    return kz_xstrndup(base, n);
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    kz_buf b = KZ_BUF_INIT;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        kz_buf_put(&b, chunk, n);
    fclose(f);
    kz_buf_putc(&b, '\0');
    *len = b.len - 1;
    return kz_buf_detach(&b);
}

enum { OUTSIDE, TITLE, TEXT, EXPECT };

/* Returns 0 all passed, 1 a failure, 2 a malformed file or unknown extractor. */
static int run_file(const char *path, size_t *npass, size_t *nfail)
{
    char *name = extractor_of(path);
    const struct kz_extractor *x = kz_extractor_find(name);
    if (!x) {
        printf("%s:1: no extractor named '%s' (the file's name picks it)\n", path, name);
        free(name);
        return 2;
    }
    size_t len;
    char *s = read_file(path, &len);
    if (!s) {
        printf("%s: cannot read\n", path);
        free(name);
        return 2;
    }
    int bad = 0, state = OUTSIDE;
    struct example ex;
    memset(&ex, 0, sizeof ex);
    unsigned no = 0;
    for (size_t i = 0; i <= len && !bad;) {
        size_t j = i;
        while (j < len && s[j] != '\n')
            j++;
        const char *l = s + i;
        size_t ll = j - i;
        int eof = i >= len;
        no++;
        i = j + 1;
        if (eof || (ll >= 3 && strncmp(l, "###", 3) == 0)) {
            if (state == TEXT || state == TITLE) {
                printf("%s:%u: example \"%s\" has no '>>>' line\n", path, ex.title_line, ex.title);
                bad = 1;
                break;
            }
            if (state == EXPECT) {
                if (run_example(path, &ex, name, x->type))
                    (*npass)++;
                else
                    (*nfail)++;
            }
            free(ex.title);
            kz_buf_release(&ex.text);
            lines_clear(&ex.expect);
            free(ex.expect.v);
            memset(&ex, 0, sizeof ex);
            if (eof)
                break;
            const char *t = l + 3;
            while (t < l + ll && *t == ' ')
                t++;
            ex.title = kz_xstrndup(t, (size_t)(l + ll - t));
            ex.title_line = no;
            state = TITLE;
            continue;
        }
        switch (state) {
        case OUTSIDE:
            if (ll) {
                printf("%s:%u: text outside an example (start one with '###')\n", path, no);
                bad = 1;
            }
            break;
        case TITLE:
            if (ll == 3 && strncmp(l, "<<<", 3) == 0)
                state = TEXT;
            else if (ll) {
                printf("%s:%u: expected '<<<' after the title\n", path, no);
                bad = 1;
            }
            break;
        case TEXT:
            if (ll == 3 && strncmp(l, ">>>", 3) == 0) {
                ex.close_line = no;
                state = EXPECT;
            } else if (ex.text.len == 0 && ll > 6 && strncmp(l, "@date ", 6) == 0 && !ex.date[0]) {
                snprintf(ex.date, sizeof ex.date, "%.*s", (int)(ll - 6), l + 6);
            } else {
                kz_buf_put(&ex.text, l, ll);
                kz_buf_putc(&ex.text, '\n');
            }
            break;
        case EXPECT:
            if (ll)
                lines_add(&ex.expect, l, ll, no);
            break;
        }
    }
    free(ex.title);
    kz_buf_release(&ex.text);
    lines_clear(&ex.expect);
    free(ex.expect.v);
    free(s);
    free(name);
    if (bad)
        return 2;
    return *nfail ? 1 : 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: spec_runner FILE.spec...\n");
        return 2;
    }
    int worst = 0;
    for (int i = 1; i < argc; i++) {
        size_t pass = 0, fail = 0;
        int st = run_file(argv[i], &pass, &fail);
        printf("%s: %zu examples, %zu passed, %zu failed\n", argv[i], pass + fail, pass, fail);
        if (st > worst)
            worst = st;
    }
    return worst;
}
