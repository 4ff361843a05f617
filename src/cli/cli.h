/* SPDX-License-Identifier: MIT */
/*
 * The thin CLI: one file per subcommand (cmd_<name>.c defines
 * kz_command_<name>), shared options and messages here. Commands return an
 * exit status and never call exit().
 */
#ifndef KZ_CLI_H
#define KZ_CLI_H
#include <stdbool.h>
#include <stdio.h>

#include "kzua/pipeline.h"
#include "kzua/query.h"
#include "kzua/render.h"

enum kz_exit {
    KZ_EXIT_OK = 0,
    KZ_EXIT_FINDINGS = 1, /* check or eval fell short */
    KZ_EXIT_USAGE = 2,
    KZ_EXIT_INPUT = 3, /* some input could not be read; the rest was processed */
    KZ_EXIT_OUTPUT = 4,
    KZ_EXIT_BUG = 5,
};

/* Shared options a command can take: a bit each. */
enum kz_common {
    KZ_OPT_FORMAT = 1 << 0,
    KZ_OPT_OUTPUT = 1 << 1,
    KZ_OPT_FROM = 1 << 2,
    KZ_OPT_ONLY = 1 << 3,
    KZ_OPT_DOCDATE = 1 << 4,
    KZ_OPT_QUIET = 1 << 5,
    KZ_OPT_FOLLOW = 1 << 6,
    KZ_OPT_INPUT = KZ_OPT_FROM | KZ_OPT_DOCDATE | KZ_OPT_QUIET | KZ_OPT_FOLLOW,
};

/* A command's own option: id >= 256 for long-only options, else the short letter. */
struct kz_opt {
    int id;
    const char *name;
    int has_arg;
    const char *arg; /* "NAME" in the help */
    const char *help;
};

struct kz_cli;

struct kz_command {
    const char *name;
    const char *summary;
    const char *usage;       /* "kzua turns [options] PATH..." */
    const char *description; /* a paragraph after the usage line */
    const char *example;
    unsigned common; /* enum kz_common */
    const struct kz_opt *opts;
    const char *formats;        /* allowed output formats, comma-separated; NULL: all */
    const char *default_format; /* when stdout is not a terminal */
    /* own options: return 0, or KZ_EXIT_USAGE after reporting */
    int (*option)(struct kz_cli *c, int id, const char *arg);
    int (*run)(struct kz_cli *c, int argc, char **argv);
    size_t state_size; /* bytes of zeroed state the command gets in c->state */
};

/* What every command shares at run time. */
struct kz_cli {
    const struct kz_command *cmd;
    const char *format, *output, *from, *only, *doc_date;
    bool quiet, follow;
    int status; /* worst exit status so far (3 for unreadable inputs) */
    FILE *out;
    kz_sink sink;
    const struct kz_renderer *renderer;
    kz_render_opts ropts;
    void *rstate;
    void *state; /* the command's own options */
    kz_pipeline *pipe;
};

void kz_cli_error(const struct kz_cli *c, const char *fmt, ...) KZ_PRINTF(2, 3);
void kz_cli_warn(const struct kz_cli *c, const char *fmt, ...) KZ_PRINTF(2, 3);
/* "unknown ..." + "Try 'kzua X --help'."; returns KZ_EXIT_USAGE */
int kz_cli_usage_error(const struct kz_cli *c, const char *fmt, ...) KZ_PRINTF(2, 3);

/* Print the command's help to @f. */
void kz_cli_help(const struct kz_command *cmd, FILE *f);

/* Open the output and renderer chosen by --format/--output (status or 0). */
int kz_cli_open_output(struct kz_cli *c);
/* Render one record through the chosen renderer. */
void kz_cli_emit(const kz_rec *r, void *cli);
/* Finish rendering and close the output; returns the status to exit with. */
int kz_cli_close_output(struct kz_cli *c);

/*
 * Run the pipeline over every input (files, folders walked, "-" for
 * stdin; no path means stdin when it is not a terminal) and call @cb with
 * each document, which is freed after the call. Unreadable inputs are
 * reported and set c->status to 3. Returns 0 or a usage/bug status.
 */
typedef void (*kz_doc_cb)(struct kz_cli *c, kz_doc *doc, void *ud);
int kz_cli_each_doc(struct kz_cli *c, int argc, char **argv, kz_doc_cb cb, void *ud);

/* All commands, sorted; NULL-terminated. */
extern const struct kz_command *const kz_commands[];
const struct kz_command *kz_command_find(const char *name);

/*
 * Option and filter helpers shared by the query commands (opts.c), so
 * that the same option means the same thing in every command.
 */
/* Whether comma-separated @list holds @s (items trimmed of spaces); false for a NULL @s. */
bool kz_cli_in_list(const char *list, const char *s);
/* --doc NAMES: whether @list names @d by name or path; a NULL @list keeps every document. */
bool kz_cli_doc_ok(const char *list, const kz_doc *d);
/* --role ROLE: sets *role, or reports a usage error and returns KZ_EXIT_USAGE. */
int kz_cli_opt_role(const struct kz_cli *c, const char *arg, const char **role);
/* --since (@until false) or --until DATE into @bound; 0, or KZ_EXIT_USAGE after reporting. */
int kz_cli_opt_date(const struct kz_cli *c, bool until, const char *arg, char bound[11]);
/* The folded key of @s (kz_utf8_fold_key(), caller frees), or NULL for a NULL @s. */
char *kz_cli_key(const char *s);
/* Whether @s (@n bytes) folds to @key (a kz_cli_key() result). */
bool kz_cli_same_key(const char *key, const char *s, size_t n);
/* --speaker/--role: whether turn @t passes; a NULL @speaker_key or @role passes any. */
bool kz_cli_turn_ok(const kz_turn *t, const char *speaker_key, const char *role);

/* kzua people and places: one summary record per entity id (kzua/entities.h). */
struct kz_entity_row;
struct kz_cli_entities {
    unsigned type;                              /* KZ_FACT_PERSON or KZ_FACT_PLACE */
    const char *docs, *with;                    /* --doc and --with, or NULL */
    bool (*keep)(const kz_entity *e, void *ud); /* the command's own filter, or NULL */
    void *ud;
    const char *const *columns, *const *with_columns;
    void (*emit)(struct kz_cli *c, const struct kz_entity_row *row, bool with);
};
/* --with ID: sets *with, or reports a usage error for an empty ID. */
int kz_cli_opt_with(const struct kz_cli *c, const char *arg, const char **with);
/* Aggregate the inputs and call @e->emit with each row, in order; returns the exit status. */
int kz_cli_entities(struct kz_cli *c, int argc, char **argv, const struct kz_cli_entities *e);
/* The fields every summary record ends with: mentions, documents, speakers, forms, with. */
void kz_cli_entity_tail(kz_rec *r, const struct kz_entity_row *row, bool with);
#endif
