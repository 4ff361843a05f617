/* SPDX-License-Identifier: MIT */
/* kzua people: the people of a corpus, one row per id over all documents. */
#include "cli.h"
#include "kzua/entities.h"

struct state {
    const char *docs, *with;
    bool official;
};

enum { OPT_DOC = 400, OPT_OFFICIAL, OPT_WITH };

static const struct kz_opt opts[] = {
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_OFFICIAL, "official", 0, NULL, "only people that a document calls an official"},
    {OPT_WITH, "with", 1, "ID", "only people named in the same turns as person or place ID"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case OPT_DOC: o->docs = arg; break;
    case OPT_OFFICIAL: o->official = true; break;
    case OPT_WITH: return kz_cli_opt_with(c, arg, &o->with);
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

static bool keep(const kz_entity *e, void *ud)
{
    const struct state *o = ud;
    return !o->official || e->official == 1;
}

static void emit(struct kz_cli *c, const kz_entity_row *g, bool with)
{
    kz_rec r;
    kz_rec_init(&r, "person_summary");
    kz_rec_str(&r, "id", g->id);
    kz_rec_str(&r, "role", g->role);
    kz_rec_bool(&r, "official", g->official);
    kz_cli_entity_tail(&r, g, with);
    kz_cli_emit(&r, c);
}

static const char *const columns[] = {"id",        "role",     "official", "mentions",
                                      "documents", "speakers", NULL};
static const char *const with_columns[] = {"id",       "with",      "role",     "official",
                                           "mentions", "documents", "speakers", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    const struct kz_cli_entities e = {KZ_FACT_PERSON, o->docs,      o->with, keep, o,
                                      columns,        with_columns, emit};
    return kz_cli_entities(c, argc, argv, &e);
}

const struct kz_command kz_command_people = {
    .name = "people",
    .summary = "the people named in a corpus, one row per person over all documents",
    .usage = "kzua people [options] PATH...",
    .description =
        "One \"person_summary\" record per canonical id: the first role a document gives,\n"
        "whether any document calls the person an official, the number of mentions, the\n"
        "documents, the speakers whose turns name the person and the surface forms. Most\n"
        "mentioned first. --with ID keeps the people named in the turns that also name ID\n"
        "(a person or a place); \"with\" counts those turns, and sorts the rows.",
    .example = "kzua people --official --with Kyiv corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
