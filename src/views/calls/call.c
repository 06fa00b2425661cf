/* views/calls/call.c — page parts about one call for projects (see call.h). */
#include "views/calls/call.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/options.h"
#include "q/calls/call.h"

DbStatus call_load(Req *r, Call *c)
{
    return q_call_get(r->db, r->org_id, req_id(r, "id"), r->arena, c);
}

const char *call_title(Req *r, const Call *c)
{
    return lang_pick(r->lang, (char *const *)c->title);
}

const char *call_status_text(Req *r, const Call *c, int64_t now)
{
    if (c->status == CALL_DRAFT)
        return _(r, "Draft, not published");
    if (c->status == CALL_DECIDED)
        return _(r, "Decided");
    if (now < c->opens_at)
        return _(r, "Published, opens soon");
    if (now < c->closes_at)
        return _(r, "Open for proposals");
    return _(r, "Closed, in review");
}

const char *tranche_plan_text(Req *r, const TranchePlan *p)
{
    const char *text = "";
    for (int i = 0; i < p->n; i++) {
        /* "On signature: 60%" */
        const char *one = arena_printf(r->arena, _(r, "%s: %s"),
                                       _(r, vocab_label(&tranche_trigger_vocab, p->step[i].on)),
                                       percent_text(r, p->step[i].pct));
        text = i ? arena_printf(r->arena, "%s; %s", text, one) : one;
    }
    return text;
}

/* --- the call's items, by kind ---------------------------------------------------- */

/* An item of the call's terms, with a button that removes it when remove. */
static void item_row(Html *h, Req *r, const CallItem *it, bool remove)
{
    html(h, "<li>%s", lang_pick(r->lang, it->text));
    if (it->kind == ITEM_CRITERION)
        html(h, " <small>(%s)</small>",
             arena_printf(r->arena, _(r, "weight %lld"), (long long)it->weight));
    if (remove)
        html_button_form(h, r,
                         arena_printf(r->arena, "/orgs/%lld/call-items/%lld/delete",
                                      (long long)r->org_id, (long long)it->id),
                         _(r, "Remove"), lang_pick(r->lang, it->text));
    html_lit(h, "</li>\n");
}

bool html_call_terms(Html *h, Req *r, const Call *c, bool edit)
{
    CallItem it;
    Rows items = ROWS_FROM(r->arena, &it);
    TargetGroup g;
    Rows groups = ROWS_FROM(r->arena, &g);
    if (q_call_items(r->db, c->org_id, c->id, r->arena, &it, rows_collect, &items) < DB_NONE ||
        q_call_groups(r->db, c->org_id, c->id, r->arena, &g, rows_collect, &groups) < DB_NONE)
        return false;
    int n[ITEM_KINDS] = {0};
    int64_t weights = 0;
    for (int i = 0; i < items.n; i++) {
        const CallItem *x = ROW(&items, CallItem, i);
        n[x->kind]++;
        if (x->kind == ITEM_CRITERION)
            weights += x->weight;
    }
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s – %s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n",
         _(r, "Budget"), money_text(r, c->budget), _(r, "Grants"), money_text(r, c->min_grant),
         money_text(r, c->max_grant), _(r, "Opens"), moment_text(r, c->opens_at), _(r, "Closes"),
         moment_text(r, c->closes_at));
    html(h, "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Payment of grants"),
         tranche_plan_text(r, &c->tranches), _(r, "Reviewers disagree"),
         arena_printf(r->arena, _(r, "when their scores are more than %s of the scale apart"),
                      percent_text(r, c->disagree_pct)));
    html_group_list(h, r, &groups);
    for (int k = 0; k < ITEM_KINDS; k++) {
        if (!n[k] && !edit)
            continue;
        const char *list = k == ITEM_CRITERION ? "ol" : "ul";
        html(h, "<h2>%s</h2>\n", _(r, vocab_label(&item_kind_vocab, k)));
        if (n[k]) {
            html(h, "<%s class=\"items\">\n", list);
            for (int i = 0; i < items.n; i++)
                if (ROW(&items, CallItem, i)->kind == (ItemKind)k)
                    item_row(h, r, ROW(&items, CallItem, i), c->status == CALL_DRAFT && edit);
            html(h, "</%s>\n", list);
        } else {
            html(h, "<p>%s</p>\n", _(r, "None yet."));
        }
        if (k == ITEM_CRITERION && n[k] && edit)
            html(h, "<p><small>%s</small></p>\n",
                 arena_printf(r->arena, _(r, "Scores from %lld to %lld; weights add up to %lld."),
                              (long long)c->scale_min, (long long)c->scale_max,
                              (long long)weights));
    }
    return true;
}

/* --- target groups as checkboxes -------------------------------------------------- */

const char *const *group_options(Req *r, const Rows *groups)
{
    Options o = OPTIONS(r->arena);
    for (int i = 0; i < groups->n; i++) {
        const TargetGroup *g = ROW(groups, TargetGroup, i);
        options_id(&o, g->id, lang_pick(r->lang, g->name));
    }
    return options_end(&o);
}

int64_t group_mask(Req *r, const char *const *options, const Rows *chosen)
{
    int64_t *ids = arena_alloc(r->arena, sizeof *ids * (size_t)(chosen->n + 1));
    for (int i = 0; i < chosen->n; i++)
        ids[i] = ROW(chosen, TargetGroup, i)->id;
    return html_options_mask(options, ids, chosen->n);
}

void html_group_list(Html *h, Req *r, const Rows *chosen)
{
    if (!chosen->n)
        return;
    html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Target groups"));
    for (int i = 0; i < chosen->n; i++)
        html(h, "<li>%s</li>\n", lang_pick(r->lang, ROW(chosen, TargetGroup, i)->name));
    html_lit(h, "</ul>\n");
}
