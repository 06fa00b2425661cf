/* flows/impact/export.h — a programme's impact report as files, with the page's rule for
 * small counts: a CSV of one breakdown (RFC 4180, formulas neutralised), an XLSX with a sheet
 * per breakdown, and a PDF for a funder with a title page, a chart and a table per breakdown
 * and the rule explained. The same functions serve the pages and `traject report impact`. */
#ifndef TRAJECT_FLOWS_IMPACT_EXPORT_H
#define TRAJECT_FLOWS_IMPACT_EXPORT_H

#include "core/buf.h"
#include "flows/impact/report.h"
#include "model/training.h"
#include "pdf/doc.h"

/* Every breakdown of the report asked (q->by is passed over; impact_report) into reps (room
 * for impact_breakdowns.n), in the vocabulary's order; *n gets how many (a programme's
 * report has no breakdown by kind or programme). */
Outcome impact_every(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *reps, int *n);

/* A count of a report as shown in language l: the number, "< k", or "hidden". */
const char *impact_cell_text(Arena *a, Lang l, const ImpactRow *x, int m, int k);

/* "Of 150 people reached, 120 completed their training, 60 are certified and 40 found
 * work..." with the totals as shown, in language l. */
const char *impact_summary(Arena *a, Lang l, const ImpactReport *rep);

/* The CSV of one report, in language l, appended to out (with a byte-order mark). */
void impact_csv(Buf *out, Lang l, const ImpactReport *rep);

/* The XLSX of the n reports, a sheet each (hidden counts as text, the others as numbers). */
bool impact_xlsx(Arena *a, Lang l, const ImpactReport *reps, int n, char **out, size_t *len);

/* What the PDF's title page says beside the reports. */
typedef struct ImpactDoc {
    const char *font_path;
    const char *org;      /* the organisation's name */
    const char *subject;  /* the programme's title, or the organisation's name */
    const ImpactAsk *ask; /* the period */
    int64_t made_at;      /* UTC seconds */
} ImpactDoc;

/* The PDF of the n reports, in language l. */
PdfStatus impact_pdf(Arena *a, Lang l, const ImpactDoc *doc, const ImpactReport *reps, int n,
                     char **out, size_t *len);

#endif
