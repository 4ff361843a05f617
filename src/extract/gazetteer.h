/* SPDX-License-Identifier: MIT */
/*
 * The place gazetteer: countries, regions, cities, natural features and
 * supranational regions, read from the embedded data files places*.tsv
 * (see the header comments of those files for the columns and sources).
 *
 * Names are matched on token sequences, not characters: a text is cut into
 * words (runs of letters and digits) and single punctuation marks, and a
 * name matches only whole tokens, so "Kazakhstani" or "European" never
 * match "Kazakhstan" or "Europe". Lookup finds the longest name that starts
 * at a token, through one hash table keyed on the case-folded tokens; the
 * letter case of the text is checked afterwards against the name as
 * written (see kz_gazetteer_match()).
 */
#ifndef KZ_GAZETTEER_H
#define KZ_GAZETTEER_H
#include <stdbool.h>
#include <stddef.h>

#include "kzua/kzua.h"

typedef struct kz_gazetteer kz_gazetteer;

/** Flags of a gazetteer row or of one of its names. */
enum kz_place_flags {
    KZ_PLACE_LOWER = 1 << 0,  /**< 'l': an all-lower-case form is accepted ("russia") */
    KZ_PLACE_PERSON = 1 << 1, /**< 'p': also a person's name ("Jordan", "Kurchatov") */
    KZ_PLACE_WORD = 1 << 2,   /**< 'w': also a common English word ("Oral") */
    KZ_PLACE_THE = 1 << 3,    /**< 't': only after "the" and before no noun ("the Caspian") */
};

/** How a name refers to its place. */
enum kz_place_role {
    KZ_PLACE_NAME = 0, /**< the name alone means the place ("Kyiv", "Cherkasy Oblast") */
    KZ_PLACE_STEM,     /**< only with "region"/"oblast" or in a list of regions ("Cherkasy") */
};

/** One place of the gazetteer. Strings are owned by the gazetteer. */
typedef struct kz_place {
    const char *id;      /**< today's official English name: "Kyiv", "Cherkasy Oblast" */
    const char *kind;    /**< "country", "region", "city", "feature" or "block" */
    const char *country; /**< ISO 3166-1 alpha-2, NULL for supranational places */
    const char *parent;  /**< id of the enclosing place, or NULL */
    double lat, lon;     /**< WGS84 degrees, when has_coords */
    int has_coords;
    unsigned flags; /**< enum kz_place_flags of the row */
} kz_place;

/** One name of a place that matched the text. */
typedef struct kz_gaz_hit {
    const kz_place *place;
    const char *name; /**< the name as the gazetteer writes it ("Kiev", "RK") */
    unsigned role;    /**< enum kz_place_role */
    unsigned flags;   /**< the row's flags plus the name's own */
} kz_gaz_hit;

/** A token of a text: a word or one punctuation mark. */
typedef struct kz_gaz_token {
    size_t start, end; /**< bytes of the text */
    char *key;         /**< case-folded, diacritics stripped */
    bool word;         /**< letters/digits (true) or one punctuation mark (false) */
} kz_gaz_token;

/**
 * A gazetteer loaded from the embedded data files places.tsv and
 * places-*.tsv. Returns KZ_EINPUT when a file is malformed. Free with
 * kz_gazetteer_free().
 */
KZ_NODISCARD kz_status kz_gazetteer_new(kz_gazetteer **out, kz_error *err);

/** An empty gazetteer, to be filled with kz_gazetteer_add_tsv(). */
kz_gazetteer *kz_gazetteer_new_empty(void);

/**
 * Add the rows of one TSV text (@name is used in error messages). Lines
 * starting with '#' and blank lines are skipped.
 */
KZ_NODISCARD kz_status kz_gazetteer_add_tsv(kz_gazetteer *g, const char *name, const char *tsv,
                                            size_t len, kz_error *err);

void kz_gazetteer_free(kz_gazetteer *g);

/** Number of places. */
size_t kz_gazetteer_count(const kz_gazetteer *g);

/** The place with canonical @id, or NULL. */
const kz_place *kz_gazetteer_find(const kz_gazetteer *g, const char *id);

/**
 * Cut text[0, len) into tokens; *out gets a new array (free it with
 * kz_gaz_tokens_free()). Returns the number of tokens.
 */
size_t kz_gaz_tokenize(const char *text, size_t len, kz_gaz_token **out);
void kz_gaz_tokens_free(kz_gaz_token *toks, size_t n);

/**
 * The longest gazetteer name that starts at token @i of @text (cut into
 * @toks) and whose letter case fits. The case fits when the text writes
 * the name as the gazetteer does, in capitals throughout ("KAZAKHSTAN"),
 * or, for names flagged 'l', in lower case throughout ("russia"). A name
 * never spans a line break. Returns the number of tokens matched (0 for
 * none) and writes up to @maxhits hits (one per place and role) to @hits
 * and their number to *nhits.
 */
size_t kz_gazetteer_match(const kz_gazetteer *g, const char *text, const kz_gaz_token *toks,
                          size_t ntoks, size_t i, kz_gaz_hit *hits, size_t maxhits, size_t *nhits);

/**
 * The place that the whole string @s (of @len bytes) names, with the same
 * case rules; NAME roles are preferred to STEM roles. NULL if none.
 */
const kz_place *kz_gazetteer_lookup(const kz_gazetteer *g, const char *s, size_t len,
                                    unsigned *role);
#endif
