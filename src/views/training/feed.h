/* views/training/feed.h — the private address of a calendar feed (src/pages/training/
 * feeds.c serves it): its HMAC covers the organisation, the record and its generation, so
 * resetting the link (generation + 1) cuts off the old one. */
#ifndef TRAJECT_VIEWS_TRAINING_FEED_H
#define TRAJECT_VIEWS_TRAINING_FEED_H

#include <stdbool.h>
#include <stdint.h>

#include "http/http.h"

/* The address of the feed of a person (cohort false) or a cohort, in the request's arena.
 * feeds.c checks the tag with the same text: change both together. */
const char *feed_url(Req *r, bool cohort, int64_t org_id, int64_t id, int64_t gen);
/* The text the tag of a feed address signs. */
const char *feed_tag_text(Req *r, char kind, int64_t org_id, int64_t id, int64_t gen);

#endif
