/* views/consent/guardian.h — the parent's or guardian's page, as intake's applications
 * (/consent/{token}) and events' registrations (/events/consent/{token}) show it: the form
 * to agree or not (while the consent is pending), the form to withdraw it (once given),
 * and the reading of either form. What an act does is the feature's workflow.
 * Owns nothing. */
#ifndef TRAJECT_VIEWS_CONSENT_GUARDIAN_H
#define TRAJECT_VIEWS_CONSENT_GUARDIAN_H

#include "html/layout.h"
#include "http/http.h"
#include "model/consent.h"

/* The form posted to action for consent state c: agree or not while pending (agree_text
 * says what agreeing allows; notice, when not NULL, is written where the privacy notice
 * goes, before the buttons: the caller writes it after when c is not pending), withdraw
 * once given (withdraw_text says what withdrawing does), nothing otherwise. by_name: the
 * name typed (or the guardian's); e: its errors. Returns whether the privacy notice was
 * asked for inside the form (c pending): notice_fn(ctx) writes it there; false from it is a
 * database error, passed back through *ok. */
typedef bool (*GuardianNoticeFn)(Html *h, Req *r, void *ctx);
bool html_guardian_form(Html *h, Req *r, const FormErrors *e, const char *action, ConsentState c,
                        const char *by_name, const char *agree_text, const char *withdraw_text,
                        GuardianNoticeFn notice_fn, void *ctx, bool *ok);

/* Reads the guardian's form: the act (give, refuse, withdraw) and the name of who acts into
 * *by_name; errors to e, beside "by_name". */
ConsentAct guardian_read(Req *r, const char **by_name, FormErrors *e);

#endif
