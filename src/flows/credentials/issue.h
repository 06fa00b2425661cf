/* flows/credentials/issue.h — what an organisation does with credentials: defining an
 * achievement, attaching it to a programme ("on completion"), issuing a credential by
 * hand or by a rule, and revoking one with a reason. Each credential is an Open Badges 3.0
 * OpenBadgeCredential (domain/badge.h) signed as a compact VC-JWT with the organisation's
 * key (keys.h), holding its own place in the organisation's status list. */
#ifndef TRAJECT_FLOWS_CREDENTIALS_ISSUE_H
#define TRAJECT_FLOWS_CREDENTIALS_ISSUE_H

#include "flows/flow.h"
#include "model/credentials.h"

/* The public addresses a credential names, for organisation org on base (no trailing
 * slash); in a. */
const char *cred_issuer_url(Arena *a, const char *base, int64_t org);
const char *cred_status_url(Arena *a, const char *base, int64_t org);
const char *cred_verify_url(Arena *a, const char *base, const char *uid);

/* Adds an achievement (name, description and criteria required; competences one per
 * line; valid_months 0..120). o.id is the achievement's. */
Outcome flow_achievement_add(const Flow *f, const Achievement *in);

/* Changes achievement in->id with the same checks. Credentials already issued keep the
 * texts they were signed with; those issued from now on carry the new ones. A missing
 * achievement: o.err ERR_NOT_FOUND. */
Outcome flow_achievement_update(const Flow *f, const Achievement *in);

/* Issues achievement_id to person_id (who must have been enrolled in one of the
 * organisation's cohorts), valid until the day valid_until (YYYY-MM-DD, end of that day in
 * UTC; NULL or "": the achievement's validity, or none). o.id is the credential's. */
Outcome flow_credential_issue(const Flow *f, int64_t achievement_id, int64_t person_id,
                              const char *valid_until);

/* Inside the caller's transaction: issues achievement_id to person_id by a rule (via; the
 * enrolment that completed, or 0), and queues a mail to the learner in their language when
 * they have an account. The credential's texts are in that language where the achievement
 * has them. DB_NONE when the person was never enrolled in the organisation's cohorts
 * (nothing issued); DB_RETRY when the caller's transaction must run again. a: scratch. */
DbStatus cred_issue_by_rule(Db *db, Arena *a, const char *base, int64_t org_id, int64_t person_id,
                            int64_t achievement_id, CredentialVia via, int64_t enrolment_id,
                            int64_t now);

/* Inside the caller's transaction (the end of an enrolment): issues every achievement
 * whose rule is "on completion" of the enrolment's programme to its learner. base: the
 * public address the credentials name. */
DbStatus cred_issue_on_completion(Db *db, int64_t org_id, int64_t enrolment_id, int64_t now,
                                  const char *base);

/* Revokes a credential with a reason (required, at most 500 characters): its bit in the
 * status list is set from now on. ERR_NOT_FOUND when not ours; 409 on "reason" when it
 * was revoked already. */
Outcome flow_credential_revoke(const Flow *f, int64_t id, const char *reason);

#endif
