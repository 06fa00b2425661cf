/* views/intake/home.h — intake's part of an organisation's home page: what needs
 * attention (applications to decide, waiting-list offers about to end, consents pending)
 * for its administrators and staff, and the reader's own reviews to do. */
#ifndef TRAJECT_VIEWS_INTAKE_HOME_H
#define TRAJECT_VIEWS_INTAKE_HOME_H

#include <stdbool.h>
#include <stdint.h>

#include "html/html.h"
#include "http/http.h"

/* Writes the lines that apply to the reader's roles in r's organisation, as <li> items
 * (the caller opens and closes the list); *n counts the items written. False on a
 * database error. */
bool html_intake_waiting(Html *h, Req *r, int64_t now, int *n);

#endif
