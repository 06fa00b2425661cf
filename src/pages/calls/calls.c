/* calls.c — a funder's calls for projects: create and edit one (texts in three languages,
 * budget and grant limits, opening and closing to the minute in Brussels time, reviews
 * per proposal, the score scale), its eligibility checklist, award criteria with weights
 * and required attachments, the target groups it aims at; publish it. And the public
 * pages: the open calls at /calls and one call at /calls/{id}. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pages/calls/calls.h"
#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/groups.h"
#include "domain/money.h"
#include "html/fmt.h"
#include "q/calls/call.h"

static const char *const title_fields[3] = {"title_en", "title_nl", "title_fr"};
static const char *const desc_fields[3] = {"description_en", "description_nl", "description_fr"};
static const char *const title_labels[3] = {N_("Title in English"), N_("Title in Dutch"),
                                            N_("Title in French")};
static const char *const desc_labels[3] = {N_("Description in English"),
                                           N_("Description in Dutch"),
                                           N_("Description in French")};
static const char *const text_fields[3] = {"text_en", "text_nl", "text_fr"};
static const char *const text_labels[3] = {N_("In English"), N_("In Dutch"), N_("In French")};

static const char *const kinds[] = {"eligibility", N_("Eligibility checklist"), "criterion",
                                    N_("Award criteria"), "attachment",
                                    N_("Required attachments"), NULL};

const char *call_title(Req *r, const Call *c)
{
    return lang_pick(r->lang, (char *const *)c->title);
}

static bool can_manage(const Req *r)
{
    return r->roles & ROLE_FUNDER;
}

/* --- the funder's list and form ---------------------------------------------------- */

typedef struct CallList {
    Req *r;
    Html *h;
    Call row;
    int n;
} CallList;

static const char *status_text(Req *r, const Call *c, int64_t now)
{
    if (!strcmp(c->status, "draft"))
        return _(r, "Draft, not published");
    if (!strcmp(c->status, "decided"))
        return _(r, "Decided");
    if (now < c->opens_at)
        return _(r, "Published, opens soon");
    if (now < c->closes_at)
        return _(r, "Open for proposals");
    return _(r, "Closed, in review");
}

static bool call_row(void *ctx)
{
    CallList *l = ctx;
    Req *r = l->r;
    Call *c = &l->row;
    html(l->h, "<tr><td><a href=\"/orgs/%lld/calls/%lld\">%s</a></td><td>%s</td><td>%s</td>"
               "<td>%s</td></tr>\n",
         (long long)r->org_id, (long long)c->id, call_title(r, c),
         status_text(r, c, clock_now()), moment_text(r, c->closes_at), money_text(r, c->budget));
    l->n++;
    return true;
}

/* GET /orgs/{org}/calls */
enum MHD_Result page_calls(Req *r)
{
    CallList l = {.r = r, .h = html_new(r->arena)};
    if (q_call_list(r->db, r->org_id, r->arena, &l.row, call_row, &l) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Calls for projects"));
    html(h, "<h1>%s</h1>\n", _(r, "Calls for projects"));
    if (can_manage(r))
        html(h, "<p><a href=\"/orgs/%lld/calls/new\" role=\"button\">%s</a> "
                "<a href=\"/orgs/%lld/target-groups\">%s</a></p>\n",
             (long long)r->org_id, _(r, "New call"), (long long)r->org_id, _(r, "Target groups"));
    if (!l.n) {
        html(h, "<p>%s</p>\n", _(r, "No calls yet."));
        return page_end(r, h);
    }
    html_table_begin(h, _(r, "Calls for projects"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
            "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Title"), _(r, "Status"), _(r, "Closes"), _(r, "Budget"));
    html_append(h, l.h);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    return page_end(r, h);
}

static enum MHD_Result call_form(Req *r, const Call *c, const FormErrors *e, int status)
{
    bool is_new = c->id == 0;
    const char *title = is_new ? _(r, "New call for projects") : _(r, "Edit the call");
    char budget[32], min[32], max[32];
    money_plain(c->budget, budget, sizeof budget);
    money_plain(c->min_grant, min, sizeof min);
    money_plain(c->max_grant, max, sizeof max);
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r, is_new ? arena_printf(r->arena, "/orgs/%lld/calls", (long long)r->org_id)
                                 : arena_printf(r->arena, "/orgs/%lld/calls/%lld",
                                                (long long)r->org_id, (long long)c->id));
    html(h, "<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "Title and description"),
         _(r, "Give them in at least one language; the others show that one."));
    for (int l = 0; l < LANG_COUNT; l++) {
        html_input(h, r, e, "text", title_fields[l], _(r, title_labels[l]), c->title[l], "off");
        html_textarea(h, e, desc_fields[l], _(r, desc_labels[l]), c->description[l], 5);
    }
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n", _(r, "Money (euro)"));
    html_input(h, r, e, "text", "budget", _(r, "Total budget"), form_get(r, "budget") ? form_get(r, "budget") : budget, "off");
    html_input(h, r, e, "text", "min_grant", _(r, "Smallest grant"), form_get(r, "min_grant") ? form_get(r, "min_grant") : min, "off");
    html_input(h, r, e, "text", "max_grant", _(r, "Largest grant"), form_get(r, "max_grant") ? form_get(r, "max_grant") : max, "off");
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n<p><small>%s</small></p>\n",
         _(r, "When proposals can be submitted"),
         _(r, "Brussels time. A proposal submitted after the closing minute is refused."));
    html_input(h, r, e, "datetime-local", "opens_at", _(r, "Opens"),
               form_get(r, "opens_at") ? form_get(r, "opens_at")
                                       : (c->opens_at ? moment_field(r, c->opens_at) : NULL),
               "off");
    html_input(h, r, e, "datetime-local", "closes_at", _(r, "Closes"),
               form_get(r, "closes_at") ? form_get(r, "closes_at")
                                        : (c->closes_at ? moment_field(r, c->closes_at) : NULL),
               "off");
    html(h, "</fieldset>\n<fieldset>\n<legend>%s</legend>\n", _(r, "Review"));
    html_input(h, r, e, "number", "reviews_needed", _(r, "Reviews per proposal"),
               arena_printf(r->arena, "%lld", (long long)c->reviews_needed), "off");
    html_input(h, r, e, "number", "scale_min", _(r, "Lowest score"),
               arena_printf(r->arena, "%lld", (long long)c->scale_min), "off");
    html_input(h, r, e, "number", "scale_max", _(r, "Highest score"),
               arena_printf(r->arena, "%lld", (long long)c->scale_max), "off");
    html_lit(h, "</fieldset>\n");
    html(h, "<button type=\"submit\">%s</button>\n", is_new ? _(r, "Create the call") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/calls/new */
enum MHD_Result page_call_new(Req *r)
{
    Call c = {.reviews_needed = 3, .scale_min = 0, .scale_max = 10};
    return call_form(r, &c, NULL, 200);
}

static void money_field(Req *r, FormErrors *e, const char *name, const char *label, int64_t *out)
{
    const char *v = form_get(r, name);
    if (!v || !*v)
        form_error(e, name, arena_printf(r->arena, _(r, "%s is required."), _(r, label)));
    else if (!money_parse(v, out))
        form_error(e, name, arena_printf(r->arena, _(r, "%s: enter an amount in euro, e.g. 25000 or 25.000,50."), _(r, label)));
}

/* Reads and checks the call form into c. */
static bool call_read(Req *r, Call *c, FormErrors *e)
{
    FieldSpec spec[] = {
        {.name = "title_en", .type = F_TEXT, .max = 200, .label = title_labels[0], .text = &c->title[0]},
        {.name = "title_nl", .type = F_TEXT, .max = 200, .label = title_labels[1], .text = &c->title[1]},
        {.name = "title_fr", .type = F_TEXT, .max = 200, .label = title_labels[2], .text = &c->title[2]},
        {.name = "description_en", .type = F_TEXT, .max = 10000, .label = desc_labels[0], .text = &c->description[0]},
        {.name = "description_nl", .type = F_TEXT, .max = 10000, .label = desc_labels[1], .text = &c->description[1]},
        {.name = "description_fr", .type = F_TEXT, .max = 10000, .label = desc_labels[2], .text = &c->description[2]},
        {.name = "reviews_needed", .type = F_INT, .required = true, .min = 1, .max = 20, .label = N_("Reviews per proposal"), .num = &c->reviews_needed},
        {.name = "scale_min", .type = F_INT, .required = true, .min = 0, .max = 100, .label = N_("Lowest score"), .num = &c->scale_min},
        {.name = "scale_max", .type = F_INT, .required = true, .min = 1, .max = 100, .label = N_("Highest score"), .num = &c->scale_max},
        {0},
    };
    form_read(r, spec, e);
    if (!c->title[0] && !c->title[1] && !c->title[2])
        form_error(e, "title_en", _(r, "Give the title in at least one language."));
    money_field(r, e, "budget", N_("Total budget"), &c->budget);
    money_field(r, e, "min_grant", N_("Smallest grant"), &c->min_grant);
    money_field(r, e, "max_grant", N_("Largest grant"), &c->max_grant);
    if (!form_error_for(e, "min_grant") && !form_error_for(e, "max_grant") &&
        c->max_grant < c->min_grant)
        form_error(e, "max_grant", _(r, "The largest grant cannot be below the smallest."));
    if (!form_error_for(e, "budget") && !form_error_for(e, "max_grant") && c->max_grant > c->budget)
        form_error(e, "max_grant", _(r, "The largest grant cannot exceed the budget."));
    const char *o = form_get(r, "opens_at"), *x = form_get(r, "closes_at");
    bool o_ok = moment_parse(o, &c->opens_at), x_ok = moment_parse(x, &c->closes_at);
    if (!o_ok)
        form_error(e, "opens_at", _(r, "Enter a date and time that exist, e.g. 2027-01-31 12:00."));
    if (!x_ok)
        form_error(e, "closes_at", _(r, "Enter a date and time that exist, e.g. 2027-01-31 12:00."));
    if (o_ok && x_ok && c->closes_at <= c->opens_at)
        form_error(e, "closes_at", _(r, "The call must close after it opens."));
    if (!form_error_for(e, "scale_min") && !form_error_for(e, "scale_max") &&
        c->scale_max <= c->scale_min)
        form_error(e, "scale_max", _(r, "The highest score must be above the lowest."));
    c->org_id = r->org_id;
    return e->n == 0;
}

typedef struct CallSave {
    Req *r;
    Call *c;
    bool seed; /* the funder has no target groups yet */
} CallSave;

static DbStatus call_add_tx(Db *db, void *ctx)
{
    CallSave *s = ctx;
    int64_t now = clock_now();
    DbStatus st = q_call_add(db, s->c, now, &s->c->id);
    if (st < DB_NONE || !s->seed)
        return st;
    for (size_t i = 0; i < DEFAULT_GROUPS; i++)
        if ((st = q_target_group_add(db, s->c->org_id, default_groups[i])) < DB_NONE)
            return st;
    return DB_ONE;
}

static bool any_row(void *ctx)
{
    *(bool *)ctx = true;
    return false;
}

/* POST /orgs/{org}/calls */
enum MHD_Result page_call_create(Req *r)
{
    Call c = {0};
    FormErrors e;
    if (!call_read(r, &c, &e))
        return call_form(r, &c, &e, 400);
    TargetGroup g;
    bool has = false;
    if (q_target_groups(r->db, r->org_id, r->arena, &g, any_row, &has) < DB_NONE)
        return reply_error(r, ERR_DB);
    CallSave s = {r, &c, !has};
    if (db_tx(r->db, call_add_tx, &s) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)c.id));
}

static bool call_load(Req *r, Call *c, enum MHD_Result *reply)
{
    DbStatus st = q_call_get(r->db, r->org_id, req_id(r, "id"), r->arena, c);
    if (st == DB_ONE)
        return true;
    *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    return false;
}

/* GET /orgs/{org}/calls/{id}/edit */
enum MHD_Result page_call_edit(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    return call_form(r, &c, NULL, 200);
}

/* POST /orgs/{org}/calls/{id} */
enum MHD_Result page_call_update(Req *r)
{
    Call old;
    enum MHD_Result reply;
    if (!call_load(r, &old, &reply))
        return reply;
    Call c = {.id = old.id, .status = old.status};
    FormErrors e;
    if (!call_read(r, &c, &e))
        return call_form(r, &c, &e, 400);
    DbStatus st = q_call_update(r->db, &c, clock_now());
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE) {
        form_error(&e, "title_en", _(r, "A decided call can no longer be changed."));
        return call_form(r, &c, &e, 409);
    }
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* --- the funder's page of one call ------------------------------------------------- */

typedef struct Items {
    Req *r;
    Html *h[3]; /* by kind */
    int n[3];
    CallItem row;
    bool draft, edit;
    int64_t weights;
} Items;

static int kind_index(const char *kind)
{
    return !strcmp(kind, "eligibility") ? 0 : !strcmp(kind, "criterion") ? 1 : 2;
}

static bool item_row(void *ctx)
{
    Items *l = ctx;
    Req *r = l->r;
    CallItem *it = &l->row;
    int k = kind_index(it->kind);
    html(l->h[k], "<li>%s", lang_pick(r->lang, it->text));
    if (k == 1) {
        html(l->h[k], " <small>(%s)</small>",
             arena_printf(r->arena, _(r, "weight %lld"), (long long)it->weight));
        l->weights += it->weight;
    }
    if (l->draft && l->edit)
        html_button_form(l->h[k], r, arena_printf(r->arena, "/orgs/%lld/call-items/%lld/delete",
                                                  (long long)r->org_id, (long long)it->id),
                         _(r, "Remove"), lang_pick(r->lang, it->text));
    html_lit(l->h[k], "</li>\n");
    l->n[k]++;
    return true;
}

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
    if (g->nids < 64)
        g->ids[g->nids++] = g->row.id;
    if (g->list)
        html(g->list, "<li>%s</li>\n", lang_pick(g->r->lang, g->row.name));
    return true;
}

int64_t group_choice_mask(const GroupChoice *g)
{
    return html_options_mask(g->opts, g->ids, g->nids);
}

/* The sections listing a call's items, for the funder's page and the public one. */
static bool html_call_terms(Html *h, Req *r, const Call *c, bool edit)
{
    Items l = {.r = r, .draft = !strcmp(c->status, "draft"), .edit = edit};
    for (int k = 0; k < 3; k++)
        l.h[k] = html_new(r->arena);
    GroupChoice g = {.r = r, .list = html_new(r->arena)};
    if (q_call_items(r->db, c->org_id, c->id, r->arena, &l.row, item_row, &l) < DB_NONE ||
        q_call_groups(r->db, c->org_id, c->id, r->arena, &g.row, group_choice_chosen, &g) < DB_NONE)
        return false;
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s – %s</dd>\n"
            "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n</dl>\n",
         _(r, "Budget"), money_text(r, c->budget), _(r, "Grants"),
         money_text(r, c->min_grant), money_text(r, c->max_grant), _(r, "Opens"),
         moment_text(r, c->opens_at), _(r, "Closes"), moment_text(r, c->closes_at));
    if (g.nids) {
        html(h, "<h2>%s</h2>\n<ul>\n", _(r, "Target groups"));
        html_append(h, g.list);
        html_lit(h, "</ul>\n");
    }
    for (int k = 0; k < 3; k++) {
        if (!l.n[k] && !edit)
            continue;
        html(h, "<h2>%s</h2>\n", _(r, kinds[2 * k + 1]));
        if (l.n[k]) {
            html(h, "<%s class=\"items\">\n", k == 1 ? "ol" : "ul");
            html_append(h, l.h[k]);
            html(h, "</%s>\n", k == 1 ? "ol" : "ul");
        } else {
            html(h, "<p>%s</p>\n", _(r, "None yet."));
        }
        if (k == 1 && l.n[k] && edit)
            html(h, "<p><small>%s</small></p>\n",
                 arena_printf(r->arena, _(r, "Scores from %lld to %lld; weights add up to %lld."),
                              (long long)c->scale_min, (long long)c->scale_max,
                              (long long)l.weights));
    }
    return true;
}

static enum MHD_Result call_page(Req *r, const Call *c, const FormErrors *item_e,
                                 const char *notice, int status)
{
    Html *h = page_begin(r, call_title(r, c));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", call_title(r, c), status_text(r, c, clock_now()));
    html_notice(h, notice, false);
    const char *desc = lang_pick(r->lang, (char *const *)c->description);
    if (*desc)
        html(h, "<p class=\"prose\">%s</p>\n", desc);
    bool edit = can_manage(r) && strcmp(c->status, "decided");
    if (edit)
        html(h, "<p><a href=\"/orgs/%lld/calls/%lld/edit\">%s</a></p>\n", (long long)r->org_id,
             (long long)c->id, _(r, "Edit the call"));
    if (!html_call_terms(h, r, c, edit))
        return reply_error(r, ERR_DB);
    if (edit) {
        bool draft = !strcmp(c->status, "draft");
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Add to the call"),
             draft ? _(r, "Items can be removed until the call is published; after that, only added.")
                   : _(r, "The call is published: items can still be added, not removed."));
        html_error_summary(h, r, item_e);
        html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/items",
                                           (long long)r->org_id, (long long)c->id));
        const char *opts[7];
        for (int i = 0; i < 6; i += 2) {
            opts[i] = kinds[i];
            opts[i + 1] = _(r, kinds[i + 1]);
        }
        opts[6] = NULL;
        html_select(h, item_e, "kind", _(r, "Kind"), opts, form_get(r, "kind"));
        for (int l = 0; l < LANG_COUNT; l++)
            html_input(h, r, item_e, "text", text_fields[l], _(r, text_labels[l]),
                       item_e ? form_get(r, text_fields[l]) : NULL, "off");
        html_input(h, r, item_e, "number", "weight", _(r, "Weight (award criteria)"),
                   item_e && form_get(r, "weight") ? form_get(r, "weight") : "1", "off");
        html(h, "<button type=\"submit\">%s</button>\n", _(r, "Add"));
        html_form_end(h);

        GroupChoice g = {.r = r};
        if (q_target_groups(r->db, r->org_id, r->arena, &g.row, group_choice_option, &g) < DB_NONE ||
            q_call_groups(r->db, r->org_id, c->id, r->arena, &g.row, group_choice_chosen, &g) < DB_NONE)
            return reply_error(r, ERR_DB);
        if (g.n) {
            int64_t mask = group_choice_mask(&g);
            html_form_begin(h, r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/groups",
                                               (long long)r->org_id, (long long)c->id));
            html_checkboxes(h, NULL, "groups", _(r, "Target groups of the call"), g.opts, mask);
            html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n",
                 _(r, "Save the target groups"));
            html_form_end(h);
        }
        if (draft) {
            html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Publish"),
                 _(r, "Publishing announces the call on its public page; organisations can "
                      "submit proposals from the opening to the closing minute."));
            html_button_form(h, r, arena_printf(r->arena, "/orgs/%lld/calls/%lld/publish",
                                                (long long)r->org_id, (long long)c->id),
                             _(r, "Publish the call"), NULL);
        }
    }
    if (strcmp(c->status, "draft"))
        html(h, "<p><a href=\"/orgs/%lld/calls/%lld/ranking\">%s</a> · "
                "<a href=\"/orgs/%lld/calls/%lld/report\">%s</a> · <a href=\"/calls/%lld\">%s</a></p>\n",
             (long long)r->org_id, (long long)c->id, _(r, "Ranking and decision"),
             (long long)r->org_id, (long long)c->id, _(r, "Figures of the call"), (long long)c->id,
             _(r, "See the public page"));
    if (!html_call_proposals(h, r, c) ||
        !html_call_jury(h, r, c, query_get(r, "jury") ? _(r, "The jury is updated.") : NULL))
        return reply_error(r, ERR_DB);
    html(h, "<p><a href=\"/orgs/%lld/calls\">%s</a></p>\n", (long long)r->org_id,
         _(r, "All calls"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/calls/{id} */
enum MHD_Result page_call(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    const char *notice = NULL;
    if (query_get(r, "saved"))
        notice = _(r, "The changes have been saved.");
    else if (query_get(r, "published"))
        notice = _(r, "The call is published.");
    return call_page(r, &c, NULL, notice, 200);
}

/* POST /orgs/{org}/calls/{id}/items */
enum MHD_Result page_call_item_add(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    static const char *const kind_values[] = {"eligibility", "criterion", "attachment", NULL};
    CallItem it = {0};
    FieldSpec spec[] = {
        {.name = "kind", .type = F_CHOICE, .required = true, .choices = kind_values, .label = N_("Kind"), .text = &it.kind},
        {.name = "text_en", .type = F_TEXT, .max = 500, .label = text_labels[0], .text = &it.text[0]},
        {.name = "text_nl", .type = F_TEXT, .max = 500, .label = text_labels[1], .text = &it.text[1]},
        {.name = "text_fr", .type = F_TEXT, .max = 500, .label = text_labels[2], .text = &it.text[2]},
        {.name = "weight", .type = F_INT, .min = 0, .max = 100, .label = N_("Weight (award criteria)"), .num = &it.weight},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (!it.text[0] && !it.text[1] && !it.text[2])
        form_error(&e, "text_en", _(r, "Write it in at least one language."));
    if (it.kind && strcmp(it.kind, "criterion"))
        it.weight = 0;
    else if (!form_error_for(&e, "weight") && it.weight < 1)
        form_error(&e, "weight", _(r, "An award criterion needs a weight from 1 to 100."));
    if (!e.n) {
        DbStatus st = q_call_item_add(r->db, r->org_id, c.id, &it);
        if (st < DB_NONE)
            return reply_error(r, ERR_DB);
        if (st == DB_NONE)
            form_error(&e, "kind", _(r, "A decided call can no longer be changed."));
    }
    if (e.n)
        return call_page(r, &c, &e, NULL, 400);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* POST /orgs/{org}/call-items/{id}/delete */
enum MHD_Result page_call_item_delete(Req *r)
{
    int64_t call_id;
    DbStatus st = q_call_item_delete(r->db, r->org_id, req_id(r, "id"), &call_id);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)call_id));
}

typedef struct GroupsTx {
    int64_t org_id, call_id;
    int64_t ids[64];
    int n;
    bool stranger;
} GroupsTx;

static DbStatus groups_tx(Db *db, void *ctx)
{
    GroupsTx *t = ctx;
    DbStatus st = q_call_groups_clear(db, t->org_id, t->call_id);
    for (int i = 0; st >= DB_NONE && i < t->n; i++) {
        st = q_call_group_add(db, t->org_id, t->call_id, t->ids[i]);
        if (st == DB_NONE) {
            t->stranger = true;
            return DB_CONFLICT;
        }
    }
    return st;
}

/* POST /orgs/{org}/calls/{id}/groups */
enum MHD_Result page_call_groups(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    if (!strcmp(c.status, "decided"))
        return reply_error(r, ERR_FORBIDDEN);
    GroupsTx t = {.org_id = r->org_id, .call_id = c.id};
    const char *ids[64];
    int n = form_get_all(r, "groups", ids, 64);
    for (int i = 0; i < n; i++)
        if (!parse_int64(ids[i], &t.ids[t.n++]))
            return reply_error(r, ERR_BAD_REQUEST);
    DbStatus st = db_tx(r->db, groups_tx, &t);
    if (t.stranger)
        return reply_error(r, ERR_BAD_REQUEST);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?saved=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* POST /orgs/{org}/calls/{id}/publish */
enum MHD_Result page_call_publish(Req *r)
{
    Call c;
    enum MHD_Result reply;
    if (!call_load(r, &c, &reply))
        return reply;
    Items l = {.r = r};
    for (int k = 0; k < 3; k++)
        l.h[k] = html_new(r->arena);
    if (q_call_items(r->db, r->org_id, c.id, r->arena, &l.row, item_row, &l) < DB_NONE)
        return reply_error(r, ERR_DB);
    FormErrors e = {0};
    if (!l.n[1])
        form_error(&e, "kind", _(r, "Add at least one award criterion before publishing."));
    if (e.n)
        return call_page(r, &c, &e, NULL, 409);
    DbStatus st = q_call_publish(r->db, r->org_id, c.id, clock_now());
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/calls/%lld?published=1",
                                          (long long)r->org_id, (long long)c.id));
}

/* --- public pages ----------------------------------------------------------------- */

typedef struct Open {
    Req *r;
    Html *h;
    Call row;
    int n;
} Open;

static bool open_card(void *ctx)
{
    Open *o = ctx;
    Req *r = o->r;
    Call *c = &o->row;
    html(o->h, "<article>\n<h2><a href=\"/calls/%lld\">%s</a></h2>\n<p>%s</p>\n"
               "<p>%s<br>%s</p>\n</article>\n",
         (long long)c->id, call_title(r, c), c->funder,
         arena_printf(r->arena, _(r, "Budget: %s"), money_text(r, c->budget)),
         arena_printf(r->arena, _(r, "Closes %s"), moment_text(r, c->closes_at)));
    o->n++;
    return true;
}

/* GET /calls */
enum MHD_Result page_public_calls(Req *r)
{
    Open o = {.r = r, .h = html_new(r->arena)};
    if (q_calls_open(r->db, clock_now(), r->arena, &o.row, open_card, &o) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Calls for projects"));
    html(h, "<h1>%s</h1>\n", _(r, "Calls for projects"));
    if (!o.n)
        html(h, "<p>%s</p>\n", _(r, "No call for projects is open at the moment."));
    else
        html_append(h, o.h);
    return page_end(r, h);
}

/* GET /calls/{id} */
enum MHD_Result page_public_call(Req *r)
{
    Call c;
    DbStatus st = q_call_public(r->db, req_id(r, "id"), r->arena, &c);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    Html *h = page_begin(r, call_title(r, &c));
    html(h, "<h1>%s</h1>\n<p>%s · %s</p>\n", call_title(r, &c), c.funder,
         status_text(r, &c, clock_now()));
    const char *desc = lang_pick(r->lang, (char *const *)c.description);
    if (*desc)
        html(h, "<p class=\"prose\">%s</p>\n", desc);
    if (!html_call_selected(h, r, &c) || !html_call_terms(h, r, &c, false))
        return reply_error(r, ERR_DB);
    int64_t now = clock_now();
    if (!strcmp(c.status, "published") && now >= c.opens_at && now < c.closes_at)
        html(h, "<p>%s</p>\n",
             _(r, "Organisations answer this call from their traject space, under Proposals."));
    return page_end(r, h);
}

/* --- the funder's list of target groups -------------------------------------------- */

typedef struct GroupList {
    Req *r;
    Html *h;
    TargetGroup row;
    int n;
} GroupList;

static bool group_item(void *ctx)
{
    GroupList *l = ctx;
    Req *r = l->r;
    html(l->h, "<li>%s ", lang_pick(r->lang, l->row.name));
    html_button_form(l->h, r, arena_printf(r->arena, "/orgs/%lld/target-groups/%lld/archive",
                                           (long long)r->org_id, (long long)l->row.id),
                     _(r, "Remove"), lang_pick(r->lang, l->row.name));
    html_lit(l->h, "</li>\n");
    l->n++;
    return true;
}

static enum MHD_Result groups_page(Req *r, const FormErrors *e, int status)
{
    GroupList l = {.r = r, .h = html_new(r->arena)};
    if (q_target_groups(r->db, r->org_id, r->arena, &l.row, group_item, &l) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Target groups"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Target groups"),
         _(r, "The groups your calls for projects can aim at. A group removed here stays on the "
              "calls and proposals that already name it."));
    if (l.n) {
        html_lit(h, "<ul class=\"items\">\n");
        html_append(h, l.h);
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
    html(h, "<p><a href=\"/orgs/%lld/calls\">%s</a></p>\n", (long long)r->org_id, _(r, "All calls"));
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
        {.name = "text_en", .type = F_TEXT, .max = 200, .label = text_labels[0], .text = &name[0]},
        {.name = "text_nl", .type = F_TEXT, .max = 200, .label = text_labels[1], .text = &name[1]},
        {.name = "text_fr", .type = F_TEXT, .max = 200, .label = text_labels[2], .text = &name[2]},
        {0},
    };
    FormErrors e;
    form_read(r, spec, &e);
    if (!name[0] && !name[1] && !name[2])
        form_error(&e, "text_en", _(r, "Write it in at least one language."));
    if (e.n)
        return groups_page(r, &e, 400);
    if (q_target_group_add(r->db, r->org_id, (const char *const *)name) < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/target-groups", (long long)r->org_id));
}

/* POST /orgs/{org}/target-groups/{id}/archive */
enum MHD_Result page_target_group_archive(Req *r)
{
    DbStatus st = q_target_group_archive(r->db, r->org_id, req_id(r, "id"));
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_NONE)
        return reply_error(r, ERR_NOT_FOUND);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/target-groups", (long long)r->org_id));
}
