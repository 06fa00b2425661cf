/* views/calls/call.c — page parts about one call for projects (see call.h). */
#include "views/calls/call.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
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
    GroupChoice g = {.r = r, .list = html_new(r->arena)};
    if (q_call_items(r->db, c->org_id, c->id, r->arena, &it, rows_collect, &items) < DB_NONE ||
        q_call_groups(r->db, c->org_id, c->id, r->arena, &g.row, group_choice_chosen, &g) < DB_NONE)
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
    if (g.nids) {
        html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Target groups"));
        html_append(h, g.list);
        html_lit(h, "</ul>\n");
    }
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

bool group_choice_option(void *ctx)
{
    GroupChoice *g = ctx;
    if (g->n + 3 > g->cap) {
        int cap = g->cap ? g->cap * 2 : 32;
        g->opts = arena_realloc(g->r->arena, g->opts, sizeof *g->opts * (size_t)g->n,
                                sizeof *g->opts * (size_t)cap);
        g->cap = cap;
    }
    g->opts[g->n++] = arena_printf(g->r->arena, "%lld", (long long)g->row.id);
    g->opts[g->n++] = lang_pick(g->r->lang, g->row.name);
    g->opts[g->n] = NULL;
    return true;
}

bool group_choice_chosen(void *ctx)
{
    GroupChoice *g = ctx;
    if (g->nids == g->idcap) {
        int cap = g->idcap ? g->idcap * 2 : 16;
        g->ids = arena_realloc(g->r->arena, g->ids, sizeof *g->ids * (size_t)g->nids,
                               sizeof *g->ids * (size_t)cap);
        g->idcap = cap;
    }
    g->ids[g->nids++] = g->row.id;
    if (g->list)
        html(g->list, "<li>%s</li>\n", lang_pick(g->r->lang, g->row.name));
    return true;
}

int64_t group_choice_mask(const GroupChoice *g)
{
    return html_options_mask(g->opts, g->ids, g->nids);
}
