/* jury.h — who reviews which proposal in a call for projects. Pure: no HTTP, no SQL, no
 * global state; safe to call from several threads at once.
 *
 * Owns: the assignment rule. Does not own: who is conflicted with what (the caller builds the
 * conflict matrix from declared conflicts and memberships of the applicant organisation), nor
 * ids: proposals and members are numbered 0..n-1 here and the caller maps them to its ids.
 *
 * What is guaranteed, for a problem accepted (JURY_OK or JURY_SHORT):
 *
 *  1. Coverage. Let available(p) be the members not conflicted with proposal p and fixed(p) the
 *     fixed pairs on p. Proposal p is reviewed by exactly
 *         target(p) = available(p)                  when available(p) < k (p is short),
 *                     max(k, fixed(p))              otherwise,
 *     distinct members. A short proposal gets every member it can have and is listed in
 *     JuryResult.shorts with the number of members it lacks: nothing is silently under-assigned.
 *  2. No conflicted pair is ever assigned; every fixed pair is kept.
 *  3. Balance. Among all assignments satisfying 1 and 2, the members' loads are the most even
 *     possible in the strongest sense: the largest load is as small as it can be, then as few
 *     members as possible carry it, then the same for the next largest load, and so on
 *     ("decreasingly minimal"); equivalently the smallest load is as large as it can be, and so
 *     on upwards. In particular, whenever the conflicts and fixed pairs allow some assignment
 *     with max load - min load <= 1, the result has max - min <= 1. A member conflicted with
 *     every proposal gets load 0, and the others are balanced among themselves in the same
 *     sense.
 *  4. Determinism. The same problem and seed give the same result, pair for pair. The seed only
 *     breaks ties between equally good choices; guarantees 1-3 hold for every seed.
 *
 * How, and why this way. This is a transportation problem (proposal p sends target(p) units,
 * at most one to each allowed member) with a strictly convex cost on each member's load, e.g.
 * load^2. A feasible solution minimises such a cost iff its residual graph has no negative
 * cycle, which here reads: no member a can pass one of its (non-fixed) proposals along a chain
 * a -p1-> m1 -p2-> m2 ... -> b ("m1 takes p1 from a, m2 takes p2 from m1, ...") ending at a
 * member b with load(b) <= load(a) - 2. And the load vectors reachable form an M-convex set,
 * on which a minimiser of sum(load^2) is decreasingly minimal and increasingly maximal at once
 * (Frank and Murota, "Discrete decreasing minimization", 2022); hence guarantee 3.
 * So: a greedy start (proposals with the fewest available members first, each given its least
 * loaded available members, ties by a seeded order), then chains as above are found by
 * breadth-first search and applied until none is left. Each chain lowers sum(load^2) by at least
 * 2, so this ends; the greedy start is already close, so few chains are needed. We chose this
 * over a max-flow with load bounds because it yields the optimum directly (no search over the
 * bounds), the stopping condition is the optimality certificate, and it keeps the greedy's
 * seeded tie-breaks. 500 proposals x 100 members take a few milliseconds. */
#ifndef TRAJECT_JURY_H
#define TRAJECT_JURY_H

#include <stdbool.h>
#include <stdint.h>

/* Limits of an accepted problem; the conflict matrix alone is nproposals * nmembers bytes. */
#define JURY_MAX_PROPOSALS 100000
#define JURY_MAX_MEMBERS 10000
#define JURY_MAX_CELLS 10000000 /* nproposals * nmembers */

typedef struct JuryPair {
    int member, proposal;
} JuryPair;

typedef struct JuryProblem {
    int nproposals, nmembers;
    int k;                 /* reviews wanted per proposal, >= 0 */
    const bool *conflict;  /* [m * nproposals + p]: true when member m may not review p;
                              NULL when nobody is conflicted */
    const JuryPair *fixed; /* pairs to keep (adjusted by hand), or NULL; duplicates count once */
    int nfixed;
    uint64_t seed; /* breaks ties only */
} JuryProblem;

/* A proposal that cannot get k reviewers. */
typedef struct JuryShort {
    int proposal;
    int available; /* members not conflicted with it, all of them assigned */
    int missing;   /* k - available */
} JuryShort;

typedef struct JuryResult {
    JuryPair *pairs; /* npairs assignments, by proposal then member, fixed pairs included */
    int npairs;
    int *load;         /* [nmembers]: proposals assigned to each member */
    JuryShort *shorts; /* nshort proposals that cannot be covered, by proposal */
    int nshort;
    int bad_fixed; /* with JURY_BAD_INPUT or JURY_FIXED_CONFLICT: the index of the first
                      offending fixed pair, or -1 when the problem is at fault elsewhere */
} JuryResult;

typedef enum JuryStatus {
    JURY_OK,             /* every proposal has at least k reviewers */
    JURY_SHORT,          /* assigned what can be; out->shorts says which proposals lack whom */
    JURY_BAD_INPUT,      /* negative or too large sizes, NULL where data is needed, a fixed
                            pair out of range; out is empty */
    JURY_FIXED_CONFLICT, /* a fixed pair is conflicted (out->bad_fixed); out is empty */
} JuryStatus;

/* Assigns reviewers to proposals with the guarantees above. out is always initialised (empty
 * on JURY_BAD_INPUT and JURY_FIXED_CONFLICT), its arrays are malloc'ed and belong to the
 * caller, who releases them with jury_result_free. Allocation failure aborts. */
JuryStatus jury_assign(const JuryProblem *p, JuryResult *out);

/* Frees what jury_assign allocated and empties r; r may be NULL or already freed. */
void jury_result_free(JuryResult *r);

#endif
