/* SPDX-License-Identifier: MIT */
/*
 * Queries: the model as records for the renderers. Each function calls @cb
 * once per record, in document order; records borrow from the document and
 * are valid only during the call.
 */
#ifndef KZUA_QUERY_H
#define KZUA_QUERY_H

#include <stdbool.h>

#include "model.h"
#include "render.h"

typedef void (*kz_rec_cb)(const kz_rec *r, void *ud);

/** The "document" record: metadata and counts. */
void kz_query_document(kz_doc *d, kz_rec_cb cb, void *ud);
/** One "turn" record per turn. */
void kz_query_turns(kz_doc *d, kz_rec_cb cb, void *ud);
/** The record of one fact (date or figure). */
void kz_query_fact(kz_doc *d, const kz_fact *f, kz_rec_cb cb, void *ud);
/** The record of one person or place entity. */
void kz_query_entity(kz_doc *d, const kz_entity *e, kz_rec_cb cb, void *ud);
/** Everything: document, turns, then facts and entities in text order. */
void kz_query_all(kz_doc *d, kz_rec_cb cb, void *ud);

/**
 * The turn's speech piece by piece: each call sets [*s, *e) to the next part
 * of a block that belongs to the turn (captions and headings inside it are
 * passed over) and returns true; false when there is none left. Start with
 * *k = kz_doc_block_at(d, t->start). *gap tells whether a blank line comes
 * before the piece.
 */
bool kz_turn_next_piece(const kz_doc *d, const kz_turn *t, size_t *k, size_t *s, size_t *e,
                        bool *gap);

/** The turn's speech: its text without captions and headings inside it (doc arena). */
const char *kz_turn_text(kz_doc *d, const kz_turn *t);
/** Byte span in the original file of clean span [start, end). */
void kz_src_span(const kz_doc *d, size_t start, size_t end, size_t *s, size_t *e);
/** Distinct surface forms of an entity, in order of first mention (doc arena). */
const char **kz_entity_forms(kz_doc *d, const kz_entity *e, size_t *n);
/** Number of facts of @type in @d (entities for person and place). */
size_t kz_doc_count(const kz_doc *d, unsigned type);
#endif
