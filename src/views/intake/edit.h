/* views/intake/edit.h — what the intake pages where staff change a form read and write
 * alike: a text in each language (what accepted applicants bring, the privacy notice, a
 * criterion's hint) and the button that removes an item of a list (a question, a
 * criterion).
 * Owns nothing; writes into the caller's Html and FieldSpec. */
#ifndef TRAJECT_VIEWS_INTAKE_EDIT_H
#define TRAJECT_VIEWS_INTAKE_EDIT_H

#include "html/layout.h"
#include "http/form.h"
#include "http/http.h"

/* Sets spec[0] to spec[LANG_COUNT - 1] to one optional text field per language: named
 * names[l], labelled labels[l] (untranslated), at most max bytes, read into texts[l]. */
void lang_text_fields(FieldSpec *spec, const char *const *names, const char *const *labels, int max,
                      char **texts);

/* A button "Remove" (for screen readers "Remove <label>") that posts to
 * /orgs/{org}/<what>/<id>/delete. */
void html_remove_button(Html *h, Req *r, const char *what, int64_t id, const char *label);

#endif
