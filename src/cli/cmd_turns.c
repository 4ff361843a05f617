/* SPDX-License-Identifier: MIT */
/* kzua turns: speaker turns, filtered by speaker or role. */
#include <string.h>
#include <stdlib.h>

#include "cli.h"

struct opts {
    const char *speaker, *role;
    char *speaker_key;
};

enum { OPT_SPEAKER = 400, OPT_ROLE };

static const struct kz_opt opts[] = {
    {OPT_SPEAKER, "speaker", 1, "NAME", "only turns whose speaker is NAME (case-insensitive)"},
    {OPT_ROLE, "role", 1, "ROLE", "only turns of ROLE: interviewer, interviewee, quoted"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct opts *o = c->state;
    if (id == OPT_ROLE)
        return kz_cli_opt_role(c, arg, &o->role);
    if (id == OPT_SPEAKER)
        o->speaker = arg;
    return 0;
}

struct filter {
    struct kz_cli *c;
    const struct opts *o;
};

static void keep(const kz_rec *r, void *ud)
{
    struct filter *f = ud;
    const kz_cell *sp = kz_rec_get(r, "speaker"), *ro = kz_rec_get(r, "role");
    if (f->o->speaker_key && !kz_cli_same_key(f->o->speaker_key, sp->s, sp->len))
        return;
    if (f->o->role && (ro->len != strlen(f->o->role) || strncmp(ro->s, f->o->role, ro->len)))
        return;
    kz_cli_emit(r, f->c);
}

static void each(struct kz_cli *c, kz_doc *doc, void *ud)
{
    struct filter f = {c, ud};
    kz_query_turns(doc, keep, &f);
}

static const char *const columns[] = {"doc", "n", "speaker", "role", "start", "end", "text", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct opts *o = c->state;
    c->ropts.columns = columns;
    int st = kz_cli_open_output(c);
    if (st)
        return st;
    o->speaker_key = kz_cli_key(o->speaker);
    st = kz_cli_each_doc(c, argc, argv, each, o);
    free(o->speaker_key);
    int out = kz_cli_close_output(c);
    return st ? st : out;
}

const struct kz_command kz_command_turns = {
    .name = "turns",
    .summary = "speaker turns: who speaks, in which role, with the text and its byte span",
    .usage = "kzua turns [options] PATH...",
    .description = "start and end are byte offsets of the turn's speech in the original file.",
    .example = "kzua turns --role interviewee -F tsv corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct opts),
};
