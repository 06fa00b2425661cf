/* csv.h — reading a list of records typed or exported from a spreadsheet: RFC 4180
 * quoting (doubled quotes, separators and line breaks inside quotes), CRLF or LF, a
 * UTF-8 byte-order mark, and the separator guessed from the first line (comma,
 * semicolon as in Belgian spreadsheets, or tab). Pure: no I/O. */
#ifndef TRAJECT_CSV_H
#define TRAJECT_CSV_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"

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

#endif
