/* SPDX-License-Identifier: MIT */
/*
 * A table for people: aligned columns, long text cut with "…". Rows are
 * kept until the end because the widths depend on all of them.
 */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "base/kz_utf8.h"
#include "kzua/render.h"

struct state {
    const char **cols;
    size_t ncols;
    char **cells; /* rows * ncols, owned */
    size_t rows, cap;
};

static size_t width(const char *s)
{
    size_t w = 0, i = 0, n = strlen(s);
    while (i < n) {
        kz_utf8_next(s, n, &i);
        w++;
    }
    return w;
}

/* The prefix of s that is at most w code points wide. */
static size_t prefix(const char *s, size_t w)
{
    size_t i = 0, n = strlen(s), k = 0;
    while (i < n && k < w) {
        kz_utf8_next(s, n, &i);
        k++;
    }
    return i;
}

static void table_begin(kz_sink *s, const kz_render_opts *o, void **st)
{
    (void)s;
    (void)o;
    *st = kz_xcalloc(1, sizeof(struct state));
}

static void table_rec(kz_sink *s, const kz_render_opts *o, void *vst, const kz_rec *r)
{
    (void)s;
    struct state *st = vst;
    if (!st->cols)
        st->cols = kz_render_columns(o, r, &st->ncols);
    KZ_GROW(st->cells, st->cap, (st->rows + 1) * st->ncols);
    for (size_t i = 0; i < st->ncols; i++) {
        kz_sink m;
        kz_sink_init_mem(&m);
        if (strcmp(st->cols[i], "type") == 0) {
            kz_sink_puts(&m, r->type);
        } else {
            const kz_cell *c = kz_rec_get(r, st->cols[i]);
            if (c && c->type == KZ_CELL_LIST) {
                for (long long k = 0; k < c->i; k++) {
                    kz_sink_puts(&m, k ? ", " : "");
                    kz_sink_puts(&m, c->list[k]);
                }
            } else if (c && c->type == KZ_CELL_STR) {
                /* line breaks would break the table */
                for (size_t k = 0; k < c->len; k++)
                    kz_sink_put(&m, c->s[k] == '\n' || c->s[k] == '\t' ? " " : c->s + k, 1);
            } else if (c && c->type != KZ_CELL_NULL) {
                kz_tsv_cell(&m, c);
            } else {
                kz_sink_puts(&m, "-");
            }
        }
        st->cells[st->rows * st->ncols + i] = kz_xstrdup(m.mem ? m.mem : "");
        kz_sink_close(&m);
    }
    st->rows++;
}

static void table_end(kz_sink *s, const kz_render_opts *o, void *vst)
{
    struct state *st = vst;
    size_t maxw = o->width > 0 ? (size_t)o->width : 60;
    if (st->rows == 0) {
        free(st->cols);
        free(st);
        return;
    }
    size_t *w = kz_xcalloc(st->ncols, sizeof *w);
    for (size_t i = 0; i < st->ncols; i++) {
        w[i] = width(st->cols[i]);
        for (size_t r = 0; r < st->rows; r++) {
            size_t cw = width(st->cells[r * st->ncols + i]);
            if (cw > w[i])
                w[i] = cw;
        }
        if (w[i] > maxw)
            w[i] = maxw;
    }
    for (size_t r = 0; r <= st->rows; r++) {
        for (size_t i = 0; i < st->ncols; i++) {
            const char *c = r == 0 ? st->cols[i] : st->cells[(r - 1) * st->ncols + i];
            size_t cw = width(c);
            int last = i + 1 == st->ncols;
            if (cw > w[i]) {
                kz_sink_put(s, c, prefix(c, w[i] - 1));
                kz_sink_puts(s, "…");
                cw = w[i];
            } else {
                kz_sink_puts(s, c);
            }
            if (!last)
                for (size_t k = cw; k < w[i] + 2; k++)
                    kz_sink_puts(s, " ");
        }
        kz_sink_puts(s, "\n");
    }
    for (size_t k = 0; k < st->rows * st->ncols; k++)
        free(st->cells[k]);
    free(st->cells);
    free(st->cols);
    free(w);
    free(st);
}

const struct kz_renderer kz_renderer_table = {
    .name = "table",
    .summary = "aligned columns for reading in a terminal",
    .begin = table_begin,
    .rec = table_rec,
    .end = table_end,
};
