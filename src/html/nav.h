/* html/nav.h — the links of an organisation's own space that the header's navigation
 * (html/layout.c) and the organisation's home list: for now, a partner's space (the
 * members of an organisation of kind partner, or holding the partner role), which sees its
 * own records instead of a training organisation's menu.
 *
 * Owns: the tables of links (nav.c), static data. */
#ifndef TRAJECT_HTML_NAV_H
#define TRAJECT_HTML_NAV_H

#include <stdbool.h>

#include "html/html.h"
#include "http/http.h"

/* One link of a space: a path under /orgs/{org}/ and its label (English source text,
 * N_("..."), translated when written). */
typedef struct NavLink {
    const char *path;
    const char *label;
} NavLink;

/* The partner's space, ending with {0} (see nav.c, where other features add a line). */
extern const NavLink partner_nav[];

/* True when r is a page of an organisation (an /orgs/{org}/ route) that is a partner's
 * space for its reader: the organisation is of kind partner, or the reader holds the
 * partner role there. */
bool nav_partner_space(const Req *r);

/* One <li> per link of links for r's organisation, the one of the page the reader is on
 * marked aria-current. */
void html_nav_items(Html *h, Req *r, const NavLink *links);

#endif
