/* model/system.h — the records of the outbox of mail, as the statements of src/q/system/ return them and
 * the rules of src/domain/ and the workflows read them. Types only: no functions, no SQL. */
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

#endif
