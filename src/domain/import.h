/* import.h — importing a list of records from a CSV file or a pasted list, the one way:
 * the columns found by their header names in English, Dutch or French; every line checked
 * first, in a dry run that lists each bad line with its line number and the field at fault;
 * nothing imported while any line is wrong. Used by bulk enrolment and by the import of
 * paper applications. Pure: no SQL, no HTTP; messages in the language given.
 *
 * The protocol (a page or a workflow):
 *
 *     static const char *const name_alias[] = {"name", "naam", "nom", "full name", NULL};
 *     static const ImportCol cols[] = {
 *         {.name = "name", .aliases = name_alias, .required = true},
 *         {.name = "email", .aliases = email_alias},
 *     };
 *     Import im;
 *     if (import_open(&im, r->arena, r->lang, text, len, cols, 2, IMPORT_HEADER_OPTIONAL,
 *                     500) != IMPORT_OK)
 *         return page(..., import_error_text(&im));      // unreadable file: one message
 *     for (int i = 0; i < im.nrows; i++) {
 *         ImportRow row = {&im, i};
 *         FormErrors e;
 *         form_read_from(r->arena, r->lang, import_lookup, &row, specs, &e);  // field types
 *         import_form_errors(&im, i, &e);                 // each error with line and field
 *         if (!e.n && rule_fails(...))                    // the caller's own rules
 *             import_problem(&im, import_line(&im, i), "email", _(r, "..."));
 *     }
 *     if (im.problems.n)                                  // the dry run failed: list them
 *         return page_with(html_import_problems(...));    // (html/import.h), nothing written
 *     db_tx(...);                                         // all lines in one transaction
 *
 * Column names are compared as csv_key() reduces them (lower-case letters and digits:
 * "E-mail", "e_mail" and "EMAIL" are one), so aliases may be written naturally. */
#ifndef TRAJECT_IMPORT_H
#define TRAJECT_IMPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "core/arena.h"
#include "core/err.h"
#include "core/i18n.h"
#include "core/rows.h"
#include "domain/csv.h"

/* One column the import knows. */
typedef struct ImportCol {
    const char *name;           /* the field name the checks ask for (import_get) */
    const char *const *aliases; /* header names in en/nl/fr, NULL-terminated; name itself
                                   is always recognised */
    bool required;              /* with a header, the column must be there */
} ImportCol;

typedef enum ImportHeader {
    IMPORT_HEADER_REQUIRED, /* the first line names the columns */
    IMPORT_HEADER_OPTIONAL, /* a first line naming a required column (or, with none
                               required, any column) is a header; otherwise the columns
                               come in the order of cols */
} ImportHeader;

typedef enum ImportStatus {
    IMPORT_OK,
    IMPORT_EMPTY,           /* no line to import */
    IMPORT_TOO_MANY,        /* more lines than max_rows */
    IMPORT_UNTERMINATED,    /* a quotation mark never closed (at line error_line) */
    IMPORT_TOO_MANY_FIELDS, /* a line with too many columns (at line error_line) */
    IMPORT_NOT_UTF8,
    IMPORT_NO_HEADER, /* IMPORT_HEADER_REQUIRED and the first line names no column */
} ImportStatus;

/* A bad line: where (line from 1 as in the file), which field (a column name of cols, or
 * NULL for the line as a whole) and why (translated). */
typedef struct ImportProblem {
    int line;
    const char *field;
    const char *msg;
} ImportProblem;

typedef struct Import {
    Arena *arena;
    Lang lang;
    const ImportCol *cols;
    int ncols;
    CsvTable table;
    bool header; /* the first line named the columns */
    int *map;    /* map[c]: the record field of cols[c], or -1 when absent */
    int nrows;   /* lines to import (the header excluded) */
    int max_rows;
    ImportStatus status;
    int error_line; /* for IMPORT_UNTERMINATED and IMPORT_TOO_MANY_FIELDS */
    Rows problems;  /* ImportProblem, in the order found */
} Import;

/* Parses text (len bytes; CSV with comma, semicolon or tab) and finds the columns.
 * A missing required column is a problem on line 1 (not a status): the dry run lists it
 * with the others. Returns the status, also kept in im->status. */
ImportStatus import_open(Import *im, Arena *a, Lang lang, const char *text, size_t len,
                         const ImportCol *cols, int ncols, ImportHeader header, int max_rows);

/* Why the file could not be read at all (translated), for a status other than IMPORT_OK. */
const char *import_error_text(const Import *im);

/* The value of column name on row i (0 <= i < nrows), trimmed; NULL when the column is
 * absent or the line is shorter. */
const char *import_get(const Import *im, int i, const char *name);
/* The file's line number of row i. */
int import_line(const Import *im, int i);

/* A value source for form_read_from over one row: ctx is an ImportRow. */
typedef struct ImportRow {
    const Import *im;
    int i;
} ImportRow;
const char *import_lookup(void *ctx, const char *name);

/* Records a problem (msg already translated; field may be NULL). */
void import_problem(Import *im, int line, const char *field, const char *msg);
/* Records every error of e as a problem of row i, with its field. */
void import_form_errors(Import *im, int i, const FormErrors *e);
/* Records a problem for every cell of row i that a spreadsheet would run as a formula
 * (=, @, or + and - not followed by a digit or a space: "+32 470" is a phone number). */
void import_refuse_formulas(Import *im, int i);

/* The same value on two rows of column name (compared exactly, blanks ignored): a problem
 * on the later line, naming the earlier one. */
void import_refuse_duplicates(Import *im, const char *name);

#endif
