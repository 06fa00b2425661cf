/* disagree.h — when reviewers disagree: the one rule for calls for projects and for the
 * name-blind review of applications. Pure: no HTTP, no SQL, no global state.
 *
 * Reviewers disagree when the spread of their scores (highest minus lowest) is STRICTLY more
 * than threshold_pct % of the scale's range (scale_max - scale_min). The threshold is set per
 * call and per programme; DOM_DISAGREE_DEFAULT_PCT when nobody set it. With one score (or
 * none) there is no spread and no disagreement: the caller passes min == max.
 *
 * Exact: the comparison is done on integers, never on rounded figures, so a spread that is
 * exactly the threshold is never flagged. */
#ifndef TRAJECT_DISAGREE_H
#define TRAJECT_DISAGREE_H

#include <stdbool.h>
#include <stdint.h>

#define DOM_DISAGREE_DEFAULT_PCT 30
#define DOM_DISAGREE_MAX_PCT 100

/* Scores in thousandths of a point (a weighted mean of 7.25 is 7250; a plain score of 4 is
 * 4000), the lowest and the highest of one proposal or application; the scale in points.
 * Returns true when (max - min) > threshold_pct / 100 * (scale_max - scale_min).
 * threshold_pct is 0..DOM_DISAGREE_MAX_PCT (0: any difference is a disagreement); values
 * outside are clamped. Scores up to 10^12 thousandths are safe from overflow. A scale with
 * scale_max <= scale_min has no range: any difference. */
bool dom_disagree(int64_t min_milli, int64_t max_milli, int scale_min, int scale_max,
                  int threshold_pct);

/* The same rule on an exact spread given as a fraction spread_num / den points (den > 0),
 * for callers holding exact weighted means (domain/selection). dom_disagree is this with
 * den = 1000. */
bool dom_disagree_spread(int64_t spread_num, int64_t den, int scale_min, int scale_max,
                         int threshold_pct);

/* The threshold in thousandths of a point, for saying it to users ("more than 3 points
 * apart"): threshold_pct % of the range, exact (clamped like dom_disagree). */
int dom_disagree_milli(int scale_min, int scale_max, int threshold_pct);

#endif
