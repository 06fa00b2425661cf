/* views/training/programme.h — the texts and parts of a programme that several pages of
 * training (and intake) write: its title, ages and languages in the reader's language, the
 * loading of a programme, and the cohorts section of a programme page.
 * Owns nothing; texts live in the request's arena. */
#ifndef TRAJECT_VIEWS_TRAINING_PROGRAMME_H
#define TRAJECT_VIEWS_TRAINING_PROGRAMME_H

#include "html/layout.h"
#include "http/http.h"
#include "model/training.h"

/* The programme's title in the reader's language, else in another one given. */
const char *programme_title(Req *r, const Programme *p);
/* "18 to 25 years", "From 10 years", "Any age" */
const char *programme_ages(Req *r, const Programme *p);
/* "Nederlands, Français": the names of the languages in a teaching_langs mask. */
const char *programme_langs(Req *r, int64_t mask);
/* The translated label of a programme's kind and status. */
const char *programme_kind_label(Req *r, ProgrammeKind k);
const char *programme_status_label(Req *r, ProgrammeStatus s);

/* Loads programme id of the request's organisation; otherwise replies (404 or 503) and
 * returns false with *reply set. */
bool programme_load(Req *r, int64_t id, Programme *p, enum MHD_Result *reply);

/* The cohorts section of a programme page. */
void html_programme_cohorts(Html *h, Req *r, int64_t programme_id);

/* True when the request's roles may change training records (admin or staff). */
bool training_can_edit(const Req *r);

#endif
