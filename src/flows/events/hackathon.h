/* flows/events/hackathon.h — what a hackathon adds to an event: challenges brought by the
 * organisation's partners, the jury's weighted criteria, teams formed from the registered,
 * what teams submit (a link or a file, checked as a case's hand-in), the jury's scores and
 * the ranking, which is the calls' (domain/selection: each juror's weighted score, their
 * mean, the documented tie-break), computed from the scores of the jurors who scored every
 * criterion.
 *
 * Owns nothing; messages go to the Outcome in the actor's language. */
#ifndef TRAJECT_FLOWS_EVENTS_HACKATHON_H
#define TRAJECT_FLOWS_EVENTS_HACKATHON_H

#include "core/rows.h"
#include "flows/competences/assessment.h"
#include "flows/flow.h"
#include "model/events.h"

/* The most criteria a hackathon's jury scores on (domain/selection's limit). */
#define HACK_MAX_CRITERIA 32

/* Adds a challenge from partner partner_id to hackathon e. Field errors: "partner_id" (not
 * one of the organisation's partners), "title" (e is not a hackathon). */
Outcome hack_challenge_add(const Flow *f, const Event *e, int64_t partner_id, const char *title,
                           const char *brief);

/* Adds a criterion (weight 1 to 100) to hackathon e: at most HACK_MAX_CRITERIA ("label"). */
Outcome hack_criterion_add(const Flow *f, const Event *e, const char *label, int64_t weight);

/* Forms a team named name on challenge challenge_id of e with the registrations members[n]
 * (at least one). Field errors beside "members": someone not registered (waiting,
 * cancelled, another event's) or already in a team; beside "challenge_id": not one of e's
 * challenges. Nothing is saved then. */
Outcome hack_team_add(const Flow *f, const Event *e, int64_t challenge_id, const char *name,
                      const int64_t *members, int n);

/* Records what team t submits: a link or a file (flow_link_or_file's checks and messages). */
Outcome hack_submit(const Flow *f, const HackTeam *t, const char *url, const EvidenceFile *file);

/* Saves f->who's scores of team t, scores[i] (0 to HACK_SCALE_MAX) on criteria[i] of its
 * event, n of them: all the event's criteria at once ("scores" when they are not). */
Outcome hack_score(const Flow *f, const HackTeam *t, const Criterion *criteria,
                   const int64_t *scores, int n);

/* One team's place in the ranking. */
typedef struct HackRank {
    const HackTeam *team;
    int rank;        /* 1 for the best; 0 when no juror scored it on every criterion */
    int score_milli; /* the mean weighted score, in thousandths of a point */
    int jurors;      /* jurors who scored it on every criterion */
    bool disagree;   /* the jurors' scores spread more than the calls' default threshold */
} HackRank;

/* Ranks event_id's teams (teams: HackTeam rows) on the jury's scores: *out (in f->arena)
 * lists them ranked first, best first, then the unranked in the order given. Returns false
 * on a database error. */
bool hack_ranking(const Flow *f, int64_t org_id, int64_t event_id, const Rows *teams,
                  HackRank **out);

#endif
