/* views/calls/decision.h — the outcome of a decided call on its public page. Reads its
 * statement and writes into the caller's Html. */
#ifndef TRAJECT_VIEWS_CALLS_DECISION_H
#define TRAJECT_VIEWS_CALLS_DECISION_H

#include "html/layout.h"
#include "http/http.h"
#include "model/calls.h"

/* The selected projects of a decided call (nothing before); false on a database error. */
bool html_call_selected(Html *h, Req *r, const Call *c);

#endif
