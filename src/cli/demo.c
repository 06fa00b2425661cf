/* demo.c — traject demo: demonstration organisations and accounts, so that a fresh
 * install can be tried at once. The passwords are printed and are meant to be public:
 * never load the demo into a database that holds real people's data. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/demo_call.h"
#include "cli/demo_scale.h"
#include "cli/demo_school.h"
#include "q/training/programme.h"

typedef struct DemoAccount {
    const char *org, *email, *name, *roles;
} DemoAccount;

static const char DEMO_PASSWORD[] = "traject-demo-2026";

static const struct {
    const char *name;
    OrgKind kind;
} demo_orgs[] = {
    {"Brussels Coding School", ORG_TRAINING}, {"Digital Inclusion Fund", ORG_FUNDER},
    {"TelcoLab Partner", ORG_PARTNER},        {"Molenbeek Digital Hub", ORG_TRAINING},
    {"Liège Code Club", ORG_TRAINING},        {"STEM op Wielen vzw", ORG_TRAINING},
    {"Vlaams STEM-fonds", ORG_FUNDER},
};
#define DEMO_ORGS (sizeof demo_orgs / sizeof demo_orgs[0])

static const DemoAccount demo_accounts[] = {
    {"Brussels Coding School", "admin@demo.traject.test", "Amina Benali", "admin,staff"},
    {"Brussels Coding School", "trainer@demo.traject.test", "Jonas Peeters", "staff,reviewer"},
    {"Brussels Coding School", "learner@demo.traject.test", "Sara Haddad", "learner"},
    {"Brussels Coding School", "reviewer@demo.traject.test", "Nora Willems", "reviewer"},
    {"Digital Inclusion Fund", "funder@demo.traject.test", "Claire Dubois", "admin,funder"},
    {"TelcoLab Partner", "partner@demo.traject.test", "Pieter Janssens", "admin,partner"},
    {"Digital Inclusion Fund", "jury@demo.traject.test", "Marc Lambert", "jury"},
    {"Digital Inclusion Fund", "jury2@demo.traject.test", "Ines Vandenberghe", "jury"},
    {"Digital Inclusion Fund", "jury3@demo.traject.test", "Youssef Tahiri", "jury"},
    {"Molenbeek Digital Hub", "hub@demo.traject.test", "Leila Amrani", "admin,staff"},
    {"Liège Code Club", "liege@demo.traject.test", "Julien Lambot", "admin,staff"},
    {"STEM op Wielen vzw", "stem@demo.traject.test", "Hanne Goossens", "admin,staff"},
    {"Vlaams STEM-fonds", "stemfund@demo.traject.test", "Koen Wouters", "admin,funder"},
    {"Vlaams STEM-fonds", "stemjury@demo.traject.test", "Elke Maes", "jury"},
    {"Vlaams STEM-fonds", "stemjury2@demo.traject.test", "Bram Hermans", "jury"},
};

static bool first_row(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

int cmd_demo(int argc, char **argv)
{
    Settings s;
    const char *scale = NULL;
    const CliOpt opts[] = {
        {"scale", &scale, NULL, "build a region of N learners instead (demo_scale.c)"},
        {0},
    };
    int rc = cli_parse("demo", "Loads demonstration organisations and accounts (idempotent).",
                       CMD_DEMO, &s, opts, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    char *end = NULL;
    long long scale_n = scale ? strtoll(scale, &end, 10) : 0;
    if (scale && (*end || scale_n < 1 || scale_n > 100000000)) {
        fprintf(stderr, "traject demo: --scale needs a number of learners from 1 to 100000000\n");
        return 2;
    }
    CliRun run = {0};
    if (!cli_run_begin(&run, &s, false))
        return 1;
    if (scale) {
        rc = demo_scale(&run, scale_n);
        cli_run_end(&run);
        return rc;
    }
    rc = 1;
    Db *db = run.db;
    Arena *a = &run.arena;
    int64_t ids[DEMO_ORGS] = {0};
    bool created;
    for (size_t i = 0; i < DEMO_ORGS; i++)
        if (!cli_org_ensure(&run, demo_orgs[i].name, demo_orgs[i].kind, &ids[i], &created))
            goto done;
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++) {
        const DemoAccount *d = &demo_accounts[i];
        int64_t org = 0;
        for (size_t k = 0; k < DEMO_ORGS; k++)
            if (!strcmp(demo_orgs[k].name, d->org))
                org = ids[k];
        if (!cli_add_member(db, org, d->email, d->name, DEMO_PASSWORD, cli_roles(d->roles), NULL))
            goto done;
    }
    /* scenario 4: the coding school's bootcamp, its cohorts and their intake, once */
    Programme row;
    bool has = false;
    if (q_programme_list(db, ids[0], a, &row, first_row, &has) < DB_NONE)
        goto done;
    if (!has) {
        SchoolCohorts sc;
        if (!demo_school(db, a, ids[0], &sc))
            goto done;
        printf("demo programme, location, cohort, sessions and learners loaded\n");
    }
    /* a partner's real case worked on by a team of the cohort, once */
    if (!demo_cases(db, a, ids[0], ids[2]) || !demo_equipment(db, a, ids[0]))
        goto done;
    if (!demo_jobs(db, a, ids[0], ids[2]) || /* an internship offer, candidates, a placement */
        !demo_events(db, a, ids[0]) ||       /* events, registrations, a waiting list, once */
        !demo_resources(db, a, ids[0], ids[3]) ||
        /* the demo learner's profile for partners, and a request to meet her, once */
        !demo_talent(db, a, ids[0], ids[2]) ||
        /* cohorts 10 and 11 over: cases, completions, placements; the figures published */
        !demo_history(db, a, ids[0]))
        goto done;
    /* the fund's calls for projects, their proposals, jury and reviews, once */
    if (!demo_calls(&run, ids[1], DEMO_PASSWORD))
        goto done;
    if (!demo_cyber(&run, DEMO_PASSWORD)) /* scenario 2: certifications, once */
        goto done;
    /* 5,000 youngsters of STEM op Wielen on a grant of the Vlaams STEM-fonds, once */
    if (!demo_stem(db, a, ids[5], ids[6]))
        goto done;
    printf("\nDemo sign-ins (password for all: %s):\n", DEMO_PASSWORD);
    for (size_t i = 0; i < sizeof demo_accounts / sizeof demo_accounts[0]; i++)
        printf("  %-28s %-24s %s\n", demo_accounts[i].email, demo_accounts[i].org,
               demo_accounts[i].roles);
    demo_cyber_signin();
    rc = 0;
done:
    cli_run_end(&run);
    return rc;
}
