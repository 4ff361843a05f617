/* SPDX-License-Identifier: MIT */
/*
 * kzua_bench [-n ROUNDS] [-x COPIES] [CORPUS-DIR]: throughput of the whole
 * pipeline (load, segment, every extractor, and the records rendered as
 * JSON Lines into memory).
 *
 * Two workloads: the corpus as it is, and a larger synthetic corpus made in
 * memory by repeating each text COPIES times with small perturbations
 * (numbers shifted, a paragraph order rotated, CRLF line ends on every
 * other copy), so that caches and cross-document tables see more than the
 * same five files. Prints documents/s, MB/s and the peak resident set
 * (getrusage). Not run by ctest; build with CMAKE_BUILD_TYPE=Release for
 * numbers worth quoting:
 *
 *     cmake -S . -B build-rel -DCMAKE_BUILD_TYPE=Release && cmake --build build-rel
 *     build-rel/bench/kzua_bench -n 5 corpus
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "kzua/pipeline.h"
#include "kzua/query.h"
#include "kzua/render.h"

struct text {
    char *name;
    char *bytes;
    size_t len;
};

struct set {
    struct text *v;
    size_t n, cap;
    size_t bytes;
};

static void add(struct set *s, const char *name, char *bytes, size_t len)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->v = realloc(s->v, s->cap * sizeof *s->v);
        if (!s->v)
            abort();
    }
    s->v[s->n].name = strdup(name);
    s->v[s->n].bytes = bytes;
    s->v[s->n].len = len;
    s->n++;
    s->bytes += len;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0, k;
    char *s = malloc(cap);
    while ((k = fread(s + n, 1, cap - n, f)) > 0)
        if ((n += k) == cap)
            s = realloc(s, cap *= 2);
    fclose(f);
    *len = n;
    return s;
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void load_corpus(const char *dir, struct set *s)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "kzua_bench: cannot open %s\n", dir);
        exit(2);
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        const char *dot = strrchr(de->d_name, '.');
        if (de->d_name[0] == '.' || !dot || strncmp(de->d_name, "README", 6) == 0 ||
            !(strcmp(dot, ".txt") == 0 || strcmp(dot, ".md") == 0 || strcmp(dot, ".html") == 0))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = strdup(de->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp);
    for (size_t i = 0; i < n; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        size_t len;
        char *b = slurp(path, &len);
        if (b)
            add(s, names[i], b, len);
        free(names[i]);
    }
    free(names);
}

/*
 * Copy @k of a text: every digit run shifted by k (so figures and dates
 * differ), the paragraphs after the first rotated by k, CRLF when k is odd.
 */
static char *perturb(const struct text *t, size_t k, size_t *outlen)
{
    /* split into paragraphs at blank lines */
    size_t np = 0, cap = 64;
    size_t *ps = malloc(cap * sizeof *ps), *pe = malloc(cap * sizeof *pe);
    for (size_t i = 0; i < t->len;) {
        size_t j = i;
        while (j < t->len && !(t->bytes[j] == '\n' && j + 1 < t->len && t->bytes[j + 1] == '\n'))
            j++;
        if (np == cap) {
            cap *= 2;
            ps = realloc(ps, cap * sizeof *ps);
            pe = realloc(pe, cap * sizeof *pe);
        }
        ps[np] = i, pe[np] = j < t->len ? j + 1 : j, np++;
        i = j < t->len ? j + 2 : j;
    }
    size_t ocap = t->len * 2 + 64, o = 0;
    char *out = malloc(ocap);
    for (size_t q = 0; q < np; q++) {
        size_t p = q == 0 || np < 3 ? q : 1 + (q - 1 + k) % (np - 1);
        for (size_t i = ps[p]; i < pe[p]; i++) {
            char c = t->bytes[i];
            if (o + 4 >= ocap)
                out = realloc(out, ocap *= 2);
            if (c >= '0' && c <= '9' &&
                (i + 1 >= pe[p] || t->bytes[i + 1] < '0' || t->bytes[i + 1] > '9'))
                c = (char)('0' + (c - '0' + k) % 10); /* the last digit of a number */
            if (c == '\n' && (k & 1))
                out[o++] = '\r';
            out[o++] = c;
        }
        if (o + 3 >= ocap)
            out = realloc(out, ocap *= 2);
        if (k & 1)
            out[o++] = '\r';
        out[o++] = '\n';
    }
    free(ps);
    free(pe);
    *outlen = o;
    return out;
}

static void count_rec(const kz_rec *r, void *ud)
{
    kz_sink *s = ud;
    kz_json_object(s, r);
    kz_sink_put(s, "\n", 1);
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Run the pipeline over @s @rounds times; prints one line. */
static int bench(const char *label, const struct set *s, int rounds)
{
    kz_pipeline *p = NULL;
    kz_error err;
    if (kz_pipeline_new(&p, NULL, NULL, &err) != KZ_OK) {
        fprintf(stderr, "kzua_bench: %s\n", err.msg);
        return 1;
    }
    size_t docs = 0, turns = 0, facts = 0, out = 0;
    double t0 = now();
    for (int r = 0; r < rounds; r++) {
        for (size_t i = 0; i < s->n; i++) {
            kz_doc *d = NULL;
            if (kz_pipeline_run_bytes(p, s->v[i].name, s->v[i].bytes, s->v[i].len, &d, &err) !=
                KZ_OK) {
                fprintf(stderr, "kzua_bench: %s: %s\n", s->v[i].name, err.msg);
                continue;
            }
            kz_sink sink;
            kz_sink_init_mem(&sink);
            kz_query_all(d, count_rec, &sink);
            out += sink.len;
            kz_sink_close(&sink);
            docs++;
            turns += d->nturns;
            facts += d->nfacts + d->nentities;
            kz_doc_free(d);
        }
    }
    double dt = now() - t0;
    double mb = (double)s->bytes * rounds / 1e6;
    printf("%-10s %5zu docs %8.2f MB in %7.3f s: %9.1f docs/s %7.2f MB/s "
           "(%zu turns, %zu facts+entities, %.1f MB of JSON)\n",
           label, docs, mb, dt, (double)docs / dt, mb / dt, turns, facts, (double)out / 1e6);
    kz_pipeline_free(p);
    return 0;
}

int main(int argc, char **argv)
{
    int rounds = 5, copies = 40;
    const char *dir = "corpus";
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-n") == 0 && i + 1 < argc)
            rounds = atoi(argv[++i]);
        else if (strcmp(argv[i], "-x") == 0 && i + 1 < argc)
            copies = atoi(argv[++i]);
        else if (argv[i][0] == '-') {
            fprintf(stderr, "usage: kzua_bench [-n ROUNDS] [-x COPIES] [CORPUS-DIR]\n");
            return 2;
        } else
            dir = argv[i];
    }
    if (rounds < 1 || copies < 1) {
        fprintf(stderr, "kzua_bench: -n and -x want positive numbers\n");
        return 2;
    }
    struct set corpus = {0}, synth = {0};
    load_corpus(dir, &corpus);
    if (corpus.n == 0) {
        fprintf(stderr, "kzua_bench: no texts in %s\n", dir);
        return 2;
    }
    for (int k = 0; k < copies; k++)
        for (size_t i = 0; i < corpus.n; i++) {
            size_t len;
            char *b = perturb(&corpus.v[i], (size_t)k, &len);
            char name[512];
            snprintf(name, sizeof name, "%03d-%s", k, corpus.v[i].name);
            add(&synth, name, b, len);
        }
    printf("kzua %s: %zu texts (%.1f kB) in %s; synthetic: %zu texts (%.2f MB); %d rounds\n",
           kz_version(), corpus.n, (double)corpus.bytes / 1e3, dir, synth.n,
           (double)synth.bytes / 1e6, rounds);
    int st = bench("corpus", &corpus, rounds);
    st |= bench("synthetic", &synth, rounds);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("peak RSS: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    for (size_t i = 0; i < corpus.n; i++)
        free(corpus.v[i].name), free(corpus.v[i].bytes);
    for (size_t i = 0; i < synth.n; i++)
        free(synth.v[i].name), free(synth.v[i].bytes);
    free(corpus.v);
    free(synth.v);
    return st;
}
