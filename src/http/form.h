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
    F_DATE,     /* "YYYY-MM-DD", a day that exists; text holds it, date (if given) too */
    F_TIME,     /* "HH:MM", 00:00 to 23:59; num receives minutes after midnight */
    F_MOMENT,   /* datetime-local "YYYY-MM-DDTHH:MM" (":SS" and a space instead of the T
                   accepted) in Brussels time; num receives UTC seconds. The hour skipped
                   in spring is refused; the autumn hour that occurs twice is the first. */
    F_MONEY,    /* an amount in euros ("1234.50", "1234,50", "1 234,50", "1.234,50",
                   "€ 1 234"): see money_parse (a mark followed by three digits groups
                   thousands, mixed or irregular marks are refused). num: cents. A minus
                   sign only when min < 0; min/max bound the cents when either is set */
    F_ID,       /* a positive whole number (a record's id); num receives it */
    F_BOOL,     /* a checkbox: "1"/"on"/"yes"/"true" (or "ja", "oui") true, "0"/"off"/"no"/
                   "false" (or "nee", "non") or absent false, anything else refused; flag
                   receives it. required: must be ticked (a consent) */
    F_MULTI,    /* every value sent under name (checkboxes, multi-select): with choices
                   (at most 63), each must be one of them and mask gets bit i for
                   choices[i]; without, each must be a positive id and ids/nids receive
                   them (arena array, in the order sent, duplicates dropped). required:
                   at least one; min/max bound the number of values when set. Absent:
                   mask 0, nids 0 */
} FieldType;

typedef struct FieldSpec {
    const char *name;
    FieldType type;
    bool required;
    int64_t min, max; /* length for text, value for F_INT and F_MONEY (cents), number
                         of values for F_MULTI; 0 = no limit */
    const char *const *choices;
    const char *label; /* English source text, translated in messages */
    char **text;       /* target for text-like fields */
    int64_t *num;      /* target for F_INT, F_TIME, F_MOMENT, F_MONEY, F_ID */
    bool *flag;        /* target for F_BOOL */
    struct Date *date; /* optional extra target for F_DATE */
    int64_t *mask;     /* target for F_MULTI with choices */
    int64_t **ids;     /* targets for F_MULTI without choices */
    int *nids;
} FieldSpec;

/* One field spec on a line or two: the name, the type and the English label, then the
 * other members as designators, e.g.
 * FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254, .text = &email)
 * A spec list ends with {0}. */
#define FIELD(NAME, TYPE, LABEL, ...)                                                              \
    {                                                                                              \
        .name = NAME, .type = TYPE, .label = LABEL, __VA_ARGS__                                    \
    }

/* Reads every spec'd field from r's form into its target (arena copies; NULL when absent
 * and optional). Returns true when all are valid; otherwise fills errs (one message per
 * field) and the targets hold what was sent, for redisplay. */
bool form_read(Req *r, const FieldSpec *specs, FormErrors *errs);

/* The same on r's query string (filters, a count to show after a redirect); an F_MULTI
 * field sees at most one value. */
bool query_read(Req *r, const FieldSpec *specs, FormErrors *errs);

/* Same rules on a value source other than a request (unit tests, CSV rows, query
 * strings). lookup(ctx, name) returns the raw value or NULL; an F_MULTI field then sees
 * at most that one value. */
bool form_read_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                    void *ctx, const FieldSpec *specs, FormErrors *errs);

/* The same with every value of a name: all(ctx, name, a, &vals) returns how many values
 * were sent under name and points vals at them (an array in a). */
typedef int (*FormLookupAll)(void *ctx, const char *name, Arena *a, const char ***vals);
bool form_read_all_from(Arena *a, Lang lang, const char *(*lookup)(void *ctx, const char *name),
                        FormLookupAll all, void *ctx, const FieldSpec *specs, FormErrors *errs);

/* True for a plausible e-mail address (same rule as F_EMAIL). */
bool email_valid(const char *s);

#endif
