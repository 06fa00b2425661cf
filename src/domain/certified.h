/* certified.h — whether a learner is certified for a programme on a given day: every
 * certification the programme requires passed, and that pass still valid on the day.
 * Pure: the caller reads the requirements and the attempts (src/q/certifications/) and
 * says which day it is; no SQL, no clock, no HTTP.
 *
 * The rule, in full:
 * - a programme that requires nothing certifies nobody;
 * - an attempt counts only when it was passed and taken on or before the day;
 * - a pass stays valid for the certification's validity in months counted from the exam
 *   date, up to the day before the same date that many months later (taken 2025-03-15,
 *   valid 36 months: valid through 2028-03-14, expired on 2028-03-15); a day past the end
 *   of the month lands on its last day (2025-01-31 + 1 month: 2025-02-28); 0 months never
 *   expires;
 * - any one valid pass is enough: a failed retake after a pass takes nothing away, a later
 *   pass renews an expired one. */
#ifndef TRAJECT_DOMAIN_CERTIFIED_H
#define TRAJECT_DOMAIN_CERTIFIED_H

#include <stdbool.h>
#include <stdint.h>

#include "core/rows.h"
#include "domain/calendar.h"

/* A certification the programme requires. */
typedef struct CertRequired {
    int64_t cert_id;
    int validity_months; /* 0: a pass does not expire */
} CertRequired;

/* One exam attempt of the learner (of any certification). */
typedef struct CertAttempt {
    int64_t cert_id;
    Date taken_on;
    bool passed;
} CertAttempt;

/* The first day a pass taken on taken_on is no longer valid, after months (> 0). */
Date cert_expires_on(Date taken_on, int months);

/* True when one of the n attempts is a pass of req valid on day. */
bool cert_valid_on(const CertRequired *req, const CertAttempt *att, int n, Date day);

/* Checks each of the nreq requirements against the natt attempts on day: missing[i]
 * (when missing is not NULL; nreq elements) is set when req[i] has no valid pass.
 * Returns how many are missing. */
int cert_missing(const CertRequired *req, int nreq, const CertAttempt *att, int natt, Date day,
                 bool *missing);

/* Certified on day: at least one requirement, and none missing. */
bool cert_certified(const CertRequired *req, int nreq, const CertAttempt *att, int natt, Date day);

/* True when certification id is one of certs (Certification records: a programme's
 * required set, for instance). */
bool cert_listed(const Rows *certs, int64_t id);

#endif
