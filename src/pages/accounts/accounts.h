/* pages/accounts/accounts.h — the HTML handlers of signing in, accounts, organisations, members and
 * roles, invitations, the home page, and the parts of their pages that other handlers of the
 * feature reuse. Every handler is reached only through the route table (src/http/routes.c), after
 * the router has checked session, role, organisation and CSRF. */
#ifndef TRAJECT_PAGES_ACCOUNTS_H
#define TRAJECT_PAGES_ACCOUNTS_H

#include "html/layout.h"
#include "http/http.h"

/* home.c */
PageFn page_root, page_healthz, page_language;
PageFn page_asset; /* http/asset.c */

/* auth.c */
PageFn page_sign_in, page_sign_in_post, page_sign_out, page_reset_request, page_reset_request_post,
    page_reset, page_reset_post;
/* orgs.c */
PageFn page_orgs, page_org_switch, page_org_home;

/* join.c, operator.c: organisations asking to join, and the operators deciding */
PageFn page_join, page_join_post, page_operator_requests, page_operator_request,
    page_operator_approve, page_operator_refuse;

/* members.c */
PageFn page_members, page_member, page_member_roles, page_member_remove;

/* outbox.c */
PageFn page_outbox;

/* invite.c */
PageFn page_invite, page_invite_post, page_invite_revoke, page_accept, page_accept_post;

/* account.c */
PageFn page_account, page_account_profile, page_account_password;

#endif
