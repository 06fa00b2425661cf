/* views/partners/home.h — the partner's part of its organisation's home: the training
 * organisations that count it as a partner, each a link to what it gave them and what came
 * of it, and the links of the partner's space (html/nav.h). */
#ifndef TRAJECT_VIEWS_PARTNERS_HOME_H
#define TRAJECT_VIEWS_PARTNERS_HOME_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"

/* The section, for a member of a partner's own organisation (r's). False on a database
 * error. */
bool html_partner_home(Html *h, Req *r);

#endif
