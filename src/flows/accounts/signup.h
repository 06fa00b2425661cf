/* flows/accounts/signup.h — organisations asking to join traject from the web, and the
 * installation's operators deciding. Asking needs no account: the request is kept until
 * an operator approves it (the organisation is created and its administrator invited, in
 * the language the request was written in) or refuses it with a reason (mailed). Every
 * operator is told of a new request by mail, in the operator's language. */
#ifndef TRAJECT_FLOWS_ACCOUNTS_SIGNUP_H
#define TRAJECT_FLOWS_ACCOUNTS_SIGNUP_H

#include "flows/flow.h"

/* Lengths the form reader enforces and the workflow relies on. */
#define OREQ_NAME_MAX 120
#define OREQ_ABOUT_MAX 2000
#define OREQ_REASON_MAX 2000

/* Records a request from in (name, kind, contact_name, email already read and checked by
 * the form reader; phone may be NULL; call_id 0 or a call's id, kept only when the call is
 * public). Field errors: "name" (an organisation or a pending request has it already),
 * "email" (a request from this address is waiting already). Mails a receipt to in->email
 * in in->lang and a notice to every operator. o.id is the request. */
Outcome flow_org_request(const Flow *f, const OrgRequest *in);

/* Approves a pending request, as an operator (f->who): creates the organisation of its
 * name and kind, invites its e-mail address as administrator (the mail in the request's
 * language says which call it came from, if any), and records who decided. ERR_NOT_FOUND
 * for no such request; field error "decision" (409) when it was decided meanwhile or an
 * organisation took the name meanwhile. o.id is the new organisation. */
Outcome flow_org_request_approve(const Flow *f, int64_t request_id);

/* Refuses a pending request with a reason (required, at most OREQ_REASON_MAX), mailed
 * to the contact in the request's language. Field errors: "reason"; "decision" (409) when
 * it was decided meanwhile. ERR_NOT_FOUND for no such request. */
Outcome flow_org_request_refuse(const Flow *f, int64_t request_id, const char *reason);

#endif
