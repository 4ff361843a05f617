/* SPDX-License-Identifier: MIT */
/*
 * HTML through libxml2's HTML parser (no network, recovering from bad
 * markup). Block elements become blocks; script, style, navigation and
 * forms are dropped; <strong>/<em> covering a whole block become flags,
 * a leading <strong> run is remembered as a possible speaker label.
 * libxml2 does not report byte offsets of text nodes, so each piece of
 * text is aligned back to the source: exactly where it occurs verbatim,
 * character by character where entities changed it.
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/kz_alloc.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "load.h"

size_t kz_html_entity(const char *s, size_t n, int32_t *cp)
{
    if (n < 3 || s[0] != '&')
        return 0;
    size_t i = 1;
    if (s[1] == '#') {
        uint32_t v = 0; /* unsigned and capped: "&#xFFFFFFFF;" must not overflow */
        i = 2;
        int hex = i < n && (s[i] == 'x' || s[i] == 'X');
        if (hex)
            i++;
        size_t d0 = i;
        while (i < n && i - d0 < 8 &&
               (kz_isdigit((unsigned char)s[i]) || (hex && s[i] && strchr("abcdefABCDEF", s[i])))) {
            uint32_t dv = kz_isdigit((unsigned char)s[i]) ? (uint32_t)(s[i] - '0')
                                                          : (uint32_t)(kz_tolower(s[i]) - 'a' + 10);
            v = v * (hex ? 16u : 10u) + dv;
            if (v > 0x10FFFF)
                v = 0x110000;
            i++;
        }
        if (i == d0 || i >= n || s[i] != ';')
            return 0;
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
            v = 0xFFFD;
        *cp = (int32_t)v;
        return i + 1;
    }
    while (i < n && i < 32 && kz_isalnum((unsigned char)s[i]))
        i++;
    if (i >= n || s[i] != ';' || i == 1)
        return 0;
    char name[33];
    memcpy(name, s + 1, i - 1);
    name[i - 1] = '\0';
    const htmlEntityDesc *d = htmlEntityLookup((const xmlChar *)name);
    if (!d)
        return 0;
    *cp = (int32_t)d->value;
    return i + 1;
}

static int sniff_html(const char *s, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && kz_isspace((unsigned char)s[i]))
        i++;
    static const char *const starts[] = {"<!doctype html", "<html", "<head", "<body", "<!--", "<p>",
                                         "<div",           "<meta", NULL};
    for (size_t k = 0; starts[k]; k++) {
        size_t l = strlen(starts[k]);
        if (n - i >= l && strncasecmp(s + i, starts[k], l) == 0)
            return 1;
    }
    return 0;
}

struct walk {
    kz_doc *doc;
    kz_textb *tb;
    const char *src;
    size_t n, cursor;
    size_t *line_off; /* offset of each line start */
    unsigned nlines;
    int bold, italic, in_block;
    unsigned kind, flags; /* of the innermost block element, for the lazy open */
    struct {
        int seen, first_bold, all_bold, all_italic, lead_open;
    } em;
    unsigned depth;
    int deep_warned;
};

/* Align one decoded text piece to the source from the cursor on. */
static void put_aligned(struct walk *w, const char *t, size_t len, unsigned line)
{
    size_t from = w->cursor;
    if (line >= 1 && line <= w->nlines && w->line_off[line - 1] > from)
        from = w->line_off[line - 1];
    const char *hit = NULL;
    if (len && from < w->n) {
        /* libxml2 numbers lines as it reads, so the piece is near that line */
        size_t win = w->n - from;
        if (win > 16384)
            win = 16384;
        hit = kz_memmem(w->src + from, win, t, len);
    }
    if (hit) {
        /* text between the cursor and the hit means this piece was written with
         * entities, and the hit is a later copy of the same words */
        for (size_t q = from; q < (size_t)(hit - w->src); q++) {
            char c = w->src[q];
            if (c == '<') {
                const char *gt = memchr(w->src + q, '>', (size_t)(hit - w->src) - q);
                if (!gt)
                    break;
                q = (size_t)(gt - w->src);
            } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                hit = NULL;
                break;
            }
        }
    }
    if (hit) {
        size_t at = (size_t)(hit - w->src);
        kz_textb_put(w->tb, t, len, at, 1);
        w->cursor = at + len;
        return;
    }
    size_t base = w->tb->text.len;
    kz_textb_put(w->tb, t, len, from, 0);
    size_t p = from;
    for (size_t k = 0; k < len; k++) {
        size_t q = p, lim = p + 64 < w->n ? p + 64 : w->n;
        while (q < lim && w->src[q] != t[k]) {
            if (w->src[q] == '<') { /* do not match inside markup */
                const char *gt = memchr(w->src + q, '>', w->n - q);
                q = gt ? (size_t)(gt - w->src) : lim;
            }
            q++;
        }
        if (q < lim && w->src[q] == t[k]) {
            w->tb->map[base + k] = (uint32_t)q;
            p = q + 1;
        } else {
            w->tb->map[base + k] = (uint32_t)p;
        }
    }
    w->cursor = p;
}

static int is_block(const char *name)
{
    static const char *const blocks[] = {
        "p",       "div",        "h1",      "h2", "h3",     "h4",   "h5", "h6",
        "li",      "blockquote", "pre",     "td", "th",     "dt",   "dd", "figcaption",
        "caption", "section",    "article", "tr", "table",  "ul",   "ol", "figure",
        "main",    "address",    "hr",      "dl", "center", "body", NULL};
    for (size_t i = 0; blocks[i]; i++)
        if (strcasecmp(name, blocks[i]) == 0)
            return 1;
    return 0;
}

static int is_skipped(const char *name)
{
    static const char *const skip[] = {"script",   "style",  "noscript", "nav",    "form",
                                       "iframe",   "svg",    "template", "button", "select",
                                       "textarea", "head",   "object",   "embed",  "canvas",
                                       "aside",    "footer", "menu",     "dialog", NULL};
    for (size_t i = 0; skip[i]; i++)
        if (strcasecmp(name, skip[i]) == 0)
            return 1;
    return 0;
}

static void open_block(struct walk *w, unsigned line, unsigned kind, unsigned flags)
{
    kz_textb_open(w->tb, line, kind, flags);
    w->tb->bold_end = 0;
    memset(&w->em, 0, sizeof w->em);
    w->em.all_bold = w->em.all_italic = 1;
    w->in_block = 1;
}

static void close_block(struct walk *w)
{
    if (!w->in_block)
        return;
    if (w->em.lead_open)
        w->tb->bold_end = w->tb->text.len;
    if (w->em.seen) {
        if (w->em.all_bold)
            w->tb->block_flags |= KZ_BF_BOLD;
        else if (w->em.first_bold)
            w->tb->block_flags |= KZ_BF_LEAD_BOLD;
        if (w->em.all_italic)
            w->tb->block_flags |= KZ_BF_ITALIC;
    }
    kz_textb_close(w->tb, w->cursor);
    w->in_block = 0;
}

static void text_node(struct walk *w, xmlNode *node)
{
    const char *t = (const char *)node->content;
    if (!t)
        return;
    /* Source line breaks and runs of white space inside a block are one space. */
    kz_buf clean = KZ_BUF_INIT;
    int letters = 0, words = 0;
    for (size_t i = 0; t[i]; i++) {
        char c = t[i];
        if (c == '\n' || c == '\t' || c == '\r' || c == ' ') {
            if (!clean.len || clean.ptr[clean.len - 1] != ' ')
                kz_buf_putc(&clean, ' ');
            continue;
        }
        kz_buf_putc(&clean, c);
        letters = 1;
        if (kz_isalnum((unsigned char)c))
            words = 1;
    }
    for (size_t i = 0; !words && i < clean.len;) {
        int32_t cp = kz_utf8_next(clean.ptr, clean.len, &i);
        words = kz_utf8_is_letter(cp);
    }
    if (!letters) {
        if (clean.len && w->in_block)
            put_aligned(w, " ", 1, 0);
        kz_buf_release(&clean);
        return;
    }
    if (!w->in_block)
        open_block(w, (unsigned)xmlGetLineNo(node), w->kind, w->flags);
    if (words && !w->em.seen) {
        w->em.seen = 1;
        w->em.first_bold = w->bold;
        w->em.lead_open = w->bold;
    }
    if (words && !w->bold)
        w->em.all_bold = 0;
    if (words && !w->italic)
        w->em.all_italic = 0;
    if (words && w->em.lead_open && !w->bold) {
        w->em.lead_open = 0;
        w->tb->bold_end = w->tb->text.len;
    }
    const char *p = clean.ptr;
    size_t len = clean.len;
    if (p[0] == ' ' && w->tb->text.len && w->tb->text.ptr[w->tb->text.len - 1] == ' ')
        p++, len--;
    long ln = xmlGetLineNo(node);
    put_aligned(w, p, len, ln > 0 ? (unsigned)ln : 0);
    kz_buf_release(&clean);
}

static void meta_tag(struct walk *w, xmlNode *node)
{
    xmlChar *name = xmlGetProp(node, (const xmlChar *)"name");
    if (!name)
        name = xmlGetProp(node, (const xmlChar *)"property");
    xmlChar *content = xmlGetProp(node, (const xmlChar *)"content");
    if (name && content) {
        const char *k = (const char *)name, *v = (const char *)content;
        kz_doc *d = w->doc;
        if ((strcasecmp(k, "article:published_time") == 0 || strcasecmp(k, "date") == 0 ||
             strcasecmp(k, "dc.date") == 0) &&
            strlen(v) >= 10 && !d->over.date)
            d->over.date = kz_doc_strndup(d, v, 10);
        else if (strcasecmp(k, "og:site_name") == 0 && !d->over.publisher)
            d->over.publisher = kz_doc_strndup(d, v, strlen(v));
        else if (strcasecmp(k, "og:url") == 0 && !d->over.url)
            d->over.url = kz_doc_strndup(d, v, strlen(v));
    }
    xmlFree(name);
    xmlFree(content);
}

static void walk_node(struct walk *w, xmlNode *node)
{
    /* Deeply nested input is cut off rather than risking the stack. */
    if (++w->depth > 256) {
        if (!w->deep_warned)
            kz_doc_diag(w->doc, (unsigned)xmlGetLineNo(node),
                        "elements nested over 256 deep, "
                        "their text is left out");
        w->deep_warned = 1;
        w->depth--;
        return;
    }
    for (xmlNode *c = node; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            text_node(w, c);
            continue;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)c->name;
        if (strcasecmp(name, "meta") == 0) {
            meta_tag(w, c);
            continue;
        }
        if (is_skipped(name)) {
            if (strcasecmp(name, "head") == 0)
                walk_node(w, c->children); /* only for <meta>; <title> etc. are skipped below */
            continue;
        }
        if (strcasecmp(name, "title") == 0) {
            xmlChar *txt = xmlNodeGetContent(c);
            if (txt && !w->doc->over.site_title && strlen((const char *)txt) < 300)
                w->doc->over.site_title =
                    kz_doc_strndup(w->doc, (const char *)txt, strlen((const char *)txt));
            xmlFree(txt);
            continue;
        }
        if (strcasecmp(name, "br") == 0) {
            close_block(w);
            w->tb->pending_gap = 0;
            continue;
        }
        if (strcasecmp(name, "time") == 0 && !w->doc->over.date) {
            xmlChar *dt = xmlGetProp(c, (const xmlChar *)"datetime");
            if (dt && strlen((const char *)dt) >= 10)
                w->doc->over.date = kz_doc_strndup(w->doc, (const char *)dt, 10);
            xmlFree(dt);
        }
        /* class="author" / class="date": the page says who wrote it and when */
        xmlChar *cls = xmlGetProp(c, (const xmlChar *)"class");
        xmlChar *itemprop = xmlGetProp(c, (const xmlChar *)"itemprop");
        const char *k = cls ? (const char *)cls : itemprop ? (const char *)itemprop : NULL;
        if (k && (strstr(k, "author") || strstr(k, "byline")) && !w->doc->over.author) {
            xmlChar *txt = xmlNodeGetContent(c);
            if (txt && strlen((const char *)txt) < 120)
                w->doc->over.author =
                    kz_doc_strndup(w->doc, (const char *)txt, strlen((const char *)txt));
            xmlFree(txt);
        } else if (k && (strstr(k, "date") || strstr(k, "published") || strstr(k, "time")) &&
                   !w->doc->over.date_text) {
            xmlChar *txt = xmlNodeGetContent(c);
            if (txt && strlen((const char *)txt) < 120)
                w->doc->over.date_text =
                    kz_doc_strndup(w->doc, (const char *)txt, strlen((const char *)txt));
            xmlFree(txt);
        }
        xmlFree(cls);
        xmlFree(itemprop);
        int block = is_block(name);
        int bold = strcasecmp(name, "strong") == 0 || strcasecmp(name, "b") == 0;
        int italic = strcasecmp(name, "em") == 0 || strcasecmp(name, "i") == 0;
        unsigned okind = w->kind, oflags = w->flags;
        if (block) {
            close_block(w);
            kz_textb_gap(w->tb);
            w->kind = KZ_BLOCK_PARA;
            w->flags = oflags & KZ_BF_QUOTE; /* paragraphs inside a quotation stay quoted */
            if ((name[0] == 'h' || name[0] == 'H') && name[1] >= '1' && name[1] <= '6' && !name[2])
                w->kind = KZ_BLOCK_HEADING;
            else if (strcasecmp(name, "li") == 0)
                w->kind = KZ_BLOCK_ITEM;
            if (strcasecmp(name, "figcaption") == 0 || strcasecmp(name, "caption") == 0)
                w->flags |= KZ_BF_CAPTION;
            if (strcasecmp(name, "blockquote") == 0)
                w->flags |= oflags | KZ_BF_QUOTE;
        }
        int ob = w->bold, oi = w->italic;
        w->bold |= bold;
        w->italic |= italic;
        walk_node(w, c->children);
        w->bold = ob;
        w->italic = oi;
        if (block) {
            close_block(w);
            kz_textb_gap(w->tb);
            w->kind = okind;
            w->flags = oflags;
        }
    }
    w->depth--;
}

/* The first element named @name below @n (depth-first), or NULL. */
static xmlNode *find_element(xmlNode *n, const char *name, unsigned depth)
{
    if (depth > 256)
        return NULL;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (strcasecmp((const char *)c->name, name) == 0)
            return c;
        xmlNode *f = find_element(c, name, depth + 1);
        if (f)
            return f;
    }
    return NULL;
}

/* Bytes of text below @n, skipping scripts and styles; stops counting past 4 KiB. */
static size_t text_length_at(xmlNode *n, unsigned depth)
{
    size_t total = 0;
    if (depth > 256)
        return 0;
    for (xmlNode *c = n->children; c && total < 4096; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content)
            total += strlen((const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !is_skipped((const char *)c->name))
            total += text_length_at(c, depth + 1);
    }
    return total;
}

static size_t text_length(xmlNode *n)
{
    return text_length_at(n, 0);
}

static kz_status load_html(kz_doc *doc, const char *s, size_t n, kz_textb *tb, kz_error *err)
{
    if (n > (size_t)INT_MAX)
        return kz_error_set(err, KZ_EINPUT, doc->path, 0, "too large for the HTML parser");
    xmlInitParser();
    htmlDocPtr h = htmlReadMemory(s, (int)n, NULL, "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                                      HTML_PARSE_RECOVER | HTML_PARSE_COMPACT);
    if (!h) {
        /* libxml2 gives no tree for an empty page: that is an empty document */
        bool blank = true;
        for (size_t i = 0; i < n && blank; i++)
            blank = kz_isspace((unsigned char)s[i]);
        if (blank)
            return KZ_OK;
        return kz_error_set(err, KZ_EINPUT, doc->path, 0, "the HTML parser gave up");
    }
    struct walk w;
    memset(&w, 0, sizeof w);
    w.doc = doc;
    w.tb = tb;
    w.src = s;
    w.n = n;
    unsigned lines = 1;
    for (size_t i = 0; i < n; i++)
        lines += s[i] == '\n';
    w.line_off = kz_xmalloc(((size_t)lines + 1) * sizeof *w.line_off);
    w.line_off[0] = 0;
    w.nlines = 1;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '\n')
            w.line_off[w.nlines++] = i + 1;
    xmlNode *root = xmlDocGetRootElement(h);
    if (root) {
        /* A page's story is its <article> (or <main>): menus, teasers and cookie
         * notices outside it are not the text. <meta> in <head> is read either way. */
        xmlNode *story = find_element(root, "article", 0);
        if (!story || text_length(story) < 200)
            story = find_element(root, "main", 0);
        if (story && text_length(story) >= 200) {
            for (xmlNode *c = root->children; c; c = c->next)
                if (c->type == XML_ELEMENT_NODE && strcasecmp((const char *)c->name, "head") == 0)
                    walk_node(&w, c->children);
            xmlNode *next = story->next;
            story->next = NULL; /* walk the story alone, not its siblings */
            walk_node(&w, story);
            story->next = next;
        } else {
            walk_node(&w, root);
        }
    }
    close_block(&w);
    free(w.line_off);
    xmlFreeDoc(h);
    return KZ_OK;
}

static const char *const html_ext[] = {"html", "htm", "xhtml", NULL};

const struct kz_loader kz_loader_html = {
    .name = "html",
    .summary = "HTML pages (parsed with libxml2)",
    .extensions = html_ext,
    .sniff = sniff_html,
    .load = load_html,
};
