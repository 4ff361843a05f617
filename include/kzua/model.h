/* SPDX-License-Identifier: MIT */
/*
 * The normalised model of one document: clean text, blocks, metadata,
 * speaker turns, facts and entities.
 *
 * Offsets: every `start`/`end` in this header is a byte offset into the
 * document's clean text (`kz_doc.text`), half open. `kz_doc_src_offset()`
 * turns one into a byte offset of the original file.
 *
 * Ownership: a kz_doc owns everything reachable from it. Strings hang in
 * the document's arena and stay valid until kz_doc_free(); arrays are
 * owned by the document too. Nothing in here is freed one by one.
 */
#ifndef KZUA_MODEL_H
#define KZUA_MODEL_H

#include <stddef.h>
#include <stdint.h>

#include "kzua.h"

typedef struct kz_arena kz_arena;

/** What kind of block the loader saw. */
enum kz_block_kind {
    KZ_BLOCK_PARA = 0, /**< a line of running text (one line of a paragraph) */
    KZ_BLOCK_HEADING,  /**< a heading marked as such: `#`, `<h1>`..`<h6>` */
    KZ_BLOCK_ITEM,     /**< a list item: `•`, `* `, `<li>` */
};

/** Markup that covered a whole block (the loader strips the markup itself). */
enum kz_block_flags {
    KZ_BF_BOLD = 1 << 0,      /**< the whole block was `**bold**` or `<strong>` */
    KZ_BF_ITALIC = 1 << 1,    /**< the whole block was `*italic*` or `<em>` */
    KZ_BF_GAP = 1 << 2,       /**< a blank line (or a block element) precedes it */
    KZ_BF_LEAD_BOLD = 1 << 3, /**< the block starts with a bold run (a label in bold) */
    KZ_BF_CAPTION = 1 << 4,   /**< marked as a caption (`<figcaption>`, `<caption>`) */
    KZ_BF_QUOTE = 1 << 5,     /**< inside a block quotation (`>`, `<blockquote>`) */
};

/**
 * One line of text as the loader found it. Blocks are in text order, do not
 * overlap, and are separated in `kz_doc.text` by one or more '\n'.
 */
typedef struct kz_block {
    size_t start, end; /**< the block's text, markup removed, no '\n' inside */
    unsigned kind;     /**< enum kz_block_kind */
    unsigned flags;    /**< enum kz_block_flags */
    unsigned line;     /**< 1-based line of the original file */
    int turn;          /**< index of the turn it belongs to, -1 for none (set by the segmenter) */
    size_t bold_end;   /**< with KZ_BF_LEAD_BOLD: where the leading bold run ends */
} kz_block;

/** Who a turn's speaker is in the exchange. */
enum kz_role {
    KZ_ROLE_INTERVIEWER = 0,
    KZ_ROLE_INTERVIEWEE,
    KZ_ROLE_QUOTED,
};

/** One contiguous stretch of speech by one speaker. */
typedef struct kz_turn {
    unsigned n;          /**< 1-based number of the turn in its document */
    const char *speaker; /**< canonical name, label as printed, "interviewer" or a title */
    unsigned role;       /**< enum kz_role */
    size_t start, end;   /**< from the first byte of speech (after label or dash) to the last */
} kz_turn;

/** The fact types of the guidelines. */
enum kz_fact_type {
    KZ_FACT_DATE = 0,
    KZ_FACT_FIGURE,
    KZ_FACT_PERSON,
    KZ_FACT_PLACE,
    KZ_FACT__COUNT
};

/**
 * A date or figure mention. Person and place mentions are kz_mention
 * records of a kz_entity instead, because the guidelines count those once
 * per document.
 */
typedef struct kz_fact {
    unsigned type;     /**< KZ_FACT_DATE or KZ_FACT_FIGURE */
    size_t start, end; /**< the mention ("over 120 tonnes", "late February") */
    int turn;          /**< index into kz_doc.turns, -1 for lead text, headings, captions */

    /* date */
    const char *value;  /**< ISO 8601 ("2024-02-02", "2022/2024"); NULL when unresolved */
    const char *mod;    /**< "START", "END", "MID", "APPROX" or NULL */
    const char *anchor; /**< for relative dates: "document" or "unresolved"; else NULL */

    /* figure */
    const char *number; /**< the value as a plain decimal string: "411800000", "2.5" */
    double amount;      /**< the same value as a double, for comparisons only */
    const char *unit;   /**< "USD", "t", "percent", "person", "item", "km", ... */
    const char *fclass; /**< "money", "mass", "percent", "people", "count", "distance", "volume" */
    const char *qualifier; /**< "approx", "over", "under" or NULL */
    const char *what;      /**< the thing measured, short; NULL when not found */
} kz_fact;

/** One surface form of an entity at one place in the text. */
typedef struct kz_mention {
    size_t start, end;
    int turn; /**< as kz_fact.turn */
} kz_mention;

/** A person or place named in the document: one record per document. */
typedef struct kz_entity {
    unsigned type;  /**< KZ_FACT_PERSON or KZ_FACT_PLACE */
    const char *id; /**< canonical name, the same across documents */
    kz_mention *mentions;
    size_t nmentions, capmentions;

    /* person */
    const char *role; /**< office or description the document gives, or NULL */
    int official;     /**< 1 official, 0 not, per the guidelines */

    /* place */
    const char *kind;    /**< "country", "region", "city", "feature" */
    const char *country; /**< ISO 3166-1 alpha-2 code, or NULL for supranational regions */
    double lat, lon;     /**< WGS84 degrees; both 0 when unknown */
    int has_coords;
} kz_entity;

/** Metadata of a document, as the guidelines define it. NULL means null. */
typedef struct kz_meta {
    const char *kind; /**< "interview" or "article" */
    const char *title;
    const char *date; /**< "YYYY-MM-DD" */
    const char *publisher;
    const char *interviewer;
    const char **interviewees;   /**< NULL-terminated */
    const char **authors;        /**< NULL-terminated */
    const char *url;             /**< from front matter only */
    size_t date_start, date_end; /**< where the text states its date; 0,0 if it does not */
} kz_meta;

/** Front matter or --doc-date values that override what the segmenter infers. */
typedef struct kz_meta_override {
    const char *date, *title, *publisher, *url;
    const char *date_text;  /**< text an HTML page marks as its date, parsed by the segmenter */
    const char *author;     /**< text an HTML page marks as its author (class="author") */
    const char *site_title; /**< an HTML page's <title>, which often names the site */
} kz_meta_override;

/** A problem in the data that did not stop processing (repaired UTF-8, ...). */
typedef struct kz_diag {
    unsigned line;
    const char *msg;
} kz_diag;

/** One loaded, segmented and extracted document. */
typedef struct kz_doc {
    kz_arena *arena;    /**< owns every string below */
    const char *path;   /**< as given on the command line, "-" for stdin */
    const char *name;   /**< base name: the document's id in every output */
    const char *format; /**< loader that read it: "text", "md", "html" */

    const char *raw; /**< the original bytes (owned) */
    size_t raw_len;
    const char *text; /**< clean UTF-8 text: LF line ends, markup removed, NUL-terminated */
    size_t len;
    uint32_t *map;       /**< map[i]: byte offset in raw of text[i]; len + 1 entries */
    size_t *line_starts; /**< raw offset of each line's first byte (kz_doc_line()); may be NULL */
    size_t nlines;

    kz_block *blocks;
    size_t nblocks;

    kz_meta meta;
    kz_meta_override over;

    kz_turn *turns;
    size_t nturns, capturns;

    kz_fact *facts;
    size_t nfacts, capfacts;

    kz_entity *entities;
    size_t nentities, capentities;

    kz_diag *diags;
    size_t ndiags, capdiags;
} kz_doc;

/** A new, empty document named @path; free with kz_doc_free(). Never NULL. */
kz_doc *kz_doc_new(const char *path);

/** Free @doc and everything it owns. NULL is allowed. */
void kz_doc_free(kz_doc *doc);

/** Copy @len bytes of @s into the document's arena, NUL-terminated. */
const char *kz_doc_strndup(kz_doc *doc, const char *s, size_t len);

/** printf into the document's arena. */
const char *kz_doc_printf(kz_doc *doc, const char *fmt, ...) KZ_PRINTF(2, 3);

/** Append a fact (copied); returns it so the caller can fill more fields. */
kz_fact *kz_doc_add_fact(kz_doc *doc, const kz_fact *f);

/** Append a turn (copied) and return it. */
kz_turn *kz_doc_add_turn(kz_doc *doc, const kz_turn *t);

/**
 * The entity of @type with canonical @id, created if the document has none
 * yet (id is copied into the arena).
 */
kz_entity *kz_doc_entity(kz_doc *doc, unsigned type, const char *id);

/**
 * Add a mention to @e. The same span added twice is kept once: at once when
 * it is among the last few, otherwise by kz_entity_sort_mentions(), which
 * the pipeline calls when extraction is done.
 */
void kz_entity_add_mention(kz_doc *doc, kz_entity *e, size_t start, size_t end);

/** Sort the mentions of @e by position and drop repeated spans. */
void kz_entity_sort_mentions(kz_entity *e);

/** Record a diagnostic for @line (message copied). */
void kz_doc_diag(kz_doc *doc, unsigned line, const char *fmt, ...) KZ_PRINTF(3, 4);

/** Byte offset in the original file of clean-text offset @off (off <= len). */
size_t kz_doc_src_offset(const kz_doc *doc, size_t off);

/** 1-based line in the original file of clean-text offset @off (log time once indexed). */
unsigned kz_doc_line(const kz_doc *doc, size_t off);

/** Index the line starts of doc->raw, so that kz_doc_line() need not count. */
void kz_doc_index_lines(kz_doc *doc);

/** Index of the turn whose blocks contain @off, or -1. */
int kz_doc_turn_at(const kz_doc *doc, size_t off);

/** Index of the block containing @off, or of the block after it; nblocks if none. */
size_t kz_doc_block_at(const kz_doc *doc, size_t off);

/**
 * The sentence around [start, end): from the previous sentence end within the
 * block to the next one. Writes its bounds to *s and *e.
 */
void kz_doc_sentence(const kz_doc *doc, size_t start, size_t end, size_t *s, size_t *e);

/** "date", "figure", "person", "place". */
const char *kz_fact_type_name(unsigned type);

/** "interviewer", "interviewee", "quoted". */
const char *kz_role_name(unsigned role);

#endif
