/* partner.c — the talent pool for a partner's own members: the search of the learners who
 * show their profile to this partner (by competence and level, availability, contract, and
 * words of the profile and its credentials; paged), the same as a CSV file, one profile (its
 * opening noted for the learner), and the form to ask to meet its learner. r->org_id is the
 * partner's own organisation: every statement reads profiles through talent_visible (see
 * q/talent/pool.h), so a learner who is not visible to it answers 404 and leaves no trace. */
#include "core/clock.h"
#include "core/rows.h"
#include "domain/csv.h"
#include "domain/talent.h"
#include "flows/talent/request.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/talent/talent.h"
#include "q/talent/pool.h"
#include "q/talent/request.h"
#include "q/talent/shown.h"
#include "views/competences/progress.h"
#include "views/talent/profile.h"

/* The search's filters, as typed (for the form and the links) and as read. */
typedef struct Filters {
    TalentSearch s;
    char *competence, *level, *contract;
    const char *query; /* "competence=..&level=.." for links that keep them, "" for none */
} Filters;

static bool filters_read(Req *r, Filters *fl, FormErrors *e)
{
    int64_t comp = 0, level = 0;
    char *by = NULL;
    FieldSpec spec[] = {
        FIELD("competence", F_ID, N_("Competence"), .num = &comp),
        FIELD("level", F_INT, N_("At least at level"), .min = 1, .max = 12, .num = &level),
        FIELD("available_by", F_DATE, N_("Available by"), .text = &by),
        FIELD("contract", F_CHOICE, N_("Contract"), .choices = vocab_keys(r, &talent_contracts),
              .text = &fl->contract),
        {0},
    };
    bool ok = query_read(r, spec, e);
    fl->competence = comp ? arena_printf(r->arena, "%lld", (long long)comp) : NULL;
    fl->level = level ? arena_printf(r->arena, "%lld", (long long)level) : NULL;
    int c = CONTRACT_ANY;
    if (fl->contract)
        vocab_parse(&talent_contracts, fl->contract, &c);
    fl->s = (TalentSearch){.competence_id = ok ? comp : 0,
                           .level = level ? level : 1,
                           .available_by = ok && by ? by : "",
                           .contract = ok ? (TalentContract)c : CONTRACT_ANY};
    fl->query = arena_printf(r->arena, "competence=%s&level=%s&available_by=%s&contract=%s",
                             url_arg(r->arena, fl->competence ? fl->competence : ""),
                             url_arg(r->arena, fl->level ? fl->level : ""),
                             url_arg(r->arena, fl->s.available_by),
                             url_arg(r->arena, fl->contract ? fl->contract : ""));
    return ok;
}

static void filter_form(Html *h, Req *r, const Pager *pg, const Filters *fl, const FormErrors *e)
{
    TalentCompetence c;
    Rows comps = ROWS_FROM(r->arena, &c);
    Options o = OPTIONS(r->arena);
    options_add(&o, "", _(r, "Any competence"));
    if (q_pool_competence_list(r->db, r->org_id, r->arena, &c, rows_collect, &comps) >= DB_NONE)
        for (int i = 0; i < comps.n; i++) {
            const TalentCompetence *x = ROW(&comps, TalentCompetence, i);
            options_id(&o, x->competence_id,
                       arena_printf(r->arena, "%s · %s", x->framework,
                                    competence_label(r, x->code, x->title)));
        }
    static const char *const levels[] = {"1",  "1",  "2",  "2",  "3",  "3",  "4", "4", "5",
                                         "5",  "6",  "6",  "7",  "7",  "8",  "8", "9", "9",
                                         "10", "10", "11", "11", "12", "12", NULL};
    html(h,
         "<search aria-label=\"%s\"><form method=\"get\" action=\"/orgs/%lld/talent\" "
         "class=\"filters\" novalidate>\n<div class=\"fields\">\n<div>\n",
         _(r, "Filter the profiles"), (long long)r->org_id);
    html_select(h, e, "competence", _(r, "Competence"), options_end(&o),
                fl->competence ? fl->competence : "");
    html_lit(h, "</div>\n<div>\n");
    html_select(h, e, "level", _(r, "At least at level"), levels, fl->level ? fl->level : "1");
    html_lit(h, "</div>\n<div>\n");
    html_input(h, r, e, "date", "available_by", _(r, "Available by"), fl->s.available_by, "off");
    html_lit(h, "</div>\n<div>\n");
    html_select(h, e, "contract", _(r, "Contract"), vocab_options(r, &talent_contracts, NULL, NULL),
                fl->contract ? fl->contract : "any");
    html_lit(h, "</div>\n</div>\n");
    pager_keep_fields(h, pg);
    html(h,
         "<div class=\"actions\"><button type=\"submit\">%s</button> <a "
         "href=\"/orgs/%lld/talent\">%s</a></div>\n</form></search>\n",
         _(r, "Show the profiles"), (long long)r->org_id, _(r, "Clear the filters"));
}

static const PagerCol pool_cols[] = {
    {.key = "available", .label = N_("Available from")},
    {.key = "updated", .label = N_("Updated"), .numeric = true, .desc_first = true},
};

static void pool_key(const void *row, int sort, PagerKey *k)
{
    const TalentProfile *p = row;
    *k = sort == POOL_BY_UPDATED
             ? (PagerKey){.num = p->updated_at, .id = p->id}
             : (PagerKey){.text = p->available_from ? p->available_from : "", .id = p->id};
}

/* GET /orgs/{org}/talent */
enum MHD_Result page_talent_search(Req *r)
{
    Filters fl = {0};
    FormErrors e;
    bool ok = filters_read(r, &fl, &e);
    int64_t now = clock_now();
    Pager pg;
    TalentProfile row;
    pager_open(r, &pg,
               arena_printf(r->arena, "talent-%lld-%lld-%s-%d", (long long)fl.s.competence_id,
                            (long long)fl.s.level, fl.s.available_by, (int)fl.s.contract),
               pool_cols, 2, pool_key, ROWS_FROM(r->arena, &row));
    const char **keep = arena_alloc(r->arena, sizeof *keep * 9);
    int k = 0;
    const char *names[] = {"competence", "level", "available_by", "contract"};
    const char *values[] = {fl.competence, fl.level, *fl.s.available_by ? fl.s.available_by : NULL,
                            fl.contract};
    for (int i = 0; i < 4; i++)
        if (ok && values[i] && *values[i]) {
            keep[k++] = names[i];
            keep[k++] = values[i];
        }
    keep[k] = NULL;
    pg.keep = keep;
    if (!pager_done(&pg,
                    q_pool_page(r->db, r->org_id, now, &fl.s, &pg.page, r->arena, &row,
                                rows_collect, &pg.rows),
                    q_pool_count(r->db, r->org_id, now, &fl.s, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Talent"));
    html(h, "<h1>%s</h1>\n", _(r, "Talent"));
    html(h, "<p>%s</p>\n",
         _(r, "Learners of the organisations that count you as a partner, who chose to show you "
              "their profile. You see what they can do and when they are available, never their "
              "name: ask to meet them, and they decide."));
    html(h, "<p><a href=\"/orgs/%lld/talent-requests\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Our requests to meet"));
    if (!ok)
        html_error_summary(h, r, &e);
    filter_form(h, r, &pg, &fl, ok ? NULL : &e);
    pager_search(h, r, &pg, _(r, "Search in the profiles and their credentials"));
    pager_summary(h, r, &pg, _(r, "No learner shows you their profile yet."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_PLAIN(N_("Profile")), PAGER_SORTED(0),
                                          PAGER_PLAIN(N_("Level")), PAGER_PLAIN(N_("Shows")),
                                          PAGER_SORTED(1)};
        pager_table_open(h, r, &pg, _(r, "Profiles"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const TalentProfile *p = ROW(&pg.rows, TalentProfile, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/talent/%lld\">%s</a></td><td>%s</td><td>%s</td>"
                 "<td>%s<br>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)p->id, p->handle, talent_availability(r, p),
                 fl.s.competence_id && p->level ? number_text(r, p->level, 0, 0) : "–",
                 arena_printf(r->arena, _n(r, "%s competence", "%s competences", p->competences),
                              number_text(r, p->competences, 0, 0)),
                 arena_printf(
                     r->arena,
                     _n(r, "%s verified credential", "%s verified credentials", p->credentials),
                     number_text(r, p->credentials, 0, 0)),
                 day_words_text(r, p->updated_at));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    html(h, "<p><a href=\"/orgs/%lld/talent.csv?%s&amp;q=%s\">%s</a></p>\n", (long long)r->org_id,
         fl.query, url_arg(r->arena, pg.q ? pg.q : ""), _(r, "Download these profiles (CSV)"));
    return page_end(r, h);
}

/* GET /orgs/{org}/talent.csv: the profiles of the same search, without a name. */
enum MHD_Result page_talent_csv(Req *r)
{
    Filters fl = {0};
    FormErrors e;
    if (!filters_read(r, &fl, &e))
        return reply_error(r, ERR_BAD_REQUEST);
    TalentProfile row;
    Rows rows = ROWS_FROM(r->arena, &row);
    if (q_pool_all(r->db, r->org_id, clock_now(), &fl.s,
                   db_like_pattern(r->arena, query_get(r, "q")), r->arena, &row, rows_collect,
                   &rows) < DB_NONE)
        return reply_error(r, ERR_DB);
    Buf b;
    buf_init(&b, r->arena, 2048);
    CsvWriter w;
    csv_begin(&w, &b, true);
    static const char *const head[] = {
        N_("Profile"), N_("Available from"), N_("Hours a week"),         N_("Contract"),
        N_("Level"),   N_("Competences"),    N_("Verified credentials"), N_("About"),
        N_("Address")};
    for (size_t i = 0; i < sizeof head / sizeof head[0]; i++)
        csv_text(&w, _(r, head[i]));
    csv_end_line(&w);
    const char *base = base_url(r);
    for (int i = 0; i < rows.n; i++) {
        const TalentProfile *p = ROW(&rows, TalentProfile, i);
        csv_cell(&w, p->handle);
        csv_cell(&w, p->available_from);
        csv_num(&w, p->hours);
        csv_text(&w, _(r, vocab_label(&talent_contracts, p->contract)));
        if (fl.s.competence_id)
            csv_num(&w, p->level);
        else
            csv_cell(&w, NULL);
        csv_num(&w, p->competences);
        csv_num(&w, p->credentials);
        csv_text(&w, p->summary);
        csv_cell(&w, arena_printf(r->arena, "%s/orgs/%lld/talent/%lld", base, (long long)r->org_id,
                                  (long long)p->id));
        csv_end_line(&w);
    }
    return reply_download(r, "text/csv; charset=utf-8", "talent.csv", b.data, b.len);
}

/* The profile page; e holds the errors of the request form. */
static enum MHD_Result profile_page(Req *r, bool opened, const FormErrors *e, int status)
{
    int64_t id = req_id(r, "id"), now = clock_now();
    TalentProfile p;
    DbStatus st = q_pool_profile(r->db, r->org_id, id, r->arena, &p);
    if (st != DB_ONE)
        return reply_missing(r, st); /* not visible to this partner: nothing noted */
    TalentCompetence c;
    TalentCredential k;
    TalentRequest q;
    Rows comps = ROWS_FROM(r->arena, &c), creds = ROWS_FROM(r->arena, &k);
    DbStatus asked = q_request_latest(r->db, r->org_id, id, r->arena, &q);
    if (q_talent_competences(r->db, TALENT_PARTNER, r->org_id, id, r->arena, &c, rows_collect,
                             &comps) < DB_NONE ||
        q_talent_credentials(r->db, TALENT_PARTNER, r->org_id, id, now, r->arena, &k, rows_collect,
                             &creds) < DB_NONE ||
        asked < DB_NONE ||
        (opened && q_pool_opened(r->db, r->org_id, id, r->account->id, now) < DB_NONE))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, p.handle);
    html_notice(
        h, query_notice(r, "asked", N_("Your request has been sent: the learner decides."), NULL),
        false);
    html_talent_profile(h, r, &p, &comps, &creds, 1);
    html(h, "<section aria-labelledby=\"h-meet\">\n<h2 id=\"h-meet\">%s</h2>\n",
         _(r, "Meet this learner"));
    html_error_summary(h, r, e);
    if (asked == DB_ONE && talent_reveals_identity(q.status))
        html(h, "<p>%s</p>\n<p><strong>%s</strong> · <a href=\"mailto:%s\">%s</a></p>\n",
             arena_printf(r->arena, _(r, "The learner accepted to meet you on %s."),
                          day_words_text(r, q.answered_at)),
             q.name, q.email, q.email);
    else if (asked == DB_ONE && q.status == TREQ_PENDING)
        html(h, "<p>%s</p>\n",
             arena_printf(r->arena,
                          _(r, "You asked to meet on %s: the learner has not answered yet."),
                          day_words_text(r, q.created_at)));
    else {
        if (asked == DB_ONE)
            html(h, "<p>%s</p>\n", _(r, "The learner declined your last request."));
        int64_t from = talent_may_ask_from(asked == DB_ONE, q.status, q.answered_at);
        if (from > now) {
            html(h, "<p>%s</p>\n</section>\n<p><a href=\"/orgs/%lld/talent\">%s</a></p>\n",
                 arena_printf(r->arena, _(r, "You may ask them again from %s."),
                              day_words_text(r, from)),
                 (long long)r->org_id, _(r, "Talent"));
            return page_end_status(r, h, status);
        }
        html_form_begin(h, r,
                        arena_printf(r->arena, "/orgs/%lld/talent/%lld/meet", (long long)r->org_id,
                                     (long long)p.id));
        html_textarea(h, e, "message",
                      _(r, "Your message: who you are, what you offer, why this profile"),
                      form_get(r, "message"), 5);
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Ask to meet"));
        html_form_end(h);
    }
    html(h, "</section>\n<p><a href=\"/orgs/%lld/talent\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Talent"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/talent/{id} */
enum MHD_Result page_talent_profile(Req *r)
{
    return profile_page(r, true, NULL, 200);
}

/* POST /orgs/{org}/talent/{id}/meet */
enum MHD_Result page_talent_meet(Req *r)
{
    char *message = NULL;
    FieldSpec spec[] = {
        FIELD("message", F_TEXT, N_("Your message"), .required = true, .max = TALENT_MESSAGE_MAX,
              .text = &message),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e))
        return profile_page(r, false, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_talent_meet(&f, req_id(r, "id"), message);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return profile_page(r, false, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/talent/%lld?asked=1",
                                          (long long)r->org_id, (long long)req_id(r, "id")));
}
