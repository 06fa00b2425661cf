/* flows/training/bulk.h — enrolling many learners at once (a typed list or a CSV file,
 * read by the page). Every line is checked first: the programme's rules, the e-mail
 * address of someone known or already in the cohort, the same address twice, the places
 * left; while any line is wrong nothing is enrolled. Otherwise all are enrolled in one
 * transaction that takes each seat like a single enrolment. Someone known by e-mail
 * address is enrolled as that person, not registered twice. */
#ifndef TRAJECT_FLOWS_TRAINING_BULK_H
#define TRAJECT_FLOWS_TRAINING_BULK_H

#include "domain/import.h"
#include "flows/flow.h"
#include "model/training.h"

typedef struct BulkLine {
    int line;          /* its number in the list or file */
    Person who;        /* as read: name, e-mail, birth date (YYYY-MM-DD), ... */
    bool unread;       /* the reader found problems: only duplicates are checked */
    int64_t person_id; /* set by the flow: someone already known, or 0 */
} BulkLine;

typedef struct BulkResult {
    Outcome o;           /* ok: everyone enrolled, o.id how many; else o.status 400/409 */
    const char *summary; /* why nothing was enrolled (NULL when ok) */
} BulkResult;

/* The dry run and the enrolment of lines[0..n), the rows of im (domain/import.h) as the
 * page read them, for cohort c of programme p: when all are right and fit the places left,
 * all are enrolled. im->problems holds the reader's problems on entry (in line order) and
 * every problem, by line, on return. */
BulkResult flow_enrol_many(const Flow *f, const Cohort *c, const Programme *p, BulkLine *lines,
                           int n, Import *im);

#endif
