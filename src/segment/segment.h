/* SPDX-License-Identifier: MIT */
/* Internals shared by the segmenter's files: block tests, labels, names. */
#ifndef KZ_SEGMENT_H
#define KZ_SEGMENT_H
#include <stdbool.h>
#include <stddef.h>

#include "kzua/model.h"

/* A span of the clean text. */
typedef struct kz_span {
    size_t start, end;
} kz_span;

/* How a block takes part in the exchange. */
enum seg_mark {
    SEG_NONE = 0, /* lead, before any turn */
    SEG_SKIP,     /* heading, caption, byline, credit: belongs to no turn */
    SEG_Q,        /* starts a question */
    SEG_A,        /* starts an answer */
    SEG_CONT,     /* continues the current turn */
    SEG_LABEL,    /* starts a labelled turn */
};

/* Per-block facts the segmenter works from. */
typedef struct seg_block {
    unsigned mark;
    size_t body;   /* where the speech starts (after a dash or label) */
    kz_span label; /* the label, if any */
    int label_id;  /* index into the label table, -1 for none */
    bool dash, emph, question, asks, numbered, caps, caption, credit, unterminated;
} seg_block;

/* --- block tests (blocks.c) --- */
bool seg_is_dash_start(const char *s, size_t n, size_t *after);
bool seg_ends_question(const char *s, size_t n);
bool seg_is_caps_heading(const char *s, size_t n);
bool seg_is_caption(const char *s, size_t n);
/* Bylines, credits, disclaimers, datelines, "subscribe" lines. */
bool seg_is_credit(const char *s, size_t n);
/* Ends without sentence punctuation (a caption, a standfirst, a signature). */
bool seg_is_unterminated(const char *s, size_t n);

/*
 * A speaker label at s[0..n): "Q:", "Kazinform:", "MR. SMITH:", "Mr. KAUFMAN.",
 * "Q" followed by spaces. Fills the label span (relative to s) and where the
 * speech starts; false if there is none.
 */
bool seg_parse_label(const char *s, size_t n, kz_span *label, size_t *body);
/* Labels that are never speakers (Photo, Source, Editor...). */
bool seg_label_is_stop(const char *s, size_t n);
/* Q, Question, Interviewer, Moderator, Journalist... */
bool seg_label_is_asker(const char *s, size_t n);
/* A, Answer, Reply: the interviewee, whoever the text names as such. */
bool seg_label_is_answerer(const char *s, size_t n);

/* --- names (names_seg.c) --- */
/*
 * A person's name at s[0..n): two to four capitalised words ("Ivan Petrenko",
 * "Ğalym Särsenbaev", "Kassym-Jomart Tokayev"). Returns its length, 0 if none.
 */
size_t seg_person_name(const char *s, size_t n);
/* The last word names an outlet: "Times", "Radio", "Observer"... */
bool seg_outlet_word(const char *s, size_t n);

/* --- metadata (meta.c) --- */
void seg_meta(kz_doc *doc);
/* Who answers, from the blocks before the first turn; call once turns are known. */
void seg_meta_interviewee(kz_doc *doc, size_t first_turn_block);
/* A full date at s ("18 May 2024", "May 18, 2024", "2024-05-18") as YYYY-MM-DD. */
bool seg_parse_date(const char *s, size_t n, char out[11], size_t *len);

/* helpers */
const char *seg_strip_honorific(const char *s, size_t n, size_t *len);
#endif
