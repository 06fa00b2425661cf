/* suppress.h — small counts hidden in a published table, and the further cells that would
 * give them away. Pure: no SQL, no HTTP.
 *
 * A count from 1 to k-1 is hidden ("< k" on the page): the primary suppression. The sums
 * the table publishes (each row's total, each column's total, the grand total) would let a
 * reader work a hidden count out again, so further cells are hidden until no hidden cell
 * can be found by solving the table's sums: the complementary suppression.
 *
 * How: the table is a bipartite graph, a node for each row and each column whose sum is
 * published and an edge for each cell; the sums are one equation per node. A hidden cell's
 * value follows from the visible cells exactly when its edge is a bridge of the graph of
 * hidden cells (no cycle of hidden cells runs through it: along a cycle, adding t to every
 * other cell and taking it from the rest keeps every sum). So while a hidden cell is a
 * bridge, the cheapest path of cells that closes a cycle through it is hidden too: cells of
 * small value first, totals only when nothing else will do, zeros last (a hidden zero on a
 * cycle narrows what the others can be). */
#ifndef TRAJECT_SUPPRESS_H
#define TRAJECT_SUPPRESS_H

#include <stdbool.h>
#include <stdint.h>

/* The smallest k an installation may set, and the default. */
#define SUPPRESS_K_MIN 5
#define SUPPRESS_K_DEFAULT 10

/* A table of counts, row by row: rows x cols cells, then, when row_totals, one more column
 * with each row's total, and, when col_totals, one more row with each column's total
 * (and the grand total in the corner when both). A list with its total is one column
 * (cols 1) with col_totals and without row_totals. */
typedef struct SuppressGrid {
    int rows, cols;
    bool row_totals, col_totals;
    const int64_t *v;
} SuppressGrid;

/* The number of cells of g, totals included: the length of v and of hidden. */
int suppress_cells(const SuppressGrid *g);

/* Sets hidden[i] for every cell of g to hide (same layout as g->v), k >= SUPPRESS_K_MIN.
 * Returns the number of cells hidden, or -1 (hidden untouched) for a k below
 * SUPPRESS_K_MIN or a negative size. Allocation failure aborts. */
int suppress_grid(const SuppressGrid *g, int k, bool *hidden);

#endif
