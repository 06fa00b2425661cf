/* settings.c — defaults, environment and flags for every setting, in one table. */
#include "core/settings.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/buf.h"

#define ALL (CMD_SERVE | CMD_INIT | CMD_MIGRATE | CMD_USER | CMD_DEMO | CMD_REPORT)
/* A setting is named after its field of Settings; its flag is --name (with '-' for '_') and
 * its environment variable TRAJECT_NAME (env_name). Left unformatted: clang-format takes
 * the # of #f for a directive. */
// clang-format off
#define SETTING(f, type, def, cmds, help, ...) {#f, type, def, cmds, help, offsetof(Settings, f), __VA_ARGS__}
// clang-format on

const SettingDef settings_table[] = {
    SETTING(db, SET_STR, "sqlite:traject.db", ALL,
            "database URL: sqlite:PATH or postgresql://USER[:PASSWORD]@HOST[:PORT]/NAME"),
    SETTING(db_replica, SET_STR, "", CMD_SERVE | CMD_REPORT,
            "a streaming replica of a postgresql:// database (postgresql://...) from which the "
            "impact reports and their exports read; writes go to --db; when it is down, reports "
            "read from --db"),
    SETTING(listen, SET_STR, "127.0.0.1:8080", CMD_SERVE,
            "address and port to serve on (IPv4 ADDRESS:PORT)"),
    SETTING(
        threads, SET_INT, "0", CMD_SERVE,
        "worker threads (each with its database connection); 0 means four per core, at least 8"),
    SETTING(behind_tls, SET_BOOL, "false", CMD_SERVE,
            "set when a TLS reverse proxy serves traject: Secure cookies and HSTS"),
    SETTING(base_url, SET_STR, "", CMD_SERVE | CMD_USER,
            "public address used in e-mailed links (default: http://LISTEN)"),
    SETTING(mail_dir, SET_STR, "mail", CMD_SERVE,
            "folder where outgoing mail is written as .eml files when no SMTP URL is set"),
    SETTING(smtp_url, SET_STR, "", CMD_SERVE,
            "SMTP server for outgoing mail, e.g. smtps://user:password@mail.example.org:465"),
    SETTING(mail_from, SET_STR, "traject <noreply@localhost>", CMD_SERVE,
            "sender address of outgoing mail"),
    SETTING(max_body, SET_INT, "10485760", CMD_SERVE,
            "largest request body in bytes; larger requests get 413"),
    SETTING(
        header_timeout, SET_INT, "10", CMD_SERVE,
        "seconds a connection has to send a request's headers, however slowly; then it is closed"),
    SETTING(body_timeout, SET_INT, "60", CMD_SERVE,
            "seconds a request has to send its body, however slowly; then it is closed"),
    SETTING(session_idle, SET_INT, "7200", CMD_SERVE,
            "seconds of inactivity after which a session ends"),
    SETTING(session_max, SET_INT, "43200", CMD_SERVE,
            "seconds after sign-in after which a session ends in any case"),
    SETTING(hash_concurrency, SET_INT, "0", CMD_SERVE,
            "password hashes computed at once (64 MiB each); 0 means one per core"),
    SETTING(queue_max, SET_INT, "0", CMD_SERVE,
            "requests waiting for a worker at most; more are answered 503 with Retry-After at "
            "once; 0 means 64 per worker thread"),
    SETTING(queue_wait, SET_INT, "5000", CMD_SERVE,
            "milliseconds the oldest waiting request may have waited; while it has waited "
            "longer, new requests are answered 503 with Retry-After at once"),
    SETTING(pdf_font, SET_STR, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
            CMD_SERVE | CMD_REPORT,
            "TrueType font of printed sheets; must have the letters of learners' names"),
    SETTING(impact_k, SET_INT, "10", CMD_SERVE | CMD_REPORT,
            "impact figures show counts from 1 to this number less one as \"< k\" (at least 5)", 5),
    SETTING(quiet, SET_BOOL, "false", ALL, "log warnings only, no access log"),
    SETTING(count_statements, SET_BOOL, "false", CMD_SERVE,
            "add an X-Statements header to every response: the database statements it ran"),
    {0},
};

static int set_value(Settings *s, const SettingDef *d, const char *v, const char *from)
{
    char *base = (char *)s + d->offset;
    switch (d->type) {
    case SET_STR:
        *(const char **)base = v;
        return 0;
    case SET_INT: {
        int64_t n;
        if (!parse_int64(v, &n) || n < d->min) {
            fprintf(stderr, "traject: %s: '%s' is not a whole number >= %lld\n", from, v,
                    (long long)d->min);
            return -1;
        }
        *(int64_t *)base = n;
        return 0;
    }
    case SET_BOOL:
        if (!strcmp(v, "1") || !strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "on")) {
            *(bool *)base = true;
        } else if (!strcmp(v, "0") || !strcmp(v, "false") || !strcmp(v, "no") ||
                   !strcmp(v, "off") || !*v) {
            *(bool *)base = false;
        } else {
            fprintf(stderr, "traject: %s: '%s' is not true or false\n", from, v);
            return -1;
        }
        return 0;
    }
    return -1;
}

/* TRAJECT_ and the name in capitals: the setting's environment variable. */
static const char *env_name(const SettingDef *d, char buf[64])
{
    size_t n = (size_t)snprintf(buf, 64, "TRAJECT_%s", d->name);
    for (size_t k = 0; k < n && k < 63; k++)
        buf[k] = (char)toupper((unsigned char)buf[k]);
    return buf;
}

/* --name with '-' for '_', and " VALUE" after it when asked and the setting takes one. */
static const char *flag_name(const SettingDef *d, bool value, char buf[64])
{
    snprintf(buf, 64, "--%s%s", d->name, value && d->type != SET_BOOL ? " VALUE" : "");
    for (char *p = buf; *p; p++)
        if (*p == '_')
            *p = '-';
    return buf;
}

bool settings_load_env(Settings *s)
{
    memset(s, 0, sizeof *s);
    bool ok = true;
    for (const SettingDef *d = settings_table; d->name; d++) {
        set_value(s, d, d->def, "default");
        char env[64];
        const char *v = getenv(env_name(d, env));
        if (v && set_value(s, d, v, env) < 0)
            ok = false;
    }
    return ok;
}

static bool flag_is(const char *arg, const char *name, size_t *len)
{
    /* --behind-tls matches name behind_tls */
    size_t n = strlen(name);
    if (strncmp(arg, "--", 2) != 0)
        return false;
    for (size_t k = 0; k < n; k++) {
        char c = name[k] == '_' ? '-' : name[k];
        if (arg[2 + k] != c)
            return false;
    }
    if (arg[2 + n] != '\0' && arg[2 + n] != '=')
        return false;
    *len = 2 + n;
    return true;
}

int settings_take_flag(Settings *s, unsigned cmd, int argc, char **argv, int *i)
{
    const char *arg = argv[*i];
    for (const SettingDef *d = settings_table; d->name; d++) {
        size_t len;
        if (!(d->cmds & cmd) || !flag_is(arg, d->name, &len))
            continue;
        const char *v;
        if (arg[len] == '=') {
            v = arg + len + 1;
        } else if (d->type == SET_BOOL) {
            v = "true";
        } else if (*i + 1 < argc) {
            v = argv[++*i];
        } else {
            fprintf(stderr, "traject: %s needs a value\n", arg);
            return -1;
        }
        return set_value(s, d, v, arg) < 0 ? -1 : 1;
    }
    return 0;
}

void settings_print_help(FILE *f, unsigned cmd)
{
    for (const SettingDef *d = settings_table; d->name; d++) {
        if (!(d->cmds & cmd))
            continue;
        char flag[64], env[64];
        fprintf(f, "  %-26s %s\n  %-26s (env %s, default \"%s\")\n", flag_name(d, true, flag),
                d->help, "", env_name(d, env), d->def);
    }
}

void settings_print_markdown(FILE *f)
{
    fprintf(f, "| flag | environment | default | meaning |\n|---|---|---|---|\n");
    for (const SettingDef *d = settings_table; d->name; d++) {
        char flag[64], env[64];
        fprintf(f, "| `%s` | `%s` | %s%s%s | %s |\n", flag_name(d, false, flag), env_name(d, env),
                d->def[0] ? "`" : "", d->def[0] ? d->def : "(none)", d->def[0] ? "`" : "", d->help);
    }
}
