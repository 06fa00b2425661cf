/* user.c — traject user: add, list, disable, enable, password, grant. Each act that the
 * application also does runs the same workflow (flows/accounts/): adding or granting
 * (flow_member_add), setting a password (flow_password_set), disabling
 * (flow_account_disable). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sodium.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/clock.h"
#include "domain/auth.h"
#include "domain/roles.h"
#include "flows/accounts/members.h"
#include "flows/accounts/profile.h"
#include "q/accounts/account.h"
#include "q/accounts/org.h"

int64_t cli_roles(const char *list)
{
    return roles_parse_list(list);
}

/* The command line acts as nobody in particular, in English. */
static const Actor cli_actor = {.name = "traject", .lang = LANG_EN};

static Flow cli_flow(Db *db, Arena *a)
{
    return (Flow){.db = db, .arena = a, .who = &cli_actor, .now = clock_now(), .base_url = ""};
}

bool cli_add_member(Db *db, int64_t org_id, const char *email, const char *name,
                    const char *password, int64_t roles, int64_t *account_id)
{
    Arena a;
    arena_init(&a);
    Flow f = cli_flow(db, &a);
    /* the same password again in this run (the demo's accounts) is hashed once */
    static char last_password[256], last_hash[crypto_pwhash_STRBYTES];
    MemberAdd in = {
        .email = email, .name = name, .password = password, .org_id = org_id, .roles = roles};
    if (password && strlen(password) < sizeof last_password) {
        if (strcmp(password, last_password)) {
            snprintf(last_password, sizeof last_password, "%s", password);
            last_hash[0] = '\0';
        }
        in.hash_cache = last_hash;
    }
    Outcome o = flow_member_add(&f, &in);
    if (form_error_for(&o.fields, "email"))
        fprintf(stderr, "traject: %s is not an e-mail address\n", email);
    else if (form_error_for(&o.fields, "password"))
        fprintf(stderr, password ? "traject: the password must have 10 to 200 characters\n"
                                 : "traject: a new account needs a password (--password-file)\n");
    else if (!o.ok)
        fprintf(stderr, "traject: %s\n", i18n_get(LANG_EN, err_info(o.err)->message));
    if (o.ok) {
        char *e = str_lower_ascii(str_trim(arena_strdup(&a, email)));
        if (o.status == 201)
            printf("account %s created\n", e);
        if (org_id)
            printf("%s is a member of organisation %lld\n", e, (long long)org_id);
        if (account_id)
            *account_id = o.id;
    }
    arena_free(&a);
    return o.ok;
}

static bool find_org(Db *db, const char *ref, int64_t *id)
{
    Arena a;
    arena_init(&a);
    Org o;
    int64_t v;
    bool ok = parse_int64(ref, &v) ? q_org_get(db, v, &a, &o) == DB_ONE
                                   : q_org_find_by_name(db, ref, &a, &o) == DB_ONE;
    if (ok)
        *id = o.id;
    else
        fprintf(stderr, "traject: no organisation %s\n", ref);
    arena_free(&a);
    return ok;
}

static bool print_account(void *ctx)
{
    AccountRow *r = ctx;
    printf("%-6lld %-40s %-30s %s%s\n", (long long)r->id, r->email, r->name, r->lang,
           r->disabled ? " disabled" : "");
    return true;
}

int cmd_user(int argc, char **argv)
{
    Settings s;
    const char *email = NULL, *name = NULL, *org = NULL, *role = NULL, *pwfile = NULL;
    CliOpt opts[] = {
        {"email", &email, NULL, "the account's e-mail address"},
        {"name", &name, NULL, "the person's name (add)"},
        {"org", &org, NULL, "organisation id or exact name (add, grant)"},
        {"role", &role, NULL,
         "roles, comma-separated: admin,staff,reviewer,funder,jury,partner,"
         "learner (add, grant); or operator (grant, without --org): decides on "
         "organisations asking to join"},
        {"password-file", &pwfile, NULL, "file holding the password, or - for standard input"},
        {0},
    };
    const char *action = NULL;
    int rc = cli_parse("user",
                       "Manages accounts: traject user add|list|disable|enable|password|"
                       "grant [options]",
                       CMD_USER, &s, opts, argc, argv, 2, &action, 1);
    if (rc >= 0)
        return rc;
    if (!action) {
        fprintf(stderr, "traject user: say what to do: add, list, disable, enable, password or "
                        "grant (see --help)\n");
        return 2;
    }
    CliRun run = {0};
    if (!cli_run_begin(&run, &s, false))
        return 1;
    rc = 1;
    Db *db = run.db;
    Arena *a = &run.arena;
    if (!strcmp(action, "list")) {
        AccountRow row;
        rc = q_account_list(db, a, &row, print_account, &row) < DB_NONE ? 1 : 0;
        goto done;
    }
    if (!email) {
        fprintf(stderr, "traject user %s: --email is required\n", action);
        rc = 2;
        goto done;
    }
    int64_t org_id = 0, roles = 0;
    if (!strcmp(action, "grant") && role && !strcmp(role, "operator")) {
        /* the platform role: not a membership of an organisation */
        AccountRow op;
        char *addr = str_lower_ascii(arena_strdup(a, email));
        if (q_account_by_email(db, addr, a, &op) != DB_ONE) {
            fprintf(stderr, "traject: no account %s\n", email);
            goto done;
        }
        if (q_account_set_operator(db, op.id, 1) < DB_NONE)
            goto done;
        printf("%s is an operator of this installation\n", addr);
        rc = 0;
        goto done;
    }
    if (!strcmp(action, "add") || !strcmp(action, "grant")) {
        if (org && !find_org(db, org, &org_id))
            goto done;
        roles = cli_roles(role ? role : "staff");
        if (!roles) {
            fprintf(stderr, "traject user: unknown role in %s\n", role);
            rc = 2;
            goto done;
        }
        if (!strcmp(action, "grant") && !org_id) {
            fprintf(stderr, "traject user grant: --org is required\n");
            rc = 2;
            goto done;
        }
        if (pwfile && !(run.password = cli_read_password(pwfile)))
            goto done;
        rc = cli_add_member(db, org_id, email, name, run.password, roles, NULL) ? 0 : 1;
        goto done;
    }
    AccountRow acc;
    char *e = str_lower_ascii(arena_strdup(a, email));
    if (q_account_by_email(db, e, a, &acc) != DB_ONE) {
        fprintf(stderr, "traject: no account %s\n", email);
        goto done;
    }
    Flow f = cli_flow(db, a);
    if (!strcmp(action, "disable") || !strcmp(action, "enable")) {
        bool off = !strcmp(action, "disable");
        if (!flow_account_disable(&f, acc.id, off).ok)
            goto done;
        printf("account %s %s\n", e, off ? "disabled" : "enabled");
        rc = 0;
    } else if (!strcmp(action, "password")) {
        if (!pwfile) {
            fprintf(stderr, "traject user password: --password-file is required\n");
            rc = 2;
            goto done;
        }
        if (!(run.password = cli_read_password(pwfile)))
            goto done;
        Outcome o = flow_password_set(&f, acc.id, run.password);
        if (form_error_for(&o.fields, "password")) {
            fprintf(stderr, "traject: the password must have 10 to 200 characters\n");
            goto done;
        }
        if (!o.ok)
            goto done;
        printf("password of %s changed; its sessions ended\n", e);
        rc = 0;
    } else {
        fprintf(stderr, "traject user: unknown action %s\n", action);
        rc = 2;
    }
done:
    cli_run_end(&run);
    return rc;
}
