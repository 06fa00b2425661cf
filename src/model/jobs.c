/* model/jobs.c — the vocabularies of internships, jobs and placements (see model/jobs.h).
 * The schema's CHECKs list the same keys (0105-jobs.sql); change both together. */
#include "model/jobs.h"

#include "core/i18n.h"

VOCAB(job_contracts, "job contract", {CONTRACT_INTERNSHIP, "internship", N_("Internship")},
      {CONTRACT_FIXED_TERM, "fixed_term", N_("Fixed-term contract")},
      {CONTRACT_PERMANENT, "permanent", N_("Permanent contract")},
      {CONTRACT_APPRENTICESHIP, "apprenticeship", N_("Apprenticeship")},
      {CONTRACT_FREELANCE, "freelance", N_("Freelance assignment")});

VOCAB(job_stages, "candidate stage", {STAGE_PROPOSED, "proposed", N_("Proposed")},
      {STAGE_INTERVIEW, "interview", N_("Interview")}, {STAGE_OFFER, "offer", N_("Job offer made")},
      {STAGE_HIRED, "hired", N_("Hired")},
      {STAGE_NOT_RETAINED, "not_retained", N_("Not retained")});

VOCAB(job_origins, "candidate origin", {ORIGIN_APPLIED, "applied", N_("Applied")},
      {ORIGIN_PROPOSED, "proposed", N_("Proposed by staff")});

VOCAB(job_placement_kinds, "placement kind", {JP_JOB, "job", N_("A job")},
      {JP_INTERNSHIP, "internship", N_("An internship")},
      {JP_TRAINING, "training", N_("Further training")},
      {JP_OWN_BUSINESS, "own_business", N_("Their own start-up")});

VOCAB(job_situations, "follow-up situation", {SIT_JOB, "job", N_("I have a job")},
      {SIT_INTERNSHIP, "internship", N_("I am doing an internship")},
      {SIT_TRAINING, "training", N_("I am in further training")},
      {SIT_OWN_BUSINESS, "own_business", N_("I run my own business")},
      {SIT_LOOKING, "looking", N_("I am looking for work")},
      {SIT_OTHER, "other", N_("Something else")});
