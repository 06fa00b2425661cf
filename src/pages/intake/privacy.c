/* privacy.c — the organisation's privacy notice, written by its administrators in English,
 * Dutch and French and shown on every public form of intake (views/intake/privacy.h);
 * a language left empty shows traject's default text, which the page shows as a start. */
#include "flows/intake/privacy.h"
#include "pages/intake/intake.h"
#include "q/accounts/org.h"
#include "q/intake/intake.h"
#include "views/intake/edit.h"
#include "views/intake/privacy.h"

static const char *const privacy_labels[3] = {
    N_("Privacy notice in English"),
    N_("Privacy notice in Dutch"),
    N_("Privacy notice in French"),
};

/* The page with the notice n (as written, or as sent back with errors e). */
static enum MHD_Result privacy_page(Req *r, const PrivacyNotice *n, const FormErrors *e, int status)
{
    Org o;
    if (q_org_get(r->db, r->org_id, r->arena, &o) != DB_ONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Privacy notice"));
    html(h, "<h1>%s</h1>\n", _(r, "Privacy notice"));
    if (query_get(r, "saved"))
        html_notice(h, _(r, "Saved."), false);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _(r, "Applicants and their parents or guardians read it on the application "
                           "form and on their own pages: say who keeps their details, why, for "
                           "how long, and how they can see, correct or erase them. At most %d "
                           "characters per language. A language left empty shows the default "
                           "text below."),
                      PRIVACY_NOTICE_MAX));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/privacy", (long long)r->org_id));
    for (int l = 0; l < LANG_COUNT; l++)
        html_textarea(h, e, privacy_fields[l], _(r, privacy_labels[l]), n->text[l], 8);
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n", _(r, "The default text"));
    for (int l = 0; l < LANG_COUNT; l++)
        html(h, "<h3 lang=\"%s\">%s</h3>\n<p class=\"prose\" lang=\"%s\">%s</p>\n",
             lang_code((Lang)l), lang_name((Lang)l), lang_code((Lang)l),
             privacy_default_in(r->arena, (Lang)l, o.name));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/privacy */
enum MHD_Result page_privacy(Req *r)
{
    PrivacyNotice n = {{NULL, NULL, NULL}, 0};
    if (q_privacy_notice(r->db, r->org_id, r->arena, &n) < DB_NONE)
        return reply_error(r, ERR_DB);
    return privacy_page(r, &n, NULL, 200);
}

/* POST /orgs/{org}/privacy */
enum MHD_Result page_privacy_post(Req *r)
{
    PrivacyNotice n = {{NULL, NULL, NULL}, 0};
    FieldSpec spec[LANG_COUNT + 1] = {{0}};
    lang_text_fields(spec, privacy_fields, privacy_labels, PRIVACY_NOTICE_MAX, n.text);
    FormErrors e;
    if (!form_read(r, spec, &e))
        return privacy_page(r, &n, &e, 400);
    Flow f = req_flow(r);
    Outcome o = privacy_notice_set(&f, &n);
    if (!o.ok && o.fields.n)
        return privacy_page(r, &n, &o.fields, o.status);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/privacy?saved=1", (long long)r->org_id));
}
