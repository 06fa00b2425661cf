/* views/equipment/item.h — parts of the equipment pages that several of them write: where
 * an item is (in, at its location, or out: with whom and until when, overdue said so), a
 * borrower named with its kind, and the org home's line on overdue loans. */
#ifndef TRAJECT_VIEWS_EQUIPMENT_ITEM_H
#define TRAJECT_VIEWS_EQUIPMENT_ITEM_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"
#include "model/equipment.h"

/* "In, at Campus" or "Out: with Nadia Amrani (learner) until Wednesday 27 January 2027",
 * with "overdue" in bold once the due day has passed. */
void html_item_where(Html *h, Req *r, const Item *x);

/* A borrower with its kind: "Nadia Amrani (learner)". */
const char *borrower_text(Req *r, const Borrower *b);

/* True when the due day due_on has passed today (Brussels). */
bool item_overdue(const char *due_on);

/* An <li> for the loans of r's organisation that are overdue, when there are any (*n counts
 * it), for the home page's "Needs attention". False on a database error. */
bool html_loans_overdue(Html *h, Req *r, int *n);

#endif
