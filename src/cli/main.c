/* SPDX-License-Identifier: MIT */
/* kzua <command>: dispatch, help, version, and the shared option parsing. */
#include <getopt.h>
#include <libxml/xmlversion.h>
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "extract/extract.h"

#define KZ_COMMAND(n) extern const struct kz_command kz_command_##n;
#include "cmd_list.inc"
#undef KZ_COMMAND

const struct kz_command *const kz_commands[] = {
#define KZ_COMMAND(n) &kz_command_##n,
#include "cmd_list.inc"
#undef KZ_COMMAND
    NULL};

const struct kz_command *kz_command_find(const char *name)
{
    for (size_t i = 0; kz_commands[i]; i++)
        if (strcmp(kz_commands[i]->name, name) == 0)
            return kz_commands[i];
    return NULL;
}

enum { OPT_FROM = 300, OPT_ONLY, OPT_DOCDATE };

static const struct kz_opt common_opts[] = {
    {'F', "format", 1, "FORMAT", "output format: %s [table on a terminal]"},
    {'o', "output", 1, "FILE", "write to FILE instead of standard output"},
    {OPT_FROM, "from", 1, "FORMAT", "input format: html, md, text [by extension, else sniffed]"},
    {OPT_ONLY, "only", 1, "LIST", "run only these extractors (comma-separated: %s)"},
    {OPT_DOCDATE, "doc-date", 1, "DATE", "take DATE (YYYY-MM-DD) as every document's own date"},
    {'L', "follow", 0, NULL, "follow symbolic links when walking folders"},
    {'q', "quiet", 0, NULL, "do not print warnings"},
};
static const unsigned common_bits[] = {KZ_OPT_FORMAT,  KZ_OPT_OUTPUT, KZ_OPT_FROM, KZ_OPT_ONLY,
                                       KZ_OPT_DOCDATE, KZ_OPT_FOLLOW, KZ_OPT_QUIET};
#define NCOMMON (sizeof common_opts / sizeof common_opts[0])

static const char *extractor_names(void)
{
    static char buf[256];
    if (!buf[0]) {
        size_t o = 0;
        for (size_t i = 0; kz_extractor_get(i); i++)
            o += (size_t)snprintf(buf + o, sizeof buf - o, "%s%s", i ? ", " : "",
                                  kz_extractor_get(i)->name);
    }
    return buf;
}

static int kz_toupper_ascii(int c)
{
    return c >= 'a' && c <= 'z' ? c - 32 : c;
}

static void help_line(FILE *f, const struct kz_opt *o, const char *formats)
{
    char left[64];
    if (o->id < 256)
        snprintf(left, sizeof left, "  -%c, --%s%s%s", o->id, o->name, o->has_arg ? "=" : "",
                 o->has_arg ? o->arg : "");
    else
        snprintf(left, sizeof left, "      --%s%s%s", o->name, o->has_arg ? "=" : "",
                 o->has_arg ? o->arg : "");
    fprintf(f, "%-26s ", left);
    /* the help of --format and --only names the choices, which come from the registries */
    const char *mark = strstr(o->help, "%s");
    if (mark) {
        fprintf(f, "%.*s%s%s", (int)(mark - o->help), o->help,
                o->id == OPT_ONLY ? extractor_names() : formats, mark + 2);
    } else {
        fputs(o->help, f);
    }
    fputc('\n', f);
}

void kz_cli_help(const struct kz_command *cmd, FILE *f)
{
    /* the summary, as a sentence: capital first, full stop last */
    fprintf(f, "Usage: %s\n%c%s.\n", cmd->usage, kz_toupper_ascii(cmd->summary[0]),
            cmd->summary + 1);
    if (cmd->description)
        fprintf(f, "\n%s\n", cmd->description);
    fputs("\nOptions:\n", f);
    for (const struct kz_opt *o = cmd->opts; o && o->name; o++)
        help_line(f, o, NULL);
    const char *formats = cmd->formats ? cmd->formats : kz_renderer_names();
    for (size_t i = 0; i < NCOMMON; i++)
        if (cmd->common & common_bits[i])
            help_line(f, &common_opts[i], formats);
    fprintf(f, "  -h, --help               print this help and exit\n");
    fputs("\nExit status: 0 ok, 1 findings (check, eval), 2 usage error, 3 unreadable input,\n"
          "4 write error, 5 internal error.\n",
          f);
    if (cmd->example)
        fprintf(f, "Example: %s\n", cmd->example);
}

static int valid_date(const char *s)
{
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    int m = (s[5] - '0') * 10 + (s[6] - '0'), d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int run_command(const struct kz_command *cmd, int argc, char **argv)
{
    struct kz_cli c;
    memset(&c, 0, sizeof c);
    c.cmd = cmd;
    c.state = cmd->state_size ? calloc(1, cmd->state_size) : NULL;
    struct option lopts[64];
    char sopts[128];
    size_t nl = 0, ns = 0;
    sopts[ns++] = ':'; /* report a missing value as ':' */
    for (const struct kz_opt *o = cmd->opts; o && o->name; o++) {
        lopts[nl++] =
            (struct option){o->name, o->has_arg ? required_argument : no_argument, NULL, o->id};
        if (o->id < 256) {
            sopts[ns++] = (char)o->id;
            if (o->has_arg)
                sopts[ns++] = ':';
        }
    }
    for (size_t i = 0; i < NCOMMON; i++) {
        if (!(cmd->common & common_bits[i]))
            continue;
        const struct kz_opt *o = &common_opts[i];
        lopts[nl++] =
            (struct option){o->name, o->has_arg ? required_argument : no_argument, NULL, o->id};
        if (o->id < 256) {
            sopts[ns++] = (char)o->id;
            if (o->has_arg)
                sopts[ns++] = ':';
        }
    }
    lopts[nl++] = (struct option){"help", no_argument, NULL, 'h'};
    lopts[nl] = (struct option){NULL, 0, NULL, 0};
    sopts[ns++] = 'h';
    sopts[ns] = '\0';
    optind = 1;
    opterr = 0;
    int st = 0, opt;
    while (st == 0 && (opt = getopt_long(argc, argv, sopts, lopts, NULL)) != -1) {
        switch (opt) {
        case 'h':
            kz_cli_help(cmd, stdout);
            free(c.state);
            return fflush(stdout) == 0 ? KZ_EXIT_OK : KZ_EXIT_OUTPUT;
        case 'F': c.format = optarg; break;
        case 'o': c.output = optarg; break;
        case OPT_FROM: c.from = optarg; break;
        case OPT_ONLY: c.only = optarg; break;
        case OPT_DOCDATE:
            if (!valid_date(optarg))
                st = kz_cli_usage_error(&c, "--doc-date wants YYYY-MM-DD, not '%s'", optarg);
            c.doc_date = optarg;
            break;
        case 'L': c.follow = true; break;
        case 'q': c.quiet = true; break;
        case ':': st = kz_cli_usage_error(&c, "option '%s' needs a value", argv[optind - 1]); break;
        case '?':
            st = optopt ? kz_cli_usage_error(&c, "unknown option '-%c'", optopt)
                        : kz_cli_usage_error(&c, "unknown option '%s'", argv[optind - 1]);
            break;
        default: st = cmd->option ? cmd->option(&c, opt, optarg) : KZ_EXIT_BUG;
        }
    }
    if (st == 0 && c.from && strcmp(c.from, "text") != 0 && strcmp(c.from, "html") != 0 &&
        strcmp(c.from, "md") != 0)
        st = kz_cli_usage_error(&c, "unknown input format '%s' (choose from html, md, text)",
                                c.from);
    if (st == 0)
        st = cmd->run(&c, argc - optind, argv + optind);
    free(c.state);
    return st;
}

static void usage(FILE *f)
{
    fputs("Usage: kzua <command> [options] [PATH...]\n"
          "Analyse diplomatic interview texts: speaker turns, dates, figures, people, places.\n\n"
          "Commands:\n",
          f);
    for (size_t i = 0; kz_commands[i]; i++)
        fprintf(f, "  %-10s %s\n", kz_commands[i]->name, kz_commands[i]->summary);
    fputs("\nkzua <command> --help shows a command's options; kzua help <command> too.\n"
          "Other options: --version, --list-commands, --list-formats, --list-extractors.\n",
          f);
}

int main(int argc, char **argv)
{
    int st;
    if (argc < 2) {
        usage(stderr);
        return KZ_EXIT_USAGE;
    }
    const char *a = argv[1];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        usage(stdout);
        st = KZ_EXIT_OK;
    } else if (strcmp(a, "--version") == 0) {
        printf("kzua %s (libxml2 %s, pcre2 %d.%d)\n", kz_version(), LIBXML_DOTTED_VERSION,
               PCRE2_MAJOR, PCRE2_MINOR);
        st = KZ_EXIT_OK;
    } else if (strcmp(a, "--list-commands") == 0) {
        for (size_t i = 0; kz_commands[i]; i++)
            puts(kz_commands[i]->name);
        st = KZ_EXIT_OK;
    } else if (strcmp(a, "--list-formats") == 0) {
        const char *n = kz_renderer_names();
        for (const char *p = n; *p;) {
            size_t l = strcspn(p, ",");
            printf("%.*s\n", (int)l, p);
            p += l;
            while (*p == ',' || *p == ' ')
                p++;
        }
        st = KZ_EXIT_OK;
    } else if (strcmp(a, "--list-extractors") == 0) {
        for (size_t i = 0; kz_extractor_get(i); i++)
            printf("%s\t%s\n", kz_extractor_get(i)->name, kz_extractor_get(i)->summary);
        st = KZ_EXIT_OK;
    } else if (strcmp(a, "help") == 0) {
        if (argc < 3) {
            usage(stdout);
            st = KZ_EXIT_OK;
        } else {
            const struct kz_command *cmd = kz_command_find(argv[2]);
            if (!cmd) {
                fprintf(stderr, "kzua: unknown command '%s'\n", argv[2]);
                return KZ_EXIT_USAGE;
            }
            kz_cli_help(cmd, stdout);
            st = KZ_EXIT_OK;
        }
    } else if (a[0] == '-') {
        fprintf(stderr, "kzua: unknown option '%s'\nTry 'kzua --help'.\n", a);
        return KZ_EXIT_USAGE;
    } else {
        const struct kz_command *cmd = kz_command_find(a);
        if (!cmd) {
            fprintf(stderr, "kzua: unknown command '%s'\nTry 'kzua --help'.\n", a);
            return KZ_EXIT_USAGE;
        }
        st = run_command(cmd, argc - 1, argv + 1);
    }
    /* a write error on stdout is only certain once it is closed */
    if (fclose(stdout) != 0 && st == KZ_EXIT_OK) {
        fprintf(stderr, "kzua: cannot write output\n");
        st = KZ_EXIT_OUTPUT;
    }
    return st;
}
