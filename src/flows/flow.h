/* flow.h — what every workflow takes and returns.
 *
 * A workflow is what one user action does: its checks, the rules of src/domain/, the
 * statements of src/q/ in one transaction, and the mails it queues, each written in its
 * recipient's language. It takes (db, who acts, now, input) — never a request — so that
 * the HTML pages, the JSON API and the CLI call the same code. Workflows live in
 * src/flows/<feature>/, one header per file.
 *
 * Owns: nothing beyond the call; text results are allocated in the Flow's arena.
 * Does not own: reading requests or writing pages (src/pages/), SQL (src/q/). */
#ifndef TRAJECT_FLOW_H
#define TRAJECT_FLOW_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/err.h"
#include "core/i18n.h"
#include "db/db.h"
#include "model/accounts.h"

/* The context of one workflow call. */
typedef struct Flow {
    Db *db;
    Arena *arena;         /* results and messages; outlives the call (the request's arena) */
    const Actor *who;     /* who acts; its lang is the language of the field messages */
    int64_t now;          /* UTC seconds: the time the action happens */
    const char *base_url; /* public address for links in mails, without trailing slash */
} Flow;

/* What a workflow did. ok is false either with field errors (bad input: nothing changed;
 * status 400, or 409 when the data changed meanwhile or a limit was reached) or with err
 * (not found, forbidden, conflict, database: nothing changed). */
typedef struct Outcome {
    bool ok;
    ErrCode err;       /* ERR_COUNT when none */
    int status;        /* HTTP status fitting the field errors (400 or 409) */
    FormErrors fields; /* messages in who->lang, beside the fields of the form */
    int64_t id;        /* the record created or acted on, when there is one */
} Outcome;

/* A fresh outcome: ok, no error. */
static inline Outcome outcome_ok(void)
{
    return (Outcome){.ok = true, .err = ERR_COUNT, .status = 200};
}

/* Marks o failed with a message beside field (status 400 unless already 409). */
void outcome_field(Outcome *o, const char *field, const char *msg);
/* Marks o failed with a message beside field, status 409 (changed meanwhile, full...). */
void outcome_conflict(Outcome *o, const char *field, const char *msg);
/* Marks o failed with an error of the registry (ERR_NOT_FOUND, ERR_DB, ...). */
void outcome_error(Outcome *o, ErrCode e);
/* The same for a database status: DB_CONFLICT → ERR_CONFLICT, other errors → ERR_DB. */
void outcome_db(Outcome *o, DbStatus st);
/* The outcome of one statement that writes: ok with id for DB_ONE, failed with none (an
 * error of the registry: ERR_NOT_FOUND, ERR_BAD_REQUEST...) for DB_NONE, as outcome_db
 * for a database error. */
Outcome outcome_of(DbStatus st, ErrCode none, int64_t id);
/* Adds the form reader's refusals (read may be NULL) to o, beside their fields. */
void outcome_fields(Outcome *o, const FormErrors *read);
/* A fresh outcome with the form reader's refusals: ok when there were none. */
Outcome outcome_read(const FormErrors *read);
/* A failed outcome for a lookup that did not give one row (st is not DB_ONE):
 * ERR_NOT_FOUND for DB_NONE, ERR_DB for a database error — reply_missing's twin:
 * `if (st != DB_ONE) return outcome_missing(st);`. */
Outcome outcome_missing(DbStatus st);

/* An amount of cents as language l writes it ("€600,000.00", "€ 600.000,00"), in the
 * flow's arena: for messages in the actor's language and mails in their recipient's. */
const char *flow_money(const Flow *f, Lang l, int64_t cents);

/* Queues a mail to address to (of organisation org_id, 0 for none) in its recipient's
 * language l, in the caller's transaction db: subject is already written in l (translate
 * it with i18n_get(l, ...) or format it); body is the English source of a printf format,
 * marked N_("...") for the translators and translated into l here, for the arguments that
 * follow. Returns q_outbox_add's status. */
DbStatus flow_mail(const Flow *f, Db *db, int64_t org_id, const char *to, Lang l,
                   const char *subject, const char *body, ...)
    __attribute__((format(printf, 7, 8)));

/* Marks o failed with "Choose one of the options for <label>." beside field, in the actor's
 * language (label already translated): a choice that is not one of the form's. */
void outcome_choose(Outcome *o, const Flow *f, const char *field, const char *label);

/* Translation in the actor's language. */
#define F_(f, s) i18n_get((f)->who->lang, s)
#define F_n(f, s, p, n) i18n_nget((f)->who->lang, s, p, n)

#endif
