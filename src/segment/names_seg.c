/* SPDX-License-Identifier: MIT */
/*
 * A cheap person-name test for the segmenter, which runs before the people
 * extractor: it only has to recognise names where the layout already says
 * a name stands (a byline, a name line above an interview, a label).
 */
#include <string.h>
#include <strings.h>

#include "base/kz_utf8.h"
#include "segment.h"

/* Capitalised words that start phrases, not names. */
static const char *const not_first[] = {
    "The",        "This",     "That",     "These",     "Those",     "In",        "On",
    "At",         "For",      "From",     "With",      "By",        "And",       "But",
    "Our",        "Your",     "His",      "Her",       "Their",     "Its",       "A",
    "An",         "As",       "If",       "When",      "While",     "President", "Minister",
    "Ambassador", "Republic", "Ministry", "Embassy",   "Deputy",    "Head",      "Chairman",
    "Chargé",     "Charge",   "Foreign",  "Prime",     "Secretary", "General",   "Mr",
    "Mrs",        "Ms",       "Dr",       "Director",  "Governor",  "Mayor",     "First",
    "Second",     "Third",    "Photo",    "Interview", "Editor",    "Author",    "Source",
    "Subscribe",  "Read",     "Today",    "Yesterday", "Kazakh",    "Ukrainian", "Russian",
    "Central",    "Eastern",  "Western",  "Northern",  "Southern",  "United",    "European",
    "National",   "State",    "Original", "All",       "Some",      "Many",      "Most",
    "Every",      "Each",     "Both",     "Despite",   "Against",   "About",     "After",
    "Before",     "During",   "Since",    "Until",     "Why",       "How",       "What",
    "Who",        "Where",    "Which",    "Please",    "Thank",     "Thanks",    "Yes",
    "No",         "One",      "Two",      "Three",     "Another",   "Several",   "Other",
    "Such",       "Not",      "Only",     "Even",      "Also",      NULL};

/* Office words that end a name when they follow it: "Tural Foreign Minister" is not a name. */
static bool k_is_title(const char *s, size_t n)
{
    static const char *const t[] = {"President", "Minister", "Ambassador", "Deputy",    "Head",
                                    "Chairman",  "Foreign",  "Prime",      "Secretary", "General",
                                    "Director",  "Governor", "Mayor",      "Republic",  "Ministry",
                                    "Embassy",   NULL};
    for (size_t i = 0; t[i]; i++)
        if (strlen(t[i]) == n && strncmp(s, t[i], n) == 0)
            return true;
    return false;
}

static size_t word(const char *s, size_t n, size_t i, int *ok)
{
    /* An upper-case letter, then lower-case letters; "-" or "'" may join parts. */
    size_t k = i;
    *ok = 0;
    if (k >= n)
        return i;
    int32_t cp = kz_utf8_next(s, n, &k);
    if (!kz_utf8_is_upper(cp))
        return i;
    size_t lowers = 0;
    while (k < n) {
        size_t k2 = k;
        int32_t c = kz_utf8_next(s, n, &k2);
        if (kz_utf8_is_lower(c)) {
            lowers++;
            k = k2;
        } else if ((c == '-' || c == '\'' || c == 0x2019) && k2 < n) {
            size_t k3 = k2;
            int32_t nx = kz_utf8_next(s, n, &k3);
            if (!kz_utf8_is_letter(nx))
                break;
            k = k2;
        } else if (kz_utf8_is_upper(c) && lowers > 0) {
            k = k2; /* McCain, DeSantis */
        } else {
            break;
        }
    }
    *ok = lowers >= 1;
    return k;
}

size_t seg_person_name(const char *s, size_t n)
{
    size_t i = 0, words = 0, end = 0;
    while (i < n && words < 4) {
        int ok;
        size_t e = word(s, n, i, &ok);
        if (!ok)
            break;
        /* titles and possessives are never part of a name: "Lithuania's Ambassador" */
        bool title = false;
        for (size_t k = 0; not_first[k]; k++)
            if (strlen(not_first[k]) == e - i && strncmp(s + i, not_first[k], e - i) == 0)
                title = true;
        if (title && words == 0)
            return 0;
        if ((title && k_is_title(s + i, e - i)) ||
            (e - i > 2 && s[e - 1] == 's' && (s[e - 2] == '\'' || (unsigned char)s[e - 2] == 0x99)))
            break;
        words++;
        end = e;
        if (e >= n || s[e] != ' ')
            break;
        i = e + 1;
    }
    return words >= 2 ? end : 0;
}
