/* SPDX-License-Identifier: MIT */
/*
 * Personal names: romanisation-aware comparison and the choice of one
 * canonical spelling per person.
 *
 * The same person is printed in many spellings: Ukrainian national and
 * Russian-based romanisations (Serhiy / Serhii / Sergiy, Kovalyov /
 * Kovaliov), Kazakh Latin (Qasym-Jomart Toqayev, Ğalym Särsenbaev), English
 * press habits (-ayev / -aev, Zelenskyy / Zelensky / Zelenskiy) and Cyrillic
 * in a grammatical case (Володимирі Зеленському). The functions here reduce
 * a spelling to a comparison key that such variants share, and compare two
 * names token by token with a little fuzz on the surname.
 *
 * Nothing here knows any particular person: the lists of known officials
 * and given names are data files read by ex_people.c.
 */
#ifndef KZ_NAMES_H
#define KZ_NAMES_H
#include <stdbool.h>
#include <stddef.h>

#include "kzua/model.h"

/** Most tokens a name may have ("Ursula von der Leyen" is four). */
#define KZ_NAME_MAX_TOKENS 6

/**
 * The comparison key of a name as printed: case and diacritics folded,
 * Cyrillic transliterated, apostrophes dropped, hyphens made spaces, and
 * each token rewritten by the romanisation rules (q→k, kh→x, zh/dzh→j,
 * ts→c, w→v, y→i, a Ukrainian h→g, an i between two vowels dropped,
 * doubled letters collapsed, a word-initial "ie" read as "e"). Tokens are
 * separated by one space. "Serhiy Kovalyov" and "Serhii Kovaliov" both
 * give "sergi kovaliov"... the exact form is not part of the contract; only
 * equality is. Returns a malloc'ed string the caller frees; never NULL.
 */
char *kz_name_key(const char *s, size_t len);

/**
 * The consonant skeleton of a key token: its first letter, then its
 * consonants ("sarsenbaev" gives "srsnbv"). Used to let a surname differ by a
 * vowel ("Särsenbaev" / "Sarsnbaev"). Caller frees; never NULL.
 */
char *kz_name_skeleton(const char *key, size_t len);

/**
 * Whether two single name tokens (as printed, e.g. two surnames) are the
 * same by the key rules, or, for tokens of five or more letters, by the
 * consonant skeleton. Cyrillic tokens are also compared by stem, so that a
 * case ending does not matter ("Зеленському" and "Zelenskyy").
 */
bool kz_name_token_same(const char *a, size_t alen, const char *b, size_t blen);

/**
 * Whether two full names (as printed, two or more tokens each) denote the
 * same person by spelling: the first tokens agree by key (or by Cyrillic
 * stem) and the last tokens agree by kz_name_token_same(); middle tokens
 * (patronymics, second given names) may be missing on one side.
 * "Kassym-Jomart Tokayev" = "Qasym-Jomart Toqayev"; "Ğalym Särsenbaev" =
 * "Galym Sarsenbaev"; "Nurlan Abdrakhmanov" = "Nurlan Abdrahmanov".
 */
bool kz_name_same(const char *a, size_t alen, const char *b, size_t blen);

/**
 * Split @s into name tokens (white space separated; a hyphenated name is
 * one token). Writes up to @max token bounds (offsets into s) to @start and
 * @end and returns the number of tokens found (which may exceed @max).
 */
size_t kz_name_tokens(const char *s, size_t len, size_t *start, size_t *end, size_t max);

/**
 * How closely a spelling follows the conventional English romanisation of
 * Slavic and Kazakh names: the number of iotated vowels written with a y
 * after a vowel or at a token start ("-ayev", "-yeva", "Yu-", "-yan"...),
 * as in "Kuanyshev" (1) against "Kuanishev" (0). Within one document the
 * spelling with the higher score becomes the id; ties go to the earlier.
 */
int kz_name_english_score(const char *s, size_t len);

/** Whether @s holds a Cyrillic letter. */
bool kz_name_is_cyrillic(const char *s, size_t len);

/**
 * The id of the person entity of @doc that @speaker (a speaker label or
 * name as printed: "Nurlan Abenov", "Abenov", "Mr. Abenov",
 * "Ambassador Abenov") refers to, or NULL when none matches or the label is
 * not a name ("Kazinform", "Q", "interviewer"). A bare surname must match the
 * last name of exactly one person. Run after the people extractor; the
 * pipeline uses it to canonicalise turn speakers. The result points into
 * the document's arena.
 */
const char *kz_people_speaker_id(const kz_doc *doc, const char *speaker);
#endif
