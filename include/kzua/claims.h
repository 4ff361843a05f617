/* SPDX-License-Identifier: MIT */
/*
 * Periods and claims: when a fact is placed on the calendar, and which
 * figures of a corpus state the same measure.
 *
 * A "claim" is one figure copied out of its document, so that claims of
 * many documents can be compared after the documents are freed. Claims are
 * grouped by what they measure: the normalised head noun of the figure's
 * `what`, its unit and the period it refers to. docs/claims.md states the
 * rule in full, with examples.
 */
#ifndef KZUA_CLAIMS_H
#define KZUA_CLAIMS_H

#include <stdbool.h>
#include <stddef.h>

#include "model.h"

/**
 * The calendar span of a date value ("2024", "2024-05", "2024-05-18",
 * "2022/2024", "2022-12/2023-02"): the first and last day it covers, as
 * "YYYY-MM-DD" strings that compare in calendar order with strcmp (the
 * last day of a month is written as day 31, which sorts right). Returns
 * false, leaving @lo and @hi empty, for NULL or an unreadable value.
 */
bool kz_date_span(const char *value, char lo[11], char hi[11]);

/**
 * Parse a --since/--until bound: "YYYY", "YYYY-MM" or "YYYY-MM-DD". With
 * @upper false, @out is the first day the bound covers, else the last.
 * Returns false when @arg is not such a date.
 */
bool kz_date_bound(const char *arg, bool upper, char out[11]);

/**
 * Whether [lo, hi] (from kz_date_span) overlaps [since, until]; an empty
 * @since or @until is unbounded on that side.
 */
bool kz_span_overlaps(const char *lo, const char *hi, const char *since, const char *until);

/**
 * The date facts tied to clean-text span [start, end): the date facts of
 * the same sentence (a date fact is tied to itself). Writes up to @max
 * pointers into @out (borrowed from @d) and returns how many there are.
 */
size_t kz_tied_dates(const kz_doc *d, size_t start, size_t end, const kz_fact **out, size_t max);

/**
 * The head noun of a figure's `what`: lower case, singular, function words
 * and measure words ("volume", "shipments") dropped, a few synonyms folded
 * ("turnover" is "trade", "assistance" is "aid"). "mutual trade turnover"
 * gives "trade", "humanitarian aid shipments" gives "aid", "45 Ukrainian
 * children" gives "child". Returns a string the caller frees, or NULL when
 * @what has no word.
 */
char *kz_claim_head(const char *what);

/** One figure, copied out of its document (all strings owned by the kz_claims). */
typedef struct kz_claim {
    const char *doc, *doc_date; /**< document name and its own date (or NULL) */
    const char *speaker, *role; /**< of the turn, NULL outside turns */
    const char *text;           /**< the figure as written */
    const char *number;         /**< decimal value */
    double amount;
    const char *unit, *fclass, *qualifier, *what;
    const char *head;    /**< kz_claim_head() of what (or of part_of's what) */
    const char *phrase;  /**< head with its modifiers: "humanitarian aid" */
    const char *part_of; /**< text of the figure this one is a part of, or NULL */
    const char *period;  /**< "2024", "2022/2024", "past" or NULL */
    int plo, phi;        /**< the period's first and last year; 0 when none */
    const char *sentence;
    long long line, turn; /**< turn is 0 outside turns */
    size_t docno, start;  /**< order: document, then position */
} kz_claim;

/** A set of claims that state one measure. */
typedef struct kz_claim_group {
    const char *head, *unit, *fclass;
    const char *period; /**< "2024", "2022/2024", "past" or NULL */
    size_t *members;    /**< indexes into kz_claims.items, in document order */
    size_t nmembers;
    size_t nsources; /**< distinct (document, speaker) pairs */
    size_t min, max; /**< indexes of the smallest and largest member */
    double spread;   /**< (max - min) / max, 0 when max is 0 */
} kz_claim_group;

typedef struct kz_claims {
    kz_claim *items;
    size_t n, cap;
    kz_claim_group *groups;
    size_t ngroups;
    size_t ndocs;
    struct kz_arena *arena; /**< owns every string above */
    void *re;               /**< compiled patterns, internal */
} kz_claims;

/** Start an empty collection; release it with kz_claims_release(). */
void kz_claims_init(kz_claims *c);

/**
 * Copy every figure of @d that has a `what`, with its head noun and
 * period. Documents are numbered in the order they are added.
 */
void kz_claims_add_doc(kz_claims *c, const kz_doc *d);

/**
 * Group the claims (see docs/claims.md) into c->groups, ordered by number
 * of sources (most first), then head, unit and period. Call once, after
 * the last kz_claims_add_doc().
 */
void kz_claims_group(kz_claims *c);

/** Free everything; @c can be initialised again. */
void kz_claims_release(kz_claims *c);

#endif
