/* common.c — shared by the subcommands. */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/clock.h"
#include "core/embed.h"
#include "core/log.h"
#include "db/migrate.h"
#include "domain/auth.h"
#include "q/accounts/org.h"
#include "q/system/app.h"

static void usage(FILE *f, const char *cmdname, const char *summary, unsigned cmd,
                  const CliOpt *opts)
{
    fprintf(f, "usage: traject %s [options]\n\n%s\n\noptions:\n", cmdname, summary);
    for (const CliOpt *o = opts; o && o->name; o++) {
        char flag[64];
        snprintf(flag, sizeof flag, "--%s%s", o->name, o->value ? " VALUE" : "");
        fprintf(f, "  %-26s %s\n", flag, o->help);
    }
    settings_print_help(f, cmd);
    fprintf(f, "  %-26s %s\n", "--help", "show this help");
}

int cli_parse(const char *cmdname, const char *summary, unsigned cmd, Settings *s,
              const CliOpt *opts, int argc, char **argv, int first, const char **positional,
              int max_pos)
{
    if (!settings_load_env(s))
        return 2;
    int npos = 0;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            usage(stdout, cmdname, summary, cmd, opts);
            return 0;
        }
        int t = settings_take_flag(s, cmd, argc, argv, &i);
        if (t < 0)
            return 2;
        if (t > 0)
            continue;
        bool taken = false;
        for (const CliOpt *o = opts; o && o->name && !taken; o++) {
            size_t n = strlen(o->name);
            if (strncmp(a, "--", 2) || strncmp(a + 2, o->name, n))
                continue;
            if (a[2 + n] == '=' && o->value) {
                *o->value = a + 3 + n;
                taken = true;
            } else if (a[2 + n] == '\0') {
                if (o->flag) {
                    *o->flag = true;
                } else if (i + 1 < argc) {
                    *o->value = argv[++i];
                } else {
                    fprintf(stderr, "traject %s: %s needs a value\n", cmdname, a);
                    return 2;
                }
                taken = true;
            }
        }
        if (taken)
            continue;
        if (a[0] != '-' && positional && npos < max_pos) {
            positional[npos++] = a;
            continue;
        }
        fprintf(stderr, "traject %s: unknown option %s\n\n", cmdname, a);
        usage(stderr, cmdname, summary, cmd, opts);
        return 2;
    }
    if ((cmd & (CMD_SERVE | CMD_REPORT)) && s->db_replica[0] &&
        (!db_url_is_pg(s->db_replica) || !db_url_is_pg(s->db))) {
        fprintf(stderr,
                "traject %s: --db-replica takes a PostgreSQL streaming replica "
                "(postgresql://...) of a postgresql:// --db; SQLite has no replica\n",
                cmdname);
        return 2;
    }
    log_set_quiet(s->quiet);
    return -1;
}

Db *cli_open_db(const Settings *s)
{
    char err[1024];
    Db *db = db_open(s->db, err, sizeof err);
    if (!db)
        fprintf(stderr, "traject: %s\n", err);
    return db;
}

Db *cli_open_replica(const Settings *s, Db *primary)
{
    if (!s->db_replica[0])
        return primary;
    char err[1024];
    Db *db = db_open(s->db_replica, err, sizeof err);
    if (db)
        return db;
    log_warn("%s; the report reads from --db", err);
    return primary;
}

char *cli_read_password(const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!f) {
        fprintf(stderr, "traject: cannot read the password file %s\n", path);
        return NULL;
    }
    char line[512];
    char *got = fgets(line, sizeof line, f);
    if (f != stdin)
        fclose(f);
    if (!got) {
        fprintf(stderr, "traject: the password file %s is empty\n", path);
        return NULL;
    }
    line[strcspn(line, "\r\n")] = '\0';
    char *pw = xstrdup(line);
    sodium_memzero(line, sizeof line);
    return pw;
}

bool cli_prepare_db(Db *db, bool verbose)
{
    if (migrate_apply(db, embed_schema, verbose ? stdout : NULL) < 0) {
        fprintf(stderr, "traject: the database could not be migrated (see the log above)\n");
        return false;
    }
    /* the secret that signs CSRF tokens: one per installation, shared by every server */
    unsigned char key[32];
    char hex[65];
    randombytes_buf(key, sizeof key);
    hex_encode(key, sizeof key, hex);
    if (q_secret_put(db, "csrf_key", hex) < DB_NONE) {
        fprintf(stderr, "traject: cannot store the installation secret\n");
        return false;
    }
    return true;
}

bool cli_run_begin(CliRun *c, const Settings *s, bool verbose)
{
    arena_init(&c->arena);
    c->db = auth_init(1) ? cli_open_db(s) : NULL;
    if (c->db && cli_prepare_db(c->db, verbose)) {
        db_sync_at_close(c->db); /* a command answers once, at its end */
        return true;
    }
    cli_run_end(c);
    return false;
}

void cli_run_end(CliRun *c)
{
    if (c->password) {
        sodium_memzero(c->password, strlen(c->password));
        free(c->password);
        c->password = NULL;
    }
    arena_free(&c->arena);
    if (c->db)
        db_close(c->db);
    c->db = NULL;
}

bool cli_org_ensure(CliRun *c, const char *name, OrgKind kind, int64_t *id, bool *created)
{
    Org o;
    DbStatus st = q_org_find_by_name(c->db, name, &c->arena, &o);
    *created = st == DB_NONE;
    if (st == DB_NONE)
        st = q_org_add(c->db, name, kind, clock_now(), &o.id);
    *id = o.id;
    return st == DB_ONE;
}

bool cli_load_secret(Db *db, unsigned char out[32])
{
    Arena a;
    arena_init(&a);
    char *hex = NULL;
    bool ok = q_secret_get(db, "csrf_key", &a, &hex) == DB_ONE && hex && strlen(hex) == 64 &&
              sodium_hex2bin(out, 32, hex, 64, NULL, NULL, NULL) == 0;
    arena_free(&a);
    return ok;
}
