/* report.c — see report.h. */
#include "views/impact/report.h"

#include "flows/impact/export.h"
#include "html/fmt.h"
#include "html/layout.h"
#include "html/table.h"

/* A count as shown: the number, "< k" for a small one, "hidden" for one that would give a
 * small one away. */
static const char *count_text(Req *r, const ImpactRow *x, int m, int k)
{
    return impact_cell_text(r->arena, r->lang, x, m, k);
}

/* Targets against the totals. */
void html_impact_targets(Html *h, Req *r, const ImpactReport *rep)
{
    /* Programme.target is trained, certified, placed, reached */
    static const int target_of[IMPACT_MEASURES] = {3, 0, 1, 2};
    const ImpactRow *all = &rep->row[rep->nrows];
    html(h, "<section aria-labelledby=\"h-targets\">\n<h2 id=\"h-targets\">%s</h2>\n",
         _(r, "Targets and results"));
    html_lit(h, "<dl class=\"figures\">\n");
    for (int m = 0; m < IMPACT_MEASURES; m++) {
        int64_t target = rep->target[target_of[m]];
        html(h, "<div><dt>%s</dt><dd>%s", _(r, vocab_label(&impact_measures, m)),
             count_text(r, all, m, rep->k));
        if (target > 0)
            html(h, " <small>%s</small>",
                 arena_printf(r->arena, _(r, "Target: %s"), number_text(r, target, 0, 0)));
        html_lit(h, "</dd></div>\n");
    }
    html_lit(h, "</dl>\n</section>\n");
}

/* A horizontal bar chart of the rows: a group of bars per row, one per measure; hidden
 * counts have no bar. The table beside it holds the same figures. */
static void chart(Html *h, Req *r, const ImpactReport *rep, const char *summary)
{
    int64_t max = 1;
    for (int i = 0; i < rep->nrows; i++)
        for (int m = 0; m < IMPACT_MEASURES; m++)
            if (!rep->row[i].hidden[m] && rep->row[i].count[m] > max)
                max = rep->row[i].count[m];
    const int width = 400, label_h = 18, bar_h = 12, gap = 10, bars_w = 320;
    int group_h = label_h + IMPACT_MEASURES * (bar_h + 2) + gap;
    html(h,
         "<figure class=\"chart\">\n<svg viewBox=\"0 0 %d %d\" role=\"img\" "
         "aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">\n"
         "<title id=\"chart-title\">%s</title>\n",
         width, rep->nrows * group_h + 4, summary);
    for (int i = 0; i < rep->nrows; i++) {
        const ImpactRow *x = &rep->row[i];
        int y = i * group_h;
        html(h, "<text x=\"0\" y=\"%d\" class=\"chart-label\">%s</text>\n", y + 14, x->label);
        for (int m = 0; m < IMPACT_MEASURES; m++) {
            int by = y + label_h + m * (bar_h + 2);
            int w = x->hidden[m] ? 0 : (int)(x->count[m] * bars_w / max);
            if (w > 0)
                html(h,
                     "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar bar-%d\"/>\n",
                     by, w, bar_h, m);
            html(h, "<text x=\"%d\" y=\"%d\" class=\"chart-value\">%s</text>\n", w + 4,
                 by + bar_h - 2, count_text(r, x, m, rep->k));
        }
    }
    html_lit(h, "</svg>\n<figcaption>");
    for (int m = 0; m < IMPACT_MEASURES; m++)
        html(h, "<span class=\"key key-%d\">%s</span> ", m, _(r, vocab_label(&impact_measures, m)));
    html_lit(h, "</figcaption>\n</figure>\n");
}

static const char *summary_text(Req *r, const ImpactReport *rep)
{
    return impact_summary(r->arena, r->lang, rep);
}

/* The table of the chart; visible figures link to people?query&key=...&measure=... when
 * people is not NULL. */
static void report_table(Html *h, Req *r, const ImpactReport *rep, const char *people,
                         const char *query)
{
    HTML_TABLE(h, _(r, "The figures of the chart"), _(r, vocab_label(&impact_breakdowns, rep->by)),
               _(r, vocab_label(&impact_measures, IMPACT_REACHED)),
               _(r, vocab_label(&impact_measures, IMPACT_TRAINED)),
               _(r, vocab_label(&impact_measures, IMPACT_CERTIFIED)),
               _(r, vocab_label(&impact_measures, IMPACT_PLACED)));
    for (int i = 0; i <= rep->nrows; i++) {
        const ImpactRow *x = &rep->row[i];
        html(h,
             i == rep->nrows ? "<tr class=\"total\"><th scope=\"row\">%s</th>"
                             : "<tr><th scope=\"row\">%s</th>",
             x->label);
        for (int m = 0; m < IMPACT_MEASURES; m++) {
            const char *text = count_text(r, x, m, rep->k);
            if (!people || x->hidden[m] || x->count[m] == 0)
                html(h, "<td class=\"num\">%s</td>", text);
            else
                html(h, "<td class=\"num\"><a href=\"%s?%s&key=%s&measure=%s\">%s</a></td>", people,
                     query, x->key ? x->key : "*", vocab_key(&impact_measures, m), text);
        }
        html_lit(h, "</tr>\n");
    }
    html_table_close(h);
}

void html_impact_breakdown(Html *h, Req *r, const ImpactReport *rep, const char *people,
                           const char *query)
{
    const char *summary = summary_text(r, rep);
    html(h, "<section aria-labelledby=\"h-by\">\n<h2 id=\"h-by\">%s</h2>\n<p>%s</p>\n",
         _(r, vocab_label(&impact_breakdowns, rep->by)), summary);
    if (rep->nrows) {
        html_lit(h, "<div class=\"chart-and-table\">\n");
        chart(h, r, rep, summary);
        report_table(h, r, rep, people, query);
        html_lit(h, "</div>\n");
    } else
        html(h, "<p>%s</p>\n", _(r, "Nobody started in this period."));
    html(h, "<p><small>%s</small></p>\n</section>\n",
         arena_printf(r->arena,
                      _(r, "Counts from 1 to %d are shown as \"< %d\", and some other counts are "
                           "hidden too, so that no small count can be worked out from the totals. "
                           "Each person counts once, in the row of their first enrolment."),
                      rep->k - 1, rep->k));
}
