/* routes.h — what the parts of the route table share: the policy macros of its entries.
 * The table itself is route_tables (routes.c): its parts, in order, each a file of entries
 * that ends with {0}. Only the route table's files include this header. */
#ifndef TRAJECT_ROUTES_H
#define TRAJECT_ROUTES_H

#include "http/http.h"

/* One entry of the table: the method, the path, the handler, then who may use it (nothing:
 * anyone; SIGNED_IN; OPERATOR; MEMBER(roles)). Every POST changes state, so POST() sets csrf
 * and no state-changing route can be written without it. */
#define ROUTE(m, p, handler, state_changing, ...)                                                  \
    {                                                                                              \
        .method = m, .path = (p), .fn = (handler), .csrf = (state_changing), __VA_ARGS__           \
    }
#define GET(p, handler, ...) ROUTE("GET", p, handler, false, __VA_ARGS__)
#define POST(p, handler, ...) ROUTE("POST", p, handler, true, __VA_ARGS__)
#define SIGNED_IN .access = ACCESS_ACCOUNT
#define OPERATOR .access = ACCESS_OPERATOR
#define MEMBER(r) .access = ACCESS_MEMBER, .roles = (r)
/* the organisation's own people: not learners, who see their own records only
 * (/learning), nor outside jury members, who see the calls they sit on (/jury) */
#define OWN_PEOPLE (ROLE_ALL & ~(ROLE_LEARNER | ROLE_JURY))
/* who reads and who changes the training offer of an organisation; reviewers see only the
 * applications assigned to them, under a code, never the people enrolled */
#define TRAINING_VIEW (ROLE_ADMIN | ROLE_STAFF)
#define APP_REVIEW (ROLE_ADMIN | ROLE_STAFF | ROLE_REVIEWER)
#define TRAINING_EDIT (ROLE_ADMIN | ROLE_STAFF)
/* who answers calls for projects for an organisation */
#define PROPOSAL_EDIT (ROLE_ADMIN | ROLE_STAFF)

/* who follows the cases a partner's own organisation submitted (to training organisations
 * that count it as a partner) */
#define CASES_PARTNER (ROLE_ADMIN | ROLE_STAFF | ROLE_PARTNER)

/* The parts of the table, in the order the router tries them (routes.c first). */
extern const Route routes_public[];   /* routes.c: public pages, accounts, organisations, members */
extern const Route routes_training[]; /* routes_training.c: programmes, intake, cohorts, sessions */
extern const Route routes_calls[];    /* routes_calls.c: calls for projects, grants, locations */
extern const Route
    routes_learning[];             /* routes_learning.c: competences, credentials, verification */
extern const Route routes_cases[]; /* routes_cases.c: partners, cases, teams */
extern const Route routes_partners[]; /* routes_partners.c: partners, contributions */
extern const Route routes_jobs[]; /* routes_jobs.c: offers, candidates, placements, follow-ups */
extern const Route routes_equipment[]; /* routes_equipment.c: equipment and loans */
extern const Route routes_events[];    /* routes_events.c: events, registrations, the door */
extern const Route routes_resources[]; /* routes_resources.c: learning resources, catalogue */
extern const Route routes_talent[];    /* routes_talent.c: the talent pool */

#endif
