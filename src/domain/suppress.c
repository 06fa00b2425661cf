/* suppress.c — small counts hidden, and the cells that would give them away (see suppress.h). */
#include "domain/suppress.h"

#include <float.h>
#include <stdlib.h>

#include "core/arena.h"

/* The table as a graph: a node per row and per column whose sum is published, one more
 * (free) for all those whose sum is not; an edge per cell, between its row's and its
 * column's node. A cell whose two ends are the free node is in no sum. */
typedef struct Graph {
    int nodes, cells;
    int *end_a, *end_b; /* per cell: its row's node, its column's node */
    int *first, *adj;   /* per node, the cells at it: adj[first[n] .. first[n + 1]) */
    double *cost;       /* per cell: what hiding it costs */
    int *disc, *low, *stack_node, *stack_edge, *stack_pos; /* the bridge search's */
    double *dist;
    int *via; /* the Dijkstra search's: the cell a node was reached by */
    bool *done;
} Graph;

static int other_end(const Graph *g, int e, int n)
{
    return g->end_a[e] == n ? g->end_b[e] : g->end_a[e];
}

static void graph_build(Graph *g, const SuppressGrid *t)
{
    int width = t->cols + t->row_totals, height = t->rows + t->col_totals;
    int free_node = height + width;
    g->nodes = free_node + 1;
    g->cells = width * height;
    g->end_a = xcalloc((size_t)g->cells, sizeof(int));
    g->end_b = xcalloc((size_t)g->cells, sizeof(int));
    g->cost = xcalloc((size_t)g->cells, sizeof(double));
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
            g->end_a[c] = t->row_totals ? i : free_node;
            g->end_b[c] = t->col_totals ? height + j : free_node;
            bool total = (t->row_totals && j == t->cols) || (t->col_totals && i == t->rows);
            /* small cells first; a total only when no path of cells will do; a zero last */
            double v = (double)t->v[c];
            g->cost[c] = t->v[c] <= 0 ? body * body * (double)(g->cells + 1) + 1
                         : total      ? body + v + 1
                                      : v + 1;
            if (g->end_a[c] != g->end_b[c]) {
                g->first[g->end_a[c] + 1]++;
                g->first[g->end_b[c] + 1]++;
            }
        }
    }
    for (int n = 0; n < g->nodes; n++)
        g->first[n + 1] += g->first[n];
    int *fill = xcalloc((size_t)g->nodes, sizeof(int));
    for (int c = 0; c < g->cells; c++) {
        if (g->end_a[c] == g->end_b[c])
            continue;
        g->adj[g->first[g->end_a[c]] + fill[g->end_a[c]]++] = c;
        g->adj[g->first[g->end_b[c]] + fill[g->end_b[c]]++] = c;
    }
    free(fill);
    size_t n = (size_t)g->nodes;
    g->disc = xcalloc(n, sizeof(int));
    g->low = xcalloc(n, sizeof(int));
    g->stack_node = xcalloc(n, sizeof(int));
    g->stack_edge = xcalloc(n, sizeof(int));
    g->stack_pos = xcalloc(n, sizeof(int));
    g->dist = xcalloc(n, sizeof(double));
    g->via = xcalloc(n, sizeof(int));
    g->done = xcalloc(n, sizeof(bool));
}

static void graph_free(Graph *g)
{
    free(g->end_a);
    free(g->end_b);
    free(g->cost);
    free(g->first);
    free(g->adj);
    free(g->disc);
    free(g->low);
    free(g->stack_node);
    free(g->stack_edge);
    free(g->stack_pos);
    free(g->dist);
    free(g->via);
    free(g->done);
}

/* A hidden cell that is a bridge of the graph of hidden cells (its value follows from the
 * visible ones), or -1: Tarjan's search, without recursion, by cell so that two cells
 * between the same two nodes make a cycle. */
static int hidden_bridge(Graph *g, const bool *hidden)
{
    for (int n = 0; n < g->nodes; n++)
        g->disc[n] = -1;
    int time = 0;
    for (int root = 0; root < g->nodes; root++) {
        if (g->disc[root] >= 0)
            continue;
        int top = 0;
        g->stack_node[0] = root;
        g->stack_edge[0] = -1;
        g->stack_pos[0] = g->first[root];
        g->disc[root] = g->low[root] = time++;
        while (top >= 0) {
            int n = g->stack_node[top];
            if (g->stack_pos[top] < g->first[n + 1]) {
                int e = g->adj[g->stack_pos[top]++];
                if (!hidden[e] || e == g->stack_edge[top])
                    continue;
                int m = other_end(g, e, n);
                if (g->disc[m] < 0) {
                    top++;
                    g->stack_node[top] = m;
                    g->stack_edge[top] = e;
                    g->stack_pos[top] = g->first[m];
                    g->disc[m] = g->low[m] = time++;
                } else if (g->disc[m] < g->low[n]) {
                    g->low[n] = g->disc[m];
                }
                continue;
            }
            int e = g->stack_edge[top--];
            if (e < 0)
                continue;
            int parent = other_end(g, e, n);
            if (g->low[n] < g->low[parent])
                g->low[parent] = g->low[n];
            if (g->low[n] > g->disc[parent])
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
    int from = g->end_a[bridge], to = g->end_b[bridge];
    for (int n = 0; n < g->nodes; n++) {
        g->dist[n] = DBL_MAX;
        g->via[n] = -1;
        g->done[n] = false;
    }
    g->dist[from] = 0;
    for (;;) {
        int n = -1;
        for (int m = 0; m < g->nodes; m++)
            if (!g->done[m] && g->dist[m] < DBL_MAX && (n < 0 || g->dist[m] < g->dist[n]))
                n = m;
        if (n < 0)
            return false;
        if (n == to)
            break;
        g->done[n] = true;
        for (int p = g->first[n]; p < g->first[n + 1]; p++) {
            int e = g->adj[p];
            if (e == bridge)
                continue;
            int m = other_end(g, e, n);
            double d = g->dist[n] + (hidden[e] ? 0 : g->cost[e]);
            if (!g->done[m] && d < g->dist[m]) {
                g->dist[m] = d;
                g->via[m] = e;
            }
        }
    }
    for (int n = to; n != from; n = other_end(g, g->via[n], n))
        hidden[g->via[n]] = true;
    return true;
}

int suppress_cells(const SuppressGrid *g)
{
    return (g->rows + g->col_totals) * (g->cols + g->row_totals);
}

int suppress_grid(const SuppressGrid *t, int k, bool *hidden)
{
    int cells = suppress_cells(t);
    if (k < SUPPRESS_K_MIN || t->rows < 1 || t->cols < 1)
        return -1;
    for (int c = 0; c < cells; c++)
        hidden[c] = t->v[c] >= 1 && t->v[c] < k;
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
    int n = 0;
    for (int c = 0; c < cells; c++)
        n += hidden[c];
    return n;
}
