/* views/training/cohort.h — the cohort page and what its forms share: loading a cohort,
 * the options of its selects (locations, trainers), and the page itself, whose sections
 * (participants.c, sessions.c) come a page at a time so that it stays light as the cohort
 * grows. Pages of cohorts, sessions and enrolments show it again with their form's errors.
 * Owns nothing beyond the request's arena. */
#ifndef TRAJECT_VIEWS_TRAINING_COHORT_H
#define TRAJECT_VIEWS_TRAINING_COHORT_H

#include <stddef.h>

#include "core/rows.h"
#include "html/layout.h"
#include "http/http.h"
#include "model/training.h"

/* Rows per page of the cohort page's lists. */
#define PARTICIPANTS_PAGE 15
#define SESSIONS_PAGE 50

/* Loads the cohort of the {id} parameter and its programme; otherwise replies (404 or
 * 503) and returns false with *reply set. */
bool cohort_load(Req *r, Cohort *c, Programme *p, enum MHD_Result *reply);

/* What a handler does with the cohort of its path and the cohort's programme. */
typedef enum MHD_Result (*CohortPage)(Req *r, Cohort *c, Programme *p);
/* Loads the cohort of the {id} parameter and its programme, then answers with fn;
 * otherwise replies 404 (or 503). */
enum MHD_Result with_cohort(Req *r, CohortPage fn);

/* The index of the element of list (of a record type whose int64_t id is at offset off)
 * whose id is the number written in id, or -1 (also when id is NULL or not a number): where
 * a page of the cohort page's lists starts ("after" and "before" links). */
int row_index(const Rows *list, size_t off, const char *id);
#define ROW_INDEX(list, T, text) row_index((list), offsetof(T, id), (text))

/* The organisation's locations as value/label pairs, "" (No fixed location) first; NULL on
 * a database error. */
const char *const *location_options(Req *r);
/* The organisation's active admins and staff (possible trainers) as value/label pairs;
 * NULL on a database error; *n the number of values. */
const char *const *trainer_options(Req *r, int *n);

/* The errors of the cohort page's forms (each may be NULL). */
typedef struct CohortErrors {
    const FormErrors *add;   /* add a session */
    const FormErrors *gen;   /* generate a weekly schedule */
    const FormErrors *enrol; /* register a walk-in or enrol someone known */
} CohortErrors;

/* The cohort page, with a notice (or NULL) and the errors of one of its forms. */
enum MHD_Result cohort_page(Req *r, const Cohort *c, const Programme *p, const CohortErrors *e,
                            const char *notice, int status);

/* The sections, each false on a database error: the participants with the enrolment
 * forms (participants.c), the sessions and the forms that add them (sessions.c). */
bool html_cohort_participants(Html *h, Req *r, const Cohort *c, const FormErrors *e);
bool html_cohort_sessions(Html *h, Req *r, const Cohort *c);
bool html_cohort_session_forms(Html *h, Req *r, const Cohort *c, const CohortErrors *e);

/* "First", "Previous" and "Next" links of a list (each href NULL when there is none),
 * named label for screen readers. */
void html_list_pager(Html *h, Req *r, const char *label, const char *first, const char *prev,
                     const char *next);

#endif
