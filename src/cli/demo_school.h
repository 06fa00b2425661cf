/* demo_school.h — seed scenarios 1 and 4 of traject demo: the coding school's bootcamp and
 * its cohorts (demo_school.c), then the six months of the cohorts that are over, their
 * teams on real cases, where their learners went, TelcoLab's sensors and internships, and
 * the figures the school publishes (demo_history.c). */
#ifndef TRAJECT_CLI_DEMO_SCHOOL_H
#define TRAJECT_CLI_DEMO_SCHOOL_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "db/db.h"
#include "domain/calendar.h"
#include "flows/flow.h"
#include "model/training.h"

/* Cohorts 10 and 11 (over), 12 (running), 13 (in intake). */
#define SCHOOL_COHORTS 4

/* demo_cases.c: a case a partner gives the coding school: two deliverables, three
 * milestones due days[k] days after a cohort's first day. */
typedef struct DemoCase {
    const char *title, *brief, *contact_name, *contact_email;
    const char *deliverables[2], *milestones[3];
    int days[3];
} DemoCase;
/* demo_cases.c: submits c for partner_id as f's actor (own_org: for the partner's own
 * organisation), its milestones counted from from ("YYYY-MM-DD"). o.id is the case's. */
Outcome demo_case_submit(const Flow *f, const DemoCase *c, int64_t partner_id, const char *from,
                         bool own_org);

/* Day d plus days; UTC seconds of day d at minutes after midnight (Brussels); day d as
 * "YYYY-MM-DD" in a. */
Date demo_plus(Date d, int days);
int64_t demo_at(Date d, int minutes);
const char *demo_date_text(Arena *a, Date d);

/* The bootcamp's programme and cohorts, as demo_school made them. */
typedef struct SchoolCohorts {
    int64_t programme_id;
    Cohort c[SCHOOL_COHORTS];
} SchoolCohorts;

/* The bootcamp at school: place, programme, application form, the four cohorts with their
 * intake and cohort 12's attendance so far. Prints why not and returns false on a refusal. */
bool demo_school(Db *db, Arena *a, int64_t school, SchoolCohorts *out);

/* After demo_cases (TelcoLab and the municipality are partners) and demo_equipment: the six
 * months of cohorts 10 and 11 (teams on cases from a customer, the municipality and
 * TelcoLab; attendance; drop-outs; completions; sensor kits lent to the teams and returned),
 * then where their learners went (jobs, internships, further training, their own
 * start-ups), and the school publishes its figures. Once: nothing when it published them. */
bool demo_history(Db *db, Arena *a, int64_t school);

#endif
