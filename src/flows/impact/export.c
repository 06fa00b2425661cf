/* export.c — see export.h. */
#include "flows/impact/export.h"

#include "domain/csv.h"
#include "pdf/report.h"
#include "xlsx/book.h"

Outcome impact_every(const Flow *f, int64_t org_id, const ImpactAsk *q, ImpactReport *reps, int *n)
{
    Outcome o = outcome_ok();
    *n = 0;
    for (int i = 0; i < impact_breakdowns.n && o.ok; i++) {
        ImpactAsk one = *q;
        one.by = (ImpactBy)impact_breakdowns.entries[i].value;
        if (!q->programme_id || IMPACT_BY_IN_PROGRAMME(one.by))
            o = impact_report(f, org_id, &one, &reps[(*n)++], NULL);
    }
    return o;
}

const char *impact_cell_text(Arena *a, Lang l, const ImpactRow *x, int m, int k)
{
    if (!x->hidden[m]) {
        char *out = arena_alloc(a, 32);
        i18n_number(l, x->count[m], 0, 0, out, 32);
        return out;
    }
    if (x->primary[m])
        return arena_printf(a, "< %d", k);
    return i18n_get(l, "hidden");
}

void impact_csv(Buf *out, Lang l, const ImpactReport *rep)
{
    CsvWriter w;
    csv_begin(&w, out, true);
    csv_text(&w, i18n_get(l, vocab_label(&impact_breakdowns, rep->by)));
    for (int m = 0; m < IMPACT_MEASURES; m++)
        csv_text(&w, i18n_get(l, vocab_label(&impact_measures, m)));
    csv_end_line(&w);
    for (int i = 0; i <= rep->nrows; i++) {
        const ImpactRow *x = &rep->row[i];
        csv_text(&w, x->label);
        for (int m = 0; m < IMPACT_MEASURES; m++)
            if (x->hidden[m])
                csv_text(&w, impact_cell_text(out->arena, l, x, m, rep->k));
            else
                csv_num(&w, x->count[m]);
        csv_end_line(&w);
    }
}

/* The headings of a report's table: its breakdown, then the measures. */
static const char **heads(Arena *a, Lang l, const ImpactReport *rep)
{
    const char **head = arena_alloc(a, sizeof *head * (IMPACT_MEASURES + 1));
    head[0] = i18n_get(l, vocab_label(&impact_breakdowns, rep->by));
    for (int m = 0; m < IMPACT_MEASURES; m++)
        head[m + 1] = i18n_get(l, vocab_label(&impact_measures, m));
    return head;
}

bool impact_xlsx(Arena *a, Lang l, const ImpactReport *reps, int n, char **out, size_t *len)
{
    XlsxSheet *sheets = arena_alloc(a, sizeof *sheets * (size_t)n);
    for (int s = 0; s < n; s++) {
        const ImpactReport *rep = &reps[s];
        int cols = IMPACT_MEASURES + 1, rows = rep->nrows + 1;
        XlsxCell *cells = arena_alloc(a, sizeof *cells * (size_t)(rows * cols));
        for (int i = 0; i < rows; i++) {
            const ImpactRow *x = &rep->row[i];
            cells[i * cols] = (XlsxCell){.text = x->label};
            for (int m = 0; m < IMPACT_MEASURES; m++)
                cells[i * cols + m + 1] =
                    x->hidden[m] ? (XlsxCell){.text = impact_cell_text(a, l, x, m, rep->k)}
                                 : (XlsxCell){.num = x->count[m]};
        }
        sheets[s] = (XlsxSheet){.name = heads(a, l, rep)[0],
                                .ncols = cols,
                                .nrows = rows,
                                .head = heads(a, l, rep),
                                .cells = cells};
    }
    return xlsx_book(sheets, n, a, out, len);
}

const char *impact_summary(Arena *a, Lang l, const ImpactReport *rep)
{
    const ImpactRow *all = &rep->row[rep->nrows];
    return arena_printf(a,
                        i18n_get(l, "Of %s people reached, %s completed their training, %s are "
                                    "certified and %s found work, an internship or further "
                                    "training within six months of the end."),
                        impact_cell_text(a, l, all, IMPACT_REACHED, rep->k),
                        impact_cell_text(a, l, all, IMPACT_TRAINED, rep->k),
                        impact_cell_text(a, l, all, IMPACT_CERTIFIED, rep->k),
                        impact_cell_text(a, l, all, IMPACT_PLACED, rep->k));
}

/* "Started between 2027-01-01 and 2027-06-30", "Every start". */
static const char *period(Arena *a, Lang l, const ImpactAsk *q)
{
    bool from = q->from && *q->from, to = q->to && *q->to;
    if (from && to)
        return arena_printf(a, i18n_get(l, "People who started from %s to %s"), q->from, q->to);
    if (from)
        return arena_printf(a, i18n_get(l, "People who started from %s"), q->from);
    if (to)
        return arena_printf(a, i18n_get(l, "People who started until %s"), q->to);
    return i18n_get(l, "Everyone who ever started");
}

PdfStatus impact_pdf(Arena *a, Lang l, const ImpactDoc *doc, const ImpactReport *reps, int n,
                     char **out, size_t *len)
{
    ReportTable *tables = arena_alloc(a, sizeof *tables * (size_t)n);
    for (int s = 0; s < n; s++) {
        const ImpactReport *rep = &reps[s];
        int rows = rep->nrows + 1;
        const char **label = arena_alloc(a, sizeof *label * (size_t)rows);
        const char **cell = arena_alloc(a, sizeof *cell * (size_t)(rows * IMPACT_MEASURES));
        int64_t *bar = arena_alloc(a, sizeof *bar * (size_t)(rows * IMPACT_MEASURES));
        for (int i = 0; i < rows; i++) {
            const ImpactRow *x = &rep->row[i];
            label[i] = x->label;
            for (int m = 0; m < IMPACT_MEASURES; m++) {
                cell[i * IMPACT_MEASURES + m] = impact_cell_text(a, l, x, m, rep->k);
                bar[i * IMPACT_MEASURES + m] = x->hidden[m] ? -1 : x->count[m];
            }
        }
        tables[s] = (ReportTable){.title = i18n_get(l, vocab_label(&impact_breakdowns, rep->by)),
                                  .summary = impact_summary(a, l, rep),
                                  .ncols = IMPACT_MEASURES,
                                  .nrows = rows,
                                  .chart_rows = rep->nrows,
                                  .head = heads(a, l, rep),
                                  .label = label,
                                  .cell = cell,
                                  .bar = bar};
    }
    int k = n ? reps[0].k : 10;
    char made[96];
    i18n_day_words(l, doc->made_at, made, sizeof made);
    ReportDoc r = {
        .font_path = doc->font_path,
        .org = doc->org,
        .title = arena_printf(a, i18n_get(l, "Impact: %s"), doc->subject),
        .subtitle = period(a, l, doc->ask),
        .made = arena_printf(a, i18n_get(l, "Computed from the records on %s."), made),
        .note = arena_printf(
            a,
            i18n_get(l, "Counts from 1 to %d are shown as \"< %d\", and some other counts are "
                        "hidden too, so that no small count can be worked out from the totals. "
                        "Each person counts once, in the row of their first enrolment."),
            k - 1, k),
        .series = heads(a, l, n ? &reps[0] : &(ImpactReport){0}) + 1,
        .tables = tables,
        .ntables = n,
    };
    return report_pdf(&r, a, out, len);
}
