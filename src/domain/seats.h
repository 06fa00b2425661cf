/* seats.h — which received applications a cohort's free places are proposed to. Pure: no
 * HTTP, no SQL, no clock; safe from several threads.
 *
 * Applications that have their reviews are ranked as domain/selection ranks proposals (the
 * mean of the reviews' weighted scores, exact; then the criteria from the heaviest; then the
 * earliest received; then the lowest id). The walk down the ranking is about seats, not
 * money: each application takes one place, the first `seats` are proposed a place, the next
 * `waitlist` the waiting list, and the others are declined for want of places.
 *
 * Reviewers disagree on an application when the spread of their weighted scores (highest
 * minus lowest) is above a share of the scale's range (domain/disagree, the one rule for
 * calls and programmes): disagree_pct percent of scale_max - 1, the scores running from 1 to
 * scale_max (DOM_DISAGREE_DEFAULT_PCT unless the programme set another share). */
#ifndef TRAJECT_SEATS_H
#define TRAJECT_SEATS_H

#include <stdbool.h>
#include <stdint.h>

typedef struct SeatRubric {
    int ncriteria;      /* 1..SEL_MAX_CRITERIA */
    const int *weights; /* [ncriteria], each 1..SEL_MAX_WEIGHT */
    int scale_max;      /* scores run from 1 to this, 2..SEL_MAX_SCALE */
    int min_reviews;    /* an application needs max(1, min_reviews) reviews to be ranked */
    int disagree_pct;   /* 0..DOM_DISAGREE_MAX_PCT */
} SeatRubric;

typedef struct SeatApp {
    int64_t id;          /* unique */
    int64_t received_at; /* UTC seconds */
    int nreviews;        /* submitted reviews */
    const int *scores;   /* [review * ncriteria + criterion], each 1..scale_max */
} SeatApp;

typedef enum SeatProposal {
    SEAT_PLACE,    /* ranked within the free places */
    SEAT_WAITLIST, /* ranked just after them, within the waiting list's length */
    SEAT_DECLINE,  /* ranked after both: the places went to higher scores */
    SEAT_UNRANKED, /* too few reviews */
} SeatProposal;

typedef struct SeatOutcome {
    SeatProposal proposal;
    int rank;          /* 1 for the best; 0 when unranked */
    int score_milli;   /* the mean weighted score in thousandths, rounded half up */
    int spread_milli;  /* highest minus lowest review score, thousandths; 0 under 2 reviews */
    bool disagreement; /* spread above the threshold, exactly */
} SeatOutcome;

/* The places of a cohort still free: its capacity less the learners enrolled and the places
 * held by open waiting-list offers (an offer holds its place until it is taken up or
 * lapses); never below 0. q_cohort_take_seat applies the same rule in its statement: the
 * two change together. */
int64_t seats_free(int64_t capacity, int64_t enrolled, int64_t held);

/* The disagreement threshold in thousandths of a point. */
int seat_disagree_milli(const SeatRubric *r);

/* Ranks the n applications and proposes the seats free places and a waiting list of
 * waitlist. out[i] describes apps[i]; order lists the ranked indices best first (*nranked
 * of them), then the others. The caller owns every array. False on invalid input (a field
 * out of its range, a duplicate id): nothing is ranked then. */
bool seat_select(const SeatRubric *r, const SeatApp *apps, int n, int64_t seats, int64_t waitlist,
                 SeatOutcome *out, int *order, int *nranked);

#endif
