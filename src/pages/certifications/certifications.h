/* pages/certifications/certifications.h — the HTML handlers of vendor certifications: the
 * organisation's catalogue, a programme's required set and the learners behind its
 * certified figure, a learner's exam attempts, and the import of a vendor's results file.
 * Every handler is reached only through the route table (src/http/routes.c), after the
 * router has checked session, role, organisation and CSRF. What several of these pages
 * share is below them, in src/views/certifications/ and src/flows/certifications/. */
#ifndef TRAJECT_PAGES_CERTIFICATIONS_H
#define TRAJECT_PAGES_CERTIFICATIONS_H

#include "html/layout.h"
#include "http/http.h"

/* catalogue.c */
PageFn page_certs, page_cert_new, page_cert_create, page_cert_edit, page_cert_update,
    page_cert_archive;
/* requirements.c: a programme's required set, and its learners with who is certified */
PageFn page_programme_certs_save, page_programme_learners;
/* attempts.c: a learner's exam attempts */
PageFn page_learner_certs, page_attempt_add;
/* import.c: a vendor's results file */
PageFn page_attempts_import, page_attempts_import_post, page_attempts_template;

#endif
