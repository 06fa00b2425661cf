/* book.h — a workbook of tables as XLSX (libxlsxwriter): a sheet per table, its first row
 * the column headings in bold and frozen, numbers typed as numbers, text as text (never a
 * formula, whatever it starts with), each column as wide as its longest cell.
 *
 * Pure: no SQL, no HTTP, no translation lookups; the caller hands over every string, already
 * translated, in UTF-8. libxlsxwriter writes to a file: the workbook is made in a temporary
 * file of its own (TMPDIR, else /tmp), read back into the arena and removed. */
#ifndef TRAJECT_XLSX_BOOK_H
#define TRAJECT_XLSX_BOOK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"

/* A cell: a number (text NULL) or a text. */
typedef struct XlsxCell {
    const char *text;
    int64_t num;
} XlsxCell;

/* A sheet: its name (at most 31 characters are kept; []:*?/\ become spaces), ncols headings,
 * then nrows rows of ncols cells, row by row. */
typedef struct XlsxSheet {
    const char *name;
    int ncols, nrows;
    const char *const *head;
    const XlsxCell *cells;
} XlsxSheet;

/* The workbook of the n sheets into *out (in a) and *len; false when it could not be made
 * (the temporary file, libxlsxwriter). */
bool xlsx_book(const XlsxSheet *sheets, int n, Arena *a, char **out, size_t *len);

#endif
