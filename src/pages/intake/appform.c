/* appform.c — the organisation's changes to a programme's application form: adding and
 * removing questions, and when and how applications are taken. The form itself is shown
 * on the programme's page (views/intake/questions.h); the rules are the workflow's
 * (flows/intake/apply.h). */
#include "flows/intake/apply.h"
#include "flows/intake/placement.h"
#include "pages/intake/intake.h"
#include "views/intake/edit.h"

/* The outcome of a form that could not be read: its errors e, status 400. */
static Outcome not_read(const FormErrors *e)
{
    Outcome o = outcome_ok();
    o.ok = false;
    o.status = 400;
    o.fields = *e;
    return o;
}

/* The reply to a change of a programme's form: back to the form, or why not. */
static enum MHD_Result form_saved(Req *r, const Outcome *o, const char *title)
{
    if (!o->ok && o->fields.n)
        return form_errors_back(r, title, &o->fields);
    if (!o->ok)
        return reply_error(r, o->err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/programmes/%lld?saved=1#form",
                                          (long long)r->org_id, (long long)o->id));
}

/* POST /orgs/{org}/programmes/{id}/questions */
enum MHD_Result page_question_add(Req *r)
{
    AppQuestion q = {0};
    char *kind = NULL;
    bool required = false, motivation = false;
    FieldSpec spec[] = {
        FIELD("kind", F_TEXT, N_("Kind"), .required = true, .max = 20, .text = &kind),
        FIELD("label_en", F_TEXT, N_("Question in English"), .max = 300, .text = &q.label[0]),
        FIELD("label_nl", F_TEXT, N_("Question in Dutch"), .max = 300, .text = &q.label[1]),
        FIELD("label_fr", F_TEXT, N_("Question in French"), .max = 300, .text = &q.label[2]),
        FIELD("choices", F_TEXT, N_("Choices, one per line (for one choice among several)"),
              .max = 2000, .text = &q.choices),
        FIELD("required", F_BOOL, NULL, .flag = &required),
        FIELD("motivation", F_BOOL, NULL, .flag = &motivation),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    int k = QK_LONG;
    if (kind && !vocab_parse(&question_kind, kind, &k))
        form_error(&e, "kind",
                   arena_printf(r->arena, _(r, "Choose one of the options for %s."), _(r, "Kind")));
    q.kind = (QuestionKind)k;
    q.required = required;
    q.motivation = motivation;
    Flow f = req_flow(r);
    Outcome o = e.n ? not_read(&e) : apply_question_add(&f, req_id(r, "id"), &q);
    return form_saved(r, &o, _(r, "Add a question"));
}

/* POST /orgs/{org}/programmes/{id}/form */
enum MHD_Result page_app_form_set(Req *r)
{
    AppForm in = {0};
    FieldSpec spec[] = {
        FIELD("opens_at", F_MOMENT, N_("Applications open (empty: now)"), .num = &in.opens_at),
        FIELD("closes_at", F_MOMENT, N_("Applications close (empty: no end)"),
              .num = &in.closes_at),
        FIELD("reviews_needed", F_INT, N_("Reviews per application"), .required = true, .min = 1,
              .max = 10, .num = &in.reviews_needed),
        FIELD("consent_age", F_INT, N_("Age under which a guardian consents"), .required = true,
              .min = 0, .max = 18, .num = &in.consent_age),
        FIELD("scale_max", F_INT, N_("Reviewers score from 1 to"), .min = 2, .max = 10,
              .num = &in.scale_max),
        FIELD("offer_days", F_INT, N_("Days to take up a place offered from the waiting list"),
              .min = 1, .max = 60, .num = &in.offer_days),
        {0},
    };
    FormErrors e;
    Flow f = req_flow(r);
    Outcome o = form_read(r, spec, &e) ? apply_form_set(&f, req_id(r, "id"), &in) : not_read(&e);
    return form_saved(r, &o, _(r, "When and how applications are taken"));
}

/* POST /orgs/{org}/programmes/{id}/bring: what accepted applicants bring */
enum MHD_Result page_bring_set(Req *r)
{
    Bring b = {{NULL, NULL, NULL}};
    FieldSpec spec[LANG_COUNT + 1] = {{0}};
    lang_text_fields(spec, bring_fields, bring_labels, BRING_MAX, b.text);
    FormErrors e;
    Flow f = req_flow(r);
    Outcome o =
        form_read(r, spec, &e) ? placement_bring_set(&f, req_id(r, "id"), &b) : not_read(&e);
    return form_saved(r, &o, _(r, "What accepted applicants bring"));
}

/* POST /orgs/{org}/questions/{id}/delete */
enum MHD_Result page_question_delete(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = apply_question_delete(&f, req_id(r, "id"));
    return form_saved(r, &o, _(r, "Application form"));
}
