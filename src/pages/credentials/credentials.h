/* pages/credentials/credentials.h — the HTML handlers of credentials: an organisation's
 * achievements, issuing and revoking (achievements.c, issued.c), its signing keys
 * (issued.c), what it publishes for verifiers and the public verify pages (public.c), and
 * a learner's downloads (downloads.c). Reached only through the route table, after the
 * router has checked session, role, organisation and CSRF. What these pages share lives in
 * src/views/credentials/ and src/flows/credentials/. */
#ifndef TRAJECT_PAGES_CREDENTIALS_H
#define TRAJECT_PAGES_CREDENTIALS_H

#include "html/layout.h"
#include "http/http.h"

/* achievements.c */
enum MHD_Result page_credentials(Req *r);
enum MHD_Result page_achievement_new(Req *r);
enum MHD_Result page_achievement_create(Req *r);
enum MHD_Result page_achievement(Req *r);
enum MHD_Result page_achievement_issue(Req *r);
enum MHD_Result page_achievement_rule_add(Req *r);
enum MHD_Result page_achievement_rule_delete(Req *r);

/* issued.c */
enum MHD_Result page_credential(Req *r);
enum MHD_Result page_credential_revoke(Req *r);
enum MHD_Result page_signing_keys(Req *r);
enum MHD_Result page_signing_keys_rotate(Req *r);

/* public.c: for anyone */
enum MHD_Result page_issuer_profile(Req *r);
enum MHD_Result page_issuer_jwks(Req *r);
enum MHD_Result page_issuer_status(Req *r);
enum MHD_Result page_verify(Req *r);
enum MHD_Result page_verify_post(Req *r);
enum MHD_Result page_verify_issued(Req *r);

/* downloads.c: the learner's own credentials (the JWT, its JSON, the
 * printable certificate) */
enum MHD_Result page_learning_credential_jwt(Req *r);
enum MHD_Result page_learning_credential_json(Req *r);
enum MHD_Result page_learning_credential_pdf(Req *r);

/* record.c: the learner's record and the link they share */
enum MHD_Result page_record(Req *r);
enum MHD_Result page_record_share(Req *r);
enum MHD_Result page_record_unshare(Req *r);
enum MHD_Result page_record_public(Req *r); /* for anyone with the link */

#endif
