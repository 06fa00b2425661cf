/* model/jobs.h — the records of internships and jobs offered by partners, the learners who
 * are candidates for them, the placements learners find after training (a job, an
 * internship, further training, their own start-up) and the follow-ups mailed 3, 6 and 12
 * months after a cohort ends, as the statements of src/q/jobs/ return them. Types and the
 * vocabularies (model/jobs.c) only. No SQL.
 *
 * "Placement" alone names placing an applicant in a cohort (intake): the records here are
 * JobOffer, JobCandidate, JobPlacement and JobFollowup. */
#ifndef TRAJECT_MODEL_JOBS_H
#define TRAJECT_MODEL_JOBS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

/* The contract an offer (or a placement) is made on. */
typedef enum JobContract {
    CONTRACT_INTERNSHIP,
    CONTRACT_FIXED_TERM,
    CONTRACT_PERMANENT,
    CONTRACT_APPRENTICESHIP,
    CONTRACT_FREELANCE
} JobContract;
extern const Vocab job_contracts;

/* Where a candidate stands; domain/jobs.h says which moves are allowed. */
typedef enum JobStage {
    STAGE_PROPOSED,
    STAGE_INTERVIEW,
    STAGE_OFFER,
    STAGE_HIRED,
    STAGE_NOT_RETAINED
} JobStage;
extern const Vocab job_stages;

/* How a learner became a candidate: applied themselves (agreed at once), or proposed by
 * staff (seen by the partner once the learner agrees). */
typedef enum JobOrigin { ORIGIN_APPLIED, ORIGIN_PROPOSED } JobOrigin;
extern const Vocab job_origins;

typedef enum JobPlacementKind {
    JP_JOB,
    JP_INTERNSHIP,
    JP_TRAINING,
    JP_OWN_BUSINESS
} JobPlacementKind;
extern const Vocab job_placement_kinds;

/* What a former learner does now (the follow-up's second question). */
typedef enum JobSituation {
    SIT_JOB,
    SIT_INTERNSHIP,
    SIT_TRAINING,
    SIT_OWN_BUSINESS,
    SIT_LOOKING,
    SIT_OTHER
} JobSituation;
extern const Vocab job_situations;

typedef struct JobOffer {
    int64_t id;
    int64_t org_id; /* the training organisation */
    int64_t partner_id;
    char *partner_name;
    char *org_name; /* the training organisation's name (the partner's and learner's views) */
    char *title, *description;
    JobContract contract;
    int64_t places;
    char *closes_on; /* YYYY-MM-DD */
    char *workplace;
    int64_t candidates; /* lists: the candidates who agreed to be seen */
    int64_t hired;      /* lists: the candidates hired */
    int64_t created_at;
} JobOffer;

/* What an offer is recorded with (flows/jobs/offer.c reads it). */
typedef struct JobOfferInput {
    int64_t partner_id;
    char *title, *description, *contract, *closes_on, *workplace;
    int64_t places;
    int64_t *competences;
    int ncompetences;
} JobOfferInput;

typedef struct JobCandidate {
    int64_t id;
    int64_t org_id;
    int64_t offer_id;
    int64_t person_id;
    char *name; /* the learner's name */
    JobOrigin origin;
    JobStage stage;
    char *motivation;
    int64_t agreed; /* 1 once the learner agreed to be seen by the partner */
    int64_t created_at, stage_at;
    /* the learner's statements: the offer it is for */
    char *offer_title, *partner_name, *org_name;
} JobCandidate;

typedef struct JobPlacement {
    int64_t id;
    int64_t org_id;
    int64_t person_id;
    char *name; /* the learner's name */
    JobPlacementKind kind;
    char *employer;
    char *starts_on, *ends_on; /* ends_on NULL: open-ended */
    char *contract;            /* a key of job_contracts, or "" */
    int64_t hours;             /* per week; 0: not said */
    int64_t created_at;
} JobPlacement;

/* What a placement is recorded with (strings as typed; the flow checks them). */
typedef struct JobPlacementInput {
    int64_t person_id;
    char *kind, *employer, *starts_on, *ends_on, *contract;
    int64_t hours;
} JobPlacementInput;

typedef struct JobFollowup {
    int64_t id;
    int64_t org_id;
    int64_t person_id;
    char *name, *cohort_name, *org_name;
    int64_t cohort_id;
    int64_t months;
    int64_t sent_at;
    int64_t answered_at; /* 0: not answered */
    int64_t still_there; /* 1 yes, 0 no */
    char *situation;     /* a key of job_situations, NULL until answered */
    int64_t may_count;
} JobFollowup;

/* A learner's follow-up that is due (the scheduler's statement). */
typedef struct JobFollowupDue {
    int64_t org_id, person_id, cohort_id;
    char *name, *email, *lang, *org_name;
    char *programme[3]; /* its title in each language (some may be NULL) */
    char *ends_on;      /* the cohort's last day */
} JobFollowupDue;

/* The three answers of the follow-up form. */
typedef struct JobFollowupAnswer {
    bool still_there;
    char *situation;
    bool may_count;
} JobFollowupAnswer;

#endif
