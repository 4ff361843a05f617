/* SPDX-License-Identifier: MIT */
/* Option parsing and filters that several query commands share. */
#include <stdlib.h>
#include <string.h>

#include "base/kz_utf8.h"
#include "cli.h"
#include "kzua/claims.h"

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
        return kz_cli_usage_error(c, "unknown role '%s' (choose from interviewer, "
                                     "interviewee, quoted)", arg);
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
