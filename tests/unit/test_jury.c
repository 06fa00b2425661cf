/* Unit tests: reviewer assignment for a call's jury. Balance is checked against an independent
 * max-flow with lower bounds (written here, not shared with jury.c): no assignment may have a
 * smaller largest load or a larger smallest load than the one returned, and whenever an
 * assignment with all loads within one of each other exists, the result is one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "domain/jury.h"

/* ---- helpers ------------------------------------------------------------------------- */

static uint64_t rnd(uint64_t *s)
{
    /* xorshift64*, distinct from jury.c's generator on purpose */
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ull;
}

static bool conflicted(const JuryProblem *pb, int m, int p)
{
    return pb->conflict && pb->conflict[m * pb->nproposals + p];
}

static int available(const JuryProblem *pb, int p)
{
    int n = 0;
    for (int m = 0; m < pb->nmembers; m++)
        n += !conflicted(pb, m, p);
    return n;
}

static bool is_fixed(const JuryProblem *pb, int m, int p)
{
    for (int i = 0; i < pb->nfixed; i++)
        if (pb->fixed[i].member == m && pb->fixed[i].proposal == p)
            return true;
    return false;
}

/* Reviewers proposal p must get, per guarantee 1 of jury.h. */
static int target(const JuryProblem *pb, int p)
{
    int avail = available(pb, p), fixed = 0;
    if (avail < pb->k)
        return avail;
    for (int m = 0; m < pb->nmembers; m++)
        fixed += is_fixed(pb, m, p);
    return fixed > pb->k ? fixed : pb->k;
}

static bool assigned(const JuryResult *r, int m, int p)
{
    for (int i = 0; i < r->npairs; i++)
        if (r->pairs[i].member == m && r->pairs[i].proposal == p)
            return true;
    return false;
}

/* Guarantees 1 and 2: coverage, order, no conflict, fixed pairs kept, loads, shorts. */
static void check_valid(const JuryProblem *pb, const JuryResult *r)
{
    int *count = calloc((size_t)pb->nproposals + 1, sizeof(int));
    int *load = calloc((size_t)pb->nmembers + 1, sizeof(int));
    for (int i = 0; i < r->npairs; i++) {
        JuryPair a = r->pairs[i];
        assert_in_range(a.member, 0, pb->nmembers - 1);
        assert_in_range(a.proposal, 0, pb->nproposals - 1);
        assert_false(conflicted(pb, a.member, a.proposal));
        if (i > 0) { /* strictly by proposal then member: also proves the members distinct */
            JuryPair b = r->pairs[i - 1];
            assert_true(b.proposal < a.proposal ||
                        (b.proposal == a.proposal && b.member < a.member));
        }
        count[a.proposal]++;
        load[a.member]++;
    }
    int nshort = 0;
    for (int p = 0; p < pb->nproposals; p++) {
        assert_int_equal(count[p], target(pb, p));
        if (available(pb, p) < pb->k) {
            assert_true(nshort < r->nshort);
            assert_int_equal(r->shorts[nshort].proposal, p);
            assert_int_equal(r->shorts[nshort].available, available(pb, p));
            assert_int_equal(r->shorts[nshort].missing, pb->k - available(pb, p));
            nshort++;
        }
    }
    assert_int_equal(r->nshort, nshort);
    for (int m = 0; m < pb->nmembers; m++)
        assert_int_equal(r->load[m], load[m]);
    for (int i = 0; i < pb->nfixed; i++)
        assert_true(assigned(r, pb->fixed[i].member, pb->fixed[i].proposal));
    free(count);
    free(load);
}

static void load_range(const JuryProblem *pb, const JuryResult *r, int *lo, int *hi)
{
    *lo = *hi = pb->nmembers ? r->load[0] : 0;
    for (int m = 1; m < pb->nmembers; m++) {
        if (r->load[m] < *lo)
            *lo = r->load[m];
        if (r->load[m] > *hi)
            *hi = r->load[m];
    }
}

/* ---- an independent feasibility check: max-flow with lower bounds ------------------------
 * Nodes: s, t, proposals, members, S*, T*. s->p carries exactly target(p); p->m at most 1
 * (exactly 1 for a fixed pair) when not conflicted; m->t between lo[m] and hi[m]; t->s free.
 * Is there an assignment with every load m in [lo[m], hi[m]]? Edmonds-Karp on a matrix. */

typedef struct Net {
    int n;
    int *cap; /* [u * n + v] residual capacity */
    int *excess;
} Net;

static void arc(Net *g, int u, int v, int lower, int upper)
{
    g->cap[u * g->n + v] += upper - lower;
    g->excess[v] += lower;
    g->excess[u] -= lower;
}

static int max_flow(Net *g, int s, int t)
{
    int flow = 0, *prev = malloc(sizeof(int) * (size_t)g->n),
        *queue = malloc(sizeof(int) * (size_t)g->n);
    for (;;) {
        for (int i = 0; i < g->n; i++)
            prev[i] = -1;
        prev[s] = s;
        int head = 0, tail = 0;
        queue[tail++] = s;
        while (head < tail && prev[t] < 0) {
            int u = queue[head++];
            for (int v = 0; v < g->n; v++)
                if (prev[v] < 0 && g->cap[u * g->n + v] > 0) {
                    prev[v] = u;
                    queue[tail++] = v;
                }
        }
        if (prev[t] < 0)
            break;
        int push = 1 << 30;
        for (int v = t; v != s; v = prev[v])
            if (g->cap[prev[v] * g->n + v] < push)
                push = g->cap[prev[v] * g->n + v];
        for (int v = t; v != s; v = prev[v]) {
            g->cap[prev[v] * g->n + v] -= push;
            g->cap[v * g->n + prev[v]] += push;
        }
        flow += push;
    }
    free(prev);
    free(queue);
    return flow;
}

static bool loads_feasible(const JuryProblem *pb, const int *lo, const int *hi)
{
    int P = pb->nproposals, M = pb->nmembers, s = 0, t = 1, S = 2 + P + M, T = S + 1;
    for (int m = 0; m < M; m++)
        if (lo[m] > hi[m])
            return false;
    Net g = {.n = T + 1};
    g.cap = calloc((size_t)g.n * (size_t)g.n, sizeof(int));
    g.excess = calloc((size_t)g.n, sizeof(int));
    for (int p = 0; p < P; p++) {
        arc(&g, s, 2 + p, target(pb, p), target(pb, p));
        for (int m = 0; m < M; m++)
            if (!conflicted(pb, m, p))
                arc(&g, 2 + p, 2 + P + m, is_fixed(pb, m, p), 1);
    }
    for (int m = 0; m < M; m++)
        arc(&g, 2 + P + m, t, lo[m], hi[m]);
    arc(&g, t, s, 0, 1 << 20);
    int need = 0;
    for (int v = 0; v < S; v++) {
        if (g.excess[v] > 0) {
            g.cap[S * g.n + v] += g.excess[v];
            need += g.excess[v];
        } else if (g.excess[v] < 0) {
            g.cap[v * g.n + T] -= g.excess[v];
        }
    }
    bool ok = max_flow(&g, S, T) == need;
    free(g.cap);
    free(g.excess);
    return ok;
}

/* Every load in [lo, hi]. */
static bool band_feasible(const JuryProblem *pb, int lo, int hi)
{
    int *l = malloc(sizeof(int) * (size_t)pb->nmembers),
        *h = malloc(sizeof(int) * (size_t)pb->nmembers);
    for (int m = 0; m < pb->nmembers; m++) {
        l[m] = lo;
        h[m] = hi;
    }
    bool ok = loads_feasible(pb, l, h);
    free(l);
    free(h);
    return ok;
}

/* Guarantee 3, as far as a flow can tell: the largest load cannot be lowered, the smallest
 * cannot be raised, and loads are within one whenever any assignment has them so.
 * Returns whether such an assignment exists. */
static bool check_balanced(const JuryProblem *pb, const JuryResult *r)
{
    int lo, hi, total = 0;
    load_range(pb, r, &lo, &hi);
    for (int m = 0; m < pb->nmembers; m++)
        total += r->load[m];
    assert_true(band_feasible(pb, lo, hi)); /* the checker accepts what we found */
    assert_false(band_feasible(pb, 0, hi - 1));
    assert_false(band_feasible(pb, lo + 1, total));
    int even = total / pb->nmembers;
    bool within_one = band_feasible(pb, even, total % pb->nmembers ? even + 1 : even);
    if (within_one)
        assert_true(hi - lo <= 1);
    return within_one;
}

static bool *random_conflicts(int P, int M, int percent, uint64_t *s)
{
    bool *c = malloc((size_t)P * (size_t)M);
    for (int i = 0; i < P * M; i++)
        c[i] = (int)(rnd(s) % 100) < percent;
    return c;
}

static bool coverable(const JuryProblem *pb)
{
    for (int p = 0; p < pb->nproposals; p++)
        if (available(pb, p) < pb->k)
            return false;
    return true;
}

static bool same_result(const JuryResult *a, const JuryResult *b)
{
    return a->npairs == b->npairs &&
           !memcmp(a->pairs, b->pairs, sizeof *a->pairs * (size_t)a->npairs);
}

/* ---- tests ----------------------------------------------------------------------------- */

/* The call of the demo: 19 eligible proposals, 7 members, 3 reviews each, random conflicts. */
static void random_calls_are_covered_and_balanced(void **state)
{
    (void)state;
    uint64_t s = 0x5eed0001;
    int instances = 0, within_one = 0;
    while (instances < 200) {
        int percent = instances < 150 ? 12 : 35; /* the dense ones are often unbalanceable */
        JuryProblem pb = {.nproposals = 19, .nmembers = 7, .k = 3, .seed = rnd(&s)};
        bool *c = random_conflicts(19, 7, percent, &s);
        pb.conflict = c;
        if (!coverable(&pb)) {
            free(c);
            continue;
        }
        JuryPair fixed[2];
        if (instances % 4 == 0) { /* a funder's hand-made pairs, where allowed */
            for (int i = 0; i < 2; i++) {
                int p = (int)(rnd(&s) % 19), m = (int)(rnd(&s) % 7);
                while (c[m * 19 + p])
                    m = (m + 1) % 7;
                fixed[pb.nfixed++] = (JuryPair){m, p};
            }
            pb.fixed = fixed;
        }
        JuryResult r;
        assert_int_equal(jury_assign(&pb, &r), JURY_OK);
        check_valid(&pb, &r);
        for (int p = 0; p < 19; p++)
            assert_int_equal(target(&pb, p), 3); /* exactly k here: fixed pairs never exceed it */
        within_one += check_balanced(&pb, &r);
        jury_result_free(&r);
        free(c);
        instances++;
    }
    /* The sparse instances all allow loads within one; the test would be vacuous otherwise. */
    assert_true(within_one >= 150);
    assert_true(within_one < 200); /* and some dense ones do not: the other checks matter */
}

static void same_seed_same_result(void **state)
{
    (void)state;
    uint64_t s = 42;
    bool *c = random_conflicts(19, 7, 15, &s);
    JuryProblem pb = {.nproposals = 19, .nmembers = 7, .k = 3, .conflict = c, .seed = 7};
    assert_true(coverable(&pb));
    JuryResult a, b;
    assert_int_equal(jury_assign(&pb, &a), JURY_OK);
    assert_int_equal(jury_assign(&pb, &b), JURY_OK);
    assert_true(same_result(&a, &b));
    assert_memory_equal(a.load, b.load, sizeof(int) * 7);
    /* Another seed breaks ties otherwise, but the loads, sorted, are the same optimum. */
    int differ = 0, sorted_a[7], sorted_b[7];
    for (uint64_t seed = 8; seed < 20; seed++) {
        pb.seed = seed;
        jury_result_free(&b);
        assert_int_equal(jury_assign(&pb, &b), JURY_OK);
        check_valid(&pb, &b);
        differ += !same_result(&a, &b);
        memcpy(sorted_a, a.load, sizeof sorted_a);
        memcpy(sorted_b, b.load, sizeof sorted_b);
        for (int i = 0; i < 7; i++)
            for (int j = i + 1; j < 7; j++) {
                if (sorted_a[j] < sorted_a[i]) {
                    int t = sorted_a[i];
                    sorted_a[i] = sorted_a[j];
                    sorted_a[j] = t;
                }
                if (sorted_b[j] < sorted_b[i]) {
                    int t = sorted_b[i];
                    sorted_b[i] = sorted_b[j];
                    sorted_b[j] = t;
                }
            }
        assert_memory_equal(sorted_a, sorted_b, sizeof sorted_a);
    }
    assert_true(differ > 0);
    jury_result_free(&a);
    jury_result_free(&b);
    free(c);
}

/* Proposal 1 has two possible reviewers, proposal 3 none: both are reported, the rest of the
 * call is still assigned and balanced. */
static void impossible_proposals_are_reported(void **state)
{
    (void)state;
    enum { P = 5, M = 4 };
    bool c[M * P] = {0};
    c[0 * P + 1] = c[2 * P + 1] = true;
    for (int m = 0; m < M; m++)
        c[m * P + 3] = true;
    JuryProblem pb = {.nproposals = P, .nmembers = M, .k = 3, .conflict = c, .seed = 1};
    JuryResult r;
    assert_int_equal(jury_assign(&pb, &r), JURY_SHORT);
    check_valid(&pb, &r);
    assert_int_equal(r.nshort, 2);
    assert_int_equal(r.shorts[0].proposal, 1);
    assert_int_equal(r.shorts[0].available, 2);
    assert_int_equal(r.shorts[0].missing, 1);
    assert_int_equal(r.shorts[1].proposal, 3);
    assert_int_equal(r.shorts[1].available, 0);
    assert_int_equal(r.shorts[1].missing, 3);
    assert_true(assigned(&r, 1, 1) && assigned(&r, 3, 1)); /* what can be assigned is */
    assert_int_equal(r.npairs, 3 + 2 + 3 + 0 + 3);
    check_balanced(&pb, &r);
    int lo, hi;
    load_range(&pb, &r, &lo, &hi);
    assert_true(hi - lo <= 1); /* 11 reviews over 4 members: 3, 3, 3, 2 */
    jury_result_free(&r);
}

static void fixed_pairs_are_kept(void **state)
{
    (void)state;
    enum { P = 19, M = 7 };
    uint64_t s = 99;
    bool *c = random_conflicts(P, M, 10, &s);
    /* member 0 takes proposals 0-5 by hand, and proposal 7 gets 4 hand-picked reviewers */
    JuryPair fixed[16];
    int n = 0;
    for (int p = 0; p < 6; p++) {
        c[0 * P + p] = false;
        fixed[n++] = (JuryPair){0, p};
    }
    for (int m = 1; m < 5; m++) {
        c[m * P + 7] = false;
        fixed[n++] = (JuryPair){m, 7};
    }
    fixed[n++] = (JuryPair){0, 0}; /* a duplicate counts once */
    JuryProblem pb = {.nproposals = P,
                      .nmembers = M,
                      .k = 3,
                      .conflict = c,
                      .fixed = fixed,
                      .nfixed = n,
                      .seed = 3};
    assert_true(coverable(&pb));
    JuryResult r;
    assert_int_equal(jury_assign(&pb, &r), JURY_OK);
    check_valid(&pb, &r);
    for (int p = 0; p < 6; p++)
        assert_true(assigned(&r, 0, p));
    int on7 = 0;
    for (int i = 0; i < r.npairs; i++)
        on7 += r.pairs[i].proposal == 7;
    assert_int_equal(on7, 4); /* more than k, as the funder wanted */
    check_balanced(&pb, &r);
    jury_result_free(&r);

    /* Fixed pairs stay even where moving them would balance better: member 0 keeps three. */
    JuryPair heavy[] = {{0, 0}, {0, 1}, {0, 2}};
    JuryProblem small = {.nproposals = 4, .nmembers = 2, .k = 1, .fixed = heavy, .nfixed = 3};
    assert_int_equal(jury_assign(&small, &r), JURY_OK);
    check_valid(&small, &r);
    assert_int_equal(r.load[0], 3);
    assert_int_equal(r.load[1], 1);
    check_balanced(&small, &r); /* the best the fixed pairs allow */
    jury_result_free(&r);

    /* A hand-made pair that is conflicted is refused, naming it; nothing is assigned. */
    c[6 * P + 9] = true;
    fixed[n++] = (JuryPair){6, 9};
    pb.nfixed = n;
    assert_int_equal(jury_assign(&pb, &r), JURY_FIXED_CONFLICT);
    assert_int_equal(r.bad_fixed, n - 1);
    assert_int_equal(r.npairs, 0);
    assert_null(r.pairs);
    jury_result_free(&r);
    fixed[n - 1] = (JuryPair){7, 9}; /* no member 7 */
    assert_int_equal(jury_assign(&pb, &r), JURY_BAD_INPUT);
    assert_int_equal(r.bad_fixed, n - 1);
    jury_result_free(&r);
    free(c);
}

/* Member 2 is conflicted with every proposal: load 0, the six others within one. */
static void member_conflicted_with_everything(void **state)
{
    (void)state;
    enum { P = 19, M = 7 };
    for (uint64_t seed = 1; seed <= 20; seed++) {
        uint64_t s = seed * 7919;
        bool *c = random_conflicts(P, M, 8, &s);
        for (int p = 0; p < P; p++)
            c[2 * P + p] = true;
        JuryProblem pb = {.nproposals = P, .nmembers = M, .k = 3, .conflict = c, .seed = seed};
        if (!coverable(&pb)) {
            free(c);
            continue;
        }
        JuryResult r;
        assert_int_equal(jury_assign(&pb, &r), JURY_OK);
        check_valid(&pb, &r);
        check_balanced(&pb, &r);
        assert_int_equal(r.load[2], 0);
        int lo = 1 << 30, hi = 0;
        for (int m = 0; m < M; m++) {
            if (m == 2)
                continue;
            lo = r.load[m] < lo ? r.load[m] : lo;
            hi = r.load[m] > hi ? r.load[m] : hi;
        }
        assert_true(hi - lo <= 1); /* 57 reviews over six members: 9 or 10 each */
        assert_in_range(lo, 9, 10);
        jury_result_free(&r);
        free(c);
    }
}

/* Greedy alone goes wrong here for some seeds: proposal 2 can only go to member 2; if
 * proposal 1 is served first and its tie goes to member 1, proposal 0 then finds members 1
 * and 2 both loaded and member 0 (who can only review proposal 1) ends with nothing. A chain
 * (member 0 takes 1 from member 1) must put it right, whatever the seed. */
static void chains_rebalance_a_constrained_call(void **state)
{
    (void)state;
    enum { P = 3, M = 3 };
    const bool c[M * P] = {
        true,  false, true,  /* member 0 may review proposal 1 only */
        false, false, true,  /* member 1: proposals 0 and 1 */
        false, true,  false, /* member 2: proposals 0 and 2 */
    };
    for (uint64_t seed = 0; seed < 64; seed++) {
        JuryProblem pb = {.nproposals = P, .nmembers = M, .k = 1, .conflict = c, .seed = seed};
        JuryResult r;
        assert_int_equal(jury_assign(&pb, &r), JURY_OK);
        check_valid(&pb, &r);
        assert_true(assigned(&r, 0, 1) && assigned(&r, 1, 0) && assigned(&r, 2, 2));
        jury_result_free(&r);
    }
}

static void edge_cases(void **state)
{
    (void)state;
    JuryResult r;
    JuryProblem none = {.nproposals = 0, .nmembers = 7, .k = 3};
    assert_int_equal(jury_assign(&none, &r), JURY_OK);
    assert_int_equal(r.npairs, 0);
    assert_int_equal(r.nshort, 0);
    for (int m = 0; m < 7; m++)
        assert_int_equal(r.load[m], 0);
    jury_result_free(&r);

    JuryPair keep[] = {{1, 2}};
    JuryProblem k0 = {.nproposals = 5, .nmembers = 3, .k = 0, .fixed = keep, .nfixed = 1};
    assert_int_equal(jury_assign(&k0, &r), JURY_OK);
    assert_int_equal(r.npairs, 1); /* k = 0: only what was fixed */
    assert_int_equal(r.pairs[0].member, 1);
    assert_int_equal(r.pairs[0].proposal, 2);
    jury_result_free(&r);

    JuryProblem too_few = {.nproposals = 4, .nmembers = 2, .k = 3}; /* k > members */
    assert_int_equal(jury_assign(&too_few, &r), JURY_SHORT);
    check_valid(&too_few, &r);
    assert_int_equal(r.npairs, 8); /* everybody reviews everything */
    assert_int_equal(r.nshort, 4);
    for (int i = 0; i < 4; i++) {
        assert_int_equal(r.shorts[i].proposal, i);
        assert_int_equal(r.shorts[i].missing, 1);
    }
    jury_result_free(&r);

    JuryProblem nobody = {.nproposals = 2, .nmembers = 0, .k = 1};
    assert_int_equal(jury_assign(&nobody, &r), JURY_SHORT);
    assert_int_equal(r.nshort, 2);
    assert_int_equal(r.shorts[1].missing, 1);
    jury_result_free(&r);

    JuryProblem bad[] = {
        {.nproposals = -1, .nmembers = 3, .k = 1},
        {.nproposals = 3, .nmembers = -1, .k = 1},
        {.nproposals = 3, .nmembers = 3, .k = -1},
        {.nproposals = 3, .nmembers = 3, .k = 1, .nfixed = 1}, /* no fixed array */
        {.nproposals = JURY_MAX_PROPOSALS, .nmembers = JURY_MAX_MEMBERS, .k = 1},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        assert_int_equal(jury_assign(&bad[i], &r), JURY_BAD_INPUT);
        assert_int_equal(r.npairs, 0);
        assert_int_equal(r.bad_fixed, -1);
        jury_result_free(&r);
    }
    assert_int_equal(jury_assign(NULL, &r), JURY_BAD_INPUT);
    jury_result_free(&r);
    jury_result_free(&r); /* twice is harmless */
    jury_result_free(NULL);
}

/* 500 proposals x 100 members in well under a second (CPU time, generous for slow runners). */
static void large_call_is_fast(void **state)
{
    (void)state;
    enum { P = 500, M = 100 };
    uint64_t s = 2026;
    bool *c = random_conflicts(P, M, 10, &s);
    JuryProblem pb = {.nproposals = P, .nmembers = M, .k = 3, .conflict = c, .seed = 5};
    clock_t t0 = clock();
    JuryResult r;
    assert_int_equal(jury_assign(&pb, &r), JURY_OK);
    double seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    assert_true(seconds < 0.5);
    check_valid(&pb, &r);
    int lo, hi;
    load_range(&pb, &r, &lo, &hi);
    /* 1500 reviews over 100 members, each free for about 450 proposals: 15 each is feasible
     * by a wide margin, so by guarantee 3 it is what we get. */
    assert_int_equal(lo, 15);
    assert_int_equal(hi, 15);
    jury_result_free(&r);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(random_calls_are_covered_and_balanced),
        cmocka_unit_test(same_seed_same_result),
        cmocka_unit_test(impossible_proposals_are_reported),
        cmocka_unit_test(fixed_pairs_are_kept),
        cmocka_unit_test(member_conflicted_with_everything),
        cmocka_unit_test(chains_rebalance_a_constrained_call),
        cmocka_unit_test(edge_cases),
        cmocka_unit_test(large_call_is_fast),
    };
    return cmocka_run_group_tests_name("jury", tests, NULL, NULL);
}
