/* main.c — the traject command: picks a subcommand. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/i18n.h"
#include "core/settings.h"

#ifndef TRAJECT_VERSION
#define TRAJECT_VERSION "0.1.0"
#endif

static int cmd_settings(int argc, char **argv)
{
    if (argc > 2 && !strcmp(argv[2], "--markdown"))
        settings_print_markdown(stdout);
    else
        settings_print_help(stdout, ~0u);
    return 0;
}

static int cmd_routes(int argc, char **argv)
{
    (void)argc, (void)argv;
    static const char *const access[] = {"public", "account", "member", "operator"};
    for (const Route *const *t = route_tables; *t; t++)
        for (const Route *r = *t; r->path; r++)
            printf("%-5s %-40s %-8s %3u %s\n", r->method, r->path, access[r->access], r->roles,
                   r->csrf ? "csrf" : "-");
    return 0;
}

static int cmd_version(int argc, char **argv)
{
    (void)argc, (void)argv;
    printf("traject %s\n", TRAJECT_VERSION);
    return 0;
}

static const struct {
    const char *name, *alias;
    int (*fn)(int argc, char **argv);
    const char *help;
} commands[] = {
    {"serve", NULL, cmd_serve, "run the web application"},
    {"init", NULL, cmd_init, "create or migrate a database and the first organisation and admin"},
    {"migrate", NULL, cmd_migrate, "apply pending schema migrations (--status lists them)"},
    {"user", NULL, cmd_user, "add, list, disable, enable accounts and set passwords"},
    {"demo", NULL, cmd_demo, "load demonstration organisations and accounts"},
    {"credential", NULL, cmd_credential, "check a credential offline (verify FILE --keys JWKS)"},
    {"report", NULL, cmd_report, "a programme's impact as CSV, XLSX or PDF (report impact)"},
    {"settings", NULL, cmd_settings, "print every setting (--markdown for the README table)"},
    {"routes", NULL, cmd_routes, "print the route table with each route's access policy"},
    {"version", "--version", cmd_version, "print the version"},
};

static void usage(FILE *f)
{
    fprintf(f, "usage: traject COMMAND [options]\n\n"
               "traject runs digital-skills training end to end, from a funder's call for\n"
               "projects to the impact report.\n\n"
               "commands:\n");
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        fprintf(f, "  %-10s %s\n", commands[i].name, commands[i].help);
    fprintf(f, "\n'traject COMMAND --help' shows the options of a command.\n");
}

int main(int argc, char **argv)
{
    clock_init();
    if (!i18n_init())
        return 1;
    if (argc < 2) {
        usage(stderr);
        return 2;
    }
    const char *cmd = argv[1];
    for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
        if (!strcmp(cmd, commands[i].name) ||
            (commands[i].alias && !strcmp(cmd, commands[i].alias)))
            return commands[i].fn(argc, argv);
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "traject: unknown command %s\n\n", cmd);
    usage(stderr);
    return 2;
}
