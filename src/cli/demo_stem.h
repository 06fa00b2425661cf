/* demo_stem.h — the STEM scenario of traject demo (demo_stem.c, demo_stem_fund.c): STEM op
 * Wielen vzw reaches 5,000 youngsters aged 10 to 18 in the five Flemish provinces through
 * mobile workshops, summer camps and online lessons, on a grant of 100,000 EUR from the
 * Vlaams STEM-fonds split by budget line. What the two files share. */
#ifndef TRAJECT_CLI_DEMO_STEM_H
#define TRAJECT_CLI_DEMO_STEM_H

#include "core/arena.h"
#include "db/db.h"
#include "model/accounts.h"

/* The scenario's actors and what one step hands to the next. */
typedef struct StemDemo {
    Db *db;
    Arena *a;
    int64_t org, funder;  /* STEM op Wielen vzw, the Vlaams STEM-fonds */
    Actor admin, fund;    /* their administrators */
    Actor jurors[2];      /* the fund's jury */
    int year;             /* the summer the programme ended in: its school year is year-1/year */
    int64_t grant_id;     /* the grant the fund awarded */
    int64_t programme[3]; /* workshops, summer camps, online lessons */
} StemDemo;

/* UTC seconds of a Brussels wall-clock time: day (y, m, d) at minutes after midnight. */
int64_t stem_at(int y, int m, int d, int minutes);

/* demo_stem_fund.c: the fund's call for projects (year - 1), the organisation's proposal with
 * its budget lines, the screening, the jury's reviews and the decision: d->grant_id. False
 * after printing why not. */
bool stem_grant(StemDemo *d);
/* demo_stem_fund.c: the grantee says which programmes the grant funds; the fund pays the
 * tranches and the grantee records what it spent, line by line. False after printing why. */
bool stem_grant_followed(StemDemo *d);

#endif
