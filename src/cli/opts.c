/* SPDX-License-Identifier: MIT */
/* Option parsing and filters that several query commands share. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_utf8.h"
#include "cli.h"
#include "kzua/claims.h"
#include "kzua/entities.h"

bool kz_cli_in_list(const char *list, const char *s)
{
    if (!s)
        return false;
    size_t n = strlen(s);
    for (const char *p = list; p && *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t l = strcspn(p, ",");
        while (l && p[l - 1] == ' ')
            l--;
        if (l && l == n && strncmp(p, s, n) == 0)
            return true;
        p += strcspn(p, ",");
    }
    return false;
}

bool kz_cli_doc_ok(const char *list, const kz_doc *d)
{
    return !list || kz_cli_in_list(list, d->name) || kz_cli_in_list(list, d->path);
}

int kz_cli_opt_role(const struct kz_cli *c, const char *arg, const char **role)
{
    if (strcmp(arg, "interviewer") && strcmp(arg, "interviewee") && strcmp(arg, "quoted"))
        return kz_cli_usage_error(c,
                                  "unknown role '%s' (choose from interviewer, "
                                  "interviewee, quoted)",
                                  arg);
    *role = arg;
    return 0;
}

int kz_cli_opt_date(const struct kz_cli *c, bool until, const char *arg, char bound[11])
{
    if (!kz_date_bound(arg, until, bound))
        return kz_cli_usage_error(c, "--%s wants YYYY, YYYY-MM or YYYY-MM-DD, not '%s'",
                                  until ? "until" : "since", arg);
    return 0;
}

char *kz_cli_key(const char *s)
{
    return s ? kz_utf8_fold_key(s, strlen(s)) : NULL;
}

bool kz_cli_same_key(const char *key, const char *s, size_t n)
{
    char *k = kz_utf8_fold_key(s, n);
    bool eq = strcmp(k, key) == 0;
    free(k);
    return eq;
}

bool kz_cli_turn_ok(const kz_turn *t, const char *speaker_key, const char *role)
{
    if (role && strcmp(kz_role_name(t->role), role) != 0)
        return false;
    return !speaker_key || kz_cli_same_key(speaker_key, t->speaker, strlen(t->speaker));
}

int kz_cli_opt_with(const struct kz_cli *c, const char *arg, const char **with)
{
    if (!*arg)
        return kz_cli_usage_error(c, "--with wants an id");
    *with = arg;
    return 0;
}

struct entities_run {
    const struct kz_cli_entities *e;
    kz_entity_agg *agg;
};

static void entities_each(struct kz_cli *c, kz_doc *d, void *ud)
{
    (void)c;
    struct entities_run *er = ud;
    if (kz_cli_doc_ok(er->e->docs, d))
        kz_entity_agg_add(er->agg, d);
}

int kz_cli_entities(struct kz_cli *c, int argc, char **argv, const struct kz_cli_entities *e)
{
    struct entities_run er = {e, kz_entity_agg_new(e->type, e->with, e->keep, e->ud)};
    c->ropts.columns = e->with ? e->with_columns : e->columns;
    int st = kz_cli_open_output(c);
    if (!st) {
        st = kz_cli_each_doc(c, argc, argv, entities_each, &er);
        size_t n = 0;
        const kz_entity_row *rows = st ? NULL : kz_entity_agg_rows(er.agg, &n);
        for (size_t i = 0; i < n; i++)
            e->emit(c, &rows[i], e->with != NULL);
        int out = kz_cli_close_output(c);
        st = st ? st : out;
    }
    kz_entity_agg_free(er.agg);
    return st;
}

void kz_cli_entity_tail(kz_rec *r, const kz_entity_row *row, bool with)
{
    kz_rec_int(r, "mentions", row->mentions);
    kz_rec_list(r, "documents", row->docs, row->ndocs);
    kz_rec_list(r, "speakers", row->speakers, row->nspeakers);
    kz_rec_list(r, "forms", row->forms, row->nforms);
    if (with)
        kz_rec_int(r, "with", row->with);
    else
        kz_rec_null(r, "with");
}
