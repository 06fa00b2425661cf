/* flows/impact/report.h — the impact report of a programme, computed from its records:
 * reached (everyone ever enrolled in one of its cohorts), trained (an enrolment completed)
 * and certified (every certification it requires passed and valid today, the rule of
 * domain/certified.h), as distinct people, broken down by the period they started in, their
 * age band, their municipality or the province they were trained in, with the small
 * counts hidden (domain/suppress.h). The same figures as the programme's dashboard.
 * A report reads; it never writes. */
#ifndef TRAJECT_FLOWS_IMPACT_REPORT_H
#define TRAJECT_FLOWS_IMPACT_REPORT_H

#include "core/rows.h"
#include "flows/flow.h"
#include "model/impact.h"

/* What is asked: a programme of the organisation (0: every one of its programmes, each
 * person counted once, in the programme of their first enrolment), a breakdown, and the
 * days the people counted started between (YYYY-MM-DD, both included; NULL or "": no
 * bound). */
typedef struct ImpactAsk {
    bool funded;     /* what a funder's grants fund (org_id is the funder's): impact_funded */
    int64_t call_id; /* funded: of this call only, 0 for every one */
    int64_t programme_id;
    ImpactBy by;
    const char *from, *to;
    int k; /* counts from 1 to k - 1 are hidden; at least SUPPRESS_K_MIN */
} ImpactAsk;

/* A person counted, for the lists behind the figures. */
typedef struct ImpactPerson {
    int64_t person_id;
    const char *name, *cohort; /* their first cohort's name */
    const char *key;           /* their row of the report */
    bool in[IMPACT_MEASURES];  /* counted in each measure */
} ImpactPerson;

/* Computes the report of org_id's programme (f->who's organisation is the caller's to
 * check) into *out, labels in f->who->lang. people (may be NULL) gets every ImpactPerson
 * counted, by name. A period that ends before it starts is a field error on "to"; a k
 * below SUPPRESS_K_MIN is ERR_BAD_REQUEST. */
Outcome impact_programme(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                         Rows *people);

/* The report of what funder_id's grants fund (of call_id, 0: of every call): the people of
 * every programme its grantees run with them, each counted once, against what the grants'
 * proposals planned (trained, reached). Counts only: a funder reads no list of people. */
Outcome impact_funded(const Flow *f, int64_t funder_id, int64_t call_id, const ImpactAsk *q,
                      ImpactReport *out);

/* impact_funded when q->funded, else impact_programme (people NULL for a funder). */
Outcome impact_report(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *out,
                      Rows *people);

/* For flows/impact/recount.c: what every report checks of what is asked (k, and a period
 * that does not end before it starts); the order of row keys (unknown, "", after every known
 * key); and the report of n rows of counts (several may have one key: they are added up),
 * with the totals, the labels in f->who's language, the small counts hidden and the targets of
 * programmes (Programme). */
Outcome impact_ask_check(const Flow *f, const ImpactAsk *q);
int impact_key_cmp(const char *a, const char *b);
void impact_rows_report(const Flow *f, const ImpactAsk *q, const Rows *programmes, ImpactRow *rows,
                        int n, ImpactReport *out);
/* Of the programmes a funder's grants fund (FundedProgramme, by grantee and programme): adds
 * what grant i's proposal planned to targets the first time the grant comes, and says whether
 * programme i comes for the first time (each is counted once). */
bool impact_funded_next(const Rows *funded, int i, int64_t targets[4]);

/* The label of a row's key for report by, in language l: "Q1 2027", "March 2027", "18 to
 * 25", "East Flanders", "Not known" for "". */
const char *impact_key_label(Arena *a, Lang l, ImpactBy by, const char *key);

#endif
