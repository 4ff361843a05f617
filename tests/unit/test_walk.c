/* SPDX-License-Identifier: MIT */
/* The folder walk: byte-wise sorted, hidden and non-document entries skipped, links. */
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kz_test.h"

#include "base/kz_buf.h"
#include "kzua/pipeline.h"

struct seen {
    kz_buf files;  /* paths relative to the root, one per line */
    kz_buf errors; /* messages, one per line */
    size_t root_len;
};

static void on_file(const char *path, void *ud)
{
    struct seen *s = ud;
    size_t l = strlen(path);
    kz_buf_puts(&s->files, l > s->root_len ? path + s->root_len : path);
    kz_buf_putc(&s->files, '\n');
}

static void on_error(const kz_error *e, void *ud)
{
    struct seen *s = ud;
    kz_buf_printf(&s->errors, "%s: %s\n", e->where, e->msg);
}

static char root[64];

static void touch(const char *rel)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    FILE *f = fopen(p, "w");
    assert_non_null(f);
    fputs("Q: x?\nA: y.\n", f);
    fclose(f);
}

static void dir(const char *rel)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    assert_int_equal(mkdir(p, 0755), 0);
}

static void link_to(const char *target, const char *rel)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    assert_int_equal(symlink(target, p), 0);
}

static int setup(void **state)
{
    (void)state;
    snprintf(root, sizeof root, "/tmp/kz_test_walk_XXXXXX");
    if (!mkdtemp(root))
        return -1;
    dir("tree");
    dir("tree/sub");
    dir("tree/.git");
    dir("outside");
    touch("tree/b.txt");
    touch("tree/a.txt");
    touch("tree/B.md");
    touch("tree/10.txt");
    touch("tree/9.html");
    touch("tree/noext");
    touch("tree/.hidden.txt");
    touch("tree/.git/config.txt");
    touch("tree/gold.json");
    touch("tree/README.md");
    touch("tree/LICENSE");
    touch("tree/sub/z.htm");
    touch("tree/sub/a.markdown");
    touch("outside/o.txt");
    link_to("../outside/o.txt", "tree/c-link.txt");
    link_to("../outside", "tree/d-linkdir");
    link_to("nowhere.txt", "tree/e-broken.txt");
    link_to("..", "tree/sub/f-loop");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
    return system(cmd) == 0 ? 0 : -1;
}

static void walk(const char *rel, int follow, struct seen *s, kz_status want)
{
    char p[256];
    snprintf(p, sizeof p, "%s/%s", root, rel);
    memset(s, 0, sizeof *s);
    s->root_len = strlen(p) + 1;
    kz_error err;
    memset(&err, 0, sizeof err);
    assert_int_equal(kz_walk(p, follow, on_file, on_error, s, &err), want);
}

static void release(struct seen *s)
{
    kz_buf_release(&s->files);
    kz_buf_release(&s->errors);
}

static void sorted_and_filtered(void **state)
{
    (void)state;
    struct seen s;
    walk("tree", 0, &s, KZ_OK);
    /* byte-wise order; subfolders in place; links, hidden entries, README, LICENSE and
     * non-document extensions left out; a file without an extension is a document */
    assert_string_equal(kz_buf_cstr(&s.files), "10.txt\n9.html\nB.md\na.txt\nb.txt\nnoext\n"
                                               "sub/a.markdown\nsub/z.htm\n");
    assert_string_equal(kz_buf_cstr(&s.errors), "");
    release(&s);
}

static void links_followed_with_follow(void **state)
{
    (void)state;
    struct seen s;
    walk("tree", 1, &s, KZ_OK);
    assert_string_equal(kz_buf_cstr(&s.files),
                        "10.txt\n9.html\nB.md\na.txt\nb.txt\nc-link.txt\nd-linkdir/o.txt\nnoext\n"
                        "sub/a.markdown\nsub/z.htm\n");
    /* the broken link and the loop are reported, and the walk goes on */
    const char *e = kz_buf_cstr(&s.errors);
    assert_non_null(strstr(e, "e-broken.txt"));
    assert_non_null(strstr(e, "f-loop"));
    release(&s);
}

static void plain_file_stdin_and_missing(void **state)
{
    (void)state;
    struct seen s;
    /* a file named directly is returned whatever its name */
    walk("tree/gold.json", 0, &s, KZ_OK);
    assert_non_null(strstr(kz_buf_cstr(&s.files), "gold.json"));
    release(&s);
    walk("tree/.hidden.txt", 0, &s, KZ_OK);
    assert_non_null(strstr(kz_buf_cstr(&s.files), ".hidden.txt"));
    release(&s);
    /* a link named directly is read too */
    walk("tree/c-link.txt", 0, &s, KZ_OK);
    assert_non_null(strstr(kz_buf_cstr(&s.files), "c-link.txt"));
    release(&s);
    walk("tree/no-such", 0, &s, KZ_EIO);
    assert_string_equal(kz_buf_cstr(&s.files), "");
    release(&s);

    memset(&s, 0, sizeof s);
    kz_error err;
    assert_int_equal(kz_walk("-", 0, on_file, on_error, &s, &err), KZ_OK);
    assert_string_equal(kz_buf_cstr(&s.files), "-\n");
    release(&s);
}

static void empty_folder(void **state)
{
    (void)state;
    dir("empty");
    struct seen s;
    walk("empty", 0, &s, KZ_OK);
    assert_string_equal(kz_buf_cstr(&s.files), "");
    assert_string_equal(kz_buf_cstr(&s.errors), "");
    release(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(sorted_and_filtered),
        cmocka_unit_test(links_followed_with_follow),
        cmocka_unit_test(plain_file_stdin_and_missing),
        cmocka_unit_test(empty_folder),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
