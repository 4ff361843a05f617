/* SPDX-License-Identifier: MIT */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"

#include <pcre2.h>
#include <stdlib.h>

#include "base/kz_alloc.h"

/* Generous for prose, small enough that a hostile input fails in
 * milliseconds instead of backtracking for minutes. */
#define MATCH_LIMIT 1000000
#define DEPTH_LIMIT 10000

struct kz_regex {
    pcre2_code *code;
    pcre2_match_data *md;
    pcre2_match_context *mctx;
};

kz_status kz_regex_compile(kz_regex **out, const char *pattern, unsigned flags, kz_error *err)
{
    uint32_t opt = PCRE2_UTF | PCRE2_UCP | PCRE2_NO_UTF_CHECK;
    if (flags & KZ_RE_CASELESS)
        opt |= PCRE2_CASELESS;
    if (flags & KZ_RE_EXTENDED)
        opt |= PCRE2_EXTENDED;
    if (flags & KZ_RE_MULTILINE)
        opt |= PCRE2_MULTILINE;
    int code;
    PCRE2_SIZE off;
    pcre2_code *re =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opt, &code, &off, NULL);
    if (!re) {
        PCRE2_UCHAR msg[256];
        pcre2_get_error_message(code, msg, sizeof msg);
        return kz_error_set(err, KZ_EUSAGE, "", 0, "regex error at offset %zu: %s", (size_t)off,
                            (const char *)msg);
    }
    /* JIT is an optimisation: where the platform lacks it, the interpreter runs. */
    (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    kz_regex *r = kz_xcalloc(1, sizeof *r);
    r->code = re;
    r->md = pcre2_match_data_create_from_pattern(re, NULL);
    r->mctx = pcre2_match_context_create(NULL);
    if (!r->md || !r->mctx) {
        kz_regex_free(r);
        return kz_error_set(err, KZ_ELIMIT, "", 0, "out of memory compiling a pattern");
    }
    pcre2_set_match_limit(r->mctx, MATCH_LIMIT);
    pcre2_set_depth_limit(r->mctx, DEPTH_LIMIT);
    *out = r;
    return KZ_OK;
}

void kz_regex_free(kz_regex *re)
{
    if (!re)
        return;
    pcre2_match_data_free(re->md);
    pcre2_match_context_free(re->mctx);
    pcre2_code_free(re->code);
    free(re);
}

int kz_regex_find(const kz_regex *re, const char *subj, size_t len, size_t from, kz_match *m)
{
    if (from > len)
        return 0;
    int rc =
        pcre2_match(re->code, (PCRE2_SPTR)subj, len, from, PCRE2_NO_UTF_CHECK, re->md, re->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    if (rc < 0)
        return KZ_ELIMIT;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(re->md);
    m->start = ov[0];
    m->end = ov[1];
    m->re = re;
    return 1;
}

bool kz_match_groupn(const kz_match *m, unsigned n, size_t *start, size_t *end)
{
    if (n >= pcre2_get_ovector_count(m->re->md))
        return false;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->re->md);
    if (ov[2 * n] == PCRE2_UNSET)
        return false;
    *start = ov[2 * n];
    *end = ov[2 * n + 1];
    return true;
}

bool kz_match_group(const kz_match *m, const char *name, size_t *start, size_t *end)
{
    /* Duplicate names ((?J)) are allowed: take the first that is set. */
    PCRE2_SPTR first, last;
    int size = pcre2_substring_nametable_scan(m->re->code, (PCRE2_SPTR)name, &first, &last);
    if (size < 0)
        return false;
    for (PCRE2_SPTR e = first; e <= last; e += size) {
        unsigned n = ((unsigned)e[0] << 8) | e[1];
        if (kz_match_groupn(m, n, start, end))
            return true;
    }
    return false;
}
