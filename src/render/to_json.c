/* SPDX-License-Identifier: MIT */
/*
 * One JSON array. Nested mode (extract): one object per document, with its
 * turn records under "turns" and its fact records under "facts"; otherwise
 * one object per record.
 */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "kzua/render.h"

struct state {
    size_t objects; /* top-level objects written */
    int in_doc;     /* nested: a document object is open */
    int section;    /* 0 none yet, 1 turns open, 2 facts open */
    size_t in_section;
};

static void json_begin(kz_sink *s, const kz_render_opts *o, void **st)
{
    (void)o;
    *st = kz_xcalloc(1, sizeof(struct state));
    kz_sink_puts(s, "[");
}

static void fields(kz_sink *s, const kz_rec *r, int first)
{
    for (size_t i = 0; i < r->n; i++) {
        /* "turns" and "facts" are the arrays this object is about to hold */
        if (strcmp(r->name[i], "turns") == 0 || strcmp(r->name[i], "facts") == 0)
            continue;
        if (!first)
            kz_sink_puts(s, ", ");
        first = 0;
        kz_json_string(s, r->name[i], strlen(r->name[i]));
        kz_sink_puts(s, ": ");
        kz_json_cell(s, &r->cell[i]);
    }
}

static void close_doc(kz_sink *s, struct state *st)
{
    if (!st->in_doc)
        return;
    if (st->section == 0)
        kz_sink_puts(s, ", \"turns\": [], \"facts\": []");
    else if (st->section == 1)
        kz_sink_puts(s, "\n  ], \"facts\": []");
    else
        kz_sink_puts(s, "\n  ]");
    kz_sink_puts(s, "}");
    st->in_doc = 0;
}

static void json_rec(kz_sink *s, const kz_render_opts *o, void *vst, const kz_rec *r)
{
    struct state *st = vst;
    if (!o->nested) {
        kz_sink_puts(s, st->objects++ ? ",\n " : "\n ");
        kz_json_object(s, r);
        return;
    }
    if (strcmp(r->type, "document") == 0) {
        close_doc(s, st);
        kz_sink_puts(s, st->objects++ ? ",\n {" : "\n {");
        fields(s, r, 1);
        st->in_doc = 1;
        st->section = 0;
        return;
    }
    int want = strcmp(r->type, "turn") == 0 ? 1 : 2;
    if (st->section != want) {
        if (st->section == 1)
            kz_sink_puts(s, "\n  ]");
        if (st->section == 0 && want == 2)
            kz_sink_puts(s, ", \"turns\": []");
        kz_sink_puts(s, want == 1 ? ", \"turns\": [" : ", \"facts\": [");
        st->section = want;
        st->in_section = 0;
    }
    kz_sink_puts(s, st->in_section++ ? ",\n   " : "\n   ");
    kz_json_object(s, r);
}

static void json_end(kz_sink *s, const kz_render_opts *o, void *vst)
{
    struct state *st = vst;
    if (o->nested)
        close_doc(s, st);
    kz_sink_puts(s, st->objects ? "\n]\n" : "]\n");
    free(st);
}

const struct kz_renderer kz_renderer_json = {
    .name = "json",
    .summary = "one JSON array (documents with their turns and facts, for extract)",
    .begin = json_begin,
    .rec = json_rec,
    .end = json_end,
};
