/* SPDX-License-Identifier: MIT */
#include "gazetteer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base/kz_alloc.h"
#include "base/kz_buf.h"
#include "base/kz_utf8.h"
#include "extract/extract.h"

/* Longest name in tokens that the matcher tries ("Saint Helena, Ascension and
 * Tristan da Cunha" is 8). Longer names are kept but never matched. */
#define KZ_GAZ_MAXTOK 12

/* One name of one place: the hash table's payload. Names with the same
 * folded key are chained through `next`. */
struct gaz_name {
    char *key;  /* folded tokens joined by ' ' */
    char *name; /* as written in the data file */
    size_t place;
    unsigned role, flags;
    size_t next; /* index + 1 of the next name with the same key, 0 for none */
};

struct kz_gazetteer {
    kz_place *places;
    size_t nplaces, capplaces;
    struct gaz_name *names;
    size_t nnames, capnames;
    size_t *slots; /* open addressing: index + 1 into names (head of a key's chain), 0 empty */
    size_t nslots, nkeys;
    size_t maxtok;
    char **strs; /* the places' strings, owned here (kz_place holds them as const) */
    size_t nstrs, capstrs;
};

static const char *own(kz_gazetteer *g, const char *s, size_t n)
{
    if (!n)
        return NULL;
    KZ_GROW(g->strs, g->capstrs, g->nstrs + 1);
    g->strs[g->nstrs] = kz_xstrndup(s, n);
    return g->strs[g->nstrs++];
}

static uint64_t hash_key(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* The slot that holds @key, or the empty slot where it would go. */
static size_t slot_of(const kz_gazetteer *g, const char *key, size_t n)
{
    size_t mask = g->nslots - 1;
    size_t s = (size_t)hash_key(key, n) & mask;
    while (g->slots[s]) {
        const char *k = g->names[g->slots[s] - 1].key;
        if (strlen(k) == n && memcmp(k, key, n) == 0)
            return s;
        s = (s + 1) & mask;
    }
    return s;
}

static void rehash(kz_gazetteer *g, size_t nslots)
{
    size_t *old = g->slots;
    size_t oldn = g->nslots;
    g->slots = kz_xcalloc(nslots, sizeof *g->slots);
    g->nslots = nslots;
    for (size_t i = 0; i < oldn; i++) {
        if (!old[i])
            continue;
        const char *k = g->names[old[i] - 1].key;
        g->slots[slot_of(g, k, strlen(k))] = old[i];
    }
    free(old);
}

/* ---- tokens ---- */

static bool is_word_cp(int32_t cp)
{
    return kz_utf8_is_letter(cp) || (cp >= '0' && cp <= '9') || (cp >= 0x300 && cp <= 0x36F);
}

size_t kz_gaz_tokenize(const char *text, size_t len, kz_gaz_token **out)
{
    kz_gaz_token *t = NULL;
    size_t n = 0, cap = 0;
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        int32_t cp = kz_utf8_next(text, len, &i);
        if (kz_utf8_is_space(cp) || cp == '\n')
            continue;
        bool word = is_word_cp(cp);
        if (word) {
            while (i < len) {
                size_t j = i;
                int32_t c2 = kz_utf8_next(text, len, &j);
                if (!is_word_cp(c2))
                    break;
                i = j;
            }
        }
        KZ_GROW(t, cap, n + 1);
        t[n].start = start;
        t[n].end = i;
        t[n].word = word;
        t[n].key = kz_utf8_fold_key(text + start, i - start);
        n++;
    }
    *out = t;
    return n;
}

void kz_gaz_tokens_free(kz_gaz_token *toks, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(toks[i].key);
    free(toks);
}

/* ---- case check ---- */

/*
 * Does the text's spelling @s fit the gazetteer's @name? Letters are
 * compared by position (other characters are skipped, since the keys are
 * already known to be equal): the text may write the name exactly as the
 * gazetteer does ("Kazakh steppe" for "Kazakh steppe", not "kazakh steppe"),
 * wholly in capitals ("KAZAKHSTAN"), or, with KZ_PLACE_LOWER, wholly in
 * lower case ("russia").
 */
static bool case_fits(const char *s, size_t slen, const char *name, unsigned flags)
{
    size_t i = 0, j = 0, nlen = strlen(name);
    bool same = true, any_lower = false, any_upper = false;
    size_t nletters = 0;
    for (;;) {
        int32_t a = 0, b = 0;
        while (i < slen) {
            a = kz_utf8_next(s, slen, &i);
            if (kz_utf8_is_letter(a))
                break;
            a = 0;
        }
        while (j < nlen) {
            b = kz_utf8_next(name, nlen, &j);
            if (kz_utf8_is_letter(b))
                break;
            b = 0;
        }
        if (!a || !b) {
            if (a || b)
                same = false;
            break;
        }
        nletters++;
        bool au = kz_utf8_is_upper(a), al = kz_utf8_is_lower(a);
        any_upper |= au;
        any_lower |= al;
        if (au != kz_utf8_is_upper(b) || al != kz_utf8_is_lower(b))
            same = false;
    }
    if (same)
        return true;
    if (!any_lower && any_upper && nletters >= 2)
        return true;
    if (!any_upper && any_lower && (flags & KZ_PLACE_LOWER))
        return true;
    return false;
}

/* ---- loading ---- */

static unsigned parse_flags(const char *s, size_t n)
{
    unsigned f = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == 'l')
            f |= KZ_PLACE_LOWER;
        else if (s[i] == 'p')
            f |= KZ_PLACE_PERSON;
        else if (s[i] == 'w')
            f |= KZ_PLACE_WORD;
        else if (s[i] == 't')
            f |= KZ_PLACE_THE;
    }
    return f;
}

/* The folded key of a name: its tokens' keys joined by single spaces. */
static char *name_key(const char *s, size_t n, size_t *ntok)
{
    kz_gaz_token *t;
    size_t nt = kz_gaz_tokenize(s, n, &t);
    kz_buf b = KZ_BUF_INIT;
    for (size_t i = 0; i < nt; i++) {
        if (i)
            kz_buf_putc(&b, ' ');
        kz_buf_puts(&b, t[i].key);
    }
    kz_gaz_tokens_free(t, nt);
    *ntok = nt;
    return nt ? kz_buf_detach(&b) : NULL;
}

static void add_name(kz_gazetteer *g, size_t place, const char *s, size_t n, unsigned role,
                     unsigned flags)
{
    /* "Frunze~p": a name may carry flags of its own after '~'. */
    const char *tilde = memchr(s, '~', n);
    if (tilde) {
        flags |= parse_flags(tilde + 1, (size_t)(s + n - tilde - 1));
        n = (size_t)(tilde - s);
    }
    size_t ntok;
    char *key = name_key(s, n, &ntok);
    if (!key)
        return;
    if (ntok > g->maxtok)
        g->maxtok = ntok;
    if ((g->nkeys + 1) * 2 > g->nslots)
        rehash(g, g->nslots ? g->nslots * 2 : 1024);
    size_t slot = slot_of(g, key, strlen(key));
    /* Skip exact duplicates (the id repeated among the variants). */
    for (size_t k = g->slots[slot]; k; k = g->names[k - 1].next) {
        struct gaz_name *o = &g->names[k - 1];
        if (o->place == place && o->role == role && strlen(o->name) == n &&
            memcmp(o->name, s, n) == 0) {
            o->flags |= flags; /* "Oral" as id, then "Oral~w" among the variants */
            free(key);
            return;
        }
    }
    KZ_GROW(g->names, g->capnames, g->nnames + 1);
    struct gaz_name *nm = &g->names[g->nnames++];
    nm->key = key;
    nm->name = kz_xstrndup(s, n);
    nm->place = place;
    nm->role = role;
    nm->flags = flags;
    nm->next = 0;
    if (!g->slots[slot]) {
        g->slots[slot] = g->nnames;
        g->nkeys++;
    } else {
        size_t k = g->slots[slot];
        while (g->names[k - 1].next)
            k = g->names[k - 1].next;
        g->names[k - 1].next = g->nnames;
    }
}

/* Add each '|'-separated name of field f[0, n). */
static void add_names(kz_gazetteer *g, size_t place, const char *f, size_t n, unsigned role,
                      unsigned flags)
{
    size_t i = 0;
    while (i < n) {
        size_t j = i;
        while (j < n && f[j] != '|')
            j++;
        if (j > i)
            add_name(g, place, f + i, j - i, role, flags);
        i = j + 1;
    }
}

kz_status kz_gazetteer_add_tsv(kz_gazetteer *g, const char *name, const char *tsv, size_t len,
                               kz_error *err)
{
    unsigned line = 0;
    size_t i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && tsv[e] != '\n')
            e++;
        line++;
        const char *l = tsv + i;
        size_t ll = e - i;
        i = e + 1;
        if (ll && l[ll - 1] == '\r')
            ll--;
        if (!ll || l[0] == '#')
            continue;
        /* id kind country lat lon parent flags variants stems */
        const char *f[9] = {0};
        size_t fl[9] = {0};
        size_t nf = 0, p = 0;
        while (nf < 9) {
            size_t q = p;
            while (q < ll && l[q] != '\t')
                q++;
            f[nf] = l + p;
            fl[nf] = q - p;
            nf++;
            if (q >= ll)
                break;
            p = q + 1;
        }
        if (nf < 2 || !fl[0] || !fl[1])
            return kz_error_set(err, KZ_EINPUT, name, line, "place row needs an id and a kind");
        KZ_GROW(g->places, g->capplaces, g->nplaces + 1);
        size_t pi = g->nplaces++;
        kz_place *pl = &g->places[pi];
        memset(pl, 0, sizeof *pl);
        pl->id = own(g, f[0], fl[0]);
        pl->kind = own(g, f[1], fl[1]);
        pl->country = nf > 2 ? own(g, f[2], fl[2]) : NULL;
        if (nf > 4 && fl[3] && fl[4]) {
            char *a = kz_xstrndup(f[3], fl[3]), *b = kz_xstrndup(f[4], fl[4]);
            pl->lat = strtod(a, NULL);
            pl->lon = strtod(b, NULL);
            pl->has_coords = 1;
            free(a);
            free(b);
        }
        pl->parent = nf > 5 ? own(g, f[5], fl[5]) : NULL;
        pl->flags = nf > 6 ? parse_flags(f[6], fl[6]) : 0;
        add_name(g, pi, pl->id, strlen(pl->id), KZ_PLACE_NAME, pl->flags);
        if (nf > 7)
            add_names(g, pi, f[7], fl[7], KZ_PLACE_NAME, pl->flags);
        if (nf > 8)
            add_names(g, pi, f[8], fl[8], KZ_PLACE_STEM, pl->flags);
    }
    return KZ_OK;
}

kz_gazetteer *kz_gazetteer_new_empty(void)
{
    kz_gazetteer *g = kz_xcalloc(1, sizeof *g);
    rehash(g, 1024);
    return g;
}

kz_status kz_gazetteer_new(kz_gazetteer **out, kz_error *err)
{
    static const char *const files[] = {"places-countries.tsv", "places.tsv"};
    kz_gazetteer *g = kz_gazetteer_new_empty();
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        size_t len = 0;
        const char *data = kz_data_get(files[i], &len);
        if (!data)
            continue;
        kz_status s = kz_gazetteer_add_tsv(g, files[i], data, len, err);
        if (s != KZ_OK) {
            kz_gazetteer_free(g);
            return s;
        }
    }
    *out = g;
    return KZ_OK;
}

void kz_gazetteer_free(kz_gazetteer *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->nstrs; i++)
        free(g->strs[i]);
    free(g->strs);
    for (size_t i = 0; i < g->nnames; i++) {
        free(g->names[i].key);
        free(g->names[i].name);
    }
    free(g->places);
    free(g->names);
    free(g->slots);
    free(g);
}

size_t kz_gazetteer_count(const kz_gazetteer *g)
{
    return g->nplaces;
}

const kz_place *kz_gazetteer_find(const kz_gazetteer *g, const char *id)
{
    for (size_t i = 0; i < g->nplaces; i++)
        if (strcmp(g->places[i].id, id) == 0)
            return &g->places[i];
    return NULL;
}

/* ---- matching ---- */

/* Collect the names under @key whose case fits the text span [s, s + n). */
static size_t hits_for(const kz_gazetteer *g, const char *key, size_t klen, const char *s, size_t n,
                       kz_gaz_hit *hits, size_t maxhits)
{
    size_t slot = slot_of(g, key, klen);
    size_t nh = 0;
    for (size_t k = g->slots[slot]; k; k = g->names[k - 1].next) {
        const struct gaz_name *nm = &g->names[k - 1];
        if (!case_fits(s, n, nm->name, nm->flags))
            continue;
        const kz_place *pl = &g->places[nm->place];
        bool dup = false;
        for (size_t h = 0; h < nh; h++)
            if (hits[h].place == pl && hits[h].role == nm->role)
                dup = true;
        if (dup || nh >= maxhits)
            continue;
        hits[nh].place = pl;
        hits[nh].name = nm->name;
        hits[nh].role = nm->role;
        hits[nh].flags = nm->flags;
        nh++;
    }
    return nh;
}

size_t kz_gazetteer_match(const kz_gazetteer *g, const char *text, const kz_gaz_token *toks,
                          size_t ntoks, size_t i, kz_gaz_hit *hits, size_t maxhits, size_t *nhits)
{
    *nhits = 0;
    if (i >= ntoks || !toks[i].word)
        return 0;
    size_t maxn = g->maxtok < KZ_GAZ_MAXTOK ? g->maxtok : KZ_GAZ_MAXTOK;
    if (maxn > ntoks - i)
        maxn = ntoks - i;
    /* A name never runs over a line break. */
    size_t lim = 1;
    while (lim < maxn &&
           !memchr(text + toks[i + lim - 1].end, '\n', toks[i + lim].start - toks[i + lim - 1].end))
        lim++;
    kz_buf key = KZ_BUF_INIT;
    size_t ends[KZ_GAZ_MAXTOK + 1];
    for (size_t n = 0; n < lim; n++) {
        if (n)
            kz_buf_putc(&key, ' ');
        kz_buf_puts(&key, toks[i + n].key);
        ends[n + 1] = key.len;
    }
    size_t found = 0;
    for (size_t n = lim; n >= 1 && !found; n--) {
        if (!toks[i + n - 1].word && n > 1 && toks[i + n - 1].key[0] != '.')
            continue; /* only an abbreviation's full stop ends a name */
        size_t s = toks[i].start, e = toks[i + n - 1].end;
        size_t nh = hits_for(g, key.ptr, ends[n], text + s, e - s, hits, maxhits);
        if (nh) {
            *nhits = nh;
            found = n;
        }
    }
    kz_buf_release(&key);
    return found;
}

const kz_place *kz_gazetteer_lookup(const kz_gazetteer *g, const char *s, size_t len,
                                    unsigned *role)
{
    kz_gaz_token *t;
    size_t nt = kz_gaz_tokenize(s, len, &t);
    const kz_place *best = NULL;
    unsigned best_role = KZ_PLACE_STEM;
    kz_gaz_hit hits[16];
    size_t nh = 0;
    if (nt && kz_gazetteer_match(g, s, t, nt, 0, hits, 16, &nh) == nt) {
        for (size_t h = 0; h < nh; h++)
            if (!best || (hits[h].role == KZ_PLACE_NAME && best_role != KZ_PLACE_NAME)) {
                best = hits[h].place;
                best_role = hits[h].role;
            }
    }
    if (role)
        *role = best_role;
    kz_gaz_tokens_free(t, nt);
    return best;
}
