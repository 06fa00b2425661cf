/* views/intake/privacy.h — the organisation's privacy notice as its public forms show it
 * (the application form, the applicant's and the guardian's pages): in the reader's
 * language as the organisation wrote it, else traject's default text in that language
 * (the reader is not sent to a text in another language). Owns nothing; texts live in the request's
 * arena. */
#ifndef TRAJECT_VIEWS_INTAKE_PRIVACY_H
#define TRAJECT_VIEWS_INTAKE_PRIVACY_H

#include "html/layout.h"
#include "http/http.h"
#include "model/intake.h"

/* traject's default notice for organisation org_name in language l (arena a). */
const char *privacy_default_in(Arena *a, Lang l, const char *org_name);

/* Writes the notice of organisation org_id (named org_name) as a section with its heading;
 * false on a database error (nothing written then). */
bool html_privacy_notice(Html *h, Req *r, int64_t org_id, const char *org_name);

#endif
