/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_utf8.h"
#include "load.h"

void kz_textb_init(kz_textb *tb)
{
    memset(tb, 0, sizeof *tb);
    tb->block_start = SIZE_MAX;
}

void kz_textb_release(kz_textb *tb)
{
    kz_buf_release(&tb->text);
    free(tb->map);
    free(tb->blocks);
    kz_textb_init(tb);
}

void kz_textb_put(kz_textb *tb, const char *s, size_t n, size_t src, int step)
{
    KZ_GROW(tb->map, tb->cap, tb->text.len + n + 1);
    for (size_t k = 0; k < n; k++)
        tb->map[tb->text.len + k] = (uint32_t)(step ? src + k : src);
    kz_buf_put(&tb->text, s, n);
}

void kz_textb_gap(kz_textb *tb)
{
    tb->pending_gap = 1;
}

void kz_textb_open(kz_textb *tb, unsigned line, unsigned kind, unsigned flags)
{
    if (tb->block_start != SIZE_MAX)
        kz_textb_close(tb, tb->text.len ? tb->map[tb->text.len - 1] + 1 : 0);
    tb->block_start = tb->text.len;
    tb->block_line = line;
    tb->block_kind = kind;
    tb->block_flags = flags;
}

void kz_textb_close(kz_textb *tb, size_t src)
{
    if (tb->block_start == SIZE_MAX)
        return;
    size_t s = tb->block_start, e = tb->text.len, w;
    const char *t = tb->text.ptr ? tb->text.ptr : "";
    /* trim white space, U+00A0 and U+202F included, at both ends */
    while (s < e && (t[s] == '\n' || (w = kz_utf8_space_len(t, e, s)) > 0))
        s += t[s] == '\n' ? 1 : w;
    while (e > s) {
        size_t st;
        int32_t cp = kz_utf8_prev(t, e, &st);
        if (st < s || !(cp == '\n' || kz_utf8_is_space(cp)))
            break;
        e = st;
    }
    if (s == e) { /* empty: drop what was appended */
        tb->text.len = tb->block_start;
        if (tb->text.ptr)
            tb->text.ptr[tb->text.len] = '\0';
        tb->block_start = SIZE_MAX;
        return;
    }
    /* Move the trimmed text to the block start (it may have had leading space). */
    size_t len = e - s;
    if (s != tb->block_start) {
        memmove(tb->text.ptr + tb->block_start, tb->text.ptr + s, len);
        memmove(tb->map + tb->block_start, tb->map + s, len * sizeof *tb->map);
    }
    tb->text.len = tb->block_start + len;
    tb->text.ptr[tb->text.len] = '\0';
    KZ_GROW(tb->blocks, tb->capblocks, tb->nblocks + 1);
    kz_block *b = &tb->blocks[tb->nblocks++];
    memset(b, 0, sizeof *b);
    b->start = tb->block_start;
    b->end = tb->text.len;
    b->kind = tb->block_kind;
    b->flags = tb->block_flags | (tb->pending_gap || tb->nblocks == 1 ? KZ_BF_GAP : 0);
    b->line = tb->block_line;
    b->turn = -1;
    if (b->flags & KZ_BF_LEAD_BOLD) {
        size_t be = tb->bold_end > s ? tb->bold_end - (s - tb->block_start) : b->start;
        b->bold_end = be < b->start ? b->start : be > b->end ? b->end : be;
    }
    tb->pending_gap = 0;
    /* Blocks are separated by one newline; a gap is a second one. */
    kz_textb_put(tb, "\n", 1, src, 0);
    tb->block_start = SIZE_MAX;
}

void kz_textb_finish(kz_textb *tb, kz_doc *doc, const uint32_t *premap, size_t prelen)
{
    if (tb->block_start != SIZE_MAX)
        kz_textb_close(tb, prelen);
    /* Gaps become an empty line so that "\n\n" separates paragraphs. */
    kz_buf out = KZ_BUF_INIT;
    uint32_t *map = kz_xmalloc((tb->text.len * 2 + 2) * sizeof *map);
    size_t n = 0;
    for (size_t i = 0; i < tb->nblocks; i++) {
        kz_block *b = &tb->blocks[i];
        if (i > 0) {
            size_t sep = b->start ? b->start - 1 : 0;
            size_t src = tb->map[sep];
            map[n++] = premap ? premap[src < prelen ? src : prelen] : (uint32_t)src;
            kz_buf_putc(&out, '\n');
            if (b->flags & KZ_BF_GAP) {
                map[n] = map[n - 1];
                n++;
                kz_buf_putc(&out, '\n');
            }
        }
        size_t ns = out.len;
        for (size_t k = b->start; k < b->end; k++) {
            size_t src = tb->map[k];
            map[n++] = premap ? premap[src < prelen ? src : prelen] : (uint32_t)src;
        }
        kz_buf_put(&out, tb->text.ptr + b->start, b->end - b->start);
        if (b->flags & KZ_BF_LEAD_BOLD)
            b->bold_end = b->bold_end - b->start + ns;
        b->start = ns;
        b->end = out.len;
    }
    map[n] = premap ? premap[prelen] : (uint32_t)prelen;
    kz_free_const(doc->text);
    doc->len = out.len;
    doc->text = kz_buf_detach(&out);
    free(doc->map);
    doc->map = map;
    free(doc->blocks);
    doc->blocks = tb->blocks;
    doc->nblocks = tb->nblocks;
    tb->blocks = NULL;
    tb->nblocks = tb->capblocks = 0;
}
