/* form.h — reading forms through declarative field specs (name, type, required, limits,
 * target), and the errors that go beside the fields and in the summary at the top.
 * Owns: nothing; values are copied into the request's arena. */
#ifndef TRAJECT_FORM_H
#define TRAJECT_FORM_H

#include <stdbool.h>
#include <stdint.h>

#include "http/http.h"

typedef enum FieldType {
    F_TEXT,     /* trimmed; control characters other than tab and newline refused */
    F_EMAIL,    /* trimmed, lower-cased, one '@', a dot in the domain, no spaces */
    F_PASSWORD, /* not trimmed; min_len applies */
    F_INT,      /* whole number in [min, max] */
    F_CHOICE,   /* one of choices[] (NULL-terminated) */
} FieldType;

typedef struct FieldSpec {
    const char *name;
    FieldType type;
    bool required;
    int64_t min, max;         /* length for text, value for F_INT; 0 = no limit */
    const char *const *choices;
    const char *label;        /* English source text, translated in messages */
    char **text;              /* target for text-like fields */
    int64_t *num;             /* target for F_INT */
} FieldSpec;

/* Reads every spec'd field from r's form into its target (arena copies; NULL when absent
 * and optional). Returns true when all are valid; otherwise fills errs (one message per
 * field) and the targets hold what was sent, for redisplay. */
bool form_read(Req *r, const FieldSpec *specs, FormErrors *errs);

/* Same rules on a value source other than a request (unit tests). lookup(ctx, name)
 * returns the raw value or NULL. */
bool form_read_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                    void *ctx, const FieldSpec *specs, FormErrors *errs);

/* True for a plausible e-mail address (same rule as F_EMAIL). */
bool email_valid(const char *s);

#endif
