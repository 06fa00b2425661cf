/* views/competences/options.h — the competences an organisation may use (shipped and own,
 * frameworks not archived) as value/label pairs for a select, read for the form that
 * shows them (a programme's targets, an assessment). Owns nothing. */
#ifndef TRAJECT_VIEWS_COMPETENCES_OPTIONS_H
#define TRAJECT_VIEWS_COMPETENCES_OPTIONS_H

#include "http/http.h"

/* "id", "DigComp 2.2 · 1.1 Browsing…" pairs ending with NULL, in the reader's language;
 * NULL on a database error. */
const char *const *competence_options(Req *r);
/* The same for the organisation org_id (a partner's form for the organisation it submits
 * a case to). */
const char *const *competence_options_of(Req *r, int64_t org_id);

#endif
