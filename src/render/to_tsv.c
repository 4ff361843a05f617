/* SPDX-License-Identifier: MIT */
/* Tab-separated values: a header row, then one row per record; \t \n \r \\ escaped. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "kzua/render.h"

struct state {
    int header;
    const char **cols; /* from the first record when the command gives none */
    size_t ncols;
};

static void tsv_begin(kz_sink *s, const kz_render_opts *o, void **st)
{
    (void)s;
    (void)o;
    *st = kz_xcalloc(1, sizeof(struct state));
}

static void tsv_rec(kz_sink *s, const kz_render_opts *o, void *vst, const kz_rec *r)
{
    struct state *st = vst;
    if (!st->header) {
        st->cols = kz_render_columns(o, r, &st->ncols);
        for (size_t i = 0; i < st->ncols; i++) {
            kz_sink_puts(s, i ? "\t" : "");
            kz_sink_puts(s, st->cols[i]);
        }
        kz_sink_puts(s, "\n");
        st->header = 1;
    }
    for (size_t i = 0; i < st->ncols; i++) {
        if (i)
            kz_sink_puts(s, "\t");
        if (strcmp(st->cols[i], "type") == 0) {
            kz_sink_puts(s, r->type);
            continue;
        }
        const kz_cell *c = kz_rec_get(r, st->cols[i]);
        if (c)
            kz_tsv_cell(s, c);
    }
    kz_sink_puts(s, "\n");
}

static void tsv_end(kz_sink *s, const kz_render_opts *o, void *vst)
{
    (void)s;
    (void)o;
    struct state *st = vst;
    free(st->cols);
    free(st);
}

const struct kz_renderer kz_renderer_tsv = {
    .name = "tsv",
    .summary = "tab-separated values with a header row",
    .begin = tsv_begin,
    .rec = tsv_rec,
    .end = tsv_end,
};
