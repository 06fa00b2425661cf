/* flows/certifications/catalogue.h — an organisation's catalogue of vendor certifications
 * (added, changed, archived and brought back) and the set a programme requires. */
#ifndef TRAJECT_FLOWS_CERTIFICATIONS_CATALOGUE_H
#define TRAJECT_FLOWS_CERTIFICATIONS_CATALOGUE_H

#include "flows/flow.h"
#include "model/certifications.h"

/* Upper-cases the exam code, checks that no other certification of the organisation has
 * it, then adds (c->id 0) or updates c (of the actor's organisation: another's is not
 * found). o.id is the certification's. */
Outcome flow_cert_save(const Flow *f, Certification *c);

/* Archives (archived true) or brings back certification id: an archived one is no longer
 * offered for requirements and attempts; what was recorded with it stays. */
Outcome flow_cert_archive(const Flow *f, int64_t id, bool archived);

/* Replaces the certifications programme_id requires with the n ids: each must be in the
 * actor's organisation's catalogue, and not archived unless it was already required
 * (else a field error on "certs", nothing changed). */
Outcome flow_programme_certs(const Flow *f, int64_t programme_id, const int64_t *ids, int n);

#endif
