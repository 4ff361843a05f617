/* SPDX-License-Identifier: MIT */
/*
 * Records and renderers. Queries turn the model into flat records (a type
 * and named fields); renderers (one file each, src/render/to_<name>.c)
 * write records to a sink. Renderers never see the model.
 */
#ifndef KZUA_RENDER_H
#define KZUA_RENDER_H

#include <stdio.h>

#include "model.h"

/** Where output goes: a FILE or a memory buffer. The first write error sticks. */
typedef struct kz_sink {
    FILE *f;
    char *mem; /**< with f == NULL: the bytes written so far (owned by the sink) */
    size_t len, cap;
    int err; /**< errno of the first failed write, 0 if none */
} kz_sink;

void kz_sink_init_file(kz_sink *s, FILE *f);
void kz_sink_init_mem(kz_sink *s);
void kz_sink_put(kz_sink *s, const char *p, size_t n);
void kz_sink_puts(kz_sink *s, const char *p);
void kz_sink_printf(kz_sink *s, const char *fmt, ...) KZ_PRINTF(2, 3);
/** Flush; returns 0 or the errno of the first failure. Frees memory of a mem sink. */
int kz_sink_close(kz_sink *s);

/** What a cell holds. */
enum kz_cell_type {
    KZ_CELL_NULL = 0,
    KZ_CELL_STR,  /**< text: s (len bytes, or NUL-terminated if len == 0 and s) */
    KZ_CELL_NUM,  /**< a number written as decimal text in s ("411800000", "2.5") */
    KZ_CELL_INT,  /**< an integer in i */
    KZ_CELL_BOOL, /**< i != 0 */
    KZ_CELL_LIST, /**< strings in list[0..i) */
    KZ_CELL_JSON, /**< raw JSON text in s (an object or array built by the query) */
};

typedef struct kz_cell {
    unsigned type;
    const char *s;
    size_t len;
    long long i;
    const char *const *list;
} kz_cell;

#define KZ_REC_MAX 32

/** A flat record: "type" plus named fields in a fixed order. Borrows everything. */
typedef struct kz_rec {
    const char *type;
    size_t n;
    const char *name[KZ_REC_MAX];
    kz_cell cell[KZ_REC_MAX];
} kz_rec;

void kz_rec_init(kz_rec *r, const char *type);
void kz_rec_str(kz_rec *r, const char *name, const char *s); /**< NULL -> null */
void kz_rec_strn(kz_rec *r, const char *name, const char *s, size_t n);
void kz_rec_num(kz_rec *r, const char *name, const char *decimal); /**< NULL -> null */
void kz_rec_int(kz_rec *r, const char *name, long long v);
void kz_rec_bool(kz_rec *r, const char *name, int v);
void kz_rec_null(kz_rec *r, const char *name);
void kz_rec_list(kz_rec *r, const char *name, const char *const *list, size_t n);
void kz_rec_json(kz_rec *r, const char *name, const char *json);
/** The cell named @name, or NULL. */
const kz_cell *kz_rec_get(const kz_rec *r, const char *name);

/** Options every renderer may use. */
typedef struct kz_render_opts {
    const char *const
        *columns; /**< tsv/table column order (NULL-terminated); NULL: the first record's */
    int nested;   /**< json: group turn and fact records under their document */
    int width;    /**< table: widest text column, 0 for 60 */
} kz_render_opts;

struct kz_renderer {
    const char *name; /**< "jsonl": the file is to_jsonl.c */
    const char *summary;
    void (*begin)(kz_sink *s, const kz_render_opts *o, void **state);
    void (*rec)(kz_sink *s, const kz_render_opts *o, void *state, const kz_rec *r);
    void (*end)(kz_sink *s, const kz_render_opts *o, void *state);
};

/** The renderer named @name, or NULL. */
const struct kz_renderer *kz_renderer_find(const char *name);
/** Names of all renderers, comma-separated ("json, jsonl, table, tsv"). Static storage. */
const char *kz_renderer_names(void);

/* Escaping shared by renderers: append to @s. */
void kz_json_string(kz_sink *s, const char *p, size_t n);
void kz_json_cell(kz_sink *s, const kz_cell *c);
void kz_tsv_string(kz_sink *s, const char *p, size_t n);
/** A whole record as one JSON object, "type" first. */
void kz_json_object(kz_sink *s, const kz_rec *r);
/** A cell as TSV text (lists joined with "|"). */
void kz_tsv_cell(kz_sink *s, const kz_cell *c);
/**
 * The columns of a tabular renderer: @o->columns, or else "type" and the
 * field names of @r, its first record. A NULL-terminated array of @n names;
 * the caller frees the array, the names are borrowed (static strings).
 */
const char **kz_render_columns(const kz_render_opts *o, const kz_rec *r, size_t *n);
#endif
