/* selection.h — scores, ranking and the proposed selection of a call's proposals within its
 * budget, and the check of a funder's final decision. Pure: no HTTP, no SQL, no global state;
 * safe to call from several threads at once.
 *
 * Owns: the arithmetic and the order. Does not own: which reviews are submitted, eligibility
 * or amounts — the caller passes them in — nor any wording: reasons and errors are codes.
 *
 * Scores are exact. A review's weighted score is sum(w_c * s_c) / sum(w_c) over the call's
 * criteria; a proposal's score is the mean of its submitted reviews' weighted scores, kept as
 * a fraction num/den (SelScore) and compared by cross-multiplication, so rounding never
 * changes a ranking. Thousandths (score_milli, spread_milli) are for display only, rounded
 * half up. The limits below keep every product well inside int64.
 *
 * Disagreement: a proposal is flagged when the spread of its reviews' weighted scores
 * (highest minus lowest) strictly exceeds the call's threshold, a share of the scale
 * (domain/disagree, the one rule); with fewer than two reviews there is no spread and no flag.
 *
 * The ranking, as shown to users. Proposals are ranked:
 *   1. by score, highest first;
 *   2. on equal scores, by the mean score on the criterion with the highest weight, highest
 *      first, then on the criterion with the next highest weight, and so on (criteria of equal
 *      weight in the order the call lists them);
 *   3. then by requested amount, lowest first;
 *   4. then by submission time, earliest first;
 *   5. then by proposal id, lowest first.
 * Ids are unique, so no two proposals are ever tied. Only eligible proposals with at least the
 * required number of submitted reviews (and at least one) are ranked.
 *
 * The proposed selection walks the ranking with what remains of the budget: a proposal is
 * selected when its amount fits in what remains, otherwise it is skipped (DOES_NOT_FIT, with
 * the amount missing) and the walk goes on, so a later, smaller proposal can still be taken.
 * A proposal scoring below the call's minimum is not selected (BELOW_THRESHOLD). The selected
 * amounts never add up to more than the budget. */
#ifndef TRAJECT_SELECTION_H
#define TRAJECT_SELECTION_H

#include <stdbool.h>
#include <stdint.h>

#define SEL_MAX_CRITERIA 32
#define SEL_MAX_WEIGHT 100
#define SEL_MAX_SCALE 100                  /* scores run from 0 to scale_max <= this */
#define SEL_MAX_REVIEWS 100                /* per proposal */
#define SEL_MAX_CENTS 100000000000000000LL /* 10^17 cents: any budget or amount */

/* An exact score in points: num / den; den is 0 when there is no review. */
typedef struct SelScore {
    int64_t num, den;
} SelScore;

typedef struct SelCall {
    int ncriteria;      /* 1..SEL_MAX_CRITERIA */
    const int *weights; /* [ncriteria], each 1..SEL_MAX_WEIGHT */
    int scale_max;      /* 1..SEL_MAX_SCALE */
    int scale_min;   /* -SEL_MAX_SCALE..scale_max - 1: the scale's lowest score (the disagreement's
                        range; scores themselves are checked against 0..scale_max) */
    int min_reviews; /* 0..SEL_MAX_REVIEWS; a proposal needs max(1, min_reviews) */
    int min_score_milli;     /* not selected below this score, in thousandths; 0: none */
    int disagree_pct;        /* 0..100: flag a spread above this % of scale_max - scale_min
                                (dom_disagree; DOM_DISAGREE_DEFAULT_PCT is the default) */
    int64_t budget_cents;    /* 0..SEL_MAX_CENTS */
    int64_t min_grant_cents; /* for the final decision: >= 0 */
    int64_t max_grant_cents; /* for the final decision: 0 for no maximum, else >= min */
} SelCall;

typedef struct SelProposal {
    int64_t id;              /* unique within the call */
    int64_t requested_cents; /* 1..SEL_MAX_CENTS; the tie-break uses this one */
    int64_t amount_cents;    /* granted if selected: 0 for the requested amount, else an
                                adjusted amount in 1..requested_cents */
    int64_t submitted_at;    /* UTC seconds */
    bool eligible;
    int nreviews;      /* submitted reviews, 0..SEL_MAX_REVIEWS */
    const int *scores; /* [r * ncriteria + c], each 0..scale_max; NULL when nreviews is 0 */
} SelProposal;

typedef enum SelReason {
    SEL_SELECTED,
    SEL_DOES_NOT_FIT,    /* ranked, but its amount exceeded what remained: missing_cents */
    SEL_BELOW_THRESHOLD, /* ranked, but scored below min_score_milli */
    SEL_NOT_ELIGIBLE,    /* not ranked */
    SEL_TOO_FEW_REVIEWS, /* eligible, not ranked: fewer than max(1, min_reviews) reviews */
} SelReason;

typedef struct SelOutcome {
    SelReason reason;
    int rank;                /* 1 for the best; 0 when not ranked */
    SelScore score;          /* exact; den 0 without reviews */
    int score_milli;         /* for display, rounded half up; 0 without reviews */
    int spread_milli;        /* highest minus lowest review score, for display; 0 under 2 */
    bool disagreement;       /* dom_disagree_spread on the exact spread */
    int64_t amount_cents;    /* granted if selected */
    int64_t remaining_cents; /* ranked: budget left when its turn came; else 0 */
    int64_t missing_cents;   /* DOES_NOT_FIT: amount_cents - remaining_cents; else 0 */
} SelOutcome;

typedef struct SelSummary {
    int nranked, nselected;
    int64_t selected_cents, left_cents;
    int bad_proposal; /* SEL_BAD_PROPOSAL, SEL_DUPLICATE_ID: the first one at fault; else -1 */
} SelSummary;

typedef enum SelStatus {
    SEL_OK,
    SEL_BAD_CALL,     /* a call field outside its range, or weights NULL */
    SEL_BAD_PROPOSAL, /* a proposal field or score outside its range */
    SEL_DUPLICATE_ID, /* two proposals share an id */
} SelStatus;

/* A review's weighted score: sum(w_c * s_c) / sum(w_c). Expects a valid call and scores. */
SelScore sel_review_score(const SelCall *call, const int *scores);

/* The mean of p's reviews' weighted scores; den 0 when it has none. Expects valid input. */
SelScore sel_proposal_score(const SelCall *call, const SelProposal *p);

/* <0, 0, >0 as a is lower, equal, higher than b; both with den > 0. */
int sel_score_cmp(SelScore a, SelScore b);

/* s in thousandths of a point, rounded half up; 0 when den is 0. */
int sel_score_milli(SelScore s);

/* <0 when a ranks before b, >0 after, 0 only for the same id. Both valid and ranked. */
int sel_rank_cmp(const SelCall *call, const SelProposal *a, const SelProposal *b);

/* Ranks and selects the n proposals. out[i] describes proposal i; order (n entries) lists
 * the ranked proposals' indices best first (sum->nranked of them), then the others in input
 * order. The caller owns all arrays; nothing is kept. On an error nothing is ranked or
 * selected: out and order are left unspecified and sum says which proposal is at fault. */
SelStatus sel_select(const SelCall *call, const SelProposal *props, int n, SelOutcome *out,
                     int *order, SelSummary *sum);

/* The funder's final decision: these proposals, with these amounts. */
typedef struct SelGrant {
    int64_t id;
    int64_t amount_cents;
} SelGrant;

/* Errors on one grant of a decision, or-ed together: every rule it breaks is reported. */
enum {
    SEL_GRANT_UNKNOWN = 1 << 0,   /* no proposal with this id; no amount rule checked */
    SEL_GRANT_DUPLICATE = 1 << 1, /* the id was granted earlier in the list */
    SEL_GRANT_NOT_ELIGIBLE = 1 << 2,
    SEL_GRANT_NOT_POSITIVE = 1 << 3,    /* amount <= 0 */
    SEL_GRANT_ABOVE_REQUESTED = 1 << 4, /* amount > requested_cents */
    SEL_GRANT_BELOW_MIN = 1 << 5,       /* amount < min_grant_cents */
    SEL_GRANT_ABOVE_MAX = 1 << 6,       /* max_grant_cents set and amount above it */
};

typedef struct SelDecisionSummary {
    int64_t total_cents;       /* every grant's amount added up (saturating at INT64_MAX) */
    int64_t over_budget_cents; /* total - budget when positive, else 0 */
    int nbad;                  /* grants with at least one error; -1: invalid input */
} SelDecisionSummary;

/* Checks a final decision of ngrants grants against the call and its n proposals. errors
 * (ngrants entries, caller's) receives each grant's SEL_GRANT_* bits, 0 when it is fine.
 * Returns true when no grant has an error and the total is within the budget. Returns false
 * with sum->nbad = -1 for an invalid call, proposals or grant list (as sel_select judges
 * them; errors are then all 0). */
bool sel_check_decision(const SelCall *call, const SelProposal *props, int n,
                        const SelGrant *grants, int ngrants, unsigned *errors,
                        SelDecisionSummary *sum);

#endif
