/* flows/training/programme.h — creating and changing a programme, and the places where
 * an organisation trains (locations). */
#ifndef TRAJECT_FLOWS_TRAINING_PROGRAMME_H
#define TRAJECT_FLOWS_TRAINING_PROGRAMME_H

#include "flows/flow.h"
#include "model/training.h"

/* The checks across fields: a title in at least one language, at least one teaching
 * language, the minimum age not above the maximum. Adds to o. */
void flow_programme_check(const Flow *f, const Programme *p, Outcome *o);
/* Checks, then adds (p->id 0) or updates the programme, and writes it in the audit log.
 * o.id is the programme's. */
Outcome flow_programme_save(const Flow *f, Programme *p);

/* The checks of a location: a province that exists, a Belgian postcode in that province. */
void flow_location_check(const Flow *f, const Location *l, Outcome *o);
/* A location chosen in a form (a cohort's, a session's): one of the actor's organisation,
 * else a field error on "location_id". 0 (none) is always right. */
void flow_location_chosen(const Flow *f, int64_t location_id, Outcome *o);
/* Checks, then adds (l->id 0) or updates the location. o.id is the location's. */
Outcome flow_location_save(const Flow *f, Location *l);

#endif
