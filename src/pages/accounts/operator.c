/* operator.c — the installation's operators decide on organisations asking to join:
 * the requests by status, a page at a time (search by name, contact or address), one
 * request with what approving will do, and the two decisions. The router lets only
 * operators in (ACCESS_OPERATOR); the decisions are flows/accounts/signup's. */
#include "core/rows.h"
#include "flows/accounts/signup.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "http/form.h"
#include "pages/accounts/accounts.h"
#include "q/accounts/orgreq.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

static const PagerCol oreq_cols[OREQ_SORTS] = {
    [OREQ_BY_DATE] = {.key = "date", .label = N_("Sent"), .numeric = true, .desc_first = true},
    [OREQ_BY_NAME] = {.key = "name", .label = N_("Organisation")},
};

static void oreq_key(const void *row, int sort, PagerKey *k)
{
    const OrgRequest *q = row;
    *k = sort == OREQ_BY_DATE ? (PagerKey){.num = q->created_at, .id = q->id}
                              : (PagerKey){.text = q->name, .id = q->id};
}

/* The status the list shows, from ?status= (pending by default). */
static OrgRequestStatus status_of(Req *r)
{
    int s = OREQ_PENDING;
    const char *v = query_get(r, "status");
    if (v)
        vocab_parse(&org_request_statuses, v, &s);
    return (OrgRequestStatus)s;
}

static void status_tabs(Html *h, Req *r, OrgRequestStatus cur)
{
    html_lit(h, "<nav aria-label=\"");
    html(h, "%s\"><ul class=\"tabs\">", _(r, "Requests by status"));
    for (int i = 0; i < org_request_statuses.n; i++) {
        const VocabEntry *v = &org_request_statuses.entries[i];
        if (v->value == (int)cur)
            html(h,
                 "<li><a href=\"/operator/requests?status=%s\" aria-current=\"page\">%s</a></li>",
                 v->key, _(r, v->label));
        else
            html(h, "<li><a href=\"/operator/requests?status=%s\">%s</a></li>", v->key,
                 _(r, v->label));
    }
    html_lit(h, "</ul></nav>\n");
}

static void oreq_row(Html *h, Req *r, const OrgRequest *q)
{
    html(h,
         "<tr><td><a href=\"/operator/requests/%lld\"><bdi>%s</bdi></a></td><td>%s</td>"
         "<td><bdi>%s</bdi><br>%s</td><td>%s</td></tr>\n",
         (long long)q->id, q->name, _(r, vocab_label(&org_kinds, q->kind)), q->contact_name,
         q->email, moment_text(r, q->created_at));
}

/* GET /operator/requests */
enum MHD_Result page_operator_requests(Req *r)
{
    OrgRequestStatus status = status_of(r);
    const char *key = vocab_key(&org_request_statuses, status);
    Pager pg;
    OrgRequest q;
    pager_open(r, &pg, arena_printf(r->arena, "orgreq-%s", key), oreq_cols, OREQ_SORTS, oreq_key,
               ROWS_FROM(r->arena, &q));
    pager_keep(r, &pg, "status", key);
    if (!pager_done(&pg,
                    q_orgreq_page(r->db, status, &pg.page, r->arena, &q, rows_collect, &pg.rows),
                    q_orgreq_count(r->db, status, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);

    Html *h = page_begin(r, _(r, "Organisations asking to join"));
    html(h, "<h1>%s</h1>\n", _(r, "Organisations asking to join"));
    html_notice(
        h,
        query_notice(
            r, "approved", N_("The organisation has been created and its administrator invited."),
            "refused", N_("The request has been refused; its contact has been told why."), NULL),
        false);
    status_tabs(h, r, status);
    pager_search(h, r, &pg, _(r, "Search by organisation, name or e-mail address"));
    pager_summary(h, r, &pg,
                  status == OREQ_PENDING ? _(r, "No request is waiting for a decision.")
                                         : _(r, "No requests."));
    if (pg.n) {
        static const PagerHead heads[] = {PAGER_SORTED(OREQ_BY_NAME), PAGER_PLAIN(N_("Kind")),
                                          PAGER_PLAIN(N_("Contact")), PAGER_SORTED(OREQ_BY_DATE)};
        pager_table_open(h, r, &pg, _(r, "Organisations asking to join"), heads, 4);
        for (int i = 0; i < pg.n; i++)
            oreq_row(h, r, ROW(&pg.rows, OrgRequest, i));
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

static enum MHD_Result request_page(Req *r, const OrgRequest *q, const FormErrors *e,
                                    const char *reason, int status)
{
    Html *h = page_begin(r, q->name);
    html(h, "<p><a href=\"/operator/requests?status=%s\">%s</a></p>\n",
         vocab_key(&org_request_statuses, q->status), _(r, "Organisations asking to join"));
    html(h, "<h1><bdi>%s</bdi></h1>\n", q->name);
    html_error_summary(h, r, e);
    html(h, "<dl>\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Kind"), _(r, vocab_label(&org_kinds, q->kind)));
    html(h, "<dt>%s</dt><dd><bdi>%s</bdi></dd>\n<dt>%s</dt><dd>%s</dd>\n", _(r, "Contact"),
         q->contact_name, _(r, "E-mail address"), q->email);
    if (q->phone)
        html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Telephone"), q->phone);
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Language"), lang_name(q->lang));
    Call c;
    if (q->call_id && q_call_public(r->db, q->call_id, r->arena, &c) == DB_ONE)
        html(h, "<dt>%s</dt><dd><a href=\"/calls/%lld\">%s</a></dd>\n", _(r, "Came from the call"),
             (long long)c.id, call_title(r, &c));
    html(h, "<dt>%s</dt><dd>%s</dd>\n", _(r, "Sent"), moment_text(r, q->created_at));
    html(h, "<dt>%s</dt><dd>%s", _(r, "Status"),
         _(r, vocab_label(&org_request_statuses, q->status)));
    if (q->status != OREQ_PENDING)
        html(h, " · %s%s%s", moment_text(r, q->decided_at), q->decided_by ? " · " : "",
             q->decided_by ? q->decided_by : "");
    html_lit(h, "</dd>\n</dl>\n");
    html(h, "<h2>%s</h2>\n<p class=\"prose\" dir=\"auto\">%s</p>\n",
         _(r, "What the organisation does"), q->about);
    if (q->status == OREQ_REFUSED && q->reason)
        html(h, "<h2>%s</h2>\n<p class=\"prose\" dir=\"auto\">%s</p>\n", _(r, "Reason given"),
             q->reason);
    if (q->status != OREQ_PENDING)
        return page_end_status(r, h, status);

    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Approve"),
         arena_printf(r->arena,
                      _(r, "Approving creates the organisation “%s” on traject and sends %s an "
                           "invitation to be its administrator. It cannot be undone from here."),
                      q->name, q->email));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/operator/requests/%lld/approve", (long long)q->id));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Approve and invite"));
    html_form_end(h);
    html(h, "<h2>%s</h2>\n", _(r, "Refuse"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/operator/requests/%lld/refuse", (long long)q->id));
    html_textarea(h, e, "reason", _(r, "Reason, sent to the contact"), reason, 4);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "Refuse the request"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* The request of the route's {id}. */
static DbStatus request_load(Req *r, OrgRequest *q)
{
    return q_orgreq_get(r->db, req_id(r, "id"), r->arena, q);
}

/* GET /operator/requests/{id} */
enum MHD_Result page_operator_request(Req *r)
{
    OrgRequest q;
    DbStatus st = request_load(r, &q);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return request_page(r, &q, NULL, NULL, 200);
}

/* After a decision: back to the list, or the request with what went wrong. */
static enum MHD_Result decided(Req *r, const Outcome *o, const char *reason, const char *done)
{
    if (o->err != ERR_COUNT)
        return reply_error(r, o->err);
    if (o->ok)
        return reply_redirect(r, arena_printf(r->arena, "/operator/requests?%s=1", done));
    OrgRequest q;
    DbStatus st = request_load(r, &q);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return request_page(r, &q, &o->fields, reason, o->status);
}

/* POST /operator/requests/{id}/approve */
enum MHD_Result page_operator_approve(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_org_request_approve(&f, req_id(r, "id"));
    return decided(r, &o, NULL, "approved");
}

/* POST /operator/requests/{id}/refuse */
enum MHD_Result page_operator_refuse(Req *r)
{
    char *reason = NULL;
    FieldSpec spec[] = {
        FIELD("reason", F_TEXT, N_("Reason"), .required = true, .max = OREQ_REASON_MAX,
              .text = &reason),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) {
        OrgRequest q;
        DbStatus st = request_load(r, &q);
        if (st != DB_ONE)
            return reply_missing(r, st);
        return request_page(r, &q, &e, reason, 400);
    }
    Flow f = req_flow(r);
    Outcome o = flow_org_request_refuse(&f, req_id(r, "id"), reason);
    return decided(r, &o, reason, "refused");
}
