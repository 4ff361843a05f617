/* SPDX-License-Identifier: MIT */
/*
 * replay TARGET-SEEDS...: the main() a fuzz target gets in ordinary builds
 * (without libFuzzer). Feeds every file of the given folders (or the files
 * given) to LLVMFuzzerTestOneInput, and for each also a few deterministic
 * variations (prefixes, flipped and duplicated bytes), so every past crasher
 * stays a regression test and the targets compile and run on every build.
 * Exit 0 when all ran (a broken invariant aborts), 1 when there was nothing
 * to run.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

static size_t runs;

static void run(const uint8_t *p, size_t n)
{
    /* a copy of exactly n bytes, so that ASan sees any read past the end */
    uint8_t *c = malloc(n ? n : 1);
    if (n)
        memcpy(c, p, n);
    LLVMFuzzerTestOneInput(c, n);
    free(c);
    runs++;
}

static void variations(const uint8_t *p, size_t n)
{
    run(p, n);
    if (n == 0)
        return;
    run(p, n / 2);
    run(p, n - 1);
    uint8_t *m = malloc(2 * n);
    uint32_t x = 2463534242u ^ (uint32_t)n;
    for (int k = 0; k < 6; k++) {
        memcpy(m, p, n);
        for (int f = 0; f < 4; f++) {
            x ^= x << 13, x ^= x >> 17, x ^= x << 5; /* xorshift32 */
            size_t at = x % n;
            m[at] = (uint8_t)(k & 1 ? m[at] ^ (1u << (x >> 8) % 8) : (x >> 16));
        }
        run(m, n);
    }
    /* the input twice over */
    memcpy(m, p, n);
    memcpy(m + n, p, n);
    run(m, 2 * n);
    free(m);
}

static int cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        exit(2);
    }
    size_t cap = 4096, n = 0, k;
    uint8_t *buf = malloc(cap);
    while ((k = fread(buf + n, 1, cap - n, f)) > 0)
        if ((n += k) == cap)
            buf = realloc(buf, cap *= 2);
    fclose(f);
    variations(buf, n);
    free(buf);
}

static void replay(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        fprintf(stderr, "replay: cannot open %s\n", path);
        exit(2);
    }
    if (!S_ISDIR(st.st_mode)) {
        replay_file(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        exit(2);
    char **names = NULL;
    size_t nn = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        names = realloc(names, (nn + 1) * sizeof *names);
        size_t l = strlen(path) + strlen(de->d_name) + 2;
        names[nn] = malloc(l);
        snprintf(names[nn++], l, "%s/%s", path, de->d_name);
    }
    closedir(d);
    if (nn)
        qsort(names, nn, sizeof *names, cmp);
    for (size_t i = 0; i < nn; i++) {
        replay(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize)
        LLVMFuzzerInitialize(&argc, &argv);
    for (int i = 1; i < argc; i++)
        replay(argv[i]);
    printf("replay: %zu inputs\n", runs);
    return runs ? 0 : 1;
}
