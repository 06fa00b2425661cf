/* views/training/feed.h — calendar feeds: the private address of a learner's or a cohort's
 * feed (src/pages/training/feeds.c serves it; its HMAC covers the organisation, the record
 * and its generation, so resetting the link (generation + 1) cuts off the old one), and the
 * iCalendar text (RFC 5545) of their sessions, which an accepted applicant's schedule
 * (src/pages/intake/applicant.c) serves too. */
#ifndef TRAJECT_VIEWS_TRAINING_FEED_H
#define TRAJECT_VIEWS_TRAINING_FEED_H

#include <stdbool.h>
#include <stdint.h>

#include "core/buf.h"
#include "http/http.h"

/* The address of the feed of a person (cohort false) or a cohort, in the request's arena.
 * feeds.c checks the tag with the same text: change both together. */
const char *feed_url(Req *r, bool cohort, int64_t org_id, int64_t id, int64_t gen);
/* The text the tag of a feed address signs. */
const char *feed_tag_text(Req *r, char kind, int64_t org_id, int64_t id, int64_t gen);

/* The iCalendar of the sessions of a cohort (cohort true) or a person of org_id, from a
 * month back on, named name, in r's language and arena; NULL on a database error. When the
 * client has gone meanwhile (r->gone), it stops early: reply MHD_NO then. */
const Buf *feed_ics(Req *r, bool cohort, int64_t org_id, int64_t id, const char *name);

#endif
