/* SPDX-License-Identifier: MIT */
/*
 * Loaders turn a document's bytes into clean text and blocks. The common
 * part (reading, size cap, binary and UTF-16 refusal, BOM, CRLF, UTF-8
 * repair) is done once in load.c; a loader sees valid UTF-8 with LF line
 * ends and records, for every clean byte, the offset it came from.
 */
#ifndef KZ_LOAD_H
#define KZ_LOAD_H
#include <stdint.h>

#include "base/kz_buf.h"
#include "kzua/model.h"

/* Clean text under construction, with a source offset per byte. */
typedef struct kz_textb {
    kz_buf text;
    uint32_t *map;
    size_t cap;
    kz_block *blocks;
    size_t nblocks, capblocks;
    size_t block_start; /* start of the open block, or SIZE_MAX */
    unsigned block_line, block_kind, block_flags;
    int pending_gap;
    size_t bold_end; /* with KZ_BF_LEAD_BOLD: end of the leading bold run in text */
} kz_textb;

void kz_textb_init(kz_textb *tb);
void kz_textb_release(kz_textb *tb);
/* Append n bytes of s; byte k maps to src + k when step, else every byte to src. */
void kz_textb_put(kz_textb *tb, const char *s, size_t n, size_t src, int step);
/* Open a block at source line @line (closes any open one). */
void kz_textb_open(kz_textb *tb, unsigned line, unsigned kind, unsigned flags);
/* Close the open block: trims white space, drops it if empty. @src maps the separator. */
void kz_textb_close(kz_textb *tb, size_t src);
/* Note a blank line / block boundary: the next block gets KZ_BF_GAP. */
void kz_textb_gap(kz_textb *tb);
/* Move the result into @doc (text, len, map composed with @premap, blocks). */
void kz_textb_finish(kz_textb *tb, kz_doc *doc, const uint32_t *premap, size_t prelen);

struct kz_loader {
    const char *name; /* "text": the file is from_text.c */
    const char *summary;
    const char *const *extensions;         /* lower case, without the dot; NULL-terminated */
    int (*sniff)(const char *s, size_t n); /* > 0 when the bytes look like this format */
    /* Load @in (valid UTF-8, LF) into tb; front matter and <meta> go to doc->over. */
    kz_status (*load)(kz_doc *doc, const char *in, size_t n, kz_textb *tb, kz_error *err);
};

extern const struct kz_loader kz_loader_text;
extern const struct kz_loader kz_loader_html;

/* Decode the HTML character reference at s (s[0] == '&'): code point and length, or 0. */
size_t kz_html_entity(const char *s, size_t n, int32_t *cp);
#endif
