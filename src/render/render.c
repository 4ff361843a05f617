/* SPDX-License-Identifier: MIT */
/* Sinks, records, escaping and the renderer registry. */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "base/kz_utf8.h"
#include "kzua/render.h"

#define KZ_RENDERER(n) extern const struct kz_renderer kz_renderer_##n;
#include "to_list.inc"
#undef KZ_RENDERER

static const struct kz_renderer *const renderers[] = {
#define KZ_RENDERER(n) &kz_renderer_##n,
#include "to_list.inc"
#undef KZ_RENDERER
    NULL};

const struct kz_renderer *kz_renderer_find(const char *name)
{
    for (size_t i = 0; renderers[i]; i++)
        if (strcmp(renderers[i]->name, name) == 0)
            return renderers[i];
    return NULL;
}

const char *kz_renderer_names(void)
{
    static char buf[256];
    if (!buf[0]) {
        size_t o = 0;
        for (size_t i = 0; renderers[i]; i++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "",
                                  renderers[i]->name);
    }
    return buf;
}

void kz_sink_init_file(kz_sink *s, FILE *f)
{
    memset(s, 0, sizeof *s);
    s->f = f;
}

void kz_sink_init_mem(kz_sink *s)
{
    memset(s, 0, sizeof *s);
}

void kz_sink_put(kz_sink *s, const char *p, size_t n)
{
    if (!n)
        return;
    if (s->f) {
        if (!s->err && fwrite(p, 1, n, s->f) != n)
            s->err = errno ? errno : EIO;
        return;
    }
    KZ_GROW(s->mem, s->cap, s->len + n + 1);
    memcpy(s->mem + s->len, p, n);
    s->len += n;
    s->mem[s->len] = '\0';
}

void kz_sink_puts(kz_sink *s, const char *p)
{
    kz_sink_put(s, p, strlen(p));
}

void kz_sink_printf(kz_sink *s, const char *fmt, ...)
{
    kz_buf b = KZ_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    kz_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    kz_sink_put(s, kz_buf_cstr(&b), b.len);
    kz_buf_release(&b);
}

int kz_sink_close(kz_sink *s)
{
    if (s->f && !s->err && fflush(s->f) != 0)
        s->err = errno ? errno : EIO;
    free(s->mem);
    s->mem = NULL;
    s->len = s->cap = 0;
    return s->err;
}

void kz_rec_init(kz_rec *r, const char *type)
{
    r->type = type;
    r->n = 0;
}

static kz_cell *add(kz_rec *r, const char *name)
{
    if (r->n >= KZ_REC_MAX)
        abort(); /* a query adds a fixed set of fields; more is a programming error */
    r->name[r->n] = name;
    kz_cell *c = &r->cell[r->n++];
    memset(c, 0, sizeof *c);
    return c;
}

void kz_rec_str(kz_rec *r, const char *name, const char *s)
{
    kz_cell *c = add(r, name);
    if (s) {
        c->type = KZ_CELL_STR;
        c->s = s;
        c->len = strlen(s);
    }
}

void kz_rec_strn(kz_rec *r, const char *name, const char *s, size_t n)
{
    kz_cell *c = add(r, name);
    c->type = KZ_CELL_STR;
    c->s = s;
    c->len = n;
}

void kz_rec_num(kz_rec *r, const char *name, const char *decimal)
{
    kz_cell *c = add(r, name);
    if (decimal) {
        c->type = KZ_CELL_NUM;
        c->s = decimal;
        c->len = strlen(decimal);
    }
}

void kz_rec_int(kz_rec *r, const char *name, long long v)
{
    kz_cell *c = add(r, name);
    c->type = KZ_CELL_INT;
    c->i = v;
}

void kz_rec_bool(kz_rec *r, const char *name, int v)
{
    kz_cell *c = add(r, name);
    c->type = KZ_CELL_BOOL;
    c->i = v != 0;
}

void kz_rec_null(kz_rec *r, const char *name)
{
    add(r, name);
}

void kz_rec_list(kz_rec *r, const char *name, const char *const *list, size_t n)
{
    kz_cell *c = add(r, name);
    c->type = KZ_CELL_LIST;
    c->list = list;
    c->i = (long long)n;
}

void kz_rec_json(kz_rec *r, const char *name, const char *json)
{
    kz_cell *c = add(r, name);
    if (json) {
        c->type = KZ_CELL_JSON;
        c->s = json;
        c->len = strlen(json);
    }
}

const kz_cell *kz_rec_get(const kz_rec *r, const char *name)
{
    if (strcmp(name, "type") == 0)
        return NULL;
    for (size_t i = 0; i < r->n; i++)
        if (strcmp(r->name[i], name) == 0)
            return &r->cell[i];
    return NULL;
}

void kz_json_string(kz_sink *s, const char *p, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    kz_sink_put(s, "\"", 1);
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        const char *esc = NULL;
        char u[7];
        if (c == '"')
            esc = "\\\"";
        else if (c == '\\')
            esc = "\\\\";
        else if (c == '\n')
            esc = "\\n";
        else if (c == '\t')
            esc = "\\t";
        else if (c == '\r')
            esc = "\\r";
        else if (c < 0x20 || c == 0x7F) {
            u[0] = '\\', u[1] = 'u', u[2] = '0', u[3] = '0', u[4] = hex[c >> 4], u[5] = hex[c & 15];
            u[6] = '\0';
            esc = u;
        } else if (c >= 0x80) {
            size_t w = kz_utf8_valid_at(p, n, i);
            if (w == 0) {
                esc = "\\ufffd"; /* never emit invalid UTF-8, whatever reached us */
            } else {
                run += w;
                i += w - 1;
                continue;
            }
        }
        if (esc) {
            kz_sink_put(s, p + i - run, run);
            run = 0;
            kz_sink_puts(s, esc);
            continue;
        }
        run++;
    }
    kz_sink_put(s, p + n - run, run);
    kz_sink_put(s, "\"", 1);
}

void kz_json_cell(kz_sink *s, const kz_cell *c)
{
    switch (c->type) {
    case KZ_CELL_NULL: kz_sink_puts(s, "null"); break;
    case KZ_CELL_STR: kz_json_string(s, c->s, c->len); break;
    case KZ_CELL_NUM: kz_sink_put(s, c->s, c->len); break;
    case KZ_CELL_INT: kz_sink_printf(s, "%lld", c->i); break;
    case KZ_CELL_BOOL: kz_sink_puts(s, c->i ? "true" : "false"); break;
    case KZ_CELL_JSON: kz_sink_put(s, c->s, c->len); break;
    case KZ_CELL_LIST:
        kz_sink_puts(s, "[");
        for (long long k = 0; k < c->i; k++) {
            if (k)
                kz_sink_puts(s, ", ");
            kz_json_string(s, c->list[k], strlen(c->list[k]));
        }
        kz_sink_puts(s, "]");
        break;
    }
}

void kz_tsv_string(kz_sink *s, const char *p, size_t n)
{
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        const char *esc = NULL;
        switch (p[i]) {
        case '\t': esc = "\\t"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\\': esc = "\\\\"; break;
        }
        if (esc) {
            kz_sink_put(s, p + i - run, run);
            run = 0;
            kz_sink_puts(s, esc);
            continue;
        }
        run++;
    }
    kz_sink_put(s, p + n - run, run);
}

void kz_json_object(kz_sink *s, const kz_rec *r)
{
    kz_sink_puts(s, "{\"type\": ");
    kz_json_string(s, r->type, strlen(r->type));
    for (size_t i = 0; i < r->n; i++) {
        kz_sink_puts(s, ", ");
        kz_json_string(s, r->name[i], strlen(r->name[i]));
        kz_sink_puts(s, ": ");
        kz_json_cell(s, &r->cell[i]);
    }
    kz_sink_puts(s, "}");
}

void kz_tsv_cell(kz_sink *s, const kz_cell *c)
{
    switch (c->type) {
    case KZ_CELL_NULL: break;
    case KZ_CELL_STR:
    case KZ_CELL_NUM:
    case KZ_CELL_JSON: kz_tsv_string(s, c->s, c->len); break;
    case KZ_CELL_INT: kz_sink_printf(s, "%lld", c->i); break;
    case KZ_CELL_BOOL: kz_sink_puts(s, c->i ? "true" : "false"); break;
    case KZ_CELL_LIST:
        for (long long k = 0; k < c->i; k++) {
            if (k)
                kz_sink_puts(s, "|");
            kz_tsv_string(s, c->list[k], strlen(c->list[k]));
        }
        break;
    }
}

const char **kz_render_columns(const kz_render_opts *o, const kz_rec *r, size_t *n)
{
    const char **cols;
    if (o->columns) {
        for (*n = 0; o->columns[*n]; (*n)++)
            ;
        cols = kz_xmalloc((*n + 1) * sizeof *cols);
        memcpy(cols, o->columns, *n * sizeof *cols);
    } else {
        *n = r->n + 1;
        cols = kz_xmalloc((*n + 1) * sizeof *cols);
        cols[0] = "type";
        for (size_t i = 0; i < r->n; i++)
            cols[i + 1] = r->name[i];
    }
    cols[*n] = NULL;
    return cols;
}
