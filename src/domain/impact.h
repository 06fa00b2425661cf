/* impact.h — the categories of the impact reports that follow from a rule: the age band
 * someone was in, the period a day falls in. Pure: no SQL, no HTTP, no clock. */
#ifndef TRAJECT_DOMAIN_IMPACT_H
#define TRAJECT_DOMAIN_IMPACT_H

#include "domain/calendar.h"

/* An age band, from and to in whole years (to -1: and over). */
typedef struct AgeBand {
    int from, to;
    const char *key;   /* "18-25" */
    const char *label; /* English source text, translated where shown */
} AgeBand;

/* The bands, youngest first, that the programmes aim at (10 to 18 in workshops and camps, 18
 * to 25 in the coding schools), NULL-key terminated. */
extern const AgeBand age_bands[];

/* The band of someone born on birth on the day on, or NULL (a birth date after on). */
const AgeBand *age_band_on(Date birth, Date on);

/* The key of the period of months months (1, 3 or 12) that day falls in: "2027-03",
 * "2027-Q1", "2027"; out holds 24 bytes. Keys of one length sort in time order. */
void period_key(Date day, int months, char out[24]);

#endif
