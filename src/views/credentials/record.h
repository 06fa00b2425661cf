/* views/credentials/record.h — a learner's record: what they achieved with every
 * organisation they learn with, on one page. A learner's account is linked to one people
 * record per organisation (people.account_id; an organisation enrols a person, and the
 * invitation it sends links that person to the account); the record gathers the
 * competences, certifications and credentials of all of them, each naming its
 * organisation. Written for the learner (/learning/record) and for whoever has the link
 * they share (/record/{token}); reads statements, writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_CREDENTIALS_RECORD_H
#define TRAJECT_VIEWS_CREDENTIALS_RECORD_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"
#include "html/html.h"
#include "http/http.h"

/* The record of account_id, section by section under <h2> headings: competences (the
 * current level of each, the day, and for the learner who assessed it), certifications
 * (each pass, valid until when or expired), real cases (view_record_cases) and credentials
 * (each with its verify page; for the learner, the PDF, JWT and JSON downloads).
 * shared: the public page of a share link, which shows what was achieved and by whom,
 * nothing else: no e-mail address, no assessor's name, no evidence, no revoked credential.
 * A negative status on a database error. */
DbStatus view_record(Html *h, Req *r, int64_t account_id, bool shared);

#endif
