/* join.c — an organisation asks to join traject, from the web and without an account
 * (GET/POST /join, linked from every public call): the form, and the receipt. What
 * happens to the request is flows/accounts/signup's. */
#include "core/buf.h"
#include "flows/accounts/signup.h"
#include "html/fmt.h"
#include "http/form.h"
#include "pages/accounts/accounts.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

/* The kinds an organisation may ask to join as, for the select. */
static const char *const *kind_options(Req *r)
{
    const char **o = arena_alloc(r->arena, sizeof *o * (2 * org_kinds.n + 1));
    for (int i = 0; i < org_kinds.n; i++) {
        o[2 * i] = org_kinds.entries[i].key;
        o[2 * i + 1] = _(r, org_kinds.entries[i].label);
    }
    o[2 * org_kinds.n] = NULL;
    return o;
}

/* The call the visitor came from, if it is public: its title, else NULL. */
static const char *call_of(Req *r, int64_t call_id)
{
    Call c;
    if (!call_id || q_call_public(r->db, call_id, r->arena, &c) != DB_ONE)
        return NULL;
    return call_title(r, &c);
}

typedef struct JoinForm {
    char *name, *kind, *contact, *email, *phone, *about, *lang;
    int64_t call_id;
} JoinForm;

static enum MHD_Result join_page(Req *r, const JoinForm *v, const FormErrors *e, int status)
{
    Html *h = page_begin(r, _(r, "Bring your organisation to traject"));
    html(h, "<h1>%s</h1>\n", _(r, "Bring your organisation to traject"));
    const char *call = call_of(r, v->call_id);
    if (call)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "To answer the call “%s”, your organisation needs a space on "
                               "traject. Tell us who you are: once the request is approved, "
                               "the administrator you name gets an invitation by e-mail."),
                          call));
    else
        html(h, "<p>%s</p>\n",
             _(r, "Tell us who you are: once the request is approved, the administrator you name "
                  "gets an invitation by e-mail."));
    html(h, "<p>%s <a href=\"/sign-in\">%s</a></p>\n",
         _(r, "Is your organisation on traject already? Ask its administrator to invite you."),
         _(r, "Already on traject? Sign in"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, "/join");
    if (v->call_id)
        html(h, "<input type=\"hidden\" name=\"call\" value=\"%lld\">\n", (long long)v->call_id);
    html_input(h, r, e, "text", "name", _(r, "Name of the organisation"), v->name, "organization");
    html_select(h, e, "kind", _(r, "Kind of organisation"), kind_options(r),
                v->kind ? v->kind : "training");
    html_input(h, r, e, "text", "contact", _(r, "Your name"), v->contact, "name");
    html_input(h, r, e, "email", "email",
               _(r, "E-mail address of the administrator (receives the invitation)"), v->email,
               "email");
    html_input(h, r, e, "tel", "phone", _(r, "Telephone (optional)"), v->phone, "tel");
    html_textarea(h, e, "about", _(r, "What does your organisation do, and what brings it here?"),
                  v->about, 5);
    html_select(h, e, "lang", _(r, "Language of our e-mails"), lang_options,
                v->lang ? v->lang : lang_code(r->lang));
    html(h, "<p class=\"hint\">%s</p>\n",
         _(r, "The people who run this traject installation keep what you write here to decide "
              "on your request and to write to you about it. Ask them at any time to see, correct "
              "or erase it."));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Send the request"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /join[?call=ID] */
enum MHD_Result page_join(Req *r)
{
    JoinForm v = {0};
    const char *call = query_get(r, "call");
    if (call && (!parse_int64(call, &v.call_id) || v.call_id < 0))
        v.call_id = 0; /* a link of another kind: the form without a call */
    return join_page(r, &v, NULL, 200);
}

/* POST /join */
enum MHD_Result page_join_post(Req *r)
{
    static const char *const langs[] = {"en", "nl", "fr", NULL};
    JoinForm v = {0};
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name of the organisation"), .required = true,
              .max = OREQ_NAME_MAX, .text = &v.name),
        {.name = "kind",
         .type = F_CHOICE,
         .required = true,
         .choices = (const char *const[]){"training", "funder", "partner", NULL},
         .label = N_("Kind of organisation"),
         .text = &v.kind},
        FIELD("contact", F_TEXT, N_("Your name"), .required = true, .max = 120, .text = &v.contact),
        FIELD("email", F_EMAIL, N_("E-mail address"), .required = true, .max = 254,
              .text = &v.email),
        FIELD("phone", F_TEXT, N_("Telephone"), .max = 40, .text = &v.phone),
        FIELD("about", F_TEXT, N_("What your organisation does"), .required = true,
              .max = OREQ_ABOUT_MAX, .text = &v.about),
        FIELD("lang", F_CHOICE, N_("Language"), .required = true, .choices = langs,
              .text = &v.lang),
        FIELD("call", F_ID, N_("Call for projects"), .num = &v.call_id),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return join_page(r, &v, &e, 400);
    OrgRequest in = {.name = v.name,
                     .contact_name = v.contact,
                     .email = v.email,
                     .phone = v.phone && *v.phone ? v.phone : NULL,
                     .about = v.about,
                     .call_id = v.call_id};
    int k = ORG_TRAINING;
    vocab_parse(&org_kinds, v.kind, &k);
    in.kind = (OrgKind)k;
    lang_parse(v.lang, &in.lang);
    Flow f = req_flow(r);
    Outcome o = flow_org_request(&f, &in);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return join_page(r, &v, &o.fields, o.status);
    Html *h = page_begin(r, _(r, "Request sent"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Request sent"),
         arena_printf(r->arena,
                      _(r, "Thank you. We have sent a receipt to %s, and we will write to that "
                           "address when the request has been decided."),
                      v.email));
    html(h, "<p><a href=\"/calls\">%s</a></p>\n", _(r, "Calls for projects"));
    return page_end(r, h);
}
