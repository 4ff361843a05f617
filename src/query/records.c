/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "base/kz_arena.h"
#include "base/kz_buf.h"
#include "kzua/query.h"

void kz_src_span(const kz_doc *d, size_t start, size_t end, size_t *s, size_t *e)
{
    *s = kz_doc_src_offset(d, start);
    /* one past the source byte of the last character */
    *e = end > start ? kz_doc_src_offset(d, end - 1) + 1 : *s;
    if (*e < *s)
        *e = *s;
}

size_t kz_doc_count(const kz_doc *d, unsigned type)
{
    size_t n = 0;
    if (type == KZ_FACT_PERSON || type == KZ_FACT_PLACE) {
        for (size_t i = 0; i < d->nentities; i++)
            n += d->entities[i].type == type;
        return n;
    }
    for (size_t i = 0; i < d->nfacts; i++)
        n += d->facts[i].type == type;
    return n;
}

bool kz_turn_next_piece(const kz_doc *d, const kz_turn *t, size_t *k, size_t *s, size_t *e,
                        bool *gap)
{
    for (; *k < d->nblocks; (*k)++) {
        const kz_block *bl = &d->blocks[*k];
        if (bl->start >= t->end)
            return false;
        if (bl->turn < 0)
            continue;
        *s = bl->start > t->start ? bl->start : t->start;
        *e = bl->end < t->end ? bl->end : t->end;
        if (*e <= *s)
            continue;
        *gap = (bl->flags & KZ_BF_GAP) != 0;
        (*k)++;
        return true;
    }
    return false;
}

const char *kz_turn_text(kz_doc *d, const kz_turn *t)
{
    kz_buf b = KZ_BUF_INIT;
    size_t k = kz_doc_block_at(d, t->start), s, e;
    bool gap;
    while (kz_turn_next_piece(d, t, &k, &s, &e, &gap)) {
        if (b.len) /* a new paragraph, or the next line of a wrapped one */
            kz_buf_puts(&b, gap ? "\n\n" : "\n");
        kz_buf_put(&b, d->text + s, e - s);
    }
    const char *r = kz_doc_strndup(d, kz_buf_cstr(&b), b.len);
    kz_buf_release(&b);
    return r;
}

const char **kz_entity_forms(kz_doc *d, const kz_entity *e, size_t *n)
{
    const char **forms = kz_arena_alloc(d->arena, (e->nmentions + 1) * sizeof *forms);
    *n = 0;
    for (size_t i = 0; i < e->nmentions; i++) {
        const char *s = d->text + e->mentions[i].start;
        size_t l = e->mentions[i].end - e->mentions[i].start;
        size_t k;
        for (k = 0; k < *n; k++)
            if (strlen(forms[k]) == l && memcmp(forms[k], s, l) == 0)
                break;
        if (k == *n)
            forms[(*n)++] = kz_doc_strndup(d, s, l);
    }
    return forms;
}

static void turn_ref(kz_doc *d, kz_rec *r, int turn)
{
    if (turn >= 0 && (size_t)turn < d->nturns) {
        kz_rec_int(r, "turn", d->turns[turn].n);
        kz_rec_str(r, "speaker", d->turns[turn].speaker);
        kz_rec_str(r, "role", kz_role_name(d->turns[turn].role));
    } else {
        kz_rec_null(r, "turn");
        kz_rec_null(r, "speaker");
        kz_rec_null(r, "role");
    }
}

static void span_fields(kz_doc *d, kz_rec *r, size_t start, size_t end)
{
    size_t s, e;
    kz_src_span(d, start, end, &s, &e);
    kz_rec_int(r, "start", (long long)s);
    kz_rec_int(r, "end", (long long)e);
    kz_rec_int(r, "line", kz_doc_line(d, start));
}

void kz_query_document(kz_doc *d, kz_rec_cb cb, void *ud)
{
    kz_rec r;
    kz_rec_init(&r, "document");
    kz_rec_str(&r, "doc", d->name);
    kz_rec_str(&r, "path", d->path);
    kz_rec_str(&r, "format", d->format);
    kz_rec_str(&r, "kind", d->meta.kind);
    kz_rec_str(&r, "title", d->meta.title);
    kz_rec_str(&r, "date", d->meta.date);
    kz_rec_str(&r, "publisher", d->meta.publisher);
    kz_rec_str(&r, "interviewer", d->meta.interviewer);
    size_t ni = 0, na = 0;
    while (d->meta.interviewees && d->meta.interviewees[ni])
        ni++;
    while (d->meta.authors && d->meta.authors[na])
        na++;
    kz_rec_list(&r, "interviewees", d->meta.interviewees, ni);
    kz_rec_list(&r, "authors", d->meta.authors, na);
    kz_rec_str(&r, "url", d->meta.url);
    /* counts are *_count: nested JSON puts the turn records under "turns" */
    kz_rec_int(&r, "turn_count", (long long)d->nturns);
    kz_rec_int(&r, "date_count", (long long)kz_doc_count(d, KZ_FACT_DATE));
    kz_rec_int(&r, "figure_count", (long long)kz_doc_count(d, KZ_FACT_FIGURE));
    kz_rec_int(&r, "person_count", (long long)kz_doc_count(d, KZ_FACT_PERSON));
    kz_rec_int(&r, "place_count", (long long)kz_doc_count(d, KZ_FACT_PLACE));
    cb(&r, ud);
}

void kz_query_turns(kz_doc *d, kz_rec_cb cb, void *ud)
{
    for (size_t i = 0; i < d->nturns; i++) {
        const kz_turn *t = &d->turns[i];
        kz_rec r;
        kz_rec_init(&r, "turn");
        kz_rec_str(&r, "doc", d->name);
        kz_rec_int(&r, "n", t->n);
        kz_rec_str(&r, "speaker", t->speaker);
        kz_rec_str(&r, "role", kz_role_name(t->role));
        kz_rec_str(&r, "text", kz_turn_text(d, t));
        span_fields(d, &r, t->start, t->end);
        cb(&r, ud);
    }
}

void kz_query_fact(kz_doc *d, const kz_fact *f, kz_rec_cb cb, void *ud)
{
    kz_rec r;
    kz_rec_init(&r, kz_fact_type_name(f->type));
    kz_rec_str(&r, "doc", d->name);
    turn_ref(d, &r, f->turn);
    kz_rec_strn(&r, "text", d->text + f->start, f->end - f->start);
    if (f->type == KZ_FACT_DATE) {
        kz_rec_str(&r, "value", f->value);
        kz_rec_str(&r, "mod", f->mod);
        kz_rec_str(&r, "anchor", f->anchor);
    } else {
        kz_rec_num(&r, "value", f->number);
        kz_rec_str(&r, "unit", f->unit);
        kz_rec_str(&r, "class", f->fclass);
        kz_rec_str(&r, "qualifier", f->qualifier);
        kz_rec_str(&r, "what", f->what);
    }
    span_fields(d, &r, f->start, f->end);
    size_t s, e;
    kz_doc_sentence(d, f->start, f->end, &s, &e);
    kz_rec_strn(&r, "sentence", d->text + s, e - s);
    cb(&r, ud);
}

static const char *spans_json(kz_doc *d, const kz_entity *e)
{
    kz_sink m;
    kz_sink_init_mem(&m);
    kz_sink_puts(&m, "[");
    for (size_t i = 0; i < e->nmentions; i++) {
        const kz_mention *mn = &e->mentions[i];
        size_t s, en;
        kz_src_span(d, mn->start, mn->end, &s, &en);
        kz_sink_puts(&m, i ? ", {\"text\": " : "{\"text\": ");
        kz_json_string(&m, d->text + mn->start, mn->end - mn->start);
        kz_sink_printf(&m, ", \"start\": %zu, \"end\": %zu, \"line\": %u, \"turn\": ", s, en,
                       kz_doc_line(d, mn->start));
        if (mn->turn >= 0 && (size_t)mn->turn < d->nturns)
            kz_sink_printf(&m, "%u}", d->turns[mn->turn].n);
        else
            kz_sink_puts(&m, "null}");
    }
    kz_sink_puts(&m, "]");
    const char *r = kz_doc_strndup(d, m.mem, m.len);
    kz_sink_close(&m);
    return r;
}

void kz_query_entity(kz_doc *d, const kz_entity *e, kz_rec_cb cb, void *ud)
{
    kz_rec r;
    kz_rec_init(&r, kz_fact_type_name(e->type));
    kz_rec_str(&r, "doc", d->name);
    kz_rec_str(&r, "id", e->id);
    size_t nf;
    const char **forms = kz_entity_forms(d, e, &nf);
    kz_rec_list(&r, "mentions", forms, nf);
    if (e->type == KZ_FACT_PERSON) {
        kz_rec_str(&r, "role", e->role);
        if (e->official < 0)
            kz_rec_null(&r, "official");
        else
            kz_rec_bool(&r, "official", e->official);
    } else {
        kz_rec_str(&r, "kind", e->kind);
        kz_rec_str(&r, "country", e->country);
        if (e->has_coords) {
            char lat[32], lon[32];
            snprintf(lat, sizeof lat, "%.4f", e->lat);
            snprintf(lon, sizeof lon, "%.4f", e->lon);
            kz_rec_num(&r, "lat", kz_doc_strndup(d, lat, strlen(lat)));
            kz_rec_num(&r, "lon", kz_doc_strndup(d, lon, strlen(lon)));
        } else {
            kz_rec_null(&r, "lat");
            kz_rec_null(&r, "lon");
        }
    }
    kz_rec_int(&r, "count", (long long)e->nmentions);
    kz_rec_json(&r, "spans", spans_json(d, e));
    cb(&r, ud);
}

static size_t first_mention(const kz_entity *e)
{
    size_t m = (size_t)-1;
    for (size_t i = 0; i < e->nmentions; i++)
        if (e->mentions[i].start < m)
            m = e->mentions[i].start;
    return m;
}

void kz_query_all(kz_doc *d, kz_rec_cb cb, void *ud)
{
    kz_query_document(d, cb, ud);
    kz_query_turns(d, cb, ud);
    for (size_t i = 0; i < d->nfacts; i++)
        kz_query_fact(d, &d->facts[i], cb, ud);
    /* entities in order of first mention, people before places at a tie */
    size_t n = d->nentities;
    char *done = kz_arena_alloc(d->arena, n + 1);
    for (size_t k = 0; k < n; k++) {
        size_t best = n, bm = (size_t)-1;
        for (size_t i = 0; i < n; i++) {
            if (done[i])
                continue;
            size_t m = first_mention(&d->entities[i]);
            if (best == n || m < bm) {
                best = i;
                bm = m;
            }
        }
        done[best] = 1;
        kz_query_entity(d, &d->entities[best], cb, ud);
    }
}
