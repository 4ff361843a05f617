/* SPDX-License-Identifier: MIT */
/*
 * Loading, walking and the whole pipeline: bytes -> kz_doc with meta,
 * turns, facts and entities. One document at a time, so that a corpus of
 * any size streams through.
 */
#ifndef KZUA_PIPELINE_H
#define KZUA_PIPELINE_H

#include "model.h"

/** Options for reading inputs. Zero-initialised means the defaults. */
typedef struct kz_load_opts {
    const char *from;     /**< force a loader ("text", "html"); NULL: by extension or sniff */
    const char *doc_date; /**< "YYYY-MM-DD" that overrides every document's date, or NULL */
    size_t max_bytes;     /**< size cap per file; 0 means 64 MiB */
} kz_load_opts;

/**
 * Read @path ("-" for standard input) and load it into a new document
 * (*out, free with kz_doc_free()). Fails with KZ_EIO when the file cannot
 * be read and KZ_EINPUT when it is binary, UTF-16 or too large; @err names
 * the file. Invalid UTF-8 is repaired and noted in doc->diags.
 */
KZ_NODISCARD kz_status kz_load_path(const char *path, const kz_load_opts *opts, kz_doc **out,
                                    kz_error *err);

/** The same for bytes already in memory; @name is the document's path. Copies @bytes. */
KZ_NODISCARD kz_status kz_load_bytes(const char *name, const char *bytes, size_t n,
                                     const kz_load_opts *opts, kz_doc **out, kz_error *err);

/** Names of the loaders, comma-separated ("html, text"). Static storage. */
const char *kz_loader_names(void);

/**
 * Find the files below @path in a stable (byte-wise sorted) order, as
 * ripgrep walks: hidden entries (".name") are skipped, symbolic links are
 * followed only with @follow_links. A plain file or "-" is returned as is.
 * For each file @cb is called; for each entry that cannot be read,
 * @on_error is called with the error (and the walk goes on). Returns
 * KZ_EIO if @path itself cannot be read.
 */
typedef void (*kz_walk_cb)(const char *path, void *ud);
typedef void (*kz_walk_err_cb)(const kz_error *err, void *ud);
kz_status kz_walk(const char *path, int follow_links, kz_walk_cb cb, kz_walk_err_cb on_error,
                  void *ud, kz_error *err);

/** Split a loaded document into metadata and speaker turns. Cannot fail. */
void kz_segment(kz_doc *doc);

/**
 * For an article: attributed quotations become "quoted" turns. Runs after
 * the extractors, so that person entities tell names from other words.
 */
void kz_segment_quotes(kz_doc *doc);

/** Load, segment and extract: the whole pipeline, with extractors chosen by @only. */
typedef struct kz_pipeline kz_pipeline;

KZ_NODISCARD kz_status kz_pipeline_new(kz_pipeline **out, const kz_load_opts *opts,
                                       const char *only, kz_error *err);
void kz_pipeline_free(kz_pipeline *p);

/** Run the pipeline on one file; *out is the document (caller frees with kz_doc_free()). */
KZ_NODISCARD kz_status kz_pipeline_run(kz_pipeline *p, const char *path, kz_doc **out,
                                       kz_error *err);

/** Run the pipeline on bytes in memory (tests, fuzzing). */
KZ_NODISCARD kz_status kz_pipeline_run_bytes(kz_pipeline *p, const char *name, const char *bytes,
                                             size_t n, kz_doc **out, kz_error *err);
#endif
