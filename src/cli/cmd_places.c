/* SPDX-License-Identifier: MIT */
/* kzua places: the places of a corpus, one row per id over all documents. */
#include <stdio.h>
#include <string.h>

#include "base/kz_ctype.h"
#include "cli.h"
#include "kzua/entities.h"

struct state {
    const char *docs, *with, *country;
};

enum { OPT_DOC = 400, OPT_COUNTRY, OPT_WITH };

static const struct kz_opt opts[] = {
    {OPT_DOC, "doc", 1, "NAMES", "only documents with these names or paths (comma-separated)"},
    {OPT_COUNTRY, "country", 1, "CODE", "only places in the country with ISO 3166 code CODE (KZ)"},
    {OPT_WITH, "with", 1, "ID", "only places named in the same turns as person or place ID"},
    {0, NULL, 0, NULL, NULL}};

static int option(struct kz_cli *c, int id, const char *arg)
{
    struct state *o = c->state;
    switch (id) {
    case OPT_DOC: o->docs = arg; break;
    case OPT_COUNTRY:
        if (strlen(arg) != 2 || !kz_isalpha((unsigned char)arg[0]) ||
            !kz_isalpha((unsigned char)arg[1]))
            return kz_cli_usage_error(c, "--country wants a two-letter code, not '%s'", arg);
        o->country = arg;
        break;
    case OPT_WITH: return kz_cli_opt_with(c, arg, &o->with);
    default: return KZ_EXIT_BUG;
    }
    return 0;
}

/* ISO codes compare without regard to case: "ua" is "UA". */
static bool same_code(const char *a, const char *b)
{
    if (!a || strlen(a) != 2)
        return false;
    return kz_tolower((unsigned char)a[0]) == kz_tolower((unsigned char)b[0]) &&
           kz_tolower((unsigned char)a[1]) == kz_tolower((unsigned char)b[1]);
}

static bool keep(const kz_entity *e, void *ud)
{
    const struct state *o = ud;
    return !o->country || same_code(e->country, o->country);
}

static void emit(struct kz_cli *c, const kz_entity_row *g, bool with)
{
    char lat[32], lon[32];
    snprintf(lat, sizeof lat, "%.4f", g->lat);
    snprintf(lon, sizeof lon, "%.4f", g->lon);
    kz_rec r;
    kz_rec_init(&r, "place_summary");
    kz_rec_str(&r, "id", g->id);
    kz_rec_str(&r, "kind", g->kind);
    kz_rec_str(&r, "country", g->country);
    kz_rec_num(&r, "lat", g->has_coords ? lat : NULL);
    kz_rec_num(&r, "lon", g->has_coords ? lon : NULL);
    kz_cli_entity_tail(&r, g, with);
    kz_cli_emit(&r, c);
}

static const char *const columns[] = {"id",        "kind",     "country", "mentions",
                                      "documents", "speakers", NULL};
static const char *const with_columns[] = {"id",       "with",      "kind",     "country",
                                           "mentions", "documents", "speakers", NULL};

static int run(struct kz_cli *c, int argc, char **argv)
{
    struct state *o = c->state;
    const struct kz_cli_entities e = {KZ_FACT_PLACE, o->docs,      o->with, keep, o,
                                      columns,       with_columns, emit};
    return kz_cli_entities(c, argc, argv, &e);
}

const struct kz_command kz_command_places = {
    .name = "places",
    .summary = "the places named in a corpus, one row per place over all documents",
    .usage = "kzua places [options] PATH...",
    .description =
        "One \"place_summary\" record per canonical id: kind, country code and coordinates\n"
        "(from the gazetteer, null when unknown), the number of mentions, the documents, the\n"
        "speakers whose turns name the place and the surface forms. Most mentioned first.\n"
        "--with ID keeps the places named in the turns that also name ID (a person or a\n"
        "place); \"with\" counts those turns, and sorts the rows.",
    .example = "kzua places --country UA --with Kyiv corpus",
    .common = KZ_OPT_FORMAT | KZ_OPT_OUTPUT | KZ_OPT_ONLY | KZ_OPT_INPUT,
    .opts = opts,
    .option = option,
    .run = run,
    .state_size = sizeof(struct state),
};
