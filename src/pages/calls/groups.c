/* groups.c — a funder's list of target groups: the groups its calls for projects can aim
 * at, added in up to three languages and archived (calls and proposals that name a group
 * keep it). The writes are workflows of flows/calls/call.h. */
#include "core/rows.h"
#include "flows/calls/call.h"
#include "html/fmt.h"
#include "pages/calls/calls.h"
#include "q/calls/call.h"

static void group_item(Html *h, Req *r, const TargetGroup *g)
{
    const char *name = lang_pick(r->lang, g->name);
    html(h, "<li>%s ", name);
    html_button_form(h, r,
                     arena_printf(r->arena, "/orgs/%lld/target-groups/%lld/archive",
                                  (long long)r->org_id, (long long)g->id),
                     _(r, "Remove"), name);
    html_lit(h, "</li>\n");
}

static enum MHD_Result groups_page(Req *r, const FormErrors *e, int status)
{
    TargetGroup g;
    Rows groups = ROWS_FROM(r->arena, &g);
    if (q_target_groups(r->db, r->org_id, r->arena, &g, rows_collect, &groups) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Target groups"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Target groups"),
         _(r, "The groups your calls for projects can aim at. A group removed here stays on the "
              "calls and proposals that already name it."));
    if (groups.n) {
        html_lit(h, "<ul class=\"items\">\n");
        for (int i = 0; i < groups.n; i++)
            group_item(h, r, ROW(&groups, TargetGroup, i));
        html_lit(h, "</ul>\n");
    } else {
        html(h, "<p>%s</p>\n", _(r, "None yet."));
    }
    html(h, "<h2>%s</h2>\n", _(r, "Add a group"));
    html_error_summary(h, r, e);
    html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/target-groups", (long long)r->org_id));
    for (int i = 0; i < LANG_COUNT; i++)
        html_input(h, r, e, "text", text_fields[i], _(r, text_labels[i]),
                   e ? form_get(r, text_fields[i]) : NULL, "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/calls\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All calls"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/target-groups */
enum MHD_Result page_target_groups(Req *r)
{
    return groups_page(r, NULL, 200);
}

/* POST /orgs/{org}/target-groups */
enum MHD_Result page_target_group_add(Req *r)
{
    char *name[3] = {0};
    FieldSpec spec[] = {
        FIELD("text_en", F_TEXT, text_labels[0], .max = 200, .text = &name[0]),
        FIELD("text_nl", F_TEXT, text_labels[1], .max = 200, .text = &name[1]),
        FIELD("text_fr", F_TEXT, text_labels[2], .max = 200, .text = &name[2]),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    Flow f = req_flow(r);
    Outcome o = flow_target_group_add(&f, name, &e);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return groups_page(r, &o.fields, o.status);
    return reply_redirect(r,
                          arena_printf(r->arena, "/orgs/%lld/target-groups", (long long)r->org_id));
}

/* POST /orgs/{org}/target-groups/{id}/archive */
enum MHD_Result page_target_group_archive(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_target_group_archive(&f, req_id(r, "id"));
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r,
                          arena_printf(r->arena, "/orgs/%lld/target-groups", (long long)r->org_id));
}
