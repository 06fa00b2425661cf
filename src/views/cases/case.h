/* views/cases/case.h — a case as its three readers see it: the brief (what the partner
 * asks: competences, deliverables, milestones, contact) and each team's work on it (its
 * members' names, the milestones done, the deliverables handed in with the partner's
 * comment and rating). Staff (pages/cases/cases.c), the partner's own organisation
 * (pages/cases/partner.c) and a team's learner (pages/cases/learner.c) write it through
 * these functions; what each may do (accept, hand in, rate) the pages add. Only team
 * members' names are shown of the learners: nothing else of them. */
#ifndef TRAJECT_VIEWS_CASES_CASE_H
#define TRAJECT_VIEWS_CASES_CASE_H

#include "core/rows.h"
#include "html/html.h"
#include "http/http.h"
#include "model/cases.h"

/* A case and what was done on it, read for its training organisation c.org_id. */
typedef struct CaseWork {
    Case c;
    Rows competences; /* Competence */
    Rows items;       /* CaseItem: deliverables, then milestones */
    Rows teams;       /* Team, members set */
    Rows done;        /* MilestoneDone */
    Rows handins;     /* Handin */
} CaseWork;

/* Reads the rest of w once w->c is set: competences, items, teams with their members'
 * names, milestones done, hand-ins. DB_ERROR on a database error. */
DbStatus case_work_load(Req *r, CaseWork *w);

/* Begins the page of case w (read with case_work_load): its title as the <h1>, the notice
 * of a change saved (?saved=1), the summary of the errors e of a form on it (NULL: none),
 * and the brief: partner, contact, competences asked for, deliverables, milestones. */
Html *case_page_begin(Req *r, const CaseWork *w, const FormErrors *e);

/* Team t's work on the case under an <h3>: members, milestones (done or not, with by
 * whom and when), deliverables and their hand-ins, newest first; file_prefix is the path
 * a hand-in's file is downloaded from, followed by its id and "/file". When done_prefix is
 * given (a member of the team), each open milestone gets a button that posts to
 * done_prefix followed by its id and "/done". */
void html_team_work(Html *h, Req *r, const CaseWork *w, const Team *t, const char *file_prefix,
                    const char *done_prefix);

/* The text that names hand-in x ("Team A · Prototype · 3 March 2027"), for choosing one. */
const char *handin_label(Req *r, const CaseWork *w, const Handin *x);

/* The real cases of the learner account_id (every team with a case they are in, in any
 * organisation) under a <h2>, each with its partner, organisation and team; for the learner
 * (not shared) each links to its page under /learning. shared: the learner's record read
 * through a share link, which names the case and nothing of the work or the teammates.
 * Nothing when there are none. A negative status on a database error. The learner's record
 * (views/credentials/record.c) writes it among its sections, and /learning on its own. */
DbStatus view_record_cases(Html *h, Req *r, int64_t account_id, bool shared);

#endif
