/* SPDX-License-Identifier: MIT */
/* The growable buffer, kz_memmem and the allocation helpers. */
#include "kz_test.h"

#include "base/kz_buf.h"

static void empty_buffer(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    assert_string_equal(kz_buf_cstr(&b), "");
    assert_int_equal(b.len, 0);
    char *p = kz_buf_detach(&b); /* never NULL, even when nothing was added */
    assert_non_null(p);
    assert_string_equal(p, "");
    free(p);
    kz_buf_release(&b);
    kz_buf_release(&b); /* twice is harmless */
}

static void put_and_grow(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    kz_buf_puts(&b, "abc");
    kz_buf_putc(&b, '-');
    kz_buf_put(&b, "xyz123", 3);
    kz_buf_put(&b, "ignored", 0);
    assert_string_equal(kz_buf_cstr(&b), "abc-xyz");
    assert_int_equal(b.len, 7);
    /* many small appends: contents intact, always NUL-terminated */
    for (int i = 0; i < 10000; i++)
        kz_buf_putc(&b, (char)('a' + i % 26));
    assert_int_equal(b.len, 10007);
    assert_int_equal(b.ptr[b.len], '\0');
    assert_int_equal(b.ptr[7], 'a');
    assert_int_equal(b.ptr[10006], (char)('a' + 9999 % 26));
    assert_true(b.cap > b.len);
    kz_buf_release(&b);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
}

static void embedded_nul(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    kz_buf_put(&b, "a\0b", 3);
    assert_int_equal(b.len, 3);
    assert_memory_equal(b.ptr, "a\0b", 4);
    kz_buf_release(&b);
}

static void printf_appends(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    kz_buf_puts(&b, "n=");
    kz_buf_printf(&b, "%d, s=%s, z=%zu", -42, "x\xC3\xA9", (size_t)7);
    assert_string_equal(kz_buf_cstr(&b), "n=-42, s=x\xC3\xA9, z=7");
    /* longer than any first guess of the size */
    char big[3000];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    kz_buf_printf(&b, "[%s]", big);
    assert_int_equal(b.len, strlen("n=-42, s=x\xC3\xA9, z=7") + 2 + 2999);
    assert_int_equal(b.ptr[b.len - 1], ']');
    kz_buf_release(&b);
}

static void clear_keeps_memory(void **state)
{
    (void)state;
    kz_buf b = KZ_BUF_INIT;
    kz_buf_puts(&b, "something");
    size_t cap = b.cap;
    kz_buf_clear(&b);
    assert_int_equal(b.len, 0);
    assert_string_equal(kz_buf_cstr(&b), "");
    assert_int_equal(b.cap, cap);
    kz_buf_puts(&b, "new");
    assert_string_equal(kz_buf_cstr(&b), "new");
    char *p = kz_buf_detach(&b);
    assert_string_equal(p, "new");
    assert_null(b.ptr);
    free(p);
}

static void memmem_cases(void **state)
{
    (void)state;
    const char *h = "abcabcd";
    assert_ptr_equal(kz_memmem(h, 7, "abcd", 4), h + 3);
    assert_ptr_equal(kz_memmem(h, 7, "a", 1), h);
    assert_ptr_equal(kz_memmem(h, 7, "d", 1), h + 6);
    assert_ptr_equal(kz_memmem(h, 7, "", 0), h);
    assert_null(kz_memmem(h, 7, "abce", 4));
    assert_null(kz_memmem(h, 6, "abcd", 4)); /* the match would run past n */
    assert_null(kz_memmem(h, 2, "abc", 3));
    assert_null(kz_memmem(h, 0, "a", 1));
}

static void memmem_binary(void **state)
{
    (void)state;
    static const char h[] = {'x', 0, 'y', 0, 'z'};
    static const char n[] = {0, 'z'};
    assert_ptr_equal(kz_memmem(h, 5, n, 2), h + 3);
}

static void alloc_helpers(void **state)
{
    (void)state;
    char *s = kz_xstrndup("hello world", 5);
    assert_string_equal(s, "hello");
    free(s);
    s = kz_xstrdup("");
    assert_string_equal(s, "");
    free(s);
    int *v = kz_xcalloc(4, sizeof *v);
    for (int i = 0; i < 4; i++)
        assert_int_equal(v[i], 0);
    free(v);
    int *arr = NULL;
    size_t cap = 0;
    for (size_t i = 0; i < 1000; i++) {
        KZ_GROW(arr, cap, i + 1);
        arr[i] = (int)i;
    }
    assert_true(cap >= 1000);
    assert_int_equal(arr[999], 999);
    free(arr);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(empty_buffer),       cmocka_unit_test(put_and_grow),
        cmocka_unit_test(embedded_nul),       cmocka_unit_test(printf_appends),
        cmocka_unit_test(clear_keeps_memory), cmocka_unit_test(memmem_cases),
        cmocka_unit_test(memmem_binary),      cmocka_unit_test(alloc_helpers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
