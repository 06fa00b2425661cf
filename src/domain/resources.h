/* domain/resources.h — who may see a learning resource. Pure: no SQL, no HTTP. The
 * statements that list resources for a reader (q/resources/) repeat this rule in SQL;
 * change both together. */
#ifndef TRAJECT_DOMAIN_RESOURCES_H
#define TRAJECT_DOMAIN_RESOURCES_H

#include <stdbool.h>

#include "model/resources.h"

/* What is known of the reader about the resource's organisation and programme. */
typedef struct ResourceReader {
    bool member;   /* holds any role in the resource's organisation (a learner too) */
    bool staff;    /* holds a role other than learner or jury there (its own people) */
    bool enrolled; /* enrolled (or done) in a cohort of the resource's programme */
} ResourceReader;

/* True when a reader may see (and download) a resource of visibility v: a public one,
 * anyone; a members' one, the organisation's members; a programme's, its learners and the
 * organisation's own people. */
bool resource_visible(Visibility v, const ResourceReader *who);

#endif
