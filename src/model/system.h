/* model/system.h — the records of the outbox of mail, as the statements of src/q/system/ return
 * them and the rules of src/domain/ and the workflows read them. Types only: no functions, no SQL.
 */
#ifndef TRAJECT_MODEL_SYSTEM_H
#define TRAJECT_MODEL_SYSTEM_H

#include <stdbool.h>
#include <stdint.h>

/* --- outbox --- */
typedef struct Mail {
    int64_t id;
    char *to_addr;
    char *subject;
    char *body;
    int64_t created_at;
    int64_t attempts;
} Mail;

/* A mail of the outbox as its organisation's administrators see it. sent_at 0: not sent
 * yet; last_error: why the last attempt failed (NULL when none). The mail worker gives up
 * after OUTBOX_MAX_ATTEMPTS (q/system/outbox.c's claim says the same). */
#define OUTBOX_MAX_ATTEMPTS 8
typedef struct OutboxRow {
    int64_t id;
    char *to_addr;
    char *subject;
    int64_t created_at;
    int64_t sent_at;
    int64_t attempts;
    char *last_error;
} OutboxRow;

#endif
