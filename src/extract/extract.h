/* SPDX-License-Identifier: MIT */
/*
 * The extractor contract. An extractor is one file, ex_<name>.c, defining
 * `const struct kz_extractor kz_extractor_<name>`; CMake finds the file and
 * adds it to the registry, so nothing else has to be edited.
 */
#ifndef KZ_EXTRACT_H
#define KZ_EXTRACT_H
#include <stddef.h>

#include "kzua/model.h"

struct kz_extractor {
    const char *name;    /**< "dates": the file is ex_dates.c */
    unsigned type;       /**< enum kz_fact_type it produces */
    const char *summary; /**< one line for --help and --list-extractors */
    int order;           /**< extractors run in ascending order (dates before figures) */
    /** Compile patterns and load data once; *state is passed to run and free. */
    kz_status (*init)(void **state, kz_error *err);
    void (*free)(void *state);
    /**
     * Add facts (kz_doc_add_fact) or entities (kz_doc_entity) to @doc, which
     * is segmented already (meta, blocks and turns are set) and holds the
     * facts of the extractors that ran before. Must not fail on any text;
     * returns an error only for resource limits.
     */
    kz_status (*run)(void *state, kz_doc *doc, kz_error *err);
};

/** Number of registered extractors. */
size_t kz_extractor_count(void);

/** The @i-th extractor in run order (by order, then name); NULL past the end. */
const struct kz_extractor *kz_extractor_get(size_t i);

/** The extractor named @name, or NULL. */
const struct kz_extractor *kz_extractor_find(const char *name);

/** Extractors with their states, initialised once per run. */
typedef struct kz_extract_ctx kz_extract_ctx;

/**
 * Initialise the extractors whose names are in the comma-separated @only
 * (all when NULL). Free with kz_extract_ctx_free().
 */
KZ_NODISCARD kz_status kz_extract_ctx_new(kz_extract_ctx **out, const char *only, kz_error *err);
void kz_extract_ctx_free(kz_extract_ctx *ctx);

/** Run every extractor of @ctx on @doc, then attach facts to turns. */
KZ_NODISCARD kz_status kz_extract_run(kz_extract_ctx *ctx, kz_doc *doc, kz_error *err);

/**
 * Embedded data files (data/<name>): a NUL-terminated copy of the file, or
 * NULL if there is none. *len gets its length. Static storage.
 */
const char *kz_data_get(const char *name, size_t *len);
#endif
