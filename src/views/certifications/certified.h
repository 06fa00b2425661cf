/* views/certifications/certified.h — who is certified in a programme, and the parts of
 * pages that show it: the required set of a programme (read once), the passes of its
 * learners, the figure of its dashboard, and the section of a programme page that lists
 * and chooses the required certifications. The rule itself is domain/certified.h; the
 * day is today in Brussels.
 * Owns nothing: everything lives in the request's arena. */
#ifndef TRAJECT_VIEWS_CERTIFICATIONS_CERTIFIED_H
#define TRAJECT_VIEWS_CERTIFICATIONS_CERTIFIED_H

#include <stdbool.h>
#include <stdint.h>

#include "core/rows.h"
#include "flows/certifications/board.h"
#include "html/html.h"
#include "http/http.h"
#include "model/training.h"

/* Reads the required set and the passes of programme_id for the rule today (Brussels);
 * false on a database error. */
bool cert_board_load(Req *r, int64_t programme_id, CertBoard *b);

/* The figure of the dashboard: how many learners of the programme are certified today
 * (*nreq: how many certifications it requires). False on a database error. */
bool cert_programme_figure(Req *r, int64_t programme_id, int64_t *certified, int *nreq);

/* The section "Required certifications" of a programme page: the set, and for editors a
 * form to choose it from the catalogue (errors e beside it). False on a database error. */
bool html_programme_certs(Html *h, Req *r, const Programme *p, const FormErrors *e);

#endif
