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

static void usage(FILE *f)
{
    fprintf(f, "usage: traject COMMAND [options]\n\n"
               "traject runs digital-skills training end to end, from a funder's call for\n"
               "projects to the impact report.\n\n"
               "commands:\n"
               "  serve      run the web application\n"
               "  init       create or migrate a database and the first organisation and admin\n"
               "  migrate    apply pending schema migrations (--status lists them)\n"
               "  user       add, list, disable, enable accounts and set passwords\n"
               "  demo       load demonstration organisations and accounts\n"
               "  credential check a credential offline (verify FILE --keys JWKS)\n"
               "  settings   print every setting (--markdown for the README table)\n"
               "  routes     print the route table with each route's access policy\n"
               "  version    print the version\n\n"
               "'traject COMMAND --help' shows the options of a command.\n");
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
    if (!strcmp(cmd, "serve"))
        return cmd_serve(argc, argv);
    if (!strcmp(cmd, "init"))
        return cmd_init(argc, argv);
    if (!strcmp(cmd, "migrate"))
        return cmd_migrate(argc, argv);
    if (!strcmp(cmd, "user"))
        return cmd_user(argc, argv);
    if (!strcmp(cmd, "demo"))
        return cmd_demo(argc, argv);
    if (!strcmp(cmd, "credential"))
        return cmd_credential(argc, argv);
    if (!strcmp(cmd, "settings")) {
        if (argc > 2 && !strcmp(argv[2], "--markdown"))
            settings_print_markdown(stdout);
        else
            settings_print_help(stdout, ~0u);
        return 0;
    }
    if (!strcmp(cmd, "routes")) {
        static const char *const access[] = {"public", "account", "member", "operator"};
        for (const Route *const *t = route_tables; *t; t++)
            for (const Route *r = *t; r->path; r++)
                printf("%-5s %-40s %-8s %3u %s\n", r->method, r->path, access[r->access], r->roles,
                       r->csrf ? "csrf" : "-");
        return 0;
    }
    if (!strcmp(cmd, "version") || !strcmp(cmd, "--version")) {
        printf("traject %s\n", TRAJECT_VERSION);
        return 0;
    }
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return 0;
    }
    fprintf(stderr, "traject: unknown command %s\n\n", cmd);
    usage(stderr);
    return 2;
}
