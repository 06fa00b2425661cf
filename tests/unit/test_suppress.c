/* Unit tests: small counts hidden, and no hidden count can be worked out again from the
 * visible cells and the totals. The property test solves the table's sums by Gaussian
 * elimination (not by the graph the suppression itself reasons with): a hidden cell is
 * recoverable exactly when its unit vector lies in the row space of the sums restricted to
 * the hidden cells. */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "domain/suppress.h"

#define MAX_CELLS 64

/* Fills the totals of a grid whose body is set. */
static void fill_totals(const SuppressGrid *g, int64_t *v)
{
    int width = g->cols + g->row_totals;
    if (g->row_totals)
        for (int i = 0; i < g->rows; i++) {
            int64_t s = 0;
            for (int j = 0; j < g->cols; j++)
                s += v[i * width + j];
            v[i * width + g->cols] = s;
        }
    if (g->col_totals)
        for (int j = 0; j < width; j++) {
            int64_t s = 0;
            for (int i = 0; i < g->rows; i++)
                s += v[i * width + j];
            v[g->rows * width + j] = s;
        }
}

/* The rank of the m x n matrix a (changed in place). */
static int rank_of(double *a, int m, int n)
{
    int rank = 0;
    for (int col = 0; col < n && rank < m; col++) {
        int pivot = -1;
        for (int i = rank; i < m; i++)
            if (fabs(a[i * n + col]) > 1e-9 &&
                (pivot < 0 || fabs(a[i * n + col]) > fabs(a[pivot * n + col])))
                pivot = i;
        if (pivot < 0)
            continue;
        for (int j = 0; j < n; j++) {
            double t = a[rank * n + j];
            a[rank * n + j] = a[pivot * n + j];
            a[pivot * n + j] = t;
        }
        for (int i = 0; i < m; i++) {
            if (i == rank || fabs(a[i * n + col]) < 1e-12)
                continue;
            double f = a[i * n + col] / a[rank * n + col];
            for (int j = 0; j < n; j++)
                a[i * n + j] -= f * a[rank * n + j];
        }
        rank++;
    }
    return rank;
}

/* The published sums of g, one row per sum over all cells: +1 for a part, -1 for the total. */
static int sums_of(const SuppressGrid *g, double *eq)
{
    int width = g->cols + g->row_totals, height = g->rows + g->col_totals;
    int cells = width * height, m = 0;
    if (g->row_totals)
        for (int i = 0; i < height; i++, m++) {
            memset(eq + m * cells, 0, sizeof(double) * (size_t)cells);
            for (int j = 0; j < g->cols; j++)
                eq[m * cells + i * width + j] = 1;
            eq[m * cells + i * width + g->cols] = -1;
        }
    if (g->col_totals)
        for (int j = 0; j < width; j++, m++) {
            memset(eq + m * cells, 0, sizeof(double) * (size_t)cells);
            for (int i = 0; i < g->rows; i++)
                eq[m * cells + i * width + j] = 1;
            eq[m * cells + g->rows * width + j] = -1;
        }
    return m;
}

/* How many hidden cells the sums give away. */
static int recoverable(const SuppressGrid *g, const bool *hidden)
{
    int cells = suppress_cells(g);
    static double eq[2 * MAX_CELLS * MAX_CELLS], a[2 * MAX_CELLS * MAX_CELLS];
    int m = sums_of(g, eq);
    int unknown[MAX_CELLS], h = 0;
    for (int c = 0; c < cells; c++)
        if (hidden[c])
            unknown[h++] = c;
    if (!h)
        return 0;
    int found = 0, base = 0;
    for (int u = -1; u < h; u++) {
        /* the sums restricted to the hidden cells, and, for u >= 0, cell u's unit row */
        for (int i = 0; i < m; i++)
            for (int x = 0; x < h; x++)
                a[i * h + x] = eq[i * cells + unknown[x]];
        int rows = m;
        if (u >= 0) {
            for (int x = 0; x < h; x++)
                a[m * h + x] = x == u;
            rows++;
        }
        int r = rank_of(a, rows, h);
        if (u < 0)
            base = r;
        else if (r == base)
            found++;
    }
    return found;
}

static void check(const SuppressGrid *g, int k, const bool *hidden)
{
    int cells = suppress_cells(g);
    for (int c = 0; c < cells; c++)
        if (g->v[c] >= 1 && g->v[c] < k)
            assert_true(hidden[c]);
    assert_int_equal(recoverable(g, hidden), 0);
}

static void a_list_with_its_total_hides_a_second_count(void **state)
{
    (void)state;
    /* Anderlecht 40, Etterbeek 3, Ixelles 25, Schaerbeek 30; total 98 */
    int64_t v[] = {40, 3, 25, 30, 0};
    SuppressGrid g = {.rows = 4, .cols = 1, .col_totals = true, .v = v};
    fill_totals(&g, v);
    bool hidden[5];
    assert_int_equal(suppress_grid(&g, 10, hidden), 2);
    assert_true(hidden[1]);
    assert_true(hidden[2]); /* the smallest count above k - 1, not the total */
    assert_false(hidden[4]);
    check(&g, 10, hidden);
    /* the check can fail: the small count alone would be the total less the others */
    bool primary_only[5] = {false, true, false, false, false};
    assert_int_equal(recoverable(&g, primary_only), 1);
}

static void one_small_cell_of_a_table_hides_a_rectangle(void **state)
{
    (void)state;
    int64_t v[5 * 5];
    SuppressGrid g = {.rows = 4, .cols = 4, .row_totals = true, .col_totals = true, .v = v};
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++)
            v[i * 5 + j] = 50 + i + j;
    v[1 * 5 + 2] = 3;
    fill_totals(&g, v);
    bool hidden[25];
    assert_int_equal(suppress_grid(&g, 10, hidden), 4);
    for (int c = 0; c < 25; c++)
        if (c % 5 == 4 || c / 5 == 4)
            assert_false(hidden[c]); /* no total had to go */
    assert_true(hidden[0 * 5 + 2] && hidden[0 * 5 + 0] && hidden[1 * 5 + 0]);
    check(&g, 10, hidden);
}

static void a_small_total_is_hidden_with_what_gives_it_away(void **state)
{
    (void)state;
    /* a row of 2 and 1 (total 3) among rows of large counts */
    int64_t v[4 * 3] = {30, 40, 0, 2, 1, 0, 50, 60, 0, 0, 0, 0};
    SuppressGrid g = {.rows = 3, .cols = 2, .row_totals = true, .col_totals = true, .v = v};
    fill_totals(&g, v);
    bool hidden[12];
    assert_true(suppress_grid(&g, 5, hidden) >= 4);
    assert_true(hidden[1 * 3 + 2]);
    check(&g, 5, hidden);
}

static void nothing_small_nothing_hidden_and_k_has_a_floor(void **state)
{
    (void)state;
    int64_t v[] = {12, 0, 30, 0};
    SuppressGrid g = {.rows = 3, .cols = 1, .col_totals = true, .v = v};
    fill_totals(&g, v);
    bool hidden[4];
    assert_int_equal(suppress_grid(&g, 10, hidden), 0);
    assert_int_equal(suppress_grid(&g, 4, hidden), -1);
    assert_int_equal(suppress_grid(&g, SUPPRESS_K_MIN, hidden), 0);
    /* no row: the totals alone */
    int64_t none[] = {0, 3};
    SuppressGrid empty = {.rows = 0, .cols = 2, .col_totals = true, .v = none};
    bool h2[2] = {true, false};
    assert_int_equal(suppress_grid(&empty, 5, h2), 1);
    assert_false(h2[0]);
    assert_true(h2[1]);
}

/* Thousands of random tables, of every shape and with and without totals, many of small
 * counts: every small count is hidden and no hidden cell can be solved for. */
static void no_hidden_cell_can_be_solved_for(void **state)
{
    (void)state;
    srand(20261201);
    int tables = 0, hidden_total = 0;
    for (int round = 0; round < 4000; round++) {
        int64_t v[MAX_CELLS];
        bool hidden[MAX_CELLS];
        SuppressGrid g = {.rows = 1 + rand() % 6,
                          .cols = 1 + rand() % 6,
                          .row_totals = rand() % 4 != 0,
                          .col_totals = rand() % 4 != 0,
                          .v = v};
        if (!g.row_totals && !g.col_totals)
            g.col_totals = true;
        int width = g.cols + g.row_totals, k = 5 + rand() % 6;
        int kind = rand() % 3; /* mostly small, mixed, mostly large */
        for (int i = 0; i < g.rows; i++)
            for (int j = 0; j < g.cols; j++) {
                int r = rand() % 100;
                v[i * width + j] = kind == 0   ? rand() % 12
                                   : kind == 1 ? (r < 20   ? 0
                                                  : r < 50 ? 1 + rand() % 9
                                                           : 10 + rand() % 90)
                                               : (r < 10 ? 1 + rand() % 4 : 10 + rand() % 500);
            }
        fill_totals(&g, v);
        int n = suppress_grid(&g, k, hidden);
        assert_true(n >= 0);
        check(&g, k, hidden);
        tables++;
        hidden_total += n;
    }
    assert_int_equal(tables, 4000);
    assert_true(hidden_total > 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(a_list_with_its_total_hides_a_second_count),
        cmocka_unit_test(one_small_cell_of_a_table_hides_a_rectangle),
        cmocka_unit_test(a_small_total_is_hidden_with_what_gives_it_away),
        cmocka_unit_test(nothing_small_nothing_hidden_and_k_has_a_floor),
        cmocka_unit_test(no_hidden_cell_can_be_solved_for),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
