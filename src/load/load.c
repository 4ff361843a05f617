/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "base/kz_alloc.h"
#include "base/kz_ctype.h"
#include "base/kz_utf8.h"
#include "kzua/pipeline.h"
#include "load.h"

/* Large enough for any real transcript; keeps a hostile input from eating memory. */
#define DEFAULT_MAX (64u << 20)

static const struct kz_loader *const loaders[] = {&kz_loader_html, &kz_loader_text, NULL};

const char *kz_loader_names(void)
{
    return "html, text";
}

static kz_status read_all(const char *path, size_t max, char **out, size_t *outlen, kz_error *err)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return kz_error_set(err, KZ_EIO, path, 0, "cannot open: %s", strerror(errno));
    kz_buf b = KZ_BUF_INIT;
    char chunk[65536];
    size_t n;
    kz_status st = KZ_OK;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b.len + n > max) {
            st = kz_error_set(err, KZ_EINPUT, path, 0, "larger than %zu bytes", max);
            break;
        }
        kz_buf_put(&b, chunk, n);
    }
    if (st == KZ_OK && ferror(f))
        st = kz_error_set(err, KZ_EIO, path, 0, "cannot read: %s", strerror(errno));
    if (f != stdin)
        fclose(f);
    if (st != KZ_OK) {
        kz_buf_release(&b);
        return st;
    }
    *outlen = b.len;
    *out = kz_buf_detach(&b);
    return KZ_OK;
}

/*
 * Refuse what is not UTF-8 text: NUL bytes mean binary or UTF-16 (a UTF-16
 * file of Latin text is half NULs), and a UTF-16 BOM says so outright.
 */
static kz_status refuse_binary(const char *path, const char *s, size_t n, kz_error *err)
{
    if (n >= 2 && ((unsigned char)s[0] == 0xFF && (unsigned char)s[1] == 0xFE))
        return kz_error_set(err, KZ_EINPUT, path, 0,
                            "UTF-16 input is not supported (convert to UTF-8)");
    if (n >= 2 && ((unsigned char)s[0] == 0xFE && (unsigned char)s[1] == 0xFF))
        return kz_error_set(err, KZ_EINPUT, path, 0,
                            "UTF-16 input is not supported (convert to UTF-8)");
    const char *nul = memchr(s, '\0', n);
    if (nul) {
        unsigned line = 1;
        for (const char *p = s; p < nul; p++)
            line += *p == '\n';
        return kz_error_set(err, KZ_EINPUT, path, line, "binary file (NUL byte), skipped");
    }
    return KZ_OK;
}

/*
 * BOM, CRLF/CR -> LF, invalid UTF-8 -> U+FFFD. Writes the normalised bytes
 * to @out and for each of them its offset in the raw input to *map.
 */
static void normalise(kz_doc *doc, const char *s, size_t n, kz_buf *out, uint32_t **map)
{
    size_t cap = n + 16;
    uint32_t *m = kz_xmalloc(cap * sizeof *m);
    size_t i = 0, bad = 0;
    unsigned line = 1, first_bad_line = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t w = c < 0x80 ? 1 : kz_utf8_valid_at(s, n, i);
        if (out->len + 4 >= cap) {
            cap *= 2;
            m = kz_xrealloc(m, cap * sizeof *m);
        }
        if (c == '\r') {
            m[out->len] = (uint32_t)i;
            kz_buf_putc(out, '\n');
            line++;
            i += (i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        if (w == 0) {
            if (!bad++)
                first_bad_line = line;
            for (int k = 0; k < 3; k++)
                m[out->len + (size_t)k] = (uint32_t)i;
            kz_buf_put(out, "\xEF\xBF\xBD", 3);
            i++;
            continue;
        }
        for (size_t k = 0; k < w; k++)
            m[out->len + k] = (uint32_t)(i + k);
        kz_buf_put(out, s + i, w);
        line += c == '\n';
        i += w;
    }
    m[out->len] = (uint32_t)n;
    if (bad)
        kz_doc_diag(doc, first_bad_line, "invalid UTF-8 replaced with U+FFFD (%zu byte%s)", bad,
                    bad == 1 ? "" : "s");
    *map = m;
}

static const struct kz_loader *pick(const char *path, const char *s, size_t n, const char *from)
{
    if (from) {
        for (size_t i = 0; loaders[i]; i++)
            if (strcmp(loaders[i]->name, from) == 0 ||
                (strcmp(from, "md") == 0 && loaders[i] == &kz_loader_text))
                return loaders[i];
        return NULL;
    }
    const char *dot = strrchr(path, '.');
    const char *slash = strrchr(path, '/');
    if (dot && (!slash || dot > slash)) {
        for (size_t i = 0; loaders[i]; i++)
            for (const char *const *e = loaders[i]->extensions; e && *e; e++)
                if (strcasecmp(dot + 1, *e) == 0)
                    return loaders[i];
    }
    for (size_t i = 0; loaders[i]; i++)
        if (loaders[i]->sniff && loaders[i]->sniff(s, n) > 0)
            return loaders[i];
    return &kz_loader_text;
}

kz_status kz_load_bytes(const char *name, const char *bytes, size_t n, const kz_load_opts *opts,
                        kz_doc **out, kz_error *err)
{
    kz_status st = refuse_binary(name, bytes, n, err);
    if (st != KZ_OK)
        return st;
    const struct kz_loader *ld = pick(name, bytes, n, opts ? opts->from : NULL);
    if (!ld)
        return kz_error_set(err, KZ_EUSAGE, name, 0, "unknown input format '%s' (choose from %s)",
                            opts->from, kz_loader_names());
    kz_doc *doc = kz_doc_new(name);
    doc->raw = kz_xstrndup(bytes, n);
    doc->raw_len = n;
    doc->format = ld->name;
    kz_buf norm = KZ_BUF_INIT;
    uint32_t *premap = NULL;
    normalise(doc, bytes, n, &norm, &premap);
    kz_textb tb;
    kz_textb_init(&tb);
    st = ld->load(doc, kz_buf_cstr(&norm), norm.len, &tb, err);
    if (st == KZ_OK)
        kz_textb_finish(&tb, doc, premap, norm.len);
    kz_textb_release(&tb);
    kz_buf_release(&norm);
    free(premap);
    if (st != KZ_OK) {
        kz_doc_free(doc);
        return st;
    }
    if (opts && opts->doc_date)
        doc->over.date = kz_doc_strndup(doc, opts->doc_date, strlen(opts->doc_date));
    kz_doc_index_lines(doc);
    *out = doc;
    return KZ_OK;
}

kz_status kz_load_path(const char *path, const kz_load_opts *opts, kz_doc **out, kz_error *err)
{
    char *bytes = NULL;
    size_t n = 0;
    size_t max = opts && opts->max_bytes ? opts->max_bytes : DEFAULT_MAX;
    kz_status st = read_all(path, max, &bytes, &n, err);
    if (st != KZ_OK)
        return st;
    st = kz_load_bytes(path, bytes, n, opts, out, err);
    free(bytes);
    return st;
}
