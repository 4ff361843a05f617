/* SPDX-License-Identifier: MIT */
/* Messages, output and the input loop shared by the commands. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static void vmsg(const struct kz_cli *c, const char *kind, const char *fmt, va_list ap)
{
    fflush(stdout); /* so that stdout and stderr interleave sensibly */
    fprintf(stderr, "kzua %s: %s", c->cmd->name, kind);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
}

void kz_cli_error(const struct kz_cli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(c, "", fmt, ap);
    va_end(ap);
}

void kz_cli_warn(const struct kz_cli *c, const char *fmt, ...)
{
    if (c->quiet)
        return;
    va_list ap;
    va_start(ap, fmt);
    vmsg(c, "warning: ", fmt, ap);
    va_end(ap);
}

int kz_cli_usage_error(const struct kz_cli *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vmsg(c, "", fmt, ap);
    va_end(ap);
    fprintf(stderr, "Try 'kzua %s --help'.\n", c->cmd->name);
    return KZ_EXIT_USAGE;
}

static bool listed(const char *list, const char *name)
{
    size_t n = strlen(name);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t l = strcspn(p, ", ");
        if (l == n && strncmp(p, name, n) == 0)
            return true;
        p += l;
    }
    return false;
}

int kz_cli_open_output(struct kz_cli *c)
{
    const char *fmt = c->format;
    if (!fmt)
        fmt = isatty(STDOUT_FILENO) && !c->output ? "table"
              : c->cmd->default_format            ? c->cmd->default_format
                                                  : "jsonl";
    const char *allowed = c->cmd->formats ? c->cmd->formats : kz_renderer_names();
    c->renderer = kz_renderer_find(fmt);
    if (!c->renderer || !listed(allowed, fmt))
        return kz_cli_usage_error(c, "unknown output format '%s' (choose from %s)", fmt, allowed);
    c->out = stdout;
    if (c->output && strcmp(c->output, "-") != 0) {
        c->out = fopen(c->output, "w");
        if (!c->out) {
            kz_cli_error(c, "cannot open '%s': %s", c->output, strerror(errno));
            c->out = NULL;
            return KZ_EXIT_OUTPUT;
        }
    }
    kz_sink_init_file(&c->sink, c->out);
    if (c->renderer->begin)
        c->renderer->begin(&c->sink, &c->ropts, &c->rstate);
    return 0;
}

void kz_cli_emit(const kz_rec *r, void *cli)
{
    struct kz_cli *c = cli;
    c->renderer->rec(&c->sink, &c->ropts, c->rstate, r);
}

int kz_cli_close_output(struct kz_cli *c)
{
    if (!c->out)
        return c->status;
    if (c->renderer && c->renderer->end)
        c->renderer->end(&c->sink, &c->ropts, c->rstate);
    int err = kz_sink_close(&c->sink);
    if (c->out != stdout && fclose(c->out) != 0 && !err)
        err = errno;
    c->out = NULL;
    if (err) {
        kz_cli_error(c, "cannot write output: %s", strerror(err));
        return KZ_EXIT_OUTPUT;
    }
    return c->status;
}

struct each {
    struct kz_cli *c;
    kz_doc_cb cb;
    void *ud;
};

static void report(struct kz_cli *c, const kz_error *e)
{
    if (e->line)
        kz_cli_error(c, "%s:%u: %s", e->where, e->line, e->msg);
    else if (e->where[0])
        kz_cli_error(c, "cannot read '%s': %s", e->where, e->msg);
    else
        kz_cli_error(c, "%s", e->msg);
    if (c->status < KZ_EXIT_INPUT)
        c->status = KZ_EXIT_INPUT;
}

static void on_walk_error(const kz_error *e, void *ud)
{
    report(((struct each *)ud)->c, e);
}

static void on_file(const char *path, void *ud)
{
    struct each *x = ud;
    kz_doc *doc = NULL;
    kz_error err;
    memset(&err, 0, sizeof err);
    kz_status st = kz_pipeline_run(x->c->pipe, path, &doc, &err);
    if (st != KZ_OK) {
        if (!err.where[0])
            snprintf(err.where, sizeof err.where, "%s", path);
        report(x->c, &err);
        if (st == KZ_EBUG)
            x->c->status = KZ_EXIT_BUG;
        return;
    }
    for (size_t i = 0; i < doc->ndiags; i++)
        kz_cli_warn(x->c, "%s:%u: %s", doc->path, doc->diags[i].line, doc->diags[i].msg);
    x->cb(x->c, doc, x->ud);
    kz_doc_free(doc);
}

int kz_cli_each_doc(struct kz_cli *c, int argc, char **argv, kz_doc_cb cb, void *ud)
{
    static char dash[] = "-";
    static char *stdin_only[] = {dash, NULL};
    if (argc == 0) {
        if (isatty(STDIN_FILENO))
            return kz_cli_usage_error(c, "no input: give a file, a folder or '-' for stdin");
        argv = stdin_only;
        argc = 1;
    }
    kz_load_opts lo = {.from = c->from, .doc_date = c->doc_date};
    kz_error err;
    memset(&err, 0, sizeof err);
    if (kz_pipeline_new(&c->pipe, &lo, c->only, &err) != KZ_OK)
        return kz_cli_usage_error(c, "%s", err.msg);
    struct each x = {c, cb, ud};
    for (int i = 0; i < argc; i++) {
        memset(&err, 0, sizeof err);
        if (kz_walk(argv[i], c->follow, on_file, on_walk_error, &x, &err) != KZ_OK)
            report(c, &err);
    }
    kz_pipeline_free(c->pipe);
    c->pipe = NULL;
    return 0;
}
