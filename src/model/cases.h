/* model/cases.h — the records of real cases from partners: an organisation's partners, the
 * cases they submit (brief, competences asked for, deliverables, milestones, contact), the
 * teams of a cohort's learners that work on them, the milestones they mark done and the
 * deliverables they hand in, with the partner's comment and rating, as the statements of
 * src/q/cases/ return them. Types and the status vocabulary (model/cases.c) only. No SQL.
 *
 * A partner (of the organisation that trains) may name the traject organisation that is
 * that partner: its members then see, from their own organisation, the cases it submitted
 * and nothing else of the training organisation. The partner record itself is in
 * model/partners.h. */
#ifndef TRAJECT_MODEL_CASES_H
#define TRAJECT_MODEL_CASES_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"
#include "model/partners.h"

typedef enum CaseStatus { CASE_SUBMITTED, CASE_ACCEPTED } CaseStatus;
extern const Vocab case_statuses;

/* Ratings of a hand-in by the partner. */
#define RATING_MIN 1
#define RATING_MAX 5

typedef struct Case {
    int64_t id;
    int64_t org_id; /* the training organisation */
    int64_t partner_id;
    char *partner_name;
    char *org_name; /* the training organisation's name (the partner's view) */
    char *title, *brief;
    char *contact_name, *contact_email;
    CaseStatus status;
    int64_t cohort_id; /* 0 until accepted */
    char *cohort_name; /* "" until accepted */
    int64_t teams;     /* teams working on it (lists) */
    int64_t created_at;
    int64_t handins;      /* what its teams handed in (a partner's page) */
    int64_t rating_milli; /* the partner's mean rating of them, in thousandths; 0: none */
} Case;

/* A deliverable (due_on NULL) or a milestone of a case. */
typedef struct CaseItem {
    int64_t id;
    int64_t milestone; /* 0: a deliverable, 1: a milestone */
    char *title;
    char *due_on; /* YYYY-MM-DD; NULL for a deliverable */
} CaseItem;

/* What a case is submitted with (flows/cases/case.c reads it). */
typedef struct CaseInput {
    int64_t partner_id;
    char *title, *brief, *contact_name, *contact_email;
    int64_t *competences;
    int ncompetences;
    const char **deliverables; /* titles; blank ones are skipped */
    int ndeliverables;
    const char **milestones, **due_on; /* titles and dates, pairwise; blank rows skipped */
    int nmilestones;
} CaseInput;

typedef struct Team {
    int64_t id;
    int64_t cohort_id;
    char *cohort_name;
    char *name;
    int64_t case_id; /* 0: none yet */
    char *case_title;
    char *members;                 /* the members' names, ", " between them */
    char *partner_name, *org_name; /* the learner's statements: whose case, with whom */
} Team;

/* A milestone a team marked done (team_id, item_id), by whom and when. */
typedef struct MilestoneDone {
    int64_t team_id, item_id, done_at;
    char *done_by;
} MilestoneDone;

typedef struct Handin {
    int64_t id;
    int64_t org_id;
    int64_t team_id, item_id, person_id;
    char *url;
    char *file_name, *file_type; /* NULL when a link */
    int64_t file_size;
    char *handed_in_by; /* the learner's name */
    int64_t created_at;
    char *comment;
    int64_t rating; /* 0: not rated */
    int64_t reviewed_at;
} Handin;

#endif
