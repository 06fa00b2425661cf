/* flows/cases/team.h — staff form teams of a cohort's learners and give a case to teams;
 * a team's members mark its milestones done and hand in its deliverables; the partner
 * comments on and rates what was handed in. */
#ifndef TRAJECT_FLOWS_CASES_TEAM_H
#define TRAJECT_FLOWS_CASES_TEAM_H

#include "flows/competences/assessment.h"
#include "flows/flow.h"
#include "model/cases.h"

/* Forms a team named name in cohort_id of the actor's organisation with the learners
 * people[0..n) (at least one, each enrolled in the cohort and still so; a cohort not the
 * organisation's has none). Errors beside "people". o.id is the new team's. */
Outcome flow_team_add(const Flow *f, int64_t cohort_id, const char *name, const int64_t *people,
                      int n);

/* Gives the accepted case case_id to team_id, a team of the cohort the case was accepted
 * into. Errors beside "team_id". */
Outcome flow_team_assign(const Flow *f, int64_t case_id, int64_t team_id);

/* The actor (a learner, by account) marks milestone item_id of team_id's case done. Not a
 * member of the team: an error beside "team" (status 403), nothing saved. */
Outcome flow_milestone_done(const Flow *f, int64_t team_id, int64_t item_id);

/* The actor (a member of team_id) hands in deliverable item_id: a link (url, http or
 * https) or a file (checked as evidence: PDF, PNG or JPEG, at most EVIDENCE_MAX bytes).
 * Errors beside "team" (not a member, 403), "url", "file". o.id is the hand-in's. */
Outcome flow_handin(const Flow *f, int64_t team_id, int64_t item_id, const char *url,
                    const EvidenceFile *file);

/* The actor, for the partner's own organisation, comments on (comment may be NULL) and
 * rates (RATING_MIN to RATING_MAX) hand-in id of its case case_id. Errors beside "rating";
 * a case or hand-in not the partner's: ERR_NOT_FOUND. */
Outcome flow_handin_review(const Flow *f, int64_t case_id, int64_t id, const char *comment,
                           int64_t rating);

#endif
