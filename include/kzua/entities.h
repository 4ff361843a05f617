/* SPDX-License-Identifier: MIT */
/*
 * Entity summaries across a corpus: one row per person or place id over
 * all documents, with the documents, speakers and surface forms that name
 * it. Documents are added one at a time and may be freed right after the
 * call: the aggregator copies every string it keeps.
 */
#ifndef KZUA_ENTITIES_H
#define KZUA_ENTITIES_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/** One id over all documents. Every pointer is owned by the aggregator. */
typedef struct kz_entity_row {
    const char *id;
    /* person: the first role a document gives; 1 when any document calls it an official */
    const char *role;
    int official;
    /* place: the first kind, country and coordinates a document gives */
    const char *kind, *country;
    double lat, lon;
    int has_coords;
    /* distinct strings, in order of first sight */
    const char *const *docs, *const *speakers, *const *forms;
    size_t ndocs, nspeakers, nforms;
    long long mentions;
    long long with; /**< turns shared with the --with entity; 0 without one */
} kz_entity_row;

typedef struct kz_entity_agg kz_entity_agg;

/** A filter on the entities of @type that a document holds; true keeps @e. */
typedef bool (*kz_entity_keep_fn)(const kz_entity *e, void *ud);

/**
 * An aggregator of the entities of @type (KZ_FACT_PERSON or KZ_FACT_PLACE).
 * With @with (an id, compared case- and diacritic-folded), only entities
 * named in a turn that also names @with count, @with itself excluded, and
 * the row's "with" counts those turns. @keep (may be NULL) sees each entity
 * of @type before that test. @with is copied; @ud is borrowed.
 */
kz_entity_agg *kz_entity_agg_new(unsigned type, const char *with, kz_entity_keep_fn keep, void *ud);
/** Count the entities of @d; nothing of @d is kept after the call. */
void kz_entity_agg_add(kz_entity_agg *a, const kz_doc *d);
/**
 * The rows, sorted: most shared turns first when there is a @with, then
 * most mentions, then by id. Valid until the next kz_entity_agg_add() or
 * kz_entity_agg_free().
 */
const kz_entity_row *kz_entity_agg_rows(kz_entity_agg *a, size_t *n);
void kz_entity_agg_free(kz_entity_agg *a);
#endif
