/* pages/talent/talent.h — the HTML handlers of the talent pool: the learner's profile for
 * partners, who sees it and the requests to meet them (/learning/talent); a partner's search
 * of the learners it may see, a profile, asking to meet, its requests and the export (under
 * the partner's own organisation, /orgs/{org}/talent...). */
#ifndef TRAJECT_PAGES_TALENT_H
#define TRAJECT_PAGES_TALENT_H

#include "html/layout.h"
#include "http/http.h"

/* learner.c */
PageFn page_my_talent, page_my_talent_save, page_my_talent_visibility, page_my_talent_accept,
    page_my_talent_decline;

/* partner.c */
PageFn page_talent_search, page_talent_csv, page_talent_profile, page_talent_meet;

/* requests.c */
PageFn page_talent_requests;

#endif
