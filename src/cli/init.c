/* init.c — traject init: creates or migrates a database, and optionally the first
 * organisation and its administrator. A password never goes on the command line. */
#include <stdio.h>

#include "cli/cli.h"

int cmd_init(int argc, char **argv)
{
    Settings s;
    const char *org = NULL, *kind = "training", *email = NULL, *name = NULL, *pwfile = NULL;
    CliOpt opts[] = {
        {"org", &org, NULL, "name of the first organisation (created if missing)"},
        {"org-kind", &kind, NULL, "training, funder or partner (default training)"},
        {"admin-email", &email, NULL, "e-mail address of its administrator"},
        {"admin-name", &name, NULL, "the administrator's name"},
        {"admin-password-file", &pwfile, NULL, "file holding the password, or - for stdin"},
        {0},
    };
    int rc = cli_parse("init",
                       "Creates or migrates the database, and the first organisation "
                       "and administrator.",
                       CMD_INIT, &s, opts, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    int org_kind;
    if (!vocab_parse(&org_kinds, kind, &org_kind)) {
        fprintf(stderr, "traject init: --org-kind must be training, funder or partner\n");
        return 2;
    }
    if ((email && !org) || (org && !email)) {
        fprintf(stderr, "traject init: --org and --admin-email go together\n");
        return 2;
    }
    CliRun run = {0};
    if (pwfile && !(run.password = cli_read_password(pwfile)))
        return 1;
    if (!cli_run_begin(&run, &s, true))
        return 1;
    rc = 1;
    if (org) {
        int64_t id;
        bool created;
        if (!cli_org_ensure(&run, org, (OrgKind)org_kind, &id, &created))
            goto done;
        if (created)
            printf("organisation %s created (id %lld)\n", org, (long long)id);
        if (!cli_add_member(run.db, id, email, name, run.password, ROLE_ADMIN, NULL))
            goto done;
    }
    printf("database ready\n");
    rc = 0;
done:
    cli_run_end(&run);
    return rc;
}
