/* views/intake/questions.c — the application form's section of a programme's staff page
 * (see questions.h). */
#include "views/intake/questions.h"

#include <string.h>

#include "core/rows.h"
#include "html/fmt.h"
#include "model/intake.h"
#include "q/intake/intake.h"
#include "q/intake/placement.h"
#include "views/intake/edit.h"

bool html_programme_questions(Html *h, Req *r, const Programme *p, bool edit)
{
    AppQuestion q;
    Rows qs = ROWS_FROM(r->arena, &q);
    if (q_questions(r->db, r->org_id, p->id, r->arena, &q, rows_collect, &qs) < DB_NONE)
        return false;
    html(h, "<h2 id=\"form\">%s</h2>\n", _(r, "Application form"));
    html(h, "<p>%s</p>\n",
         _(r, "Applicants give their name, e-mail address, phone, date of birth "
              "and municipality, then answer these questions. Reviewers see the "
              "answers without the name."));
    if (qs.n) {
        html_lit(h, "<ol class=\"items\">\n");
        for (int i = 0; i < qs.n; i++) {
            const AppQuestion *x = ROW(&qs, AppQuestion, i);
            html(h, "<li>%s <small>(%s%s%s)</small>", lang_pick(r->lang, x->label),
                 _(r, vocab_label(&question_kind, x->kind)), x->required ? ", " : "",
                 x->required ? _(r, "required") : "");
            if (x->motivation)
                html(h, " <strong>%s</strong>", _(r, "Motivation"));
            if (edit)
                html_remove_button(h, r, "questions", x->id, lang_pick(r->lang, x->label));
            html_lit(h, "</li>\n");
        }
        html_lit(h, "</ol>\n");
        if (p->status == PROGRAMME_OPEN || p->status == PROGRAMME_RUNNING)
            html(h, "<p><a href=\"/programmes/%lld/apply\">%s</a></p>\n", (long long)p->id,
                 _(r, "See the form as applicants do"));
    } else {
        html(h, "<p>%s</p>\n", _(r, "No question yet."));
    }
    AppForm f;
    if (q_app_form(r->db, r->org_id, p->id, &f) < DB_NONE)
        return false;
    html(h, "<p>%s %s</p>\n",
         f.opens_at && f.closes_at
             ? arena_printf(r->arena, _(r, "Takes applications from %s until %s."),
                            moment_text(r, f.opens_at), moment_text(r, f.closes_at))
         : f.closes_at ? arena_printf(r->arena, _(r, "Takes applications until %s."),
                                      moment_text(r, f.closes_at))
         : f.opens_at  ? arena_printf(r->arena, _(r, "Takes applications from %s."),
                                      moment_text(r, f.opens_at))
                       : _(r, "Takes applications while the programme is open."),
         arena_printf(r->arena,
                      _(r, "%lld reviews per application; a guardian consents under %lld."),
                      (long long)f.reviews_needed, (long long)f.consent_age));
    if (!edit)
        return true;
    html(h,
         "<p><a href=\"/orgs/%lld/programmes/%lld/import\">%s</a> · <a "
         "href=\"/orgs/%lld/applications?programme=%lld\">%s</a>"
         " · <a href=\"/orgs/%lld/programmes/%lld/selection\">%s</a></p>\n",
         (long long)r->org_id, (long long)p->id, _(r, "Import paper applications"),
         (long long)r->org_id, (long long)p->id, _(r, "Applications"), (long long)r->org_id,
         (long long)p->id, _(r, "Reviews and selection"));
    html(h, "<details><summary>%s</summary>\n", _(r, "When and how applications are taken"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/form", (long long)r->org_id,
                                 (long long)p->id));
    html_input(h, r, NULL, "datetime-local", "opens_at", _(r, "Applications open (empty: now)"),
               f.opens_at ? moment_field(r, f.opens_at) : NULL, "off");
    html_input(h, r, NULL, "datetime-local", "closes_at",
               _(r, "Applications close (empty: no end)"),
               f.closes_at ? moment_field(r, f.closes_at) : NULL, "off");
    html_input(h, r, NULL, "number", "reviews_needed", _(r, "Reviews per application"),
               arena_printf(r->arena, "%lld", (long long)f.reviews_needed), "off");
    html_input(h, r, NULL, "number", "consent_age", _(r, "Age under which a guardian consents"),
               arena_printf(r->arena, "%lld", (long long)f.consent_age), "off");
    html_input(h, r, NULL, "number", "scale_max", _(r, "Reviewers score from 1 to"),
               arena_printf(r->arena, "%lld", (long long)f.scale_max), "off");
    html_input(h, r, NULL, "number", "offer_days",
               _(r, "Days to take up a place offered from the waiting list"),
               arena_printf(r->arena, "%lld", (long long)f.offer_days), "off");
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    Bring b;
    if (q_bring(r->db, r->org_id, p->id, r->arena, &b) < DB_NONE)
        return false;
    html(h, "<details id=\"bring\"><summary>%s</summary>\n<p>%s</p>\n",
         _(r, "What accepted applicants bring"),
         _(r, "Shown on the accepted applicant's page and in the mail that gives them a place, "
              "in their language, with their cohort, its place and first session. Leave a "
              "language empty to show nothing in it."));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/bring", (long long)r->org_id,
                                 (long long)p->id));
    for (int l = 0; l < LANG_COUNT; l++)
        html_textarea(h, NULL, bring_fields[l], _(r, bring_labels[l]), b.text[l], 3);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    html(h, "<details><summary>%s</summary>\n", _(r, "Add a question"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/programmes/%lld/questions",
                                 (long long)r->org_id, (long long)p->id));
    const char *opts[2 * QUESTION_KIND_COUNT + 1];
    for (int i = 0; i < QUESTION_KIND_COUNT; i++) {
        opts[2 * i] = vocab_key(&question_kind, i);
        opts[2 * i + 1] = _(r, vocab_label(&question_kind, i));
    }
    opts[2 * QUESTION_KIND_COUNT] = NULL;
    html_select(h, NULL, "kind", _(r, "Kind"), opts, "long");
    html_input(h, r, NULL, "text", "label_en", _(r, "Question in English"), NULL, "off");
    html_input(h, r, NULL, "text", "label_nl", _(r, "Question in Dutch"), NULL, "off");
    html_input(h, r, NULL, "text", "label_fr", _(r, "Question in French"), NULL, "off");
    html_textarea(h, NULL, "choices", _(r, "Choices, one per line (for one choice among several)"),
                  NULL, 3);
    html_checkbox(h, "required", _(r, "An answer is required"), true);
    html_checkbox(h, "motivation", _(r, "A motivation question (scored by reviewers)"), false);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n", _(r, "Add the question"));
    html_form_end(h);
    html_lit(h, "</details>\n");
    return true;
}
