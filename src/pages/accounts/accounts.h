/* pages/accounts/accounts.h — the HTML handlers of signing in, accounts, organisations, members and roles, invitations, the home page, and the parts
 * of their pages that other handlers of the feature reuse. Every handler is reached only through
 * the route table (src/http/routes.c), after the router has checked session, role,
 * organisation and CSRF. */
#ifndef TRAJECT_PAGES_ACCOUNTS_H
#define TRAJECT_PAGES_ACCOUNTS_H

#include "html/layout.h"
#include "http/http.h"

/* home.c */
enum MHD_Result page_root(Req *r);
enum MHD_Result page_healthz(Req *r);
enum MHD_Result page_language(Req *r);
enum MHD_Result page_asset(Req *r); /* http/asset.c */

/* auth.c */
enum MHD_Result page_sign_in(Req *r);
enum MHD_Result page_sign_in_post(Req *r);
enum MHD_Result page_sign_out(Req *r);
enum MHD_Result page_reset_request(Req *r);
enum MHD_Result page_reset_request_post(Req *r);
enum MHD_Result page_reset(Req *r);
enum MHD_Result page_reset_post(Req *r);
/* Checks a new password (length) and its confirmation; adds errors to e. */
bool new_password_ok(Req *r, const char *pw, const char *confirm, FormErrors *e);

/* orgs.c */
enum MHD_Result page_orgs(Req *r);
enum MHD_Result page_org_switch(Req *r);
enum MHD_Result page_org_home(Req *r);
enum MHD_Result page_member(Req *r);
enum MHD_Result page_member_roles(Req *r);
enum MHD_Result page_member_remove(Req *r);
enum MHD_Result page_invite(Req *r);
enum MHD_Result page_invite_post(Req *r);
enum MHD_Result page_invite_revoke(Req *r);
/* Records an invitation to r's organisation and queues its mail in `lang`; person_id
 * links a learner record to the account that accepts (0: none). */
bool invite_send(Req *r, const char *email, int64_t roles, const char *lang, int64_t person_id);

/* members.c */
enum MHD_Result page_members(Req *r);

/* outbox.c */
enum MHD_Result page_outbox(Req *r);

/* invite.c */
enum MHD_Result page_accept(Req *r);
enum MHD_Result page_accept_post(Req *r);

/* account.c */
enum MHD_Result page_account(Req *r);
enum MHD_Result page_account_profile(Req *r);
enum MHD_Result page_account_password(Req *r);

/* roles.c: role names and the roles fieldset */
const char *role_key(int bit);              /* "admin", "staff", ... */
const char *role_label(Lang lang, int bit); /* translated */
/* Comma-separated translated names of the roles in mask. */
const char *roles_text(Req *r, int64_t mask);
/* Checkboxes named "roles" with the roles in mask checked. */
void html_roles_fieldset(Html *h, Req *r, const FormErrors *e, int64_t mask);
/* Reads the "roles" checkboxes; 0 when none or an unknown one was sent. */
int64_t roles_from_form(Req *r);

#endif
