/* flows/intake/placement.h — what an accepted applicant needs to know to come: the cohort,
 * its dates and place, the first session and what to bring. Staff write what to bring per
 * programme in English, Dutch and French; the applicant reads it all on their personal page
 * (src/pages/intake/applicant.c) and in the acceptance mail (letters.c), in their language. */
#ifndef TRAJECT_FLOWS_INTAKE_PLACEMENT_H
#define TRAJECT_FLOWS_INTAKE_PLACEMENT_H

#include "flows/flow.h"
#include "model/intake.h"

/* Replaces what programme_id's accepted applicants bring (NULL or "" in a language: not
 * written, and not shown). ERR_NOT_FOUND when the programme is not f->who's organisation's. */
Outcome placement_bring_set(const Flow *f, int64_t programme_id, const Bring *b);

/* One line of what an accepted applicant is told: a label and its value, in one language. */
typedef struct PlacementFact {
    const char *label, *value;
} PlacementFact;
#define PLACEMENT_FACTS 5

/* The facts of p in language l, in this order: the cohort, its dates, its place, the first
 * session and what to bring, each only when known. Returns how many it wrote in out. */
int placement_facts(Arena *a, Lang l, const Placement *p, PlacementFact out[PLACEMENT_FACTS]);

#endif
