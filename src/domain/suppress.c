/* suppress.c — small counts hidden, and the cells that would give them away (see suppress.h). */
#include "domain/suppress.h"

#include <float.h>
#include <stdlib.h>

#include "core/arena.h"

/* The table as a graph: a node per row and per column whose sum is published, one more
 * (free) for all those whose sum is not; an edge per cell, between its row's and its
 * column's node. A cell whose two ends are the free node is in no sum. */
typedef struct Cell {
    int a, b;    /* its row's node, its column's node */
    double cost; /* what hiding it costs */
} Cell;

/* What the two searches keep per node. */
typedef struct Node {
    int disc, low;                         /* the bridge search's */
    int stack_node, stack_edge, stack_pos; /* its stack, by depth */
    double dist;                           /* Dijkstra's, */
    int via;                               /* with the cell the node was reached by */
    bool done;
} Node;

typedef struct Graph {
    int nodes, cells;
    Cell *cell;
    int *first, *adj; /* per node, the cells at it: adj[first[n] .. first[n + 1]) */
    Node *node;
} Graph;

static int other_end(const Graph *g, int e, int n)
{
    return g->cell[e].a == n ? g->cell[e].b : g->cell[e].a;
}

static void graph_build(Graph *g, const SuppressGrid *t)
{
    int width = t->cols + t->row_totals, height = t->rows + t->col_totals;
    int free_node = height + width;
    g->nodes = free_node + 1;
    g->cells = width * height;
    g->cell = xcalloc((size_t)g->cells, sizeof *g->cell);
    g->first = xcalloc((size_t)g->nodes + 1, sizeof(int));
    g->adj = xcalloc((size_t)g->cells * 2 + 1, sizeof(int));
    /* A row's sum is published when the rows have totals (the total row's, as the grand
     * total, too); a column's when the columns have. */
    double body = 1;
    for (int c = 0; c < g->cells; c++)
        body += (double)(t->v[c] > 0 ? t->v[c] : 0) + 1;
    for (int i = 0; i < height; i++) {
        for (int j = 0; j < width; j++) {
            int c = i * width + j;
            g->cell[c].a = t->row_totals ? i : free_node;
            g->cell[c].b = t->col_totals ? height + j : free_node;
            bool total = (t->row_totals && j == t->cols) || (t->col_totals && i == t->rows);
            /* small cells first; a total only when no path of cells will do; a zero last */
            double v = (double)t->v[c];
            g->cell[c].cost = t->v[c] <= 0 ? body * body * (double)(g->cells + 1) + 1
                              : total      ? body + v + 1
                                           : v + 1;
            if (g->cell[c].a != g->cell[c].b) {
                g->first[g->cell[c].a + 1]++;
                g->first[g->cell[c].b + 1]++;
            }
        }
    }
    for (int n = 0; n < g->nodes; n++)
        g->first[n + 1] += g->first[n];
    int *fill = xcalloc((size_t)g->nodes, sizeof(int));
    for (int c = 0; c < g->cells; c++) {
        if (g->cell[c].a == g->cell[c].b)
            continue;
        g->adj[g->first[g->cell[c].a] + fill[g->cell[c].a]++] = c;
        g->adj[g->first[g->cell[c].b] + fill[g->cell[c].b]++] = c;
    }
    free(fill);
    g->node = xcalloc((size_t)g->nodes, sizeof *g->node);
}

static void graph_free(Graph *g)
{
    free(g->cell);
    free(g->first);
    free(g->adj);
    free(g->node);
}

/* A hidden cell that is a bridge of the graph of hidden cells (its value follows from the
 * visible ones), or -1: Tarjan's search, without recursion, by cell so that two cells
 * between the same two nodes make a cycle. */
static int hidden_bridge(Graph *g, const bool *hidden)
{
    for (int n = 0; n < g->nodes; n++)
        g->node[n].disc = -1;
    int time = 0;
    for (int root = 0; root < g->nodes; root++) {
        if (g->node[root].disc >= 0)
            continue;
        int top = 0;
        g->node[0].stack_node = root;
        g->node[0].stack_edge = -1;
        g->node[0].stack_pos = g->first[root];
        g->node[root].disc = g->node[root].low = time++;
        while (top >= 0) {
            int n = g->node[top].stack_node;
            if (g->node[top].stack_pos < g->first[n + 1]) {
                int e = g->adj[g->node[top].stack_pos++];
                if (!hidden[e] || e == g->node[top].stack_edge)
                    continue;
                int m = other_end(g, e, n);
                if (g->node[m].disc < 0) {
                    top++;
                    g->node[top].stack_node = m;
                    g->node[top].stack_edge = e;
                    g->node[top].stack_pos = g->first[m];
                    g->node[m].disc = g->node[m].low = time++;
                } else if (g->node[m].disc < g->node[n].low) {
                    g->node[n].low = g->node[m].disc;
                }
                continue;
            }
            int e = g->node[top--].stack_edge;
            if (e < 0)
                continue;
            int parent = other_end(g, e, n);
            if (g->node[n].low < g->node[parent].low)
                g->node[parent].low = g->node[n].low;
            if (g->node[n].low > g->node[parent].disc)
                return e;
        }
    }
    return -1;
}

/* Hides the cheapest path of cells from one end of the bridge to the other that does not
 * use the bridge (hidden cells cost nothing): the bridge is then on a cycle. False when
 * there is no such path. Dijkstra over the few nodes, by array. */
static bool close_cycle(Graph *g, int bridge, bool *hidden)
{
    int from = g->cell[bridge].a, to = g->cell[bridge].b;
    for (int n = 0; n < g->nodes; n++) {
        g->node[n].dist = DBL_MAX;
        g->node[n].via = -1;
        g->node[n].done = false;
    }
    g->node[from].dist = 0;
    for (;;) {
        int n = -1;
        for (int m = 0; m < g->nodes; m++)
            if (!g->node[m].done && g->node[m].dist < DBL_MAX &&
                (n < 0 || g->node[m].dist < g->node[n].dist))
                n = m;
        if (n < 0)
            return false;
        if (n == to)
            break;
        g->node[n].done = true;
        for (int p = g->first[n]; p < g->first[n + 1]; p++) {
            int e = g->adj[p];
            if (e == bridge)
                continue;
            int m = other_end(g, e, n);
            double d = g->node[n].dist + (hidden[e] ? 0 : g->cell[e].cost);
            if (!g->node[m].done && d < g->node[m].dist) {
                g->node[m].dist = d;
                g->node[m].via = e;
            }
        }
    }
    for (int n = to; n != from; n = other_end(g, g->node[n].via, n))
        hidden[g->node[n].via] = true;
    return true;
}

int suppress_cells(const SuppressGrid *g)
{
    return (g->rows + g->col_totals) * (g->cols + g->row_totals);
}

int suppress_grid(const SuppressGrid *t, int k, bool *hidden)
{
    int cells = suppress_cells(t);
    if (k < SUPPRESS_K_MIN || t->rows < 0 || t->cols < 0)
        return -1;
    int n = 0;
    for (int c = 0; c < cells; c++)
        n += hidden[c] = t->v[c] >= 1 && t->v[c] < k;
    if (t->rows < 1 || t->cols < 1) /* totals of nothing: no sum to solve */
        return n;
    Graph g;
    graph_build(&g, t);
    int bridge;
    while ((bridge = hidden_bridge(&g, hidden)) >= 0) {
        if (!close_cycle(&g, bridge, hidden)) {
            /* no cycle can hold it: nothing of the table can be shown safely */
            for (int c = 0; c < cells; c++)
                hidden[c] = true;
            break;
        }
    }
    graph_free(&g);
    n = 0;
    for (int c = 0; c < cells; c++)
        n += hidden[c];
    return n;
}
