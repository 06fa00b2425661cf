/* call.c — the funder's page of one call for projects: its terms, the forms that add items
 * (eligibility checklist, award criteria with weights, required attachments), choose its
 * target groups and publish it, then the proposals and the jury. The writes are the
 * workflows of flows/calls/call.h. */
#include "pages/calls/calls.h"
#include "views/calls/jury.h"
#include "views/calls/proposals.h"

#include "core/clock.h"
#include "flows/calls/call.h"
#include "flows/calls/jury.h"
#include "html/fmt.h"
#include "q/calls/call.h"
#include "views/calls/call.h"

static const char *const kind_keys[] = {"eligibility", "criterion", "attachment", NULL};

static void item_form(Html *h, Req *r, const Call *c, const FormErrors *e)
{
    html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Add to the call"),
         c->status == CALL_DRAFT
             ? _(r, "Items can be removed until the call is published; after that, only added.")
             : _(r, "The call is published: items can still be added, not removed."));
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/calls/%lld/items", (long long)r->org_id,
                                 (long long)c->id));
    const char *opts[2 * ITEM_KINDS + 1];
    for (int k = 0; k < ITEM_KINDS; k++) {
        opts[2 * k] = kind_keys[k];
        opts[2 * k + 1] = _(r, vocab_label(&item_kind_vocab, k));
    }
    opts[2 * ITEM_KINDS] = NULL;
    html_select(h, e, "kind", _(r, "Kind"), opts, form_get(r, "kind"));
    for (int l = 0; l < LANG_COUNT; l++)
        html_input(h, r, e, "text", text_fields[l], _(r, text_labels[l]),
                   e ? form_get(r, text_fields[l]) : NULL, "off");
    html_input(h, r, e, "number", "weight", _(r, "Weight (award criteria)"),
               e && form_get(r, "weight") ? form_get(r, "weight") : "1", "off");
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add"));
    html_form_end(h);
}

static bool groups_form(Html *h, Req *r, const Call *c)
{
    TargetGroup g;
    Rows all = ROWS_FROM(r->arena, &g), chosen = ROWS_FROM(r->arena, &g);
    if (q_target_groups(r->db, r->org_id, r->arena, &g, rows_collect, &all) < DB_NONE ||
        q_call_groups(r->db, r->org_id, c->id, r->arena, &g, rows_collect, &chosen) < DB_NONE)
        return false;
    if (!all.n)
        return true;
    const char *const *opts = group_options(r, &all);
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/calls/%lld/groups", (long long)r->org_id,
                                 (long long)c->id));
    html_checkboxes(h, NULL, "groups", _(r, "Target groups of the call"), opts,
                    group_mask(r, opts, &chosen));
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
         _(r, "Save the target groups"));
    html_form_end(h);
    return true;
}

static enum MHD_Result call_page(Req *r, const Call *c, const FormErrors *item_e,
                                 const FormErrors *jury_e, const char *notice, int status)
{
    Html *h = page_begin(r, call_title(r, c));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", call_title(r, c), call_status_text(r, c, clock_now()));
    html_notice(h, notice, false);
    const char *desc = lang_pick(r->lang, (char *const *)c->description);
    if (*desc)
        html(h, "<p class=\"prose\">%s</p>\n", desc);
    bool edit = (r->roles & ROLE_FUNDER) && c->status != CALL_DECIDED;
    if (edit)
        html(h, "<p><a href=\"/orgs/%lld/calls/%lld/edit\">%s</a></p>\n", (long long)r->org_id,
             (long long)c->id, _(r, "Edit the call"));
    if (!html_call_terms(h, r, c, edit))
        return reply_error(r, ERR_DB);
    if (edit) {
        item_form(h, r, c, item_e);
        if (!groups_form(h, r, c))
            return reply_error(r, ERR_DB);
        if (c->status == CALL_DRAFT) {
            html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Publish"),
                 _(r, "Publishing announces the call on its public page; organisations can "
                      "submit proposals from the opening to the closing minute."));
            html_button_form(h, r,
                             arena_printf(r->arena, "/orgs/%lld/calls/%lld/publish",
                                          (long long)r->org_id, (long long)c->id),
                             _(r, "Publish the call"), NULL);
        }
    }
    if (c->status != CALL_DRAFT)
        html(h,
             "<p><a href=\"/orgs/%lld/calls/%lld/ranking\">%s</a> · "
             "<a href=\"/orgs/%lld/calls/%lld/report\">%s</a> · <a "
             "href=\"/calls/%lld\">%s</a></p>\n",
             (long long)r->org_id, (long long)c->id, _(r, "Ranking and decision"),
             (long long)r->org_id, (long long)c->id, _(r, "Figures of the call"), (long long)c->id,
             _(r, "See the public page"));
    if (!html_call_proposals(h, r, c) ||
        !html_call_jury(h, r, c, query_get(r, "jury") ? _(r, "The jury is updated.") : NULL,
                        jury_e))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/calls\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All calls"));
    return page_end_status(r, h, status);
}

static enum MHD_Result to_call(Req *r, int64_t id, const char *notice)
{
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?%s=1",
                                          (long long)r->org_id, (long long)id, notice));
}

/* GET /orgs/{org}/calls/{id} */
enum MHD_Result page_call(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    const char *notice = query_notice(r, "saved", N_("The changes have been saved."), "published",
                                      N_("The call is published."), "deadline",
                                      N_("The review deadline is set."), NULL);
    return call_page(r, &c, NULL, NULL, notice, 200);
}

/* POST /orgs/{org}/calls/{id}/items */
enum MHD_Result page_call_item_add(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    CallItem it = {0};
    char *kind = NULL;
    FieldSpec spec[] = {
        FIELD("kind", F_CHOICE, N_("Kind"), .required = true, .choices = kind_keys, .text = &kind),
        FIELD("text_en", F_TEXT, text_labels[0], .max = 500, .text = &it.text[0]),
        FIELD("text_nl", F_TEXT, text_labels[1], .max = 500, .text = &it.text[1]),
        FIELD("text_fr", F_TEXT, text_labels[2], .max = 500, .text = &it.text[2]),
        FIELD("weight", F_INT, N_("Weight (award criteria)"), .min = 0, .max = 100,
              .num = &it.weight),
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    int k = ITEM_CRITERION;
    if (kind)
        vocab_parse(&item_kind_vocab, kind, &k);
    it.kind = (ItemKind)k;
    Flow f = req_flow(r);
    Outcome o = flow_call_item_add(&f, c.id, &it, &e);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return call_page(r, &c, &o.fields, NULL, NULL, o.status);
    return to_call(r, c.id, "saved");
}

/* POST /orgs/{org}/call-items/{id}/delete */
enum MHD_Result page_call_item_delete(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_call_item_remove(&f, req_id(r, "id"));
    if (!o.ok)
        return reply_error(r, o.err);
    return to_call(r, o.id, "saved");
}

/* POST /orgs/{org}/calls/{id}/groups */
enum MHD_Result page_call_groups(Req *r)
{
    int64_t *ids = NULL;
    int n = 0;
    FieldSpec spec[] = {
        FIELD("groups", F_MULTI, N_("Target groups"), .ids = &ids, .nids = &n),
        {0},
    };
    FormErrors e;
    if (!form_read(r, spec, &e)) /* ids the page wrote: not a person's typing */
        return reply_error(r, ERR_BAD_REQUEST);
    Flow f = req_flow(r);
    Outcome o = flow_call_groups(&f, req_id(r, "id"), ids, n);
    if (!o.ok)
        return reply_error(r, o.err);
    return to_call(r, o.id, "saved");
}

/* POST /orgs/{org}/calls/{id}/publish */
enum MHD_Result page_call_publish(Req *r)
{
    Flow f = req_flow(r);
    Outcome o = flow_call_publish(&f, req_id(r, "id"));
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok) {
        Call c;
        DbStatus st = call_load(r, &c);
        if (st != DB_ONE)
            return reply_missing(r, st);
        return call_page(r, &c, &o.fields, NULL, NULL, o.status);
    }
    return to_call(r, o.id, "published");
}

/* POST /orgs/{org}/calls/{id}/review-deadline */
enum MHD_Result page_call_review_deadline(Req *r)
{
    Call c;
    DbStatus st = call_load(r, &c);
    if (st != DB_ONE)
        return reply_missing(r, st);
    int64_t deadline = 0;
    FieldSpec spec[] = {
        FIELD("review_deadline", F_MOMENT, N_("Review deadline"), .required = true,
              .num = &deadline),
        {0},
    };
    FormErrors read;
    form_read(r, spec, &read);
    Flow f = req_flow(r);
    Outcome o = flow_call_review_deadline(&f, c.id, deadline, &read);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return call_page(r, &c, NULL, &o.fields, NULL, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?deadline=1#jury",
                                          (long long)r->org_id, (long long)c.id));
}
