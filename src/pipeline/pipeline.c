/* SPDX-License-Identifier: MIT */
/* load -> segment -> extract -> canonical speaker names; and the folder walk. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/kz_alloc.h"
#include "base/kz_utf8.h"
#include "extract/extract.h"
#include "extract/names.h"
#include "kzua/pipeline.h"

struct kz_pipeline {
    kz_load_opts opts;
    kz_extract_ctx *ex;
};

kz_status kz_pipeline_new(kz_pipeline **out, const kz_load_opts *opts, const char *only,
                          kz_error *err)
{
    kz_pipeline *p = kz_xcalloc(1, sizeof *p);
    if (opts)
        p->opts = *opts;
    kz_status st = kz_extract_ctx_new(&p->ex, only, err);
    if (st != KZ_OK) {
        free(p);
        return st;
    }
    *out = p;
    return KZ_OK;
}

void kz_pipeline_free(kz_pipeline *p)
{
    if (!p)
        return;
    kz_extract_ctx_free(p->ex);
    free(p);
}

static int key_eq(const char *a, size_t an, const char *b, size_t bn)
{
    char *ka = kz_utf8_fold_key(a, an), *kb = kz_utf8_fold_key(b, bn);
    int eq = strcmp(ka, kb) == 0;
    free(ka);
    free(kb);
    return eq;
}

/* "R.K.": the one person whose initials these are ("Maryna Savchuk (M.S.)"), or NULL */
static const char *by_initials(const kz_doc *d, const char *name, size_t n)
{
    if (n < 4 || n > 9 || n % 2)
        return NULL;
    for (size_t i = 0; i < n; i += 2)
        if (!(name[i] >= 'A' && name[i] <= 'Z') || name[i + 1] != '.')
            return NULL;
    const char *found = NULL;
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        if (e->type != KZ_FACT_PERSON)
            continue;
        size_t k = 0;
        int match = 1;
        for (const char *w = e->id; *w && match; k += 2) {
            if (k >= n || *w != name[k])
                match = 0;
            const char *sp = strchr(w, ' ');
            w = sp ? sp + 1 : w + strlen(w);
        }
        if (match && k == n) {
            if (found && strcmp(found, e->id) != 0)
                return NULL;
            found = e->id;
        }
    }
    return found;
}

/*
 * The person entity a printed name refers to. The people extractor's own
 * matching comes first (titles dropped, spellings compared, a surname when
 * only one person has it); then the forms it does not know: a full name at
 * the end of a longer run ("Uzbekistan Mykhailo Dovhaniuk") and initials.
 */
static const char *canonical(const kz_doc *d, const char *name)
{
    if (!name)
        return NULL;
    const char *id = kz_people_speaker_id(d, name);
    if (id)
        return id;
    size_t n = strlen(name);
    for (size_t i = 0; i < d->nentities; i++) {
        const kz_entity *e = &d->entities[i];
        size_t il = strlen(e->id);
        if (e->type == KZ_FACT_PERSON && il < n && strchr(e->id, ' ') && name[n - il - 1] == ' ' &&
            key_eq(e->id, il, name + n - il, il))
            return e->id;
    }
    return by_initials(d, name, n);
}

static void canonical_list(kz_doc *d, const char **list)
{
    size_t o = 0;
    for (size_t i = 0; list && list[i]; i++) {
        const char *c = canonical(d, list[i]);
        const char *v = c ? c : list[i];
        size_t k;
        for (k = 0; k < o; k++) /* two spellings of one person become one name */
            if (strcmp(list[k], v) == 0)
                break;
        if (k == o)
            list[o++] = v;
    }
    if (list)
        list[o] = NULL;
}

/* Speakers and meta names as the people extractor's canonical ids. */
static void canonical_names(kz_doc *d)
{
    /* a transcript repeats a handful of labels thousands of times: resolve each once */
    const char *seen[16], *res[16];
    size_t nseen = 0;
    for (size_t i = 0; i < d->nturns; i++) {
        const char *sp = d->turns[i].speaker, *c = NULL;
        size_t k;
        for (k = 0; k < nseen; k++)
            if (seen[k] == sp || strcmp(seen[k], sp) == 0)
                break;
        if (k < nseen) {
            c = res[k];
        } else {
            c = canonical(d, sp);
            if (nseen < 16) {
                seen[nseen] = sp;
                res[nseen++] = c;
            }
        }
        if (c)
            d->turns[i].speaker = c;
    }
    const char *c = canonical(d, d->meta.interviewer);
    if (c)
        d->meta.interviewer = c;
    canonical_list(d, d->meta.interviewees);
    canonical_list(d, d->meta.authors);
}

static kz_status finish(kz_pipeline *p, kz_doc *doc, kz_doc **out, kz_error *err)
{
    kz_segment(doc);
    kz_status st = kz_extract_run(p->ex, doc, err);
    if (st != KZ_OK) {
        kz_doc_free(doc);
        return st;
    }
    kz_segment_quotes(doc);
    for (size_t i = 0; i < doc->nfacts; i++)
        doc->facts[i].turn = kz_doc_turn_at(doc, doc->facts[i].start);
    for (size_t i = 0; i < doc->nentities; i++)
        for (size_t k = 0; k < doc->entities[i].nmentions; k++)
            doc->entities[i].mentions[k].turn =
                kz_doc_turn_at(doc, doc->entities[i].mentions[k].start);
    canonical_names(doc);
    *out = doc;
    return KZ_OK;
}

kz_status kz_pipeline_run(kz_pipeline *p, const char *path, kz_doc **out, kz_error *err)
{
    kz_doc *doc = NULL;
    kz_status st = kz_load_path(path, &p->opts, &doc, err);
    if (st != KZ_OK)
        return st;
    return finish(p, doc, out, err);
}

kz_status kz_pipeline_run_bytes(kz_pipeline *p, const char *name, const char *bytes, size_t n,
                                kz_doc **out, kz_error *err)
{
    kz_doc *doc = NULL;
    kz_status st = kz_load_bytes(name, bytes, n, &p->opts, &doc, err);
    if (st != KZ_OK)
        return st;
    return finish(p, doc, out, err);
}

/* ---- the folder walk ---- */

/*
 * In a folder, only files that can be documents: the loaders' extensions
 * or none at all; a README or LICENSE describes the corpus and is not part
 * of it, and gold .json files sit beside texts. A file named on the
 * command line is always read.
 */
static int document_name(const char *name)
{
    /* README, README.md, LICENSE.txt; not "readme-notes.txt" */
    static const char *const skip[] = {"README", "LICENSE", "COPYING", "CHANGELOG", NULL};
    for (size_t i = 0; skip[i]; i++) {
        size_t l = strlen(skip[i]);
        if (strncasecmp(name, skip[i], l) == 0 && (name[l] == '\0' || name[l] == '.'))
            return 0;
    }
    const char *dot = strrchr(name, '.');
    if (!dot)
        return 1;
    static const char *const ext[] = {"txt",  "text", "md",    "markdown", "mdown",
                                      "html", "htm",  "xhtml", NULL};
    for (size_t i = 0; ext[i]; i++)
        if (strcasecmp(dot + 1, ext[i]) == 0)
            return 1;
    return 0;
}

struct dirstack {
    dev_t dev[64];
    ino_t ino[64];
    size_t n;
};

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk_dir(const char *path, int follow, struct dirstack *stack, kz_walk_cb cb,
                     kz_walk_err_cb on_error, void *ud)
{
    DIR *dir = opendir(path);
    if (!dir) {
        kz_error e;
        kz_error_set(&e, KZ_EIO, path, 0, "cannot open directory: %s", strerror(errno));
        on_error(&e, ud);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dir)) != NULL) {
        if (de->d_name[0] == '.') /* ".", "..", and hidden entries, as ripgrep */
            continue;
        KZ_GROW(names, cap, n + 1);
        names[n++] = kz_xstrdup(de->d_name);
    }
    closedir(dir);
    if (n > 1)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        size_t pl = strlen(path);
        char *full = kz_xmalloc(pl + strlen(names[i]) + 2);
        strcpy(full, path);
        if (pl && path[pl - 1] != '/')
            strcat(full, "/");
        strcat(full, names[i]);
        struct stat st;
        if (lstat(full, &st) != 0) {
            kz_error e;
            kz_error_set(&e, KZ_EIO, full, 0, "cannot stat: %s", strerror(errno));
            on_error(&e, ud);
        } else if (S_ISLNK(st.st_mode) && !follow) {
            /* links are left alone unless -L */
        } else if (stat(full, &st) != 0) {
            kz_error e;
            kz_error_set(&e, KZ_EIO, full, 0, "broken link: %s", strerror(errno));
            on_error(&e, ud);
        } else if (S_ISDIR(st.st_mode)) {
            int loop = 0;
            for (size_t k = 0; k < stack->n; k++)
                if (stack->dev[k] == st.st_dev && stack->ino[k] == st.st_ino)
                    loop = 1;
            if (loop || stack->n >= 64) {
                kz_error e;
                kz_error_set(&e, KZ_EIO, full, 0,
                             loop ? "directory loop, skipped"
                                  : "directories nested too deep, skipped");
                on_error(&e, ud);
            } else {
                stack->dev[stack->n] = st.st_dev;
                stack->ino[stack->n++] = st.st_ino;
                walk_dir(full, follow, stack, cb, on_error, ud);
                stack->n--;
            }
        } else if (S_ISREG(st.st_mode) && document_name(names[i])) {
            cb(full, ud);
        }
        free(full);
        free(names[i]);
    }
    free(names);
}

kz_status kz_walk(const char *path, int follow_links, kz_walk_cb cb, kz_walk_err_cb on_error,
                  void *ud, kz_error *err)
{
    if (strcmp(path, "-") == 0) {
        cb(path, ud);
        return KZ_OK;
    }
    struct stat st;
    if (stat(path, &st) != 0)
        return kz_error_set(err, KZ_EIO, path, 0, "cannot open: %s", strerror(errno));
    if (!S_ISDIR(st.st_mode)) {
        cb(path, ud);
        return KZ_OK;
    }
    struct dirstack stack = {.n = 1};
    stack.dev[0] = st.st_dev;
    stack.ino[0] = st.st_ino;
    walk_dir(path, follow_links, &stack, cb, on_error, ud);
    return KZ_OK;
}
