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
    ERR_TOO_MANY,
    ERR_DB,
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

#endif
