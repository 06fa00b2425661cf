/* achievements.c — an organisation's achievements and the credentials issued: the list,
 * a new achievement, one achievement with its issuing form (by hand, to a person who has
 * been enrolled) and its rules (issued on completing a programme). Membership and roles
 * were checked by the router. */
#include <string.h>

#include "core/rows.h"
#include "flows/credentials/issue.h"
#include "flows/credentials/rules.h"
#include "html/options.h"
#include "html/table.h"
#include "pages/credentials/credentials.h"
#include "q/credentials/achievement.h"
#include "q/credentials/credential.h"
#include "q/training/programme.h"
#include "views/credentials/achievement.h"
#include "views/credentials/credential.h"
#include "views/training/programme.h"

/* GET /orgs/{org}/credentials */
enum MHD_Result page_credentials(Req *r)
{
    Achievement a;
    Rows achs = ROWS_FROM(r->arena, &a);
    if (q_achievements_list(r->db, r->org_id, r->arena, &a, rows_collect, &achs) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Credentials"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Credentials"), r->org_name);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    html(h, "<p>%s</p>\n",
         _(r, "Each credential is an Open Badge that anyone can check on this site's verify "
              "page, signed with your organisation's key."));
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "Achievements"));
    if (training_can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/achievements/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, _(r, "New achievement"));
    if (!achs.n) {
        html(h, "<p>%s</p>\n", _(r, "No achievements yet."));
    } else {
        HTML_TABLE(h, _(r, "Achievements"), _(r, "Name"), _(r, "Credentials issued"));
        for (int i = 0; i < achs.n; i++) {
            const Achievement *x = ROW(&achs, Achievement, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/achievements/%lld\">%s</a></td><td>%lld</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, x->name, (long long)x->issued);
        }
        html_table_close(h);
    }
    html(h, "</section>\n<section>\n<h2>%s</h2>\n", _(r, "Issued credentials"));
    if (view_credentials_table(h, r) < DB_NONE)
        return reply_error(r, ERR_DB);
    html_lit(h, "</section>\n");
    if (r->roles & ROLE_ADMIN)
        html(h, "<p><a href=\"/orgs/%lld/signing-keys\">%s</a></p>\n", (long long)r->org_id,
             _(r, "Signing keys"));
    return page_end(r, h);
}

static enum MHD_Result achievement_form(Req *r, const Achievement *a, const FormErrors *e,
                                        int status)
{
    const char *title =
        a->id ? arena_printf(r->arena, _(r, "Change %s"), a->name) : _(r, "New achievement");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (a->id)
        html(h, "<p>%s</p>\n",
             _(r, "Credentials already issued keep the texts they were signed with; those "
                  "issued from now on carry what you save here."));
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    a->id
                        ? arena_printf(r->arena, "/orgs/%lld/achievements/%lld/edit",
                                       (long long)r->org_id, (long long)a->id)
                        : arena_printf(r->arena, "/orgs/%lld/achievements", (long long)r->org_id));
    html_input(h, r, e, "text", "name", _(r, "Name"), a->name, "off");
    html_textarea(h, e, "description", _(r, "What it recognises"), a->description, 3);
    html_textarea(h, e, "criteria", _(r, "What a learner does to earn it"), a->criteria, 3);
    html_textarea(h, e, "competences", _(r, "Competences it aligns to, one per line (optional)"),
                  a->competences, 3);
    view_achievement_translations(h, r, e, a);
    html_input(h, r, e, "number", "valid_months",
               _(r, "Valid for how many months (0: does not expire)"),
               arena_printf(r->arena, "%lld", (long long)a->valid_months), "off");
    html(h, "<button type=\"submit\">%s</button>\n",
         a->id ? _(r, "Save the changes") : _(r, "Add the achievement"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/achievements/new */
enum MHD_Result page_achievement_new(Req *r)
{
    Achievement a = {0};
    return achievement_form(r, &a, NULL, 200);
}

/* Reads the achievement's form into *a; false when a field was refused (in *e). */
static bool achievement_read(Req *r, Achievement *a, FormErrors *e)
{
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 200, .text = &a->name),
        FIELD("description", F_TEXT, N_("What it recognises"), .required = true, .max = 2000,
              .text = &a->description),
        FIELD("criteria", F_TEXT, N_("What a learner does to earn it"), .required = true,
              .max = 2000, .text = &a->criteria),
        FIELD("competences", F_TEXT, N_("Competences it aligns to, one per line (optional)"),
              .max = 2000, .text = &a->competences),
        FIELD("valid_months", F_INT, N_("Valid for how many months (0: does not expire)"), .min = 0,
              .max = 120, .num = &a->valid_months),
        FIELD("name_en", F_TEXT, N_("Name in English"), .max = 200, .text = &a->name_tr[LANG_EN]),
        FIELD("name_nl", F_TEXT, N_("Name in Dutch"), .max = 200, .text = &a->name_tr[LANG_NL]),
        FIELD("name_fr", F_TEXT, N_("Name in French"), .max = 200, .text = &a->name_tr[LANG_FR]),
        FIELD("description_en", F_TEXT, N_("What it recognises, in English"), .max = 2000,
              .text = &a->description_tr[LANG_EN]),
        FIELD("description_nl", F_TEXT, N_("What it recognises, in Dutch"), .max = 2000,
              .text = &a->description_tr[LANG_NL]),
        FIELD("description_fr", F_TEXT, N_("What it recognises, in French"), .max = 2000,
              .text = &a->description_tr[LANG_FR]),
        FIELD("criteria_en", F_TEXT, N_("What a learner does to earn it, in English"), .max = 2000,
              .text = &a->criteria_tr[LANG_EN]),
        FIELD("criteria_nl", F_TEXT, N_("What a learner does to earn it, in Dutch"), .max = 2000,
              .text = &a->criteria_tr[LANG_NL]),
        FIELD("criteria_fr", F_TEXT, N_("What a learner does to earn it, in French"), .max = 2000,
              .text = &a->criteria_tr[LANG_FR]),
        {0},
    };
    return form_read(r, spec, e);
}

/* Reads the form and saves a new achievement (a->id 0) or the changes to one. */
static enum MHD_Result achievement_save(Req *r, Achievement *a)
{
    FormErrors e;
    if (!achievement_read(r, a, &e))
        return achievement_form(r, a, &e, 400);
    Flow f = req_flow(r);
    Outcome o = a->id ? flow_achievement_update(&f, a) : flow_achievement_add(&f, a);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return achievement_form(r, a, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/achievements/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/achievements */
enum MHD_Result page_achievement_create(Req *r)
{
    Achievement a = {0};
    return achievement_save(r, &a);
}

/* GET /orgs/{org}/achievements/{id}/edit */
enum MHD_Result page_achievement_edit(Req *r)
{
    Achievement a;
    DbStatus st = q_achievement_get(r->db, r->org_id, req_id(r, "id"), r->arena, &a);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return achievement_form(r, &a, NULL, 200);
}

/* POST /orgs/{org}/achievements/{id}/edit: what was not sent is cleared, as on the form. */
enum MHD_Result page_achievement_update(Req *r)
{
    Achievement a;
    DbStatus st = q_achievement_get(r->db, r->org_id, req_id(r, "id"), r->arena, &a);
    if (st != DB_ONE)
        return reply_missing(r, st);
    a = (Achievement){.id = a.id, .org_id = a.org_id};
    return achievement_save(r, &a);
}

/* who can be given a credential by hand (q_credential_learners) */
typedef struct Learner {
    int64_t id;
    char *name;
} Learner;

/* What the achievement's rules say, one list item each, with a button to stop each one
 * for those who may change the training offer. */
static void rules_list(Html *h, Req *r, int64_t achievement_id, const Rows *rules)
{
    html_lit(h, "<ul>\n");
    for (int i = 0; i < rules->n; i++) {
        const AchievementRule *x = ROW(rules, AchievementRule, i);
        const char *title = rule_text(r, x);
        html(h, "<li>%s", title);
        if (training_can_edit(r)) {
            html_lit(h, " ");
            html_button_form(
                h, r,
                arena_printf(r->arena, "/orgs/%lld/achievements/%lld/rules/%lld/delete",
                             (long long)r->org_id, (long long)achievement_id, (long long)x->id),
                _(r, "Stop issuing it this way"), title);
        }
        html_lit(h, "</li>\n");
    }
    html_lit(h, "</ul>\n");
}

static enum MHD_Result achievement_page(Req *r, const FormErrors *e, int status)
{
    Achievement a;
    DbStatus st = q_achievement_get(r->db, r->org_id, req_id(r, "id"), r->arena, &a);
    if (st != DB_ONE)
        return reply_missing(r, st);
    AchievementRule rule;
    Rows rules = ROWS_FROM(r->arena, &rule);
    if (q_rules_list(r->db, r->org_id, a.id, r->arena, &rule, rows_collect, &rules) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, a.name);
    html(h, "<h1>%s</h1>\n", a.name);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    if (query_get(r, "issued"))
        html_notice(h, _(r, "The credential has been issued."), false);
    html_error_summary(h, r, e);
    html(h, "<dl>\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n", _(r, "What it recognises"),
         a.description, _(r, "What a learner does to earn it"), a.criteria);
    if (a.competences && *a.competences)
        html(h, "<dt>%s</dt><dd class=\"pre\">%s</dd>\n", _(r, "Competences"), a.competences);
    html(h, "<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Validity"),
         a.valid_months ? arena_printf(r->arena, _n(r, "%lld month", "%lld months", a.valid_months),
                                       (long long)a.valid_months)
                        : _(r, "Does not expire"));
    view_achievement_translated(h, r, &a);
    if (training_can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/achievements/%lld/edit\">%s</a></p>\n",
             (long long)r->org_id, (long long)a.id, _(r, "Change the texts or the validity"));
    html(h, "<section>\n<h2>%s</h2>\n", _(r, "When it is issued"));
    if (rules.n)
        rules_list(h, r, a.id, &rules);
    else
        html(h, "<p>%s</p>\n", _(r, "Only by hand, for now."));
    if (!training_can_edit(r)) {
        html_lit(h, "</section>\n");
        return page_end_status(r, h, status);
    }
    Programme p;
    Rows programmes = ROWS_FROM(r->arena, &p);
    if (q_programme_list(r->db, r->org_id, r->arena, &p, rows_collect, &programmes) < DB_NONE)
        return reply_error(r, ERR_DB);
    Options po = OPTIONS(r->arena);
    for (int i = 0; i < programmes.n; i++) {
        const Programme *x = ROW(&programmes, Programme, i);
        options_id(&po, x->id, programme_title(r, x));
    }
    if (!view_rule_forms(h, r, a.id, options_end(&po), e))
        return reply_error(r, ERR_DB);
    html(h, "</section>\n<section>\n<h2>%s</h2>\n", _(r, "Issue it by hand"));
    Learner l;
    Rows learners = ROWS_FROM(r->arena, &l);
    if (q_credential_learners(r->db, r->org_id, r->arena, &l.id, &l.name, rows_collect, &learners) <
        DB_NONE)
        return reply_error(r, ERR_DB);
    Options lo = OPTIONS(r->arena);
    for (int i = 0; i < learners.n; i++)
        options_id(&lo, ROW(&learners, Learner, i)->id, ROW(&learners, Learner, i)->name);
    if (!lo.n) {
        html(h, "<p>%s</p>\n</section>\n",
             _(r, "Nobody has been enrolled in your cohorts yet: a credential goes to a learner "
                  "you have enrolled."));
        return page_end_status(r, h, status);
    }
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/achievements/%lld/issue",
                                 (long long)r->org_id, (long long)a.id));
    html_select(h, e, "person_id", _(r, "Learner"), options_end(&lo), form_get(r, "person_id"));
    html_input(h, r, e, "date", "valid_until",
               _(r, "Valid until (optional; otherwise the achievement's validity)"),
               form_get(r, "valid_until"), "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Issue the credential"));
    html_form_end(h);
    html_lit(h, "</section>\n");
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/achievements/{id} */
enum MHD_Result page_achievement(Req *r)
{
    return achievement_page(r, NULL, 200);
}

/* After a workflow on the achievement: on to done, or its page with the errors. */
static enum MHD_Result achievement_after(Req *r, const Outcome *o, const char *done)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (!o->ok)
        return achievement_page(r, &o->fields, o->status);
    return reply_redirect(r, done);
}

/* POST /orgs/{org}/achievements/{id}/issue */
enum MHD_Result page_achievement_issue(Req *r)
{
    int64_t person = 0;
    char *until = NULL;
    FieldSpec spec[] = {
        FIELD("person_id", F_ID, N_("Learner"), .required = true, .num = &person),
        FIELD("valid_until", F_DATE,
              N_("Valid until (optional; otherwise the achievement's validity)"), .text = &until),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return achievement_page(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_credential_issue(&f, req_id(r, "id"), person, until);
    return achievement_after(r, &o,
                             arena_printf(r->arena, "/orgs/%lld/credentials/%lld?issued=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/achievements/{id}/rules: kind completion (the default), certified or
 * level, with its fields (views/credentials/rules.c writes the forms) */
enum MHD_Result page_achievement_rule_add(Req *r)
{
    static const char *const kinds[] = {"completion", "certified", "level", NULL};
    char *kind = NULL;
    int64_t programme = 0, cert_programme = 0, competence = 0, level = 0;
    RuleKind k = RULE_COMPLETION;
    const char *asked = form_get(r, "kind");
    if (asked && !vocab_parse(&rule_kinds, asked, (int *)&k))
        k = RULE_COMPLETION; /* the reader says the choice is not one of them */
    /* the fields of the kind chosen are required */
    FieldSpec spec[] = {
        FIELD("kind", F_CHOICE, N_("When it is issued"), .choices = kinds, .text = &kind),
        FIELD("programme_id", F_ID, N_("Issue it to everyone who completes"),
              .required = k == RULE_COMPLETION, .num = &programme),
        FIELD("cert_programme_id", F_ID, N_("Issue it to everyone who becomes certified in"),
              .required = k == RULE_CERTIFIED, .num = &cert_programme),
        FIELD("competence_id", F_ID, N_("Issue it to everyone who reaches a level in"),
              .required = k == RULE_LEVEL, .num = &competence),
        FIELD("min_level", F_INT, N_("Lowest level that issues it"), .required = k == RULE_LEVEL,
              .min = 1, .max = 12, .num = &level),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return achievement_page(r, &e, 400);
    Flow f = req_flow(r);
    Outcome o = k == RULE_LEVEL
                    ? flow_rule_level_add(&f, req_id(r, "id"), competence, level)
                    : flow_rule_programme_add(&f, req_id(r, "id"), k,
                                              k == RULE_CERTIFIED ? cert_programme : programme);
    return achievement_after(r, &o,
                             arena_printf(r->arena, "/orgs/%lld/achievements/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}

/* POST /orgs/{org}/achievements/{id}/rules/{rule}/delete */
enum MHD_Result page_achievement_rule_delete(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_rule_delete(&f, req_id(r, "id"), req_id(r, "rule"));
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/achievements/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}
