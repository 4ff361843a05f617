/* SPDX-License-Identifier: MIT */
/* kzua grep: keyword in context over the speech of turns. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_arena.h"
#include "base/kz_buf.h"
#include "base/kz_utf8.h"
#include "cli.h"
#include "extract/regex.h"

/* --count: matches per (speaker, role), over all documents. */
struct tally {
    const char *speaker, *role;
    const char **docs;
    size_t ndocs, capdocs;
    long long turns, matches;
};

struct state {
    bool icase, word, count, table, has_context;
    long context;
    const char *docs, *speaker, *role;
    char *speaker_key;
    kz_regex *re;
    kz_arena *arena;
    struct tally *t;
    size_t nt, capt;
};

enum { OPT_DOC = 400, OPT_SPEAKER, OPT_ROLE };

static const struct kz_opt opts[] = {
    {'i', "ignore-case", 0, NULL, "match without regard to case"},
    {'w', "word", 0, NULL, "match whole words only"},
    {'C', "context", 1, "N", "characters of context on each side [40]"},
    {'c', "count", 0, NULL, "count matches per speaker instead of listing them"},
    {OPT_SPEAKER, "speaker", 1, "NAME", "only turns of speaker NAME (case-insensitive)"},
    {OPT_ROLE, "role", 1, "ROLE", "only turns of ROLE: interviewer, interviewee, quoted"},
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case 'i': o->icase = true; break;
    case 'w': o->word = true; break;
    case 'c': o->count = true; break;
    case 'C': {
        char *end;
        long v = strtol(arg, &end, 10);
        if (!*arg || *end || v < 0 || v > 1000)
            return kz_cli_usage_error(c, "--context wants a number from 0 to 1000, not '%s'", arg);
        o->context = v;
        o->has_context = true;
        break;
    }
    case OPT_DOC: o->docs = arg; break;
    case OPT_SPEAKER: o->speaker = arg; break;
    case OPT_ROLE: return kz_cli_opt_role(c, arg, &o->role);
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

/* Start of the text @n code points before @i, not before @lo. */
static size_t back(const char *s, size_t lo, size_t i, long n)
{
    while (i > lo && n-- > 0) {
        size_t st;
        kz_utf8_prev(s, i, &st);
        i = st < lo ? lo : st;
    }
    return i;
}

static size_t forward(const char *s, size_t hi, size_t i, long n)
{
    while (i < hi && n-- > 0)
        kz_utf8_next(s, hi, &i);
    return i;
}

static size_t cps(const char *s, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < n; w++)
        kz_utf8_next(s, n, &i);
    return w;
}

/* Context as one line: white space of any kind becomes a plain space. */
static void flat(kz_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        size_t k = i;
        int32_t cp = kz_utf8_next(s, n, &i);
        if (kz_utf8_is_space(cp))
            kz_buf_putc(b, ' ');
        else
            kz_buf_put(b, s + k, i - k);
    }
}

static void tally(struct state *o, const kz_doc *d, const kz_turn *t, long long matches)
{
    struct tally *y = NULL;
    const char *role = kz_role_name(t->role);
    for (size_t i = 0; i < o->nt && !y; i++)
        if (strcmp(o->t[i].speaker, t->speaker) == 0 && strcmp(o->t[i].role, role) == 0)
            y = &o->t[i];
    if (!y) {
        KZ_GROW(o->t, o->capt, o->nt + 1);
        y = &o->t[o->nt++];
        memset(y, 0, sizeof *y);
        y->speaker = kz_arena_strndup(o->arena, t->speaker, strlen(t->speaker));
        y->role = role;
    }
    if (!y->ndocs || strcmp(y->docs[y->ndocs - 1], d->name) != 0) {
        KZ_GROW(y->docs, y->capdocs, y->ndocs + 1);
        y->docs[y->ndocs++] = kz_arena_strndup(o->arena, d->name, strlen(d->name));
    }
    y->turns++;
    y->matches += matches;
}

static void emit_match(struct kz_cli *c, struct state *o, const kz_doc *d, const kz_turn *t,
                       size_t lo, size_t hi, const kz_match *m)
{
    kz_buf left = KZ_BUF_INIT, right = KZ_BUF_INIT;
    size_t ls = back(d->text, lo, m->start, o->context);
    size_t re = forward(d->text, hi, m->end, o->context);
    /* in a table the matches line up: short left context is padded */
    if (o->table)
        for (size_t w = cps(d->text + ls, m->start - ls); w < (size_t)o->context; w++)
            kz_buf_putc(&left, ' ');
    flat(&left, d->text + ls, m->start - ls);
    flat(&right, d->text + m->end, re - m->end);
    size_t s, e;
    kz_src_span(d, m->start, m->end, &s, &e);
    kz_rec r;
    kz_rec_init(&r, "match");
    kz_rec_str(&r, "doc", d->name);
    kz_rec_int(&r, "turn", t->n);
    kz_rec_str(&r, "speaker", t->speaker);
    kz_rec_str(&r, "role", kz_role_name(t->role));
    kz_rec_int(&r, "line", kz_doc_line(d, m->start));
    kz_rec_str(&r, "left", kz_buf_cstr(&left));
    kz_rec_strn(&r, "match", d->text + m->start, m->end - m->start);
    kz_rec_str(&r, "right", kz_buf_cstr(&right));
    kz_rec_int(&r, "start", (long long)s);
    kz_rec_int(&r, "end", (long long)e);
    kz_cli_emit(&r, c);
    kz_buf_release(&left);
    kz_buf_release(&right);
}

static void each(struct kz_cli *c, kz_doc *d, void *ud)
{
    struct state *o = ud;
    if (!kz_cli_doc_ok(o->docs, d))
        return;
    for (size_t ti = 0; ti < d->nturns; ti++) {
        const kz_turn *t = &d->turns[ti];
        if (!kz_cli_turn_ok(t, o->speaker_key, o->role))
            continue;
        long long found = 0;
        /* match piece by piece, so that context never runs into a caption or heading */
        size_t k = kz_doc_block_at(d, t->start), lo, hi;
        bool gap;
        while (kz_turn_next_piece(d, t, &k, &lo, &hi, &gap)) {
            const kz_block *bl = &d->blocks[k - 1];
            kz_match m;
            for (size_t from = lo; from <= hi;) {
                int rc = kz_regex_find(o->re, d->text, hi, from, &m);
                if (rc != 1) {
                    if (rc < 0)
                        kz_cli_warn(c, "%s:%u: match limit hit, rest of the paragraph skipped",
                                    d->path, bl->line);
                    break;
                }
                if (m.end > m.start) {
                    found++;
                    if (!o->count)
                        emit_match(c, o, d, t, lo, hi, &m);
                    from = m.end;
                } else { /* an empty match: step over one character */
                    if (m.start >= hi)
                        break;
                    from = m.start;
                    kz_utf8_next(d->text, hi, &from);
                }
            }
        }
        if (o->count && found)
            tally(o, d, t, found);
    }
}

static int cmp_tally(const void *pa, const void *pb)
{
    const struct tally *a = pa, *b = pb;
    if (a->matches != b->matches)
        return a->matches > b->matches ? -1 : 1;
    int r = strcmp(a->speaker, b->speaker);
    return r ? r : strcmp(a->role, b->role);
}

static const char *const match_cols[] = {"doc", "line", "speaker", "left", "match", "right", NULL};
static const char *const count_cols[] = {"speaker", "role", "matches", "turns", "docs", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    if (argc < 1)
        return kz_cli_usage_error(c, "missing PATTERN");
    if (!o->has_context)
        o->context = 40;
    int st = 0;
    kz_buf pat = KZ_BUF_INIT;
    /* -w as grep does it: no word character on either side of the match */
    if (o->word)
        kz_buf_printf(&pat, "(?<!\\w)(?:%s)(?!\\w)", argv[0]);
    else
        kz_buf_puts(&pat, argv[0]);
    kz_error err;
    memset(&err, 0, sizeof err);
    if (kz_regex_compile(&o->re, kz_buf_cstr(&pat), o->icase ? KZ_RE_CASELESS : 0, &err) != KZ_OK) {
        kz_buf_release(&pat);
        return kz_cli_usage_error(c, "bad PATTERN '%s': %s", argv[0], err.msg);
    }
    kz_buf_release(&pat);
    o->speaker_key = kz_cli_key(o->speaker);
    o->arena = kz_arena_new();
    c->ropts.columns = o->count ? count_cols : match_cols;
    st = kz_cli_open_output(c);
    if (!st) {
        o->table = strcmp(c->renderer->name, "table") == 0;
        if (o->table && o->context + 2 > 60)
            c->ropts.width = (int)o->context + 2;
        st = kz_cli_each_doc(c, argc - 1, argv + 1, each, o);
        if (!st && o->count) {
            if (o->nt)
                qsort(o->t, o->nt, sizeof *o->t, cmp_tally);
            for (size_t i = 0; i < o->nt; i++) {
                kz_rec r;
                kz_rec_init(&r, "count");
                kz_rec_str(&r, "speaker", o->t[i].speaker);
                kz_rec_str(&r, "role", o->t[i].role);
                kz_rec_int(&r, "matches", o->t[i].matches);
                kz_rec_int(&r, "turns", o->t[i].turns);
                kz_rec_list(&r, "docs", o->t[i].docs, o->t[i].ndocs);
                kz_cli_emit(&r, c);
            }
        }
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    for (size_t i = 0; i < o->nt; i++)
        free(o->t[i].docs);
    free(o->t);
    free(o->speaker_key);
    kz_regex_free(o->re);
    kz_arena_free(o->arena);
    return st;
}

const struct kz_command kz_command_grep = {
    .name = "grep",
    .summary = "keyword in context: matches of a PCRE2 pattern in the speech of turns",
    .usage = "kzua grep [options] PATTERN PATH...",
    .description =
        "PATTERN is a PCRE2 regular expression (UTF-8, Unicode classes), matched within each\n"
        "paragraph of each turn's speech; lead text, headings and captions are not searched.\n"
        "Each \"match\" record has the left context, the match and the right context (up to\n"
        "--context characters, within the paragraph), the speaker and the document; in a\n"
        "table the left context is padded so that the matches line up. With --count, one\n"
        "\"count\" record per speaker and role: matches, turns with a match and documents,\n"
        "most matches first. No match is not an error (exit status 0, no records).",
    .example = "kzua grep -i -w 'trade|turnover' --role interviewee corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
