/* cli.h — subcommands and what they share: settings from flags and environment, opening
 * the database with one clear line on failure, reading a password from a file or stdin. */
#ifndef TRAJECT_CLI_H
#define TRAJECT_CLI_H

#include <stdbool.h>

#include "core/settings.h"
#include "db/db.h"
#include "flows/flow.h"
#include "http/http.h"

int cmd_serve(int argc, char **argv);
int cmd_init(int argc, char **argv);
int cmd_migrate(int argc, char **argv);
int cmd_user(int argc, char **argv);
int cmd_demo(int argc, char **argv);
/* credential.c: traject credential verify FILE --keys JWKS [--status LIST] */
int cmd_credential(int argc, char **argv);
/* report.c: traject report impact --programme ID --format csv|xlsx|pdf */
int cmd_report(int argc, char **argv);

/* An extra flag of one command (not a setting): --name VALUE, or --name for a switch. */
typedef struct CliOpt {
    const char *name;
    const char **value; /* for options with a value */
    bool *flag;         /* for switches */
    const char *help;
} CliOpt;

/* Parses argv[first..] into settings (of cmd) and opts. Prints usage and returns 2 on an
 * unknown flag or a bad value, 0 when --help was asked (after printing it), -1 to go on.
 * positional (may be NULL) receives non-flag arguments, up to max_pos. */
int cli_parse(const char *cmdname, const char *summary, unsigned cmd, Settings *s,
              const CliOpt *opts, int argc, char **argv, int first, const char **positional,
              int max_pos);

/* Opens the database or prints one line (URL without password) and returns NULL. */
Db *cli_open_db(const Settings *s);

/* The connection reports read from: the replica (--db-replica) when one is set and can be
 * opened, else primary (after one line on the log). Close it when it is not primary. */
Db *cli_open_replica(const Settings *s, Db *primary);

/* Reads one line (the password) from a file, or from standard input for "-".
 * Returns a malloc'd string or NULL after printing why. */
char *cli_read_password(const char *path);

/* Applies pending migrations and makes sure the installation secret exists. */
bool cli_prepare_db(Db *db, bool verbose);

/* What init, user and demo act with: the database (migrated, with its secret), an arena,
 * and the password read for the run, if any (malloc'd by cli_read_password; wiped and
 * freed by cli_run_end). */
typedef struct CliRun {
    Db *db;
    Arena arena;
    char *password;
} CliRun;

/* Readies password hashing (one at a time), opens the database and prepares it (verbose:
 * says which migrations it applied). Returns false after printing why and ending c. */
bool cli_run_begin(CliRun *c, const Settings *s, bool verbose);

/* Wipes and frees the password, frees the arena, closes the database. */
void cli_run_end(CliRun *c);

/* Finds the organisation called name, or adds it with kind (*created set then). Returns
 * false on a database error. */
bool cli_org_ensure(CliRun *c, const char *name, OrgKind kind, int64_t *id, bool *created);

/* Loads the installation secret into out. */
bool cli_load_secret(Db *db, unsigned char out[32]);

/* user.c: finds or creates the account for email (password required when creating; it
 * must have at least 10 characters) and, when org_id is set, grants it roles there.
 * Prints what it did. Returns false after printing why not. */
bool cli_add_member(Db *db, int64_t org_id, const char *email, const char *name,
                    const char *password, int64_t roles, int64_t *account_id);

/* demo_cases.c: true when the demo's step what went well; else prints why not. */
bool demo_ok(Outcome o, const char *what);

/* demo_cases.c: the demo's partner, case, team and its work, once: the coding school
 * (school) and TelcoLab (partner_org). Prints what it loaded; false after printing why not. */
bool demo_cases(Db *db, Arena *a, int64_t school, int64_t partner_org);
/* demo_cases.c: a day of a cohort's span, "YYYY-MM-DD" in a: from its first day, plus days. */
const char *demo_day(Arena *a, const char *from, int days);

/* demo_partners.c: what the demo's partners give the coding school: TelcoLab's (partner_id,
 * recorded by demo_cases; the days counted from the cohort's first day from) and the
 * municipality's, recorded as a second partner, through f (the school's admin). False after
 * printing why not. */
bool demo_contributions(const Flow *f, int64_t partner_id, const char *from);
/* demo_cases.c, for the demo's other parts: the account email acting in org_id with every
 * role (LANG_EN); and o.ok, after printing why not (what failed) when it is not. */
Actor demo_actor(Db *db, Arena *a, const char *email, int64_t org_id);
bool demo_ok(Outcome o, const char *what);

/* demo_resources.c: the demo's library of learning resources, once: lesson plans, a
 * worksheet and videos of the STEM workshops of the hub (hub), public, in three languages,
 * and one for the coding school's (school) members. Prints what it loaded; false after
 * printing why not. */
bool demo_resources(Db *db, Arena *a, int64_t school, int64_t hub);

/* demo_jobs.c: the demo's internship offer from TelcoLab (partner_org), its candidates and a
 * placement at the coding school (school), once, after demo_cases. Prints what it loaded;
 * false after printing why not. */
bool demo_jobs(Db *db, Arena *a, int64_t school, int64_t partner_org);

/* demo_talent.c: the demo learner's profile for partners, shown to every partner, with her
 * assessed competences, and TelcoLab's request to meet her, once. Prints what it loaded;
 * false after printing why not. */
bool demo_talent(Db *db, Arena *a, int64_t school, int64_t partner_org);

/* demo_stem.c: the STEM scenario, once: STEM op Wielen vzw (org) reaches 5,000 youngsters
 * aged 10 to 18 in the five Flemish provinces on a grant of 100,000 EUR from the Vlaams
 * STEM-fonds (funder), and publishes its figures. Prints what it loaded; false if not. */
bool demo_stem(Db *db, Arena *a, int64_t org, int64_t funder);

/* demo_equipment.c: the demo's equipment and loans, once, at the coding school (school),
 * after demo_cases (TelcoLab lends the sensor kits). Prints what it loaded; false if not. */
bool demo_equipment(Db *db, Arena *a, int64_t school);

/* demo_cases.c, for the demo's parts: the account email acting in org_id with every role the
 * workflows ask of it (LANG_EN); and whether o went well, printing what failed (what) when
 * not. */
Actor demo_actor(Db *db, Arena *a, const char *email, int64_t org_id);
bool demo_ok(Outcome o, const char *what);

/* demo_events.c: the demo's events, once: a public hackathon of the coding school with
 * registrations (some on the waiting list) and an invitation-only demo day. Prints nothing;
 * false after printing why not. */
bool demo_events(Db *db, Arena *a, int64_t school);

/* demo_cyber.c: seed scenario 2, once: CyberSkills Brussels (its admin signs in with
 * password), its cybersecurity certification programme of 150 learners, 60 certified, with
 * placements, and its published figures. Prints what it loaded; false after printing why not.
 * demo_cyber_signin prints its sign-in for the list at the end of traject demo. */
bool demo_cyber(CliRun *run, const char *password);
void demo_cyber_signin(void);

/* user.c: parses "admin,staff" into a role mask; 0 on an unknown name. */
int64_t cli_roles(const char *list);
#endif
