/* views/talent/home.h — the talent pool's part of a partner's home page (its own
 * organisation): how many learners show it their profile, with the links to search them and
 * to its requests to meet. */
#ifndef TRAJECT_VIEWS_TALENT_HOME_H
#define TRAJECT_VIEWS_TALENT_HOME_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"

/* A section for r's organisation as a partner; false on a database error. */
bool html_talent_partner_home(Html *h, Req *r);

#endif
