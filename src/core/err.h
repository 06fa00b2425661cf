/* err.h — the error registry: code, HTTP status, message key. It drives the HTML
 * error page and the JSON {"error": {"code", "message"}} alike. */
#ifndef TRAJECT_ERR_H
#define TRAJECT_ERR_H

typedef enum ErrCode {
    ERR_BAD_REQUEST,
    ERR_BAD_UTF8,
    ERR_CSRF,
    ERR_FORBIDDEN,
    ERR_NOT_FOUND,
    ERR_METHOD,
    ERR_TOO_LARGE,
    ERR_MEDIA_TYPE,
    ERR_CONFLICT,
    ERR_TOO_MANY,
    ERR_DB,
    ERR_BUSY,     /* every worker busy and the queue full: try again in a few seconds */
    ERR_NO_SPACE, /* the disk (or the database's quota) is full: nothing was saved */
    ERR_INTERNAL,
    ERR_COUNT
} ErrCode;

typedef struct ErrInfo {
    const char *code;    /* stable machine name, e.g. "not_found" */
    int status;          /* HTTP status */
    const char *title;   /* message key (English source text) */
    const char *message; /* longer explanation (English source text) */
} ErrInfo;

const ErrInfo *err_info(ErrCode e);

/* Errors of a form or of a workflow's input: one message per field (already translated),
 * shown beside the field and in the summary at the top. */
#define FORM_MAX_ERRORS 16

typedef struct FormErrors {
    int n;
    const char *field[FORM_MAX_ERRORS];
    const char *msg[FORM_MAX_ERRORS]; /* already translated */
} FormErrors;

/* Adds the field's message unless it has one already (the first message stays). */
void form_error(FormErrors *e, const char *field, const char *msg);
/* The field's message, or NULL. */
const char *form_error_for(const FormErrors *e, const char *field);
/* Adds every message of more to e (a field keeps the message it has): a workflow's checks
 * beside the form reader's. */
void form_errors_add(FormErrors *e, const FormErrors *more);

#endif
