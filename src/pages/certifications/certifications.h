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
enum MHD_Result page_certs(Req *r);
enum MHD_Result page_cert_new(Req *r);
enum MHD_Result page_cert_create(Req *r);
enum MHD_Result page_cert_edit(Req *r);
enum MHD_Result page_cert_update(Req *r);
enum MHD_Result page_cert_archive(Req *r);
/* requirements.c: a programme's required set, and its learners with who is certified */
enum MHD_Result page_programme_certs_save(Req *r);
enum MHD_Result page_programme_learners(Req *r);
/* attempts.c: a learner's exam attempts */
enum MHD_Result page_learner_certs(Req *r);
enum MHD_Result page_attempt_add(Req *r);
/* import.c: a vendor's results file */
enum MHD_Result page_attempts_import(Req *r);
enum MHD_Result page_attempts_import_post(Req *r);
enum MHD_Result page_attempts_template(Req *r);

#endif
