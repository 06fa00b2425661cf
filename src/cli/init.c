/* init.c — traject init: creates or migrates a database, and optionally the first
 * organisation and its administrator. A password never goes on the command line. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "q/accounts/org.h"

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
    if (!auth_init(1))
        return 1;
    char *pw = NULL;
    if (pwfile && !(pw = cli_read_password(pwfile)))
        return 1;
    Db *db = cli_open_db(&s);
    if (!db) {
        free(pw);
        return 1;
    }
    rc = 1;
    Arena a;
    arena_init(&a);
    if (!cli_prepare_db(db, true))
        goto done;
    if (org) {
        Org o;
        DbStatus st = q_org_find_by_name(db, org, &a, &o);
        if (st < DB_NONE)
            goto done;
        if (st == DB_NONE) {
            if (q_org_add(db, org, (OrgKind)org_kind, clock_now(), &o.id) != DB_ONE)
                goto done;
            printf("organisation %s created (id %lld)\n", org, (long long)o.id);
        }
        if (!cli_add_member(db, o.id, email, name, pw, ROLE_ADMIN, NULL))
            goto done;
    }
    printf("database ready\n");
    rc = 0;
done:
    if (pw) {
        sodium_memzero(pw, strlen(pw));
        free(pw);
    }
    arena_free(&a);
    db_close(db);
    return rc;
}
