/* views/competences/progress.h — a person's competences with their history, written for
 * staff (the learner's page in the organisation) and for the learner (/learning): the
 * current level of each competence first, the earlier assessments under it.
 * Owns nothing; reads no statements (the caller gives the rows). */
#ifndef TRAJECT_VIEWS_COMPETENCES_PROGRESS_H
#define TRAJECT_VIEWS_COMPETENCES_PROGRESS_H

#include "core/rows.h"
#include "html/layout.h"
#include "http/http.h"
#include "model/competences.h"

/* "1.1 Browsing, searching…": a competence's code and title in the reader's language. */
const char *competence_label(Req *r, const char *code, char *const title[LANG_COUNT]);
/* "Intermediate 3", or "Level 3" when the scale has no name for it. */
const char *level_label(Req *r, int64_t level, char *const title[LANG_COUNT]);

/* The competences of rows (Assessment, in the order of q_assessment_history: competence
 * by competence, the current one first) as a list; headings at level heading (3: <h3>).
 * evidence_prefix is the path an assessment's file is downloaded from, followed by its id
 * ("/orgs/1/assessments/"); with_org names the organisation of each competence (the
 * learner's own page, across organisations). Writes empty (translated) when none. */
void html_progress(Html *h, Req *r, const Rows *rows, const char *evidence_prefix, bool with_org,
                   const char *empty);

/* The learner's own competences (every organisation they learn with), read for the
 * account signed in, under a <h2> "My competences". False on a database error. */
bool html_learner_competences(Html *h, Req *r);

#endif
