/* SPDX-License-Identifier: MIT */
/*
 * UTF-8 helpers on any bytes: decoding walks forward and backward to the
 * same code points, the fold key is valid UTF-8 and folding it again
 * changes nothing, and the loader's repair is idempotent.
 */
#include "base/kz_buf.h"
#include "fuzz_check.h"
#include "kzua/pipeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > KZ_FUZZ_MAX)
        return 0;
    const char *s = (const char *)data;
    /* decode, re-encode: the result is valid and decodes to the same code points */
    kz_buf b = KZ_BUF_INIT;
    for (size_t i = 0; i < size;) {
        size_t before = i;
        int32_t cp = kz_utf8_next(s, size, &i);
        KZ_FUZZ_CHECK(i > before && i <= size);
        KZ_FUZZ_CHECK(cp >= 0 && cp <= 0x10FFFF);
        kz_utf8_encode(&b, cp);
    }
    kz_fuzz_valid_utf8(kz_buf_cstr(&b), b.len);
    /* backwards over valid text gives the same characters */
    for (size_t i = b.len; i > 0;) {
        size_t start;
        int32_t cp = kz_utf8_prev(b.ptr, i, &start);
        KZ_FUZZ_CHECK(start < i);
        size_t k = start;
        KZ_FUZZ_CHECK(kz_utf8_next(b.ptr, b.len, &k) == cp && k == i);
        i = start;
    }
    if (memchr(kz_buf_cstr(&b), '\0', b.len) == NULL) {
        char *k1 = kz_utf8_fold_key(kz_buf_cstr(&b), b.len);
        kz_fuzz_valid_utf8(k1, strlen(k1));
        char *k2 = kz_utf8_fold_key(k1, strlen(k1));
        KZ_FUZZ_CHECK(strcmp(k1, k2) == 0);
        free(k1);
        free(k2);
    }
    /* the loader's repair: loading its own clean text again changes nothing */
    kz_load_opts o = {.from = "text"};
    kz_doc *d = NULL, *d2 = NULL;
    kz_error err;
    if (kz_load_bytes("f.txt", s, size, &o, &d, &err) == KZ_OK) {
        kz_fuzz_valid_utf8(d->text, d->len);
        KZ_FUZZ_CHECK(kz_load_bytes("g.txt", d->text, d->len, &o, &d2, &err) == KZ_OK);
        for (size_t i = 0; i < d2->ndiags; i++)
            KZ_FUZZ_CHECK(strstr(d2->diags[i].msg, "UTF-8") == NULL);
        kz_doc_free(d2);
        kz_doc_free(d);
    }
    kz_buf_release(&b);
    return 0;
}
