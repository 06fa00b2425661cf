/* demo.c — traject demo: demonstration organisations and accounts, so that a fresh
 * install can be tried at once. The passwords are printed and are meant to be public:
 * never load the demo into a database that holds real people's data. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "q/q.h"

typedef struct DemoAccount {
    const char *org, *email, *name, *roles;
} DemoAccount;

static const char DEMO_PASSWORD[] = "traject-demo-2026";

static const struct {
    const char *name, *kind;
} demo_orgs[] = {
    {"Brussels Coding School", "training"},
    {"Digital Inclusion Fund", "funder"},
    {"TelcoLab Partner", "partner"},
};

static const DemoAccount demo_accounts[] = {
    {"Brussels Coding School", "admin@demo.traject.test", "Amina Benali", "admin,staff"},
    {"Brussels Coding School", "trainer@demo.traject.test", "Jonas Peeters", "staff,reviewer"},
    {"Brussels Coding School", "learner@demo.traject.test", "Sara Haddad", "learner"},
    {"Digital Inclusion Fund", "funder@demo.traject.test", "Claire Dubois", "admin,funder"},
    {"TelcoLab Partner", "partner@demo.traject.test", "Pieter Janssens", "admin,partner"},
};

int cmd_demo(int argc, char **argv)
{
    Settings s;
    int rc = cli_parse("demo", "Loads demonstration organisations and accounts (idempotent).",
                       CMD_DEMO, &s, NULL, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    if (!auth_init(1))
        return 1;
    Db *db = cli_open_db(&s);
    if (!db)
        return 1;
    rc = 1;
    Arena a;
    arena_init(&a);
    if (!cli_prepare_db(db, false))
        goto done;
    int64_t ids[3] = {0};
    for (int i = 0; i < 3; i++) {
        Org o;
        DbStatus st = q_org_find_by_name(db, demo_orgs[i].name, &a, &o);
        if (st < DB_NONE)
            goto done;
        if (st == DB_NONE && q_org_add(db, demo_orgs[i].name, demo_orgs[i].kind, clock_now(),
                                       &o.id) != DB_ONE)
            goto done;
        ids[i] = o.id;
    }
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++) {
        const DemoAccount *d = &demo_accounts[i];
        int64_t org = 0;
        for (int k = 0; k < 3; k++)
            if (!strcmp(demo_orgs[k].name, d->org))
                org = ids[k];
        if (!cli_add_member(db, org, d->email, d->name, DEMO_PASSWORD, cli_roles(d->roles), NULL))
            goto done;
    }
    printf("\nDemo sign-ins (password for all: %s):\n", DEMO_PASSWORD);
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++)
        printf("  %-28s %-24s %s\n", demo_accounts[i].email, demo_accounts[i].org,
               demo_accounts[i].roles);
    rc = 0;
done:
    arena_free(&a);
    db_close(db);
    return rc;
}
