/* jury.c — reviewer assignment: a seeded greedy start, then load-balancing chains until none
 * is left (the optimality argument is in jury.h). All state lives in one Work per call. */
#include "domain/jury.h"

#include <assert.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "core/arena.h"

typedef struct Work {
    int P, M, k;
    const bool *conflict; /* [m * P + p] or NULL */
    bool *on;             /* [m * P + p]: m reviews p */
    bool *pinned;         /* [m * P + p]: a fixed pair, never moved */
    int *available;       /* [p] members not conflicted with p */
    int *target;          /* [p] reviewers p gets (see jury.h, guarantee 1) */
    int *start;           /* [p] offset of p's reviewers in slot */
    int *count;           /* [p] reviewers placed so far */
    int *slot;            /* reviewers of p at slot[start[p] .. start[p] + count[p]) */
    int *load;            /* [m] */
    int *member_rank;     /* [m] seeded tie-break: lower goes first */
    int *proposal_rank;   /* [p] seeded tie-break */
    /* breadth-first search scratch, [m] each */
    int *queue, *next, *via;
    bool *seen;
} Work;

/* splitmix64: a tiny, well-mixed generator; the state is the caller's, never static. */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/* rank[i] = position of i in a seeded shuffle of 0..n-1. */
static void seeded_ranks(int *rank, int n, uint64_t *state)
{
    int *perm = xmalloc(sizeof *perm * (size_t)(n > 0 ? n : 1));
    for (int i = 0; i < n; i++)
        perm[i] = i;
    for (int i = n - 1; i > 0; i--) {
        int j = (int)(next_random(state) % (uint64_t)(i + 1));
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
    }
    for (int i = 0; i < n; i++)
        rank[perm[i]] = i;
    free(perm);
}

static size_t cell(const Work *w, int m, int p)
{
    return (size_t)m * (size_t)w->P + (size_t)p;
}

static bool allowed(const Work *w, int m, int p)
{
    return !w->conflict || !w->conflict[cell(w, m, p)];
}

static bool problem_sizes_valid(const JuryProblem *pb)
{
    if (pb->nproposals < 0 || pb->nmembers < 0 || pb->k < 0 || pb->nfixed < 0)
        return false;
    if (pb->nproposals > JURY_MAX_PROPOSALS || pb->nmembers > JURY_MAX_MEMBERS)
        return false;
    if ((int64_t)pb->nproposals * pb->nmembers > JURY_MAX_CELLS)
        return false;
    return pb->nfixed == 0 || pb->fixed;
}

/* Index of the first fixed pair out of range, or -1. */
static int first_fixed_out_of_range(const JuryProblem *pb)
{
    for (int i = 0; i < pb->nfixed; i++) {
        JuryPair f = pb->fixed[i];
        if (f.member < 0 || f.member >= pb->nmembers || f.proposal < 0 ||
            f.proposal >= pb->nproposals)
            return i;
    }
    return -1;
}

static int first_fixed_conflicted(const Work *w, const JuryProblem *pb)
{
    for (int i = 0; i < pb->nfixed; i++)
        if (!allowed(w, pb->fixed[i].member, pb->fixed[i].proposal))
            return i;
    return -1;
}

static void work_init(Work *w, const JuryProblem *pb)
{
    w->P = pb->nproposals;
    w->M = pb->nmembers;
    w->k = pb->k;
    w->conflict = pb->conflict;
    size_t cells = (size_t)w->P * (size_t)w->M, P = (size_t)w->P, M = (size_t)w->M;
    w->on = xcalloc(cells, sizeof *w->on);
    w->pinned = xcalloc(cells, sizeof *w->pinned);
    w->available = xcalloc(P, sizeof(int));
    w->target = xcalloc(P, sizeof(int));
    w->start = xcalloc(P, sizeof(int));
    w->count = xcalloc(P, sizeof(int));
    w->proposal_rank = xcalloc(P, sizeof(int));
    w->load = xcalloc(M, sizeof(int));
    w->member_rank = xcalloc(M, sizeof(int));
    w->queue = xcalloc(M, sizeof(int));
    w->next = xcalloc(M, sizeof(int));
    w->via = xcalloc(M, sizeof(int));
    w->seen = xcalloc(M, sizeof(bool));
    w->slot = NULL;
    uint64_t state = pb->seed;
    seeded_ranks(w->member_rank, w->M, &state);
    seeded_ranks(w->proposal_rank, w->P, &state);
}

static void work_free(Work *w)
{
    free(w->on);
    free(w->pinned);
    free(w->available);
    free(w->target);
    free(w->start);
    free(w->count);
    free(w->slot);
    free(w->proposal_rank);
    free(w->load);
    free(w->member_rank);
    free(w->queue);
    free(w->next);
    free(w->via);
    free(w->seen);
}

static void add_reviewer(Work *w, int m, int p)
{
    assert(w->count[p] < w->target[p]); /* slot holds exactly target(p) reviewers */
    w->on[cell(w, m, p)] = true;
    w->slot[w->start[p] + w->count[p]++] = m;
    w->load[m]++;
}

/* Marks the fixed pairs (a duplicate counts once) and sizes every proposal's reviewer list:
 * fixed pairs are never conflicted, so fixed(p) <= available(p) and target(p) >= fixed(p). */
static void plan_targets(Work *w, const JuryProblem *pb)
{
    int *fixed_on = xcalloc((size_t)(w->P > 0 ? w->P : 1), sizeof(int));
    for (int i = 0; i < pb->nfixed; i++) {
        size_t c = cell(w, pb->fixed[i].member, pb->fixed[i].proposal);
        if (!w->pinned[c]) {
            w->pinned[c] = true;
            fixed_on[pb->fixed[i].proposal]++;
        }
    }
    size_t total = 0;
    for (int p = 0; p < w->P; p++) {
        for (int m = 0; m < w->M; m++)
            w->available[p] += allowed(w, m, p);
        if (w->available[p] < w->k)
            w->target[p] = w->available[p];
        else
            w->target[p] = fixed_on[p] > w->k ? fixed_on[p] : w->k;
        w->start[p] = (int)total;
        total += (size_t)w->target[p];
    }
    w->slot = xcalloc(total > 0 ? total : 1, sizeof(int));
    for (int p = 0; p < w->P; p++)
        for (int m = 0; m < w->M; m++)
            if (w->pinned[cell(w, m, p)])
                add_reviewer(w, m, p);
    free(fixed_on);
}

/* The allowed member not yet on p with the lowest (load, seeded rank), or -1. */
static int least_loaded_for(const Work *w, int p)
{
    int best = -1;
    for (int m = 0; m < w->M; m++) {
        if (!allowed(w, m, p) || w->on[cell(w, m, p)])
            continue;
        if (best < 0 || w->load[m] < w->load[best] ||
            (w->load[m] == w->load[best] && w->member_rank[m] < w->member_rank[best]))
            best = m;
    }
    return best;
}

/* qsort has no context argument, so proposals are sorted as precomputed keys. */
typedef struct ProposalKey {
    int available, rank, p;
} ProposalKey;

static int proposal_key_cmp(const void *a, const void *b)
{
    const ProposalKey *x = a, *y = b;
    if (x->available != y->available)
        return x->available < y->available ? -1 : 1;
    return (x->rank > y->rank) - (x->rank < y->rank);
}

/* The start: the most constrained proposals choose first, so they are not left with only
 * overloaded members; each takes its least loaded available members. */
static void greedy_fill(Work *w)
{
    ProposalKey *keys = xmalloc(sizeof *keys * (size_t)(w->P > 0 ? w->P : 1));
    for (int p = 0; p < w->P; p++)
        keys[p] = (ProposalKey){w->available[p], w->proposal_rank[p], p};
    qsort(keys, (size_t)w->P, sizeof *keys, proposal_key_cmp);
    for (int i = 0; i < w->P; i++) {
        int p = keys[i].p;
        while (w->count[p] < w->target[p])
            add_reviewer(w, least_loaded_for(w, p), p);
    }
    free(keys);
}

/* Member m takes p over from member from (who reviews p, not as a fixed pair). */
static void hand_over(Work *w, int from, int m, int p)
{
    int *s = w->slot + w->start[p];
    for (int i = 0; i < w->count[p]; i++)
        if (s[i] == from)
            s[i] = m;
    w->on[cell(w, from, p)] = false;
    w->on[cell(w, m, p)] = true;
    w->load[from]--;
    w->load[m]++;
}

/* Members in seeded order, so that searches visit them in a reproducible order. */
static void members_by_rank(const Work *w, int *order)
{
    for (int m = 0; m < w->M; m++)
        order[w->member_rank[m]] = m;
}

/* Searches backwards from every member with load <= low for a member with load >= low + 2
 * that can pass work to one of them along a chain (see jury.h). On success applies the chain
 * (its start loses one proposal, its end gains one, everybody between keeps their load) and
 * returns true. Chains are simple paths over the current assignment, so each hand-over in turn
 * is valid: every member gives at most one proposal and takes at most one. */
static bool improve_towards(Work *w, int low, const int *order)
{
    int head = 0, tail = 0;
    for (int i = 0; i < w->M; i++) {
        int m = order[i];
        w->seen[m] = w->load[m] <= low;
        w->next[m] = -1;
        if (w->seen[m])
            w->queue[tail++] = m;
    }
    while (head < tail) {
        int taker = w->queue[head++];
        for (int p = 0; p < w->P; p++) {
            if (!allowed(w, taker, p) || w->on[cell(w, taker, p)])
                continue;
            const int *s = w->slot + w->start[p];
            for (int i = 0; i < w->count[p]; i++) {
                int giver = s[i];
                if (w->seen[giver] || w->pinned[cell(w, giver, p)])
                    continue;
                w->seen[giver] = true;
                w->next[giver] = taker;
                w->via[giver] = p;
                if (w->load[giver] >= low + 2) {
                    for (int m = giver; w->next[m] >= 0; m = w->next[m])
                        hand_over(w, m, w->next[m], w->via[m]);
                    return true;
                }
                w->queue[tail++] = giver;
            }
        }
    }
    return false;
}

static void load_range(const Work *w, int *lo, int *hi)
{
    *lo = *hi = 0;
    for (int m = 0; m < w->M; m++) {
        if (m == 0 || w->load[m] < *lo)
            *lo = w->load[m];
        if (m == 0 || w->load[m] > *hi)
            *hi = w->load[m];
    }
}

/* Applies chains until no member can pass work to one lighter by 2 or more: the optimality
 * certificate of jury.h. Every chain lowers sum(load^2), so the loop ends. */
static void balance(Work *w)
{
    int *order = xmalloc(sizeof *order * (size_t)(w->M > 0 ? w->M : 1));
    members_by_rank(w, order);
    bool improved = true;
    while (improved) {
        improved = false;
        int lo, hi;
        load_range(w, &lo, &hi);
        for (int low = lo; low <= hi - 2 && !improved; low++)
            improved = improve_towards(w, low, order);
    }
    free(order);
}

static void result_fill(const Work *w, JuryResult *out)
{
    int npairs = 0, nshort = 0;
    for (int p = 0; p < w->P; p++) {
        npairs += w->count[p];
        nshort += w->available[p] < w->k;
    }
    out->pairs = xmalloc(sizeof *out->pairs * (size_t)(npairs > 0 ? npairs : 1));
    out->shorts = xmalloc(sizeof *out->shorts * (size_t)(nshort > 0 ? nshort : 1));
    out->load = xmalloc(sizeof *out->load * (size_t)(w->M > 0 ? w->M : 1));
    for (int p = 0; p < w->P; p++) {
        for (int m = 0; m < w->M; m++)
            if (w->on[cell(w, m, p)])
                out->pairs[out->npairs++] = (JuryPair){m, p};
        if (w->available[p] < w->k)
            out->shorts[out->nshort++] = (JuryShort){p, w->available[p], w->k - w->available[p]};
    }
    memcpy(out->load, w->load, sizeof *out->load * (size_t)w->M);
}

JuryStatus jury_assign(const JuryProblem *pb, JuryResult *out)
{
    *out = (JuryResult){.bad_fixed = -1};
    if (!pb || !problem_sizes_valid(pb))
        return JURY_BAD_INPUT;
    if ((out->bad_fixed = first_fixed_out_of_range(pb)) >= 0)
        return JURY_BAD_INPUT;
    Work w;
    work_init(&w, pb);
    if ((out->bad_fixed = first_fixed_conflicted(&w, pb)) >= 0) {
        work_free(&w);
        return JURY_FIXED_CONFLICT;
    }
    plan_targets(&w, pb);
    greedy_fill(&w);
    balance(&w);
    result_fill(&w, out);
    work_free(&w);
    return out->nshort > 0 ? JURY_SHORT : JURY_OK;
}

void jury_result_free(JuryResult *r)
{
    if (!r)
        return;
    free(r->pairs);
    free(r->load);
    free(r->shorts);
    *r = (JuryResult){.bad_fixed = -1};
}
