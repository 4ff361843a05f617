/* SPDX-License-Identifier: MIT */
/*
 * One extractor on one text: the first byte picks the extractor, the rest
 * is the text (loaded and segmented as plain text). Every span lies inside
 * the text and every value is valid UTF-8.
 */
#include "extract/extract.h"
#include "fuzz_check.h"
#include "kzua/pipeline.h"

static kz_extract_ctx **ctxs;
static size_t nctx;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    nctx = kz_extractor_count();
    ctxs = calloc(nctx + 1, sizeof *ctxs);
    kz_error err;
    for (size_t i = 0; i < nctx; i++)
        if (kz_extract_ctx_new(&ctxs[i], kz_extractor_get(i)->name, &err) != KZ_OK)
            abort();
    /* and all of them together, in their order */
    if (kz_extract_ctx_new(&ctxs[nctx], NULL, &err) != KZ_OK)
        abort();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!ctxs)
        LLVMFuzzerInitialize(NULL, NULL);
    if (size < 1 || size > KZ_FUZZ_MAX)
        return 0;
    kz_load_opts o = {.from = "text", .doc_date = (data[0] & 0x80) ? "2023-02-16" : NULL};
    kz_doc *d = NULL;
    kz_error err;
    if (kz_load_bytes("f.txt", (const char *)data + 1, size - 1, &o, &d, &err) != KZ_OK)
        return 0;
    kz_segment(d);
    kz_extract_ctx *ctx = ctxs[(data[0] & 0x7F) % (nctx + 1)];
    kz_status st = kz_extract_run(ctx, d, &err);
    KZ_FUZZ_CHECK(st == KZ_OK || st == KZ_ELIMIT);
    kz_fuzz_check_doc(d);
    kz_doc_free(d);
    return 0;
}
