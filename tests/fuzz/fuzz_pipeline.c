/* SPDX-License-Identifier: MIT */
/*
 * The whole pipeline on any bytes. The first byte picks the file name the
 * loader sees (by extension, or none so that it sniffs) and a --doc-date;
 * the rest is the file. Every renderer then writes all records to memory.
 */
#include "fuzz_check.h"
#include "kzua/pipeline.h"
#include "kzua/query.h"
#include "kzua/render.h"

static kz_pipeline *pipes[2];

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    kz_error err;
    kz_load_opts plain = {0}, dated = {.doc_date = "2024-05-18"};
    if (kz_pipeline_new(&pipes[0], &plain, NULL, &err) != KZ_OK ||
        kz_pipeline_new(&pipes[1], &dated, NULL, &err) != KZ_OK)
        abort();
    return 0;
}

struct out {
    kz_sink sink;
    const struct kz_renderer *r;
    kz_render_opts o;
    void *st;
};

static void emit(const kz_rec *r, void *ud)
{
    struct out *o = ud;
    o->r->rec(&o->sink, &o->o, o->st, r);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!pipes[0])
        LLVMFuzzerInitialize(NULL, NULL);
    if (size < 1 || size > KZ_FUZZ_MAX)
        return 0;
    static const char *const names[] = {"f.txt", "f.md", "f.html", "f"};
    unsigned cfg = data[0];
    const char *name = names[cfg & 3];
    kz_pipeline *p = pipes[(cfg >> 2) & 1];
    kz_doc *d = NULL;
    kz_error err;
    kz_status st = kz_pipeline_run_bytes(p, name, (const char *)data + 1, size - 1, &d, &err);
    if (st != KZ_OK) {
        KZ_FUZZ_CHECK(st == KZ_EINPUT || st == KZ_ELIMIT);
        KZ_FUZZ_CHECK(d == NULL);
        return 0;
    }
    kz_fuzz_check_doc(d);
    for (const char *n = kz_renderer_names(); *n;) {
        size_t l = strcspn(n, ", ");
        char rname[32];
        snprintf(rname, sizeof rname, "%.*s", (int)l, n);
        struct out o;
        memset(&o, 0, sizeof o);
        o.r = kz_renderer_find(rname);
        KZ_FUZZ_CHECK(o.r != NULL);
        o.o.nested = (cfg >> 3) & 1;
        kz_sink_init_mem(&o.sink);
        if (o.r->begin)
            o.r->begin(&o.sink, &o.o, &o.st);
        kz_query_all(d, emit, &o);
        if (o.r->end)
            o.r->end(&o.sink, &o.o, o.st);
        /* every renderer writes valid UTF-8 */
        kz_fuzz_valid_utf8(o.sink.mem ? o.sink.mem : "", o.sink.len);
        kz_sink_close(&o.sink);
        n += l;
        while (*n == ',' || *n == ' ')
            n++;
    }
    kz_doc_free(d);
    return 0;
}
