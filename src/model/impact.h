/* model/impact.h — the figures of the impact reports: what is counted (the measures), how
 * a report breaks them down, and a report as computed (a table of counts with the cells to
 * hide). The rules that compute them are in src/flows/impact/report.c; the suppression of
 * small counts in src/domain/suppress.h. */
#ifndef TRAJECT_MODEL_IMPACT_H
#define TRAJECT_MODEL_IMPACT_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

/* What is counted, each a number of distinct people: reached (ever enrolled), trained
 * (completed), certified (every required certification, valid on the day of the report),
 * placed (a job, an internship, further training or their own start-up within six months of
 * the end: domain/jobs.h). The order is the order of the columns. */
typedef enum ImpactMeasure {
    IMPACT_REACHED,
    IMPACT_TRAINED,
    IMPACT_CERTIFIED,
    IMPACT_PLACED
} ImpactMeasure;
#define IMPACT_MEASURES 4
extern const Vocab impact_measures;

/* How a report breaks its counts down: by the period people started in (their first
 * enrolment), by their age band when their first cohort started, by the municipality they
 * live in, by the province of the place they were trained at, by the gender they gave (when
 * they gave one), by the language they read, and, across an organisation's programmes, by
 * the target group, the kind of programme and the programme they started in. */
typedef enum ImpactBy {
    IMPACT_BY_QUARTER,
    IMPACT_BY_MONTH,
    IMPACT_BY_YEAR,
    IMPACT_BY_AGE,
    IMPACT_BY_MUNICIPALITY,
    IMPACT_BY_PROVINCE,
    IMPACT_BY_GENDER,
    IMPACT_BY_LANGUAGE,
    IMPACT_BY_AUDIENCE,
    IMPACT_BY_KIND,
    IMPACT_BY_PROGRAMME,
} ImpactBy;
/* Whether breakdown by means something for one programme (the kind and the programme do
 * not: a single row). */
#define IMPACT_BY_IN_PROGRAMME(by)                                                                 \
    ((by) != IMPACT_BY_KIND && (by) != IMPACT_BY_PROGRAMME && (by) != IMPACT_BY_AUDIENCE)
extern const Vocab impact_breakdowns;

/* An enrolment of a learner of the programme a report is about, with what the report
 * counts them by (read by q/impact/learner.c, by person then time of enrolment). */
typedef struct ImpactEnrolment {
    int64_t person_id;
    char *name;
    int64_t enrolled_at; /* UTC seconds */
    int64_t completed;   /* 1: the enrolment was completed */
    char *birth_date;    /* YYYY-MM-DD, "" when not known */
    char *municipality;  /* "" when not known */
    char *starts_on;     /* the cohort's first day, YYYY-MM-DD */
    char *province;      /* of the cohort's place, "" when it has none */
    char *cohort;        /* the cohort's name */
    int64_t programme_id;
    int kind;     /* the programme's ProgrammeKind */
    int gender;   /* Gender: GENDER_NOT_GIVEN when not said */
    int audience; /* the programme's Audience: AUDIENCE_EVERYONE when it has none */
    char *lang;   /* the language they read, "" when not known */
} ImpactEnrolment;

/* One row of a report: a category and its counts; hidden[m] when the count of measure m is
 * not shown (small, or one that would give a small one away), primary[m] when it is itself
 * from 1 to k - 1. */
typedef struct ImpactRow {
    const char *key;   /* "2027-Q1", "18-25", "Anderlecht", "east-flanders", "" when not known */
    const char *label; /* what the reader sees, in their language */
    int64_t count[IMPACT_MEASURES];
    bool hidden[IMPACT_MEASURES], primary[IMPACT_MEASURES];
} ImpactRow;

/* A report: its rows in order, then the totals (a row whose key is NULL). */
typedef struct ImpactReport {
    ImpactBy by;
    int k;             /* counts from 1 to k - 1 are hidden */
    int nrows;         /* the categories, not the totals */
    ImpactRow *row;    /* nrows + 1: the last one holds the totals */
    int64_t target[4]; /* the programme's targets (or the sum of its programmes'): trained,
                          certified, placed, reached, as Programme.target */
} ImpactReport;

/* A programme a funder's grant funds, with what the grant's proposal planned. */
typedef struct FundedProgramme {
    int64_t org_id; /* the grantee, who runs the programme */
    int64_t programme_id;
    int64_t grant_id;
    int64_t planned_trained, planned_reached;
} FundedProgramme;

/* An organisation that publishes its figures at /impact. */
typedef struct ImpactPublisher {
    int64_t org_id;
    char *name;
    int64_t published_at; /* UTC seconds */
} ImpactPublisher;

#endif
