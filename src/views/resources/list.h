/* views/resources/list.h — parts of pages that show learning resources: the line of what
 * a resource is (type, audience, language, age band, topic), a list of resources linking
 * to their public pages, and the learner's own resources in /learning. Owns nothing. */
#ifndef TRAJECT_VIEWS_RESOURCES_LIST_H
#define TRAJECT_VIEWS_RESOURCES_LIST_H

#include <stdbool.h>

#include "core/rows.h"
#include "html/html.h"
#include "html/pager.h"
#include "http/http.h"
#include "model/resources.h"

/* The lists' sort columns (title; the date added, newest first) and a row's key. */
extern const PagerCol resource_cols[RESOURCE_SORTS];
void resource_key(const void *row, int sort, PagerKey *k);

/* "Lesson plan · Teachers · French · 10 to 12 · Robotics", in the reader's language. */
const char *resource_facts(Req *r, const Resource *x);

/* The rows (Resource) as cards (under a heading of level 2): its type, its title linking
 * to /resources/{id}, the organisation that shares it, its audience, language, age band
 * and topic. */
void html_resource_items(Html *h, Req *r, const Rows *rows);

/* The resources of the reader's programmes and organisations (none: nothing is written),
 * in a section of the learner's space, with a link to the public catalogue. False on a
 * database error. */
bool html_my_resources(Html *h, Req *r);

#endif
