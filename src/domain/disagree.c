/* disagree.c — the disagreement rule of disagree.h. */
#include "domain/disagree.h"

static int clamp_pct(int pct)
{
    return pct < 0 ? 0 : pct > DOM_DISAGREE_MAX_PCT ? DOM_DISAGREE_MAX_PCT : pct;
}

static int64_t range_of(int scale_min, int scale_max)
{
    return scale_max > scale_min ? (int64_t)scale_max - scale_min : 0;
}

bool dom_disagree_spread(int64_t spread_num, int64_t den, int scale_min, int scale_max,
                         int threshold_pct)
{
    if (den <= 0 || spread_num <= 0)
        return false;
    /* spread_num / den > pct / 100 * range  <=>  spread_num * 100 > pct * range * den */
    return spread_num * 100 >
           (int64_t)clamp_pct(threshold_pct) * range_of(scale_min, scale_max) * den;
}

bool dom_disagree(int64_t min_milli, int64_t max_milli, int scale_min, int scale_max,
                  int threshold_pct)
{
    return dom_disagree_spread(max_milli - min_milli, 1000, scale_min, scale_max, threshold_pct);
}

int dom_disagree_milli(int scale_min, int scale_max, int threshold_pct)
{
    /* pct * range / 100 points = pct * range * 10 thousandths: exact */
    return (int)((int64_t)clamp_pct(threshold_pct) * range_of(scale_min, scale_max) * 10);
}
