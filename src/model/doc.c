/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_buf.h"
#include "kzua/model.h"

kz_doc *kz_doc_new(const char *path)
{
    kz_doc *d = kz_xcalloc(1, sizeof *d);
    d->arena = kz_arena_new();
    d->path = kz_arena_strndup(d->arena, path, strlen(path));
    const char *slash = strrchr(d->path, '/');
    d->name = slash && slash[1] ? slash + 1 : d->path;
    d->text = kz_xstrdup("");
    return d;
}

void kz_doc_free(kz_doc *d)
{
    if (!d)
        return;
    kz_free_const(d->raw);
    kz_free_const(d->text);
    free(d->map);
    free(d->line_starts);
    free(d->blocks);
    free(d->turns);
    free(d->facts);
    for (size_t i = 0; i < d->nentities; i++)
        free(d->entities[i].mentions);
    free(d->entities);
    free(d->diags);
    kz_arena_free(d->arena);
    free(d);
}

const char *kz_doc_strndup(kz_doc *d, const char *s, size_t len)
{
    return kz_arena_strndup(d->arena, s, len);
}

const char *kz_doc_printf(kz_doc *d, const char *fmt, ...)
{
    kz_buf b = KZ_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    kz_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    const char *r = kz_arena_strndup(d->arena, kz_buf_cstr(&b), b.len);
    kz_buf_release(&b);
    return r;
}

kz_fact *kz_doc_add_fact(kz_doc *d, const kz_fact *f)
{
    KZ_GROW(d->facts, d->capfacts, d->nfacts + 1);
    d->facts[d->nfacts] = *f;
    return &d->facts[d->nfacts++];
}

kz_turn *kz_doc_add_turn(kz_doc *d, const kz_turn *t)
{
    KZ_GROW(d->turns, d->capturns, d->nturns + 1);
    d->turns[d->nturns] = *t;
    return &d->turns[d->nturns++];
}

kz_entity *kz_doc_entity(kz_doc *d, unsigned type, const char *id)
{
    for (size_t i = 0; i < d->nentities; i++)
        if (d->entities[i].type == type && strcmp(d->entities[i].id, id) == 0)
            return &d->entities[i];
    KZ_GROW(d->entities, d->capentities, d->nentities + 1);
    kz_entity *e = &d->entities[d->nentities++];
    memset(e, 0, sizeof *e);
    e->type = type;
    e->id = kz_arena_strndup(d->arena, id, strlen(id));
    e->official = -1;
    return e;
}

void kz_entity_add_mention(kz_doc *d, kz_entity *e, size_t start, size_t end)
{
    (void)d;
    /* the same span twice usually comes straight after itself; the rest is
     * removed by kz_entity_sort_mentions() once extraction is done */
    for (size_t i = e->nmentions > 4 ? e->nmentions - 4 : 0; i < e->nmentions; i++)
        if (e->mentions[i].start == start && e->mentions[i].end == end)
            return;
    KZ_GROW(e->mentions, e->capmentions, e->nmentions + 1);
    e->mentions[e->nmentions].start = start;
    e->mentions[e->nmentions].end = end;
    e->mentions[e->nmentions].turn = -1;
    e->nmentions++;
}

static int mention_cmp(const void *a, const void *b)
{
    const kz_mention *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return x->end < y->end ? -1 : x->end > y->end;
}

void kz_entity_sort_mentions(kz_entity *e)
{
    if (e->nmentions < 2)
        return;
    qsort(e->mentions, e->nmentions, sizeof *e->mentions, mention_cmp);
    size_t o = 1;
    for (size_t i = 1; i < e->nmentions; i++)
        if (mention_cmp(&e->mentions[i], &e->mentions[o - 1]) != 0)
            e->mentions[o++] = e->mentions[i];
    e->nmentions = o;
}

void kz_doc_diag(kz_doc *d, unsigned line, const char *fmt, ...)
{
    kz_buf b = KZ_BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    kz_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    KZ_GROW(d->diags, d->capdiags, d->ndiags + 1);
    d->diags[d->ndiags].line = line;
    d->diags[d->ndiags].msg = kz_arena_strndup(d->arena, kz_buf_cstr(&b), b.len);
    d->ndiags++;
    kz_buf_release(&b);
}

size_t kz_doc_src_offset(const kz_doc *d, size_t off)
{
    if (!d->map)
        return off;
    if (off > d->len)
        off = d->len;
    return d->map[off];
}

void kz_doc_index_lines(kz_doc *d)
{
    const char *raw = d->raw ? d->raw : d->text;
    size_t n = d->raw ? d->raw_len : d->len, lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += raw[i] == '\n';
    free(d->line_starts);
    d->line_starts = kz_xmalloc(lines * sizeof *d->line_starts);
    d->line_starts[0] = 0;
    d->nlines = 1;
    for (size_t i = 0; i < n; i++)
        if (raw[i] == '\n')
            d->line_starts[d->nlines++] = i + 1;
}

unsigned kz_doc_line(const kz_doc *d, size_t off)
{
    size_t src = kz_doc_src_offset(d, off);
    if (d->line_starts) {
        size_t lo = 0, hi = d->nlines; /* lines starting at or before src */
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            if (d->line_starts[mid] <= src)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo ? (unsigned)lo : 1;
    }
    unsigned line = 1;
    const char *raw = d->raw ? d->raw : d->text;
    size_t n = d->raw ? d->raw_len : d->len;
    for (size_t i = 0; i < src && i < n; i++)
        line += raw[i] == '\n';
    return line;
}

size_t kz_doc_block_at(const kz_doc *d, size_t off)
{
    size_t lo = 0, hi = d->nblocks;
    while (lo < hi) { /* first block whose end is past off */
        size_t mid = (lo + hi) / 2;
        if (d->blocks[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

int kz_doc_turn_at(const kz_doc *d, size_t off)
{
    size_t b = kz_doc_block_at(d, off);
    if (b >= d->nblocks || d->blocks[b].start > off || d->blocks[b].turn < 0)
        return -1; /* lead, headings, captions: no turn */
    /* turns are in text order; several may share a line ("Q: ... A: ...") */
    size_t lo = 0, hi = d->nturns;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->turns[mid].start <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || off >= d->turns[lo - 1].end)
        return -1;
    return (int)(lo - 1);
}

static int ends_sentence(const char *s, size_t i, size_t lo)
{
    /* ". " "? " "! " after a lower-case word or a closing quote; not "Mr. " or "U.S. " */
    char c = s[i];
    if (c != '.' && c != '?' && c != '!')
        return 0;
    if (c == '.' && i >= lo + 2 && s[i - 2] == 'M' && (s[i - 1] == 'r' || s[i - 1] == 's'))
        return 0;
    if (c == '.' && i >= lo + 1 && s[i - 1] >= 'A' && s[i - 1] <= 'Z' &&
        (i == lo + 1 || s[i - 2] == '.' || s[i - 2] == ' '))
        return 0;
    return 1;
}

void kz_doc_sentence(const kz_doc *d, size_t start, size_t end, size_t *ps, size_t *pe)
{
    size_t b = kz_doc_block_at(d, start);
    size_t lo = 0, hi = d->len;
    if (b < d->nblocks && d->blocks[b].start <= start) {
        lo = d->blocks[b].start;
        hi = d->blocks[b].end;
    }
    if (end > hi)
        end = hi;
    /* look no further than the window kept below: a page-long "sentence" would
     * make every fact in it cost the whole page */
    size_t lo_limit = start > lo + 420 ? start - 420 : lo;
    size_t hi_limit = end + 420 < hi ? end + 420 : hi;
    const char *t = d->text;
    size_t s = start;
    while (s > lo_limit) {
        /* ". The": a sentence ends before a capital; "a.i. of" is an abbreviation */
        if (t[s - 1] == ' ' && s - 1 > lo && ends_sentence(t, s - 2, lo) &&
            !(t[s] >= 'a' && t[s] <= 'z'))
            break;
        s--;
    }
    /* a turn's dash or the opening of a list item is not part of the sentence */
    while (s < start && (t[s] == '-' || t[s] == ' ' || (unsigned char)t[s] == 0xE2)) {
        if ((unsigned char)t[s] == 0xE2 && s + 2 < start && (unsigned char)t[s + 1] == 0x80 &&
            ((unsigned char)t[s + 2] == 0x94 || (unsigned char)t[s + 2] == 0x93))
            s += 3;
        else if ((unsigned char)t[s] == 0xE2)
            break;
        else
            s++;
    }
    size_t e = end;
    while (e < hi_limit) {
        if (ends_sentence(t, e, lo) &&
            (e + 1 >= hi || t[e + 1] == '"' ||
             (t[e + 1] == ' ' && !(e + 2 < hi && t[e + 2] >= 'a' && t[e + 2] <= 'z')))) {
            e++;
            break;
        }
        e++;
    }
    /* a "sentence" of a whole unpunctuated page would repeat it in every record:
     * keep a window around the span, cut at spaces */
    if (start > s + 400) {
        s = start - 400;
        while (s < start && t[s] != ' ')
            s++;
        if (s < start)
            s++;
    }
    if (e > end + 400) {
        e = end + 400;
        while (e > end && t[e] != ' ')
            e--;
    }
    *ps = s;
    *pe = e;
}

const char *kz_fact_type_name(unsigned t)
{
    static const char *const names[] = {"date", "figure", "person", "place"};
    return t < KZ_FACT__COUNT ? names[t] : "unknown";
}

const char *kz_role_name(unsigned r)
{
    static const char *const names[] = {"interviewer", "interviewee", "quoted"};
    return r <= KZ_ROLE_QUOTED ? names[r] : "unknown";
}
