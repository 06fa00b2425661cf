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

/* What a handler does with the programme of its path. */
typedef enum MHD_Result (*ProgrammePage)(Req *r, Programme *p);
/* Loads the programme of the {id} parameter, then answers with fn; otherwise replies 404
 * (or 503). */
enum MHD_Result with_programme(Req *r, ProgrammePage fn);

/* The cohorts section of a programme page. */
void html_programme_cohorts(Html *h, Req *r, int64_t programme_id);

/* True when the request's roles may change training records (admin or staff). */
bool training_can_edit(const Req *r);

/* "/orgs/{org}/<what>/<id>", or "/orgs/{org}/<what>" when id is 0 (where a new one is
 * posted); in the request's arena. */
const char *org_record_path(Req *r, const char *what, int64_t id);

/* Begins the page that lists the organisation's records of one kind (what: "locations",
 * "programmes"): heading title, the organisation's name, the notice after a save (?saved),
 * and for those who may edit a button to /orgs/{org}/<what>/new labelled new_label. */
Html *training_list_begin(Req *r, const char *title, const char *what, const char *new_label);

/* Begins the page of a form that creates or changes a record: heading title, the line sub
 * under it (NULL: none), the summary of e and the form posting to action. */
Html *training_form_begin(Req *r, const char *title, const char *sub, const FormErrors *e,
                          const char *action);

#endif
