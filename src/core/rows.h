/* rows.h — a growable array of records in an arena: the one way to collect a list whose
 * length is not known in advance (statement results, parsed lines), so that nothing is
 * ever dropped at a fixed size.
 *
 * Owns: nothing of its own; the elements live in the arena given at start and are freed
 * with it. Growing copies the elements to a larger block (doubling), so a pointer to an
 * element is valid only until the next rows_push: keep indexes, not pointers, while
 * pushing.
 *
 *     Rows people = ROWS(r->arena, Person);
 *     Person *p = rows_push(&people);     // zeroed
 *     p->name = "Ana";
 *     for (int i = 0; i < people.n; i++)
 *         use(ROW(&people, Person, i));   // Person *
 *
 * From a statement, with the DbRowFn rows_collect: the q function fills one record, and
 * each row is copied into the collector:
 *
 *     Member m;
 *     Rows members = ROWS_FROM(r->arena, &m);
 *     if (q_member_list(r->db, org, r->arena, &m, rows_collect, &members) < DB_NONE)
 *         return reply_error(r, ERR_DB);
 */
#ifndef TRAJECT_ROWS_H
#define TRAJECT_ROWS_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"

typedef struct Rows {
    Arena *arena;
    size_t size;     /* bytes per element */
    int n, cap;      /* elements held, and room for */
    void *data;      /* n elements of size bytes; NULL while empty */
    const void *src; /* for rows_collect: the record a statement fills for each row */
} Rows;

/* An empty collector of elements of type T in arena A. */
#define ROWS(A, T) ((Rows){.arena = (A), .size = sizeof(T)})
/* An empty collector that rows_collect fills from *SRC (a record variable). */
#define ROWS_FROM(A, SRC) ((Rows){.arena = (A), .size = sizeof *(SRC), .src = (SRC)})
/* Element i (0 <= i < n) as a T *. */
#define ROW(R, T, I) (&((T *)(R)->data)[(I)])

/* Same as ROWS for code that sets up a Rows field at run time. */
void rows_init(Rows *r, Arena *a, size_t size);

/* Appends a zeroed element and returns it (valid until the next push). Never NULL:
 * out of memory aborts, as every arena allocation does. */
void *rows_push(Rows *r);

/* A DbRowFn: copies *r->src (the record the statement just filled) into a new element.
 * ctx is the Rows. Always returns true (every row is kept). */
bool rows_collect(void *ctx);

/* Sorts the rows with cmp (qsort's); nothing to do for fewer than two (and no data). */
void rows_sort(Rows *r, int (*cmp)(const void *, const void *));

/* Drops the last element (used when a statement was asked for one row more than a page
 * to learn whether there is a next page). No effect when empty. */
void rows_pop(Rows *r);

#endif
