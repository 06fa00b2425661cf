/* pages/accounts/accounts.h — the HTML handlers of signing in, accounts, organisations, members and
 * roles, invitations, the home page, and the parts of their pages that other handlers of the
 * feature reuse. Every handler is reached only through the route table (src/http/routes.c), after
 * the router has checked session, role, organisation and CSRF. */
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
/* orgs.c */
enum MHD_Result page_orgs(Req *r);
enum MHD_Result page_org_switch(Req *r);
enum MHD_Result page_org_home(Req *r);

/* join.c, operator.c: organisations asking to join, and the operators deciding */
enum MHD_Result page_join(Req *r);
enum MHD_Result page_join_post(Req *r);
enum MHD_Result page_operator_requests(Req *r);
enum MHD_Result page_operator_request(Req *r);
enum MHD_Result page_operator_approve(Req *r);
enum MHD_Result page_operator_refuse(Req *r);

/* members.c */
enum MHD_Result page_members(Req *r);
enum MHD_Result page_member(Req *r);
enum MHD_Result page_member_roles(Req *r);
enum MHD_Result page_member_remove(Req *r);

/* outbox.c */
enum MHD_Result page_outbox(Req *r);

/* invite.c */
enum MHD_Result page_invite(Req *r);
enum MHD_Result page_invite_post(Req *r);
enum MHD_Result page_invite_revoke(Req *r);
enum MHD_Result page_accept(Req *r);
enum MHD_Result page_accept_post(Req *r);

/* account.c */
enum MHD_Result page_account(Req *r);
enum MHD_Result page_account_profile(Req *r);
enum MHD_Result page_account_password(Req *r);

#endif
