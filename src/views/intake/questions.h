/* views/intake/questions.h — the application form's section of a programme's staff page:
 * its questions, when it takes applications, and (for those who may edit) the forms that
 * change them. Reads what it shows through src/q/intake/, writes into the caller's Html in
 * the reader's language.
 * Owns nothing; changes go through flows/intake/apply.h. */
#ifndef TRAJECT_VIEWS_INTAKE_QUESTIONS_H
#define TRAJECT_VIEWS_INTAKE_QUESTIONS_H

#include "html/layout.h"
#include "http/http.h"
#include "model/training.h"

/* The section "Application form" of programme p (edit: with its editor); false on a
 * database error. */
bool html_programme_questions(Html *h, Req *r, const Programme *p, bool edit);

#endif
