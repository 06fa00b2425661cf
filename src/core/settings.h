/* settings.h — the one table of settings: name, type, default, commands, one line of help;
 * the flag (--name) and the environment variable (TRAJECT_NAME) follow from the name. It
 * generates `traject COMMAND --help` and the configuration section of the README
 * (`traject settings --markdown`).
 * Owns: the Settings values (strings point into argv, environ or literals). */
#ifndef TRAJECT_SETTINGS_H
#define TRAJECT_SETTINGS_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

typedef struct Settings {
    const char *db;
    const char *db_replica; /* a PostgreSQL streaming replica for the heavy reports, or "" */
    const char *listen;
    int64_t threads;
    bool behind_tls;
    const char *base_url;
    const char *mail_dir;
    const char *smtp_url;
    const char *mail_from;
    int64_t max_body;
    int64_t header_timeout;
    int64_t body_timeout;
    int64_t session_idle;
    int64_t session_max;
    int64_t hash_concurrency;
    int64_t queue_max, queue_wait;
    const char *pdf_font;
    int64_t impact_k;
    bool quiet;
    bool count_statements;
} Settings;

/* Which commands a setting applies to (bit mask). */
enum { CMD_SERVE = 1, CMD_INIT = 2, CMD_MIGRATE = 4, CMD_USER = 8, CMD_DEMO = 16, CMD_REPORT = 32 };

typedef enum { SET_STR, SET_INT, SET_BOOL } SettingType;

typedef struct SettingDef {
    const char *name; /* also the flag: --name with '_' as '-' */
    SettingType type;
    const char *def;
    unsigned cmds;
    const char *help;
    size_t offset; /* into Settings */
    int64_t min;   /* SET_INT: the smallest value taken (0 unless set) */
} SettingDef;

extern const SettingDef settings_table[];

/* Fills s with defaults, then environment variables. Returns false and prints the
 * reason on stderr when an environment value is malformed. */
bool settings_load_env(Settings *s);

/* Applies one "--flag[=value]" at argv[*i] if it names a setting of cmd (advancing *i
 * past a separate value). Returns 1 if taken, 0 if not a setting, -1 on a bad value
 * (reason printed on stderr). */
int settings_take_flag(Settings *s, unsigned cmd, int argc, char **argv, int *i);

/* Prints the settings of cmd as --help lines / as a Markdown table. */
void settings_print_help(FILE *f, unsigned cmd);
void settings_print_markdown(FILE *f);

#endif
