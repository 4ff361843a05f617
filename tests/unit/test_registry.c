/* SPDX-License-Identifier: MIT */
/*
 * Invariants every registry entry must meet, so that adding a file is all
 * it takes to register an extractor, a renderer or a command: names unique
 * and well formed, the hooks present, every extractor's patterns compile
 * (init succeeds), every command's usage starts with "kzua <name>".
 */
#include "kz_test.h"

#include "load/load.h"
#include "kzua/render.h"
#ifdef KZ_TEST_CLI
#include "cli.h"
#endif

static int well_formed(const char *name)
{
    if (!name || !*name)
        return 0;
    for (const char *p = name; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
            return 0;
    return 1;
}

static void extractors(void **state)
{
    (void)state;
    size_t n = kz_extractor_count();
    assert_true(n > 0);
    assert_null(kz_extractor_get(n));
    for (size_t i = 0; i < n; i++) {
        const struct kz_extractor *x = kz_extractor_get(i);
        assert_non_null(x);
        if (!well_formed(x->name))
            fail_msg("extractor name '%s' is not [a-z0-9-]+", x->name ? x->name : "(null)");
        assert_non_null(x->summary);
        assert_true(strlen(x->summary) > 0);
        assert_non_null(x->init);
        assert_non_null(x->run);
        assert_true(x->type < KZ_FACT__COUNT);
        assert_ptr_equal(kz_extractor_find(x->name), x);
        for (size_t k = 0; k < i; k++) {
            const struct kz_extractor *y = kz_extractor_get(k);
            if (strcmp(x->name, y->name) == 0)
                fail_msg("extractor name '%s' is used twice", x->name);
            /* run order: by order, then name */
            assert_true(y->order < x->order ||
                        (y->order == x->order && strcmp(y->name, x->name) < 0));
        }
    }
    assert_null(kz_extractor_find("no-such-extractor"));
}

/* Every extractor initialises (its patterns compile, its data loads) and frees. */
static void extractors_initialise(void **state)
{
    (void)state;
    for (size_t i = 0; kz_extractor_get(i); i++) {
        const struct kz_extractor *x = kz_extractor_get(i);
        void *st = NULL;
        kz_error err;
        memset(&err, 0, sizeof err);
        kz_status s = x->init(&st, &err);
        if (s != KZ_OK)
            fail_msg("extractor %s does not initialise: %s", x->name, err.msg);
        if (x->free)
            x->free(st);
    }
    /* and all of them at once, and by name */
    kz_extract_ctx *ctx = NULL;
    kz_error err;
    assert_int_equal(kz_extract_ctx_new(&ctx, NULL, &err), KZ_OK);
    kz_extract_ctx_free(ctx);
    assert_int_not_equal(kz_extract_ctx_new(&ctx, "no-such-extractor", &err), KZ_OK);
}

static void renderers(void **state)
{
    (void)state;
    const char *names = kz_renderer_names();
    size_t count = 0;
    for (const char *p = names; *p;) {
        size_t l = strcspn(p, ", ");
        char *name = kz_xstrndup(p, l);
        const struct kz_renderer *r = kz_renderer_find(name);
        assert_non_null(r);
        assert_true(well_formed(r->name));
        assert_non_null(r->summary);
        assert_non_null(r->rec);
        /* a renderer that keeps state needs both ends */
        assert_true((r->begin == NULL) == (r->end == NULL) || r->end != NULL);
        free(name);
        count++;
        p += l;
        while (*p == ',' || *p == ' ')
            p++;
    }
    assert_true(count >= 4);
}

static void loaders(void **state)
{
    (void)state;
    const struct kz_loader *const ls[] = {&kz_loader_text, &kz_loader_html};
    for (size_t i = 0; i < 2; i++) {
        assert_true(well_formed(ls[i]->name));
        assert_non_null(ls[i]->summary);
        assert_non_null(ls[i]->load);
        assert_true((ls[i]->extensions && ls[i]->extensions[0]) || ls[i]->sniff);
        for (const char *const *e = ls[i]->extensions; e && *e; e++)
            assert_true(well_formed(*e)); /* lower case, no dot */
    }
    assert_non_null(strstr(kz_loader_names(), "html"));
    assert_non_null(strstr(kz_loader_names(), "text"));
}

#ifdef KZ_TEST_CLI
static int listed(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; *p;) {
        while (*p == ',' || *p == ' ')
            p++;
        size_t l = strcspn(p, ", ");
        if (l == n && strncmp(p, name, n) == 0)
            return 1;
        p += l;
    }
    return 0;
}

static void commands(void **state)
{
    (void)state;
    size_t n = 0;
    for (; kz_commands[n]; n++) {
        const struct kz_command *c = kz_commands[n];
        if (!well_formed(c->name))
            fail_msg("command name '%s' is not [a-z0-9-]+", c->name ? c->name : "(null)");
        assert_non_null(c->summary);
        assert_true(strlen(c->summary) > 0);
        assert_non_null(c->run);
        assert_non_null(c->usage);
        char want[64];
        snprintf(want, sizeof want, "kzua %s", c->name);
        if (strncmp(c->usage, want, strlen(want)) != 0 ||
            (c->usage[strlen(want)] != ' ' && c->usage[strlen(want)] != '\0'))
            fail_msg("usage of %s does not start with '%s': %s", c->name, want, c->usage);
        assert_ptr_equal(kz_command_find(c->name), c);
        if (n)
            assert_true(strcmp(kz_commands[n - 1]->name, c->name) < 0); /* sorted, unique */
        /* own options: an id, a name, help; a handler to give them to */
        for (const struct kz_opt *o = c->opts; o && o->name; o++) {
            assert_non_null(o->help);
            assert_non_null(c->option);
            assert_false(o->id == 'h' || o->id == 'F' || o->id == 'o' || o->id == 'L' ||
                         o->id == 'q');
            for (const struct kz_opt *p = c->opts; p != o; p++) {
                assert_int_not_equal(p->id, o->id);
                assert_string_not_equal(p->name, o->name);
            }
        }
        /* formats it allows and its default are real renderers (or its own "expect") */
        if (c->default_format && !kz_renderer_find(c->default_format))
            fail_msg("command %s: default format '%s' is no renderer", c->name, c->default_format);
        if (c->formats && c->default_format)
            assert_true(listed(c->formats, c->default_format));
    }
    assert_true(n >= 1);
    assert_null(kz_command_find("no-such-command"));
}
#endif

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(extractors), cmocka_unit_test(extractors_initialise),
        cmocka_unit_test(renderers),  cmocka_unit_test(loaders),
#ifdef KZ_TEST_CLI
        cmocka_unit_test(commands),
#endif
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
