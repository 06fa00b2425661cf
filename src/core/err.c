/* err.c — the table behind err.h. Messages are translated where they are shown. */
#include "core/err.h"

#include <string.h>

#include "core/i18n.h"

static const ErrInfo errors[ERR_COUNT] = {
    [ERR_BAD_REQUEST] = {"bad_request", 400, N_("Bad request"),
                         N_("The request could not be understood. Please go back and try again.")},
    [ERR_BAD_UTF8] = {"bad_encoding", 400, N_("Bad request"),
                      N_("The request contained text that is not valid UTF-8.")},
    [ERR_CSRF] = {"csrf", 403, N_("Form expired"),
                  N_("This form has expired or was not sent from traject. Please go back, "
                     "reload the page and try again.")},
    [ERR_FORBIDDEN] = {"forbidden", 403, N_("Not allowed"),
                       N_("Your role in this organisation does not allow this.")},
    [ERR_NOT_FOUND] = {"not_found", 404, N_("Page not found"),
                       N_("There is no such page, or you do not have access to it.")},
    [ERR_METHOD] = {"method_not_allowed", 405, N_("Not allowed"),
                    N_("This address does not accept that kind of request.")},
    [ERR_TOO_LARGE] = {"too_large", 413, N_("Too large"),
                       N_("What you sent is larger than traject accepts.")},
    [ERR_MEDIA_TYPE] = {"unsupported_media_type", 415, N_("Unsupported form"),
                        N_("This kind of form data is not accepted.")},
    [ERR_CONFLICT] = {"conflict", 409, N_("Changed meanwhile"),
                      N_("This was changed meanwhile, or can no longer be changed. Please reload "
                         "the page and try again.")},
    [ERR_TOO_MANY] = {"too_many_requests", 429, N_("Too many attempts"),
                      N_("Too many attempts. Please wait a moment and try again.")},
    [ERR_DB] = {"database", 503, N_("Temporarily unavailable"),
                N_("The database could not be reached. Please try again in a moment.")},
    [ERR_BUSY] = {"busy", 503, N_("Busy"),
                  N_("The server is very busy just now. Please try again in a few seconds.")},
    [ERR_NO_SPACE] = {"no_space", 507, N_("Out of space"),
                      N_("The server is out of space; nothing was saved. Please tell the people "
                         "who run this server.")},
    [ERR_INTERNAL] = {"internal", 500, N_("Something went wrong"),
                      N_("Something went wrong on our side. It has been logged.")},
};

const ErrInfo *err_info(ErrCode e)
{
    return e < ERR_COUNT ? &errors[e] : &errors[ERR_INTERNAL];
}

void form_error(FormErrors *e, const char *field, const char *msg)
{
    if (form_error_for(e, field) || e->n >= FORM_MAX_ERRORS)
        return;
    e->field[e->n] = field;
    e->msg[e->n] = msg;
    e->n++;
}

const char *form_error_for(const FormErrors *e, const char *field)
{
    for (int i = 0; e && i < e->n; i++)
        if (!strcmp(e->field[i], field))
            return e->msg[i];
    return NULL;
}

void form_errors_add(FormErrors *e, const FormErrors *more)
{
    for (int i = 0; i < more->n; i++)
        form_error(e, more->field[i], more->msg[i]);
}
