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
PageFn page_credentials, page_achievement_new, page_achievement_create, page_achievement,
    page_achievement_issue, page_achievement_rule_add, page_achievement_rule_delete,
    page_achievement_edit, page_achievement_update;

/* issued.c */
PageFn page_credential, page_credential_revoke, page_signing_keys, page_signing_keys_rotate;

/* public.c: for anyone */
PageFn page_issuer_profile, page_issuer_jwks, page_issuer_status, page_verify, page_verify_post,
    page_verify_issued;

/* downloads.c: the learner's own credentials (the JWT, its JSON, the
 * printable certificate) */
PageFn page_learning_credential_jwt, page_learning_credential_json, page_learning_credential_pdf;

/* record.c: the learner's record and the link they share */
enum MHD_Result page_record(Req *r);
enum MHD_Result page_record_share(Req *r);
enum MHD_Result page_record_unshare(Req *r);
enum MHD_Result page_record_public(Req *r); /* for anyone with the link */

#endif
