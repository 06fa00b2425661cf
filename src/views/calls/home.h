/* views/calls/home.h — the funder's and the jury member's parts of an organisation's home
 * page: the calls in progress by stage with what waits on each (screening, reviews, the
 * decision) and the tranches to pay; and for a jury member, each call's reviews done and
 * to do. */
#ifndef TRAJECT_VIEWS_CALLS_HOME_H
#define TRAJECT_VIEWS_CALLS_HOME_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"
#include "model/calls.h"

/* The funder's part for r's organisation at now; false on a database error. */
bool html_funder_home(Html *h, Req *r, int64_t now);

/* A jury member's progress on call x ("3 of 5 reviews done; review deadline: ..."). */
const char *juror_progress_text(Req *r, const JurorCall *x);

/* The jury member's part for the reader in r's organisation; writes nothing when no
 * proposal is assigned to them. False on a database error. */
bool html_juror_home(Html *h, Req *r);

#endif
