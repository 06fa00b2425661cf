/* views/credentials/credential.h — parts of pages about credentials that several handlers
 * show: an organisation's issued credentials, one credential's facts, the verdict of a
 * verification in plain words, and a learner's own credentials on /learning. They read
 * statements and write into the caller's Html, in the reader's language. */
#ifndef TRAJECT_VIEWS_CREDENTIALS_H
#define TRAJECT_VIEWS_CREDENTIALS_H

#include "flows/credentials/verify.h"
#include "html/html.h"
#include "http/http.h"
#include "model/credentials.h"

/* The organisation's issued credentials (r->org_id), a page at a time (html/pager.h: newest
 * first, or by learner; searched by learner or achievement), with links to each; a sentence
 * when there are none. */
DbStatus view_credentials_table(Html *h, Req *r);

/* What one credential is: to whom, for what, when issued, until when, how, its status. */
void view_credential_facts(Html *h, Req *r, const Credential *c);

/* The verdict and what the credential says (who issued it, to whom, for what, when,
 * revoked with the reason), or why a check failed. */
void view_verification(Html *h, Req *r, const Verification *v);

/* The credentials of account_id (its people records in every organisation) as list items,
 * newest first, each with its verify page, and unless shared (a record's public page: no
 * revoked ones, no downloads) its downloads (JWT, JSON, PDF); *n: how many. */
DbStatus view_account_credentials(Html *h, Req *r, int64_t account_id, bool shared, int *n);

/* The signed-in account's credentials, each with its verify page and downloads (JWT, JSON,
 * PDF); nothing when there are none. */
DbStatus view_learner_credentials(Html *h, Req *r);

#endif
