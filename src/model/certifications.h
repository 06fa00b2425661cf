/* model/certifications.h — the records of vendor certifications: the catalogue of an
 * organisation, a programme's required set and learners' exam attempts, as the statements
 * of src/q/certifications/ return them and the workflows and pages read them. Types and
 * vocabularies only (the tables in model/certifications.c; the schema's CHECKs in
 * 0070-certifications.sql list the same keys). */
#ifndef TRAJECT_MODEL_CERTIFICATIONS_H
#define TRAJECT_MODEL_CERTIFICATIONS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

typedef enum ExamResult {
    EXAM_PASSED,
    EXAM_FAILED,
} ExamResult;
extern const Vocab exam_results;

typedef enum ExamPlace {
    EXAM_TEST_CENTRE,
    EXAM_ONLINE,
} ExamPlace;
extern const Vocab exam_places;

/* The highest score: vendors' scaled scores run from 0 to 1000. */
#define EXAM_SCORE_MAX 1000

/* A certification of the catalogue. */
typedef struct Certification {
    int64_t id, org_id;
    char *name, *vendor;
    char *exam_code;         /* upper-case */
    int64_t validity_months; /* 0: a pass does not expire */
    int64_t archived;        /* 1: no longer offered (kept for the records) */
    int64_t created_at;
} Certification;

/* Sort columns of the catalogue's list (src/q/certifications/certification.c). */
enum { CERT_BY_NAME, CERT_BY_CODE, CERT_SORTS };

/* One exam attempt, with the certification's name and code for display. */
typedef struct ExamAttempt {
    int64_t id, org_id, person_id, certification_id;
    char *taken_on; /* YYYY-MM-DD */
    ExamResult result;
    int64_t score; /* -1 when not given */
    ExamPlace place;
    char *cert_name, *exam_code;
    int64_t created_at;
} ExamAttempt;

/* A learner of a programme, for the list behind the certified figure. */
typedef struct CertLearner {
    int64_t person_id;
    char *name, *email;
} CertLearner;

/* A certification a programme requires, for a learner's page: the programme (its title
 * in each language, NULL where not given) and the certification. */
typedef struct CertRequirement {
    int64_t programme_id;
    char *title[3]; /* indexed by Lang */
    Certification cert;
} CertRequirement;

#endif
