/* SPDX-License-Identifier: MIT */
/* kzua extract: everything known about each document. */
#include "cli.h"

static void each(struct kz_cli *c, kz_doc *doc, void *ud)
{
    (void)ud;
    kz_query_all(doc, kz_cli_emit, c);
}

static const char *const columns[] = {"type",  "doc",  "n",     "turn", "speaker", "role", "text",
                                      "value", "unit", "class", "id",   "start",   "end",  NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    c->ropts.nested = 1;
    c->ropts.columns = columns;
    int st = kz_cli_open_output(c);
    if (st)
        return st;
    st = kz_cli_each_doc(c, argc, argv, each, NULL);
    int out = kz_cli_close_output(c);
    return st ? st : out;
}

const struct kz_command kz_command_extract = {
    .name = "extract",
    .summary = "everything known about each document: metadata, turns, facts, entities",
    .usage = "kzua extract [options] PATH...",
    .description =
        "PATH is a file, a folder (walked recursively, in sorted order) or '-' for\n"
        "standard input. With --format json each document is one object holding its\n"
        "turns and facts; jsonl writes one record per line, each with \"type\" and \"doc\".",
    .example = "kzua extract --format jsonl corpus | jq -c 'select(.type==\"figure\")'",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .default_format = "json",
    .run = run,
};
