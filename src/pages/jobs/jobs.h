/* pages/jobs/jobs.h — the HTML handlers of internships, jobs and placements: offers and
 * their candidates for the training organisation's staff and for the partner's own
 * organisation (offers.c), a learner's offers and candidacies (/learning/jobs, learner.c),
 * placements, follow-ups and the learners behind a programme's "placed" figure
 * (placements.c), and the follow-up form a personal link opens (followup.c). */
#ifndef TRAJECT_PAGES_JOBS_H
#define TRAJECT_PAGES_JOBS_H

#include "html/layout.h"
#include "http/http.h"

/* offers.c: staff, then the partner's own organisation */
PageFn page_job_offers, page_job_offer_new, page_job_offer_create, page_job_offer, page_job_propose,
    page_job_stage, page_partner_offers, page_partner_offer_new, page_partner_offer_create,
    page_partner_offer, page_partner_stage;

/* learner.c */
PageFn page_my_jobs, page_my_job, page_my_job_apply, page_my_candidacy_agree;

/* placements.c */
PageFn page_job_placements, page_job_placement_create, page_job_followups, page_programme_placed;

/* followup.c: for anyone with the link */
PageFn page_followup, page_followup_answer;

#endif
