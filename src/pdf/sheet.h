/* sheet.h — the printable sign-in sheet of a training session, as PDF (libharu).
 *
 * Pure: no SQL, no HTTP, no translation lookups. The caller hands over every string,
 * already translated and in UTF-8, and the names in the order they are to be printed.
 * Owns: nothing after sheet_pdf returns; the libharu document lives only inside the call
 * (one per call: safe on any number of threads at once).
 * Does not own: where the strings and names come from (src/pages/sheet.c). */
#ifndef TRAJECT_PDF_SHEET_H
#define TRAJECT_PDF_SHEET_H

#include <stddef.h>

#include "core/arena.h"

/* The labels of the sheet, in the reader's language. */
typedef struct SheetLabels {
    const char *title;             /* "Sign-in sheet" */
    const char *programme;         /* "Programme" */
    const char *cohort;            /* "Cohort" */
    const char *date;              /* "Date" */
    const char *location;          /* "Location" */
    const char *number;            /* "No." */
    const char *name;              /* "Name" */
    const char *signature;         /* "Signature" */
    const char *arrival;           /* "Arrival time" */
    const char *trainer_name;      /* "Trainer's name" */
    const char *trainer_signature; /* "Trainer's signature" */
    const char *empty;             /* printed instead of rows when there are no names */
} SheetLabels;

typedef struct Sheet {
    const char *font_path; /* a TrueType font with the Latin letters of the names */
    SheetLabels label;
    const char *org;       /* organisation name */
    const char *programme; /* programme title */
    const char *cohort;    /* cohort name */
    const char *when;      /* "Monday 2026-10-05, 14:00–16:00" */
    const char *location;  /* "" when the session has no location */
    const char *const *names;
    size_t nnames;
    /* The footer of a page, "Page 1 of 2" (page counts from 1); the result must live
     * until sheet_pdf returns. */
    const char *(*page_label)(void *ctx, int page, int pages);
    void *ctx;
} Sheet;

typedef enum SheetStatus {
    SHEET_OK = 0,
    SHEET_NO_FONT, /* the font file is missing, unreadable or not a TrueType font */
    SHEET_FAILED,  /* any other libharu error */
} SheetStatus;

/* Rows of names on each page, page count included, for n names: fills per_page (pages
 * entries, when not NULL and max allows) and returns the number of pages (>= 1). The last
 * page keeps room below its rows for the trainer's name and signature. */
int sheet_paginate(size_t n, int *per_page, int max);

/* Draws the sheet: A4 portrait, a header (organisation, title, programme, cohort, date,
 * location) and the table head on every page, one row per name (number, name, signature
 * box, arrival time box), the trainer's lines at the end, "Page i of n" at the foot.
 * Strings are UTF-8; characters the font lacks print as its blank glyph or are left out.
 * On SHEET_OK, *pdf (in arena a) and *len hold the document. On failure nothing is
 * allocated beyond a and *hpdf_error holds libharu's error code (0 when none). */
SheetStatus sheet_pdf(const Sheet *s, Arena *a, char **pdf, size_t *len, unsigned long *hpdf_error);

#endif
