/* views/events/event.c — an event's facts, the registration form, a registration's state
 * (see event.h). */
#include "views/events/event.h"

#include "flows/events/event.h"
#include "html/fmt.h"
#include "model/training.h"
#include "q/events/event.h"

enum MHD_Result with_event(Req *r, EventPage fn)
{
    Event e;
    DbStatus st = q_event_get(r->db, r->org_id, req_id(r, "id"), r->arena, &e);
    return st == DB_ONE ? fn(r, &e) : reply_missing(r, st);
}

void html_event_facts(Html *h, Req *r, const Event *e)
{
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Kind"),
         _(r, vocab_label(&event_kinds, e->kind)));
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "When"), session_when(r, e->starts_at, e->ends_at));
    html(h, "<dt>%s</dt><dd>%s%s%s, %s</dd>\n", _(r, "Venue"), e->location_name,
         *e->location_address ? ", " : "", e->location_address, e->municipality);
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Places"),
         arena_printf(r->arena, _(r, "%s of %s taken, %s on the waiting list"),
                      number_text(r, e->taken, 0, 0), number_text(r, e->capacity, 0, 0),
                      number_text(r, e->waiting, 0, 0)));
    const char *ages = event_ages_in(r->arena, r->lang, e);
    if (ages)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Ages"),
             arena_printf(r->arena,
                          _(r, "%s on the first day; under %lld, a parent or guardian agrees"),
                          ages, (long long)e->consent_age));
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Registration"),
         _(r, vocab_label(&event_access, e->access)));
}

void html_reg_form(Html *h, Req *r, const Event *e, const char *action, const RegInput *in,
                   const FormErrors *err, const char *fixed_email)
{
    html_error_summary(h, r, err);
    html_form_begin(h, r, action);
    html_input(h, r, err, "text", "name", _(r, "Your name"), in ? in->name : NULL, "name");
    if (fixed_email)
        html(h, "<p>%s: %s</p>\n", _(r, "E-mail address"), fixed_email);
    else
        html_input(h, r, err, "email", "email", _(r, "E-mail address"), in ? in->email : NULL,
                   "email");
    html_select(h, err, "lang", _(r, "Language of our e-mails"), lang_options,
                in && in->lang ? in->lang : lang_code(r->lang));
    html_select(h, err, "gender", _(r, "Gender (optional)"),
                vocab_options(r, &genders, "", _(r, "Not given")), in ? in->gender : NULL);
    if (!e->min_age_null || !e->max_age_null) {
        html_input(h, r, err, "date", "birth_date", _(r, "Date of birth"),
                   in ? in->birth_date : NULL, "bday");
        html(h, "<fieldset>\n<legend>%s</legend>\n<p>%s</p>\n", _(r, "Parent or guardian"),
             arena_printf(r->arena,
                          _(r, "Under %lld, a parent or guardian must agree: we send them an "
                               "e-mail."),
                          (long long)e->consent_age));
        html_input(h, r, err, "text", "guardian_name", _(r, "Their name"),
                   in ? in->guardian_name : NULL, "off");
        html_input(h, r, err, "email", "guardian_email", _(r, "Their e-mail address"),
                   in ? in->guardian_email : NULL, "off");
        html_lit(h, "</fieldset>\n");
    }
    html(h, "<button type=\"submit\">%s</button>\n",
         e->taken < e->capacity ? _(r, "Register") : _(r, "Join the waiting list"));
    html_form_end(h);
}

bool reg_form_read(Req *r, RegInput *in, FormErrors *err)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    *in = (RegInput){0};
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &in->name),
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254,
              .text = &in->email),
        FIELD("lang", F_CHOICE, N_("Language of our e-mails"), .choices = langs, .text = &in->lang),
        FIELD("birth_date", F_DATE, N_("Date of birth"), .text = &in->birth_date),
        FIELD("gender", F_CHOICE, N_("Gender (optional)"), .choices = vocab_keys(r, &genders),
              .text = &in->gender),
        FIELD("guardian_name", F_TEXT, N_("Their name"), .max = 120, .text = &in->guardian_name),
        FIELD("guardian_email", F_EMAIL, N_("Their e-mail address"), .max = 254,
              .text = &in->guardian_email),
        {0},
    };
    bool ok = form_read(r, spec, err);
    if (!in->lang)
        in->lang = (char *)lang_code(r->lang);
    return ok;
}

const char *reg_state_text(Req *r, const EventRegistration *x)
{
    if (x->status == REG_CANCELLED)
        return _(r, "Registration cancelled");
    if (x->status == REG_WAITING)
        return arena_printf(r->arena, _(r, "On the waiting list (number %lld)"),
                            (long long)x->position);
    if (x->consent == CONSENT_PENDING)
        return _(r, "Registered; a parent or guardian has not agreed yet");
    if (x->checked_in_at)
        return arena_printf(r->arena, _(r, "Checked in at %s"), moment_text(r, x->checked_in_at));
    return _(r, "Registered");
}
