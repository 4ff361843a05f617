/* SPDX-License-Identifier: MIT */
/*
 * The loaders alone: the first byte picks text, Markdown or HTML (forced
 * with --from), the rest is the file. Blocks lie inside the text, the text
 * is valid UTF-8, every offset maps into the file.
 */
#include "fuzz_check.h"
#include "kzua/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > KZ_FUZZ_MAX)
        return 0;
    static const char *const from[] = {"text", "md", "html", NULL};
    kz_load_opts o = {.from = from[data[0] & 3]};
    kz_doc *d = NULL;
    kz_error err;
    kz_status st = kz_load_bytes("f", (const char *)data + 1, size - 1, &o, &d, &err);
    if (st != KZ_OK) {
        KZ_FUZZ_CHECK(d == NULL);
        return 0;
    }
    kz_fuzz_check_doc(d);
    /* the offsets never run backwards within a block */
    for (size_t b = 0; b < d->nblocks; b++)
        for (size_t i = d->blocks[b].start + 1; i < d->blocks[b].end; i++)
            KZ_FUZZ_CHECK(kz_doc_src_offset(d, i) + 64 >= kz_doc_src_offset(d, i - 1));
    kz_segment(d);
    kz_fuzz_check_doc(d);
    kz_doc_free(d);
    return 0;
}
