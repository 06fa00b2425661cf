/* csv.h — reading a list of records typed or exported from a spreadsheet: RFC 4180
 * quoting (doubled quotes, separators and line breaks inside quotes), CRLF or LF, a
 * UTF-8 byte-order mark, and the separator guessed from the first line (comma,
 * semicolon as in Belgian spreadsheets, or tab); and writing one, the one CSV writer of
 * every export and template. Pure: no I/O. */
#ifndef TRAJECT_CSV_H
#define TRAJECT_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/buf.h"

typedef struct CsvRecord {
    int line; /* where the record starts, from 1 */
    int n;    /* fields */
    char **f; /* NUL-terminated, trimmed of surrounding spaces */
} CsvRecord;

typedef struct CsvTable {
    int n;
    CsvRecord *rec;
    char sep;
} CsvTable;

typedef enum CsvError {
    CSV_OK,
    CSV_UNTERMINATED, /* a quoted field is not closed */
    CSV_TOO_MANY_RECORDS,
    CSV_TOO_MANY_FIELDS,
    CSV_NOT_UTF8,
} CsvError;

/* Parses text (len bytes) into t, skipping blank lines. sep 0: guess. On an error,
 * *line says where. */
CsvError csv_parse(Arena *a, const char *text, size_t len, char sep, int max_records,
                   int max_fields, CsvTable *t, int *line);

/* A header cell reduced to lower-case ASCII letters and digits ("E-mail" → "email",
 * "Téléphone" → "tlphone"), for matching column names in any of our languages. */
char *csv_key(Arena *a, const char *cell);

/* --- writing --------------------------------------------------------------------
 *
 * RFC 4180: comma-separated cells, CRLF line ends, a cell in double quotes (a quote
 * doubled inside) when it holds a comma, a quote, a semicolon, a line break or surrounding
 * spaces, or always with csv_text.
 *
 * Spreadsheet formulas are neutralised in every cell: a cell whose text starts with
 * '=', '+', '-', '@', a tab or a carriage return is written with a leading apostrophe
 * ('=HYPERLINK("x") becomes "'=HYPERLINK(""x"")"), so that a name or an answer typed by
 * an applicant can never run as a formula in the spreadsheet of whoever opens the export.
 * One exception keeps amounts readable: a cell that is wholly a plain number (an optional
 * minus, digits, and at most one decimal point or comma followed by digits: "-12.50",
 * "-3", "1250,5") is not a formula and is written as it is.
 *
 *     Buf b;
 *     buf_init(&b, r->arena, 1024);
 *     CsvWriter w;
 *     csv_begin(&w, &b, true);             // with a UTF-8 byte-order mark
 *     csv_text(&w, _(r, "Target group"));  // "Target group"
 *     csv_cell(&w, "email");               // email
 *     csv_end_line(&w);
 *     csv_num(&w, 26);
 *     csv_cents(&w, -1250);                // -12.50
 *     csv_end_line(&w);
 *     reply_download(r, "text/csv; charset=utf-8", "figures.csv", b.data, b.len); */
typedef struct CsvWriter {
    Buf *out;
    int col; /* cells written on the current line */
} CsvWriter;

/* Starts writing into out (which keeps the text); with bom, a UTF-8 byte-order mark first
 * (spreadsheets then read the file as UTF-8). */
void csv_begin(CsvWriter *w, Buf *out, bool bom);
/* A cell, quoted only when it must be (see above); NULL is an empty cell. */
void csv_cell(CsvWriter *w, const char *s);
/* A cell always in quotes: free text, labels. NULL is "". */
void csv_text(CsvWriter *w, const char *s);
/* A whole number. */
void csv_num(CsvWriter *w, int64_t n);
/* An amount in cents as euros with a decimal point: "1500", "1500.50", "-12.50". */
void csv_cents(CsvWriter *w, int64_t cents);
/* Ends the line (CRLF). */
void csv_end_line(CsvWriter *w);

/* True when a spreadsheet could read s as a formula (the neutralisation rule above). */
bool csv_is_formula(const char *s);

#endif
