/* flows/certifications/attempt.h — recording learners' exam attempts: one at a time on a
 * learner's page, or many from a vendor's results CSV (read by the page) with a dry run
 * that lists every bad line, and nothing recorded while one is wrong.
 * The checks, the same both ways: the learner is a person of the actor's organisation, the
 * certification is in its catalogue and not archived, the exam date is not after today
 * (Brussels), the score (optional) runs from 0 to 1000 (EXAM_SCORE_MAX). */
#ifndef TRAJECT_FLOWS_CERTIFICATIONS_ATTEMPT_H
#define TRAJECT_FLOWS_CERTIFICATIONS_ATTEMPT_H

#include "domain/import.h"
#include "flows/flow.h"
#include "model/certifications.h"

/* Checks, then records at (org_id is set from the actor). Field errors on
 * "certification_id", "taken_on", "score"; a person of another organisation is
 * ERR_NOT_FOUND. o.id is the attempt's. */
Outcome flow_attempt_add(const Flow *f, ExamAttempt *at);

/* A line of a results file, as the page read it. */
typedef struct AttemptLine {
    int line;        /* its number in the file */
    char *email;     /* the learner's e-mail address */
    char *exam_code; /* the certification's exam code */
    FormErrors read; /* what the page's reader found wrong (field types, choices) */
    ExamAttempt at;  /* taken_on, result, score, place as read; the ids set by the flow */
} AttemptLine;

/* The dry run (dry true: check only) or the import of lines[0..n), the rows of im. Every
 * problem goes into im->problems, by line; when there is none and dry is false, all are
 * recorded in one transaction. o.id is the number of lines; o.ok false with status 400
 * when a line is wrong. */
Outcome flow_attempts_import(const Flow *f, AttemptLine *lines, int n, Import *im, bool dry);

#endif
