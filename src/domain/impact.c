/* impact.c — see impact.h. */
#include "domain/impact.h"

#include <stdio.h>

#include "core/i18n.h"

const AgeBand age_bands[] = {
    {0, 9, "0-9", N_("Under 10")},      {10, 14, "10-14", N_("10 to 14")},
    {15, 17, "15-17", N_("15 to 17")},  {18, 25, "18-25", N_("18 to 25")},
    {26, 34, "26-34", N_("26 to 34")},  {35, 49, "35-49", N_("35 to 49")},
    {50, -1, "50+", N_("50 and over")}, {0, 0, NULL, NULL},
};

const AgeBand *age_band_on(Date birth, Date on)
{
    if (date_days(birth) > date_days(on))
        return NULL;
    int age = age_on(birth, on);
    for (const AgeBand *b = age_bands; b->key; b++)
        if (age >= b->from && (b->to < 0 || age <= b->to))
            return b;
    return NULL;
}

void period_key(Date day, int months, char out[24])
{
    if (months == 12)
        snprintf(out, 24, "%04d", day.y % 10000);
    else if (months == 3)
        snprintf(out, 24, "%04d-Q%d", day.y % 10000, (day.m - 1) / 3 + 1);
    else
        snprintf(out, 24, "%04d-%02d", day.y % 10000, day.m);
}
