/* flows/credentials/rules.h — when an achievement is issued without anyone's hand, as the
 * organisation sets it on the achievement's page: on completing a programme, on reaching
 * a competence level (an assessment records min_level or higher), on becoming certified in
 * a programme (domain/certified.h, on the day of the exam's recording). The workflows that
 * record an enrolment's end, an assessment or an exam attempt call cred_issue_on_* inside
 * their own transaction: the credential is issued with the act that earns it, or neither
 * is. Level and certification issue an achievement once per learner: a learner who has it
 * already (in any way, revoked or not) gets no second one. */
#ifndef TRAJECT_FLOWS_CREDENTIALS_RULES_H
#define TRAJECT_FLOWS_CREDENTIALS_RULES_H

#include "flows/flow.h"
#include "model/credentials.h"

/* Issues the achievement on completion of the programme, or on certification in it (kind
 * RULE_COMPLETION or RULE_CERTIFIED; both the actor's organisation's). ERR_NOT_FOUND when
 * either is not; 409 on "programme_id" when the rule exists. */
Outcome flow_rule_programme_add(const Flow *f, int64_t achievement_id, RuleKind kind,
                                int64_t programme_id);
/* Issues the achievement when an assessment records min_level or higher on competence_id
 * (a competence the organisation reads; min_level on its framework's scale: an error on
 * "min_level" otherwise). 409 on "competence_id" when the achievement has a rule for it. */
Outcome flow_rule_level_add(const Flow *f, int64_t achievement_id, int64_t competence_id,
                            int64_t min_level);
Outcome flow_rule_delete(const Flow *f, int64_t achievement_id, int64_t rule_id);

/* Inside the caller's transaction, after an assessment of person_id at level on
 * competence_id: issues every achievement whose rule that level reaches. base: the public
 * address the credentials name. */
DbStatus cred_issue_on_level(Db *db, int64_t org_id, int64_t person_id, int64_t competence_id,
                             int64_t level, int64_t now, const char *base);
/* Inside the caller's transaction, after an exam attempt of person_id: issues every
 * achievement of a rule "on certification" in a programme person_id was enrolled in and is
 * certified in on the day of now (Brussels). */
DbStatus cred_issue_on_certified(Db *db, int64_t org_id, int64_t person_id, int64_t now,
                                 const char *base);

#endif
