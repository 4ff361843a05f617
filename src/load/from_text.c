/* SPDX-License-Identifier: MIT */
/*
 * Plain and Markdown-ish text: one block per non-blank line. Understood:
 * `#` headings, `**bold**` and `*italic*` (stripped, remembered as block
 * flags), `\$`-style escapes, inline tags such as <sup>th</sup>, character
 * references (&nbsp; &#8217;), [links](url), list bullets, `>` quotes, and
 * front matter between `---` lines at the top. Not a full Markdown parser:
 * transcripts use a small, fairly stable subset.
 */
#include <string.h>

#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "load.h"

static int sniff_text(const char *s, size_t n)
{
    (void)s;
    (void)n;
    return 0; /* the fallback; never claims a file by content */
}

/* `key: value` lines between `---` fences at the very top. Returns bytes consumed. */
static size_t front_matter(kz_doc *doc, const char *s, size_t n, unsigned *lines)
{
    if (n < 4 || memcmp(s, "---", 3) != 0 || (s[3] != '\n'))
        return 0;
    size_t i = 4;
    unsigned ln = 1;
    kz_meta_override fm = doc->over;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n;
        ln++;
        if (e - i >= 3 && memcmp(s + i, "---", 3) == 0 && (e - i == 3 || s[i + 3] == ' ')) {
            *lines = ln;
            doc->over = fm; /* only a closed block is front matter */
            return e < n ? e + 1 : n;
        }
        const char *colon = memchr(s + i, ':', e - i);
        if (!colon) {
            if (ln > 60)
                return 0;
            i = e + 1;
            continue;
        }
        size_t ks = i, ke = (size_t)(colon - s), vs = ke + 1, ve = e;
        while (vs < ve && (s[vs] == ' ' || s[vs] == '\t'))
            vs++;
        while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '\t'))
            ve--;
        if (ve - vs >= 2 && (s[vs] == '"' || s[vs] == '\'') && s[ve - 1] == s[vs])
            vs++, ve--;
        const char *v = kz_doc_strndup(doc, s + vs, ve - vs);
        size_t kl = ke - ks;
#define KEY(k) (kl == sizeof(k) - 1 && memcmp(s + ks, k, kl) == 0)
        if (ve > vs) {
            if (KEY("date") || KEY("published"))
                fm.date = v;
            else if (KEY("title"))
                fm.title = v;
            else if (KEY("publisher") || KEY("outlet") || KEY("source") || KEY("site"))
                fm.publisher = v;
            else if (KEY("url") || KEY("link"))
                fm.url = v;
            else if (KEY("author") || KEY("authors") || KEY("by"))
                fm.author = v;
        }
#undef KEY
        i = e + 1;
    }
    return 0; /* no closing fence: not front matter */
}

/* A run of `*` toggles emphasis: 1 italic, 2 bold, 3 both. */
struct emph {
    int bold, italic;
    int seen_text, first_bold, all_bold, all_italic, lead_open;
};

static int has_word_char(const char *s, size_t n)
{
    for (size_t i = 0; i < n;) {
        int32_t cp = kz_utf8_next(s, n, &i);
        if (kz_isdigit(cp) || kz_utf8_is_letter(cp))
            return 1;
    }
    return 0;
}

static void put_text(kz_textb *tb, struct emph *e, const char *s, size_t n, size_t src, int step)
{
    /* dashes, quotes and spaces outside the markup do not break "whole block bold" */
    if (!has_word_char(s, n)) {
        kz_textb_put(tb, s, n, src, step);
        return;
    }
    if (!e->seen_text) {
        e->seen_text = 1;
        e->first_bold = e->bold;
        e->lead_open = e->bold;
    }
    if (!e->bold)
        e->all_bold = 0;
    if (!e->italic)
        e->all_italic = 0;
    if (e->lead_open && !e->bold) {
        e->lead_open = 0;
        tb->bold_end = tb->text.len;
    }
    kz_textb_put(tb, s, n, src, step);
}

static int is_tag(const char *s, size_t n, size_t *len)
{
    /* <sup>, </sup>, <br/>, <span class="x"> */
    size_t i = 1;
    if (i < n && s[i] == '/')
        i++;
    if (i >= n || !kz_isalpha((unsigned char)s[i]))
        return 0;
    while (i < n && kz_isalnum((unsigned char)s[i]))
        i++;
    if (i < n && s[i] != '>' && s[i] != ' ' && s[i] != '/')
        return 0;
    while (i < n && s[i] != '>' && s[i] != '<' && s[i] != '\n')
        i++;
    if (i >= n || s[i] != '>')
        return 0;
    *len = i + 1;
    return 1;
}

static void inline_line(kz_textb *tb, const char *s, size_t p, size_t e, struct emph *em)
{
    size_t i = p;
    while (i < e) {
        char c = s[i];
        if (c == '\\' && i + 1 < e && strchr("\\`*_{}[]()#+-.!$<>|~\"'&", s[i + 1])) {
            put_text(tb, em, s + i + 1, 1, i + 1, 1);
            i += 2;
        } else if (c == '*') {
            size_t r = i;
            while (r < e && s[r] == '*')
                r++;
            size_t run = r - i;
            int before_sp = i == p || s[i - 1] == ' ';
            int after_sp = r == e || s[r] == ' ';
            if (before_sp && after_sp && i != p && r != e) {
                put_text(tb, em, s + i, run, i, 1); /* a lone "*" in prose */
            } else {
                if (run & 1)
                    em->italic = !em->italic;
                if (run >= 2)
                    em->bold = !em->bold;
            }
            i = r;
        } else if (c == '<') {
            size_t tl;
            if (is_tag(s + i, e - i, &tl)) {
                if ((tl >= 4 && strncmp(s + i, "<br", 3) == 0))
                    put_text(tb, em, " ", 1, i, 0);
                i += tl;
            } else {
                put_text(tb, em, s + i, 1, i, 1);
                i++;
            }
        } else if (c == '&') {
            int32_t cp;
            size_t el = kz_html_entity(s + i, e - i, &cp);
            if (el) {
                kz_buf tmp = KZ_BUF_INIT;
                kz_utf8_encode(&tmp, cp);
                put_text(tb, em, tmp.ptr, tmp.len, i, 0);
                kz_buf_release(&tmp);
                i += el;
            } else {
                put_text(tb, em, s + i, 1, i, 1);
                i++;
            }
        } else if (c == '!' && i + 1 < e && s[i + 1] == '[') {
            /* an image: its alt text and address are not prose */
            const char *close = memchr(s + i, ']', e - i);
            if (close && (size_t)(close - s) + 1 < e && close[1] == '(') {
                const char *rp = memchr(close, ')', (size_t)(s + e - close));
                if (rp) {
                    i = (size_t)(rp - s) + 1;
                    continue;
                }
            }
            put_text(tb, em, s + i, 1, i, 1);
            i++;
        } else if (c == ']' && i + 1 < e && s[i + 1] == '(') {
            /* the end of [text](url): drop the address */
            const char *rp = memchr(s + i, ')', e - i);
            i = rp ? (size_t)(rp - s) + 1 : i + 1;
        } else if (c == '[' && memchr(s + i, ']', e - i)) {
            const char *close = memchr(s + i, ']', e - i);
            if ((size_t)(close - s) + 1 < e && close[1] == '(')
                i++; /* the opening bracket of a link */
            else {
                put_text(tb, em, s + i, 1, i, 1);
                i++;
            }
        } else {
            size_t j = i + 1;
            while (j < e && !strchr("\\*<&![]", s[j]))
                j++;
            put_text(tb, em, s + i, j - i, i, 1);
            i = j;
        }
    }
}

static int only_chars(const char *s, size_t a, size_t b, const char *set)
{
    int any = 0;
    for (size_t i = a; i < b; i++) {
        if (s[i] == ' ')
            continue;
        if (!strchr(set, s[i]))
            return 0;
        any = 1;
    }
    return any;
}

static kz_status load_text(kz_doc *doc, const char *s, size_t n, kz_textb *tb, kz_error *err)
{
    (void)err;
    unsigned line = 1;
    size_t i = front_matter(doc, s, n, &line);
    if (i)
        line++;
    while (i < n) {
        const char *nl = memchr(s + i, '\n', n - i);
        size_t e = nl ? (size_t)(nl - s) : n, p = i;
        while (p < e && (s[p] == ' ' || s[p] == '\t'))
            p++;
        size_t q = e;
        while (q > p && (s[q - 1] == ' ' || s[q - 1] == '\t'))
            q--;
        /* blank lines, rules and lone separators ("*", "---", "* * *") */
        if (p == q || only_chars(s, p, q, "*_=") || (q - p >= 3 && only_chars(s, p, q, "-"))) {
            kz_textb_gap(tb);
            i = e + 1;
            line++;
            continue;
        }
        unsigned kind = KZ_BLOCK_PARA, flags = 0;
        size_t h = p;
        while (h < q && s[h] == '#')
            h++;
        if (h > p && h - p <= 6 && h < q && s[h] == ' ') {
            kind = KZ_BLOCK_HEADING;
            p = h + 1;
        } else if (s[p] == '>') {
            flags |= KZ_BF_QUOTE;
            p++;
        } else if ((s[p] == '*' || s[p] == '+') && p + 1 < q && s[p + 1] == ' ') {
            kind = KZ_BLOCK_ITEM;
            p += 2;
        } else if (q - p >= 3 && memcmp(s + p, "\xE2\x80\xA2", 3) == 0) { /* • */
            kind = KZ_BLOCK_ITEM;
            p += 3;
        }
        struct emph em = {0, 0, 0, 0, 1, 1, 0};
        kz_textb_open(tb, line, kind, flags);
        tb->bold_end = 0;
        inline_line(tb, s, p, q, &em);
        if (em.lead_open)
            tb->bold_end = tb->text.len;
        if (em.seen_text) {
            if (em.all_bold)
                tb->block_flags |= KZ_BF_BOLD;
            else if (em.first_bold)
                tb->block_flags |= KZ_BF_LEAD_BOLD;
            if (em.all_italic)
                tb->block_flags |= KZ_BF_ITALIC;
        }
        kz_textb_close(tb, e);
        i = e + 1;
        line++;
    }
    return KZ_OK;
}

static const char *const text_ext[] = {"txt", "text", "md", "markdown", "mdown", NULL};

const struct kz_loader kz_loader_text = {
    .name = "text",
    .summary = "plain or Markdown-ish text",
    .extensions = text_ext,
    .sniff = sniff_text,
    .load = load_text,
};
