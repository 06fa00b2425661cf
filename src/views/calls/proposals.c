/* views/calls/proposals.c — the lists of proposals, a page at a time (see proposals.h). */
#include "views/calls/proposals.h"

#include "core/arena.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "html/pager.h"
#include "html/table.h"
#include "q/calls/proposal_list.h"

const char *proposal_status_text(Req *r, ProposalStatus s)
{
    return _(r, vocab_label(&proposal_status_vocab, (int)s));
}

void html_proposal_facts(Html *h, Req *r, const Proposal *p)
{
    html(h,
         "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%s</dd>\n"
         "<dt>%s</dt><dd>%s</dd>\n<dt>%s</dt><dd>%lld</dd>\n<dt>%s</dt><dd>%lld</dd>\n</dl>\n",
         _(r, "Receipt"), p->receipt, _(r, "Submitted"), moment_text(r, p->submitted_at),
         _(r, "Requested"), money_text(r, p->requested), _(r, "People to train"),
         (long long)p->planned_trained, _(r, "People to reach"), (long long)p->planned_reached);
    if (p->summary && *p->summary)
        html(h, "<h2>%s</h2>\n<p class=\"prose\">%s</p>\n", _(r, "Summary"), p->summary);
}

/* The status filter of a list (?status=key), -1 for none or an unknown key. */
static int status_read(Req *r)
{
    char *key = NULL;
    FieldSpec spec[] = {
        FIELD("status", F_CHOICE, NULL, .choices = vocab_keys(r, &proposal_status_vocab),
              .text = &key),
        {0},
    };
    FormErrors e;
    int s;
    return query_read(r, spec, &e) && key && vocab_parse(&proposal_status_vocab, key, &s) ? s : -1;
}

/* Opens the list's pager, bound to its status filter (a cursor of one filter is no cursor
 * of another) and keeping it in every link. */
static void list_open(Req *r, Pager *pg, const char *list, const PagerCol *cols, int ncols,
                      PagerKeyFn key, Proposal *p, int status)
{
    const char *s = status >= 0 ? vocab_key(&proposal_status_vocab, status) : "";
    pager_open(r, pg, arena_printf(r->arena, "%s-%s", list, s), cols, ncols, key,
               ROWS_FROM(r->arena, p));
    if (status >= 0)
        pager_keep(r, pg, "status", s);
}

/* The status filter (drafts among the choices or not); the search and order are kept. */
static void status_form(Html *h, Req *r, const Pager *pg, int status, bool drafts)
{
    const char **opts =
        arena_alloc(r->arena, sizeof *opts * (size_t)(2 * proposal_status_vocab.n + 3));
    int o = 0;
    opts[o++] = "";
    opts[o++] = _(r, "All statuses");
    for (int i = 0; i < proposal_status_vocab.n; i++) {
        const VocabEntry *v = &proposal_status_vocab.entries[i];
        if (v->value == PROPOSAL_DRAFT && !drafts)
            continue;
        opts[o++] = v->key;
        opts[o++] = _(r, v->label);
    }
    opts[o] = NULL;
    html(h, "<form method=\"get\" action=\"%s\" class=\"filters\">\n", r->path);
    html_select(h, NULL, "status", _(r, "Status"), opts,
                status >= 0 ? vocab_key(&proposal_status_vocab, status) : "");
    pager_keep_fields(h, pg);
    html(h, "<button type=\"submit\" class=\"secondary\">%s</button>\n</form>\n", _(r, "Show"));
}

void html_budget_table(Html *h, Req *r, const Rows *lines, bool own, bool draft)
{
    html_table_begin(h, _(r, "Budget"));
    html(h, "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>", _(r, "Budget line"),
         _(r, "Amount"));
    if (own)
        html(h, "<th scope=\"col\"><span class=\"sr\">%s</span></th>", _(r, "Actions"));
    html_lit(h, "</tr></thead>\n<tbody>\n");
    int64_t total = 0;
    for (int i = 0; i < lines->n; i++) {
        const BudgetLine *l = ROW(lines, BudgetLine, i);
        html(h, "<tr><td>%s</td><td class=\"num\">%s</td>", l->label, money_text(r, l->amount));
        if (own) {
            html_lit(h, "<td>");
            if (draft)
                html_button_form(h, r,
                                 arena_printf(r->arena, "/orgs/%lld/budget-lines/%lld/delete",
                                              (long long)r->org_id, (long long)l->id),
                                 _(r, "Remove"), l->label);
            html_lit(h, "</td>");
        }
        html_lit(h, "</tr>\n");
        total += l->amount;
    }
    html(h, "</tbody>\n<tfoot><tr><th scope=\"row\">%s</th><td class=\"num\">%s</td>",
         _(r, "Total"), money_text(r, total));
    if (own)
        html_lit(h, "<td></td>");
    html_lit(h, "</tr></tfoot>\n");
    html_table_end(h);
}

/* --- the funder's view of the proposals of a call ------------------------------------- */

static const PagerCol call_cols[CALL_PROPOSAL_SORTS] = {
    [CALL_PROPOSAL_BY_SUBMITTED] = {.key = "submitted", .label = N_("Submitted"), .numeric = true},
    [CALL_PROPOSAL_BY_TITLE] = {.key = "title", .label = N_("Title")},
    [CALL_PROPOSAL_BY_ORG] = {.key = "org", .label = N_("Organisation")},
    [CALL_PROPOSAL_BY_REQUESTED] = {.key = "requested",
                                    .label = N_("Requested"),
                                    .numeric = true,
                                    .desc_first = true},
};

static void call_key(const void *row, int sort, PagerKey *k)
{
    const Proposal *p = row;
    switch (sort) {
    case CALL_PROPOSAL_BY_TITLE:
        *k = (PagerKey){.text = p->title, .id = p->id};
        break;
    case CALL_PROPOSAL_BY_ORG:
        *k = (PagerKey){.text = p->org_name, .id = p->id};
        break;
    case CALL_PROPOSAL_BY_REQUESTED:
        *k = (PagerKey){.num = p->requested, .id = p->id};
        break;
    default:
        *k = (PagerKey){.num = p->submitted_at, .id = p->id};
    }
}

bool html_call_proposals(Html *h, Req *r, const Call *c)
{
    if (c->status == CALL_DRAFT)
        return true;
    int64_t all = 0, requested = 0, sum = 0;
    if (q_call_proposal_totals(r->db, r->org_id, c->id, NULL, NULL, &all, &requested) < DB_NONE)
        return false;
    html(h, "<h2 id=\"proposals\">%s</h2>\n", _(r, "Proposals received"));
    if (!all) {
        html(h, "<p>%s</p>\n", _(r, "No proposal submitted yet."));
        return true;
    }
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena,
                      _n(r, "%d proposal submitted, requesting %s in total.",
                         "%d proposals submitted, requesting %s in total.", all),
                      (int)all, money_text(r, requested)));
    int status = status_read(r);
    Pager pg;
    Proposal p;
    list_open(r, &pg, arena_printf(r->arena, "call-proposals-%lld", (long long)c->id), call_cols,
              CALL_PROPOSAL_SORTS, call_key, &p, status);
    const char *key = status >= 0 ? vocab_key(&proposal_status_vocab, status) : NULL;
    if (!pager_done(
            &pg,
            q_call_proposal_page(r->db, r->org_id, c->id, key, &pg.page, r->arena, &p, rows_collect,
                                 &pg.rows),
            q_call_proposal_totals(r->db, r->org_id, c->id, key, pg.page.like, &pg.total, &sum)))
        return false;
    status_form(h, r, &pg, status, false);
    pager_search(h, r, &pg, _(r, "Search by title or organisation"));
    pager_summary(h, r, &pg, _(r, "No proposal has this status."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(CALL_PROPOSAL_BY_TITLE), PAGER_SORTED(CALL_PROPOSAL_BY_ORG),
            PAGER_SORTED(CALL_PROPOSAL_BY_REQUESTED), PAGER_SORTED(CALL_PROPOSAL_BY_SUBMITTED),
            PAGER_PLAIN(N_("Status"))};
        pager_table_open(h, r, &pg, _(r, "Proposals received"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const Proposal *x = ROW(&pg.rows, Proposal, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/submissions/%lld\">%s</a></td><td>%s</td>"
                 "<td class=\"num\">%s</td><td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, x->title, x->org_name,
                 money_text(r, x->requested), moment_text(r, x->submitted_at),
                 proposal_status_text(r, x->status));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return true;
}

/* --- an organisation's own proposals ------------------------------------------------- */

static const PagerCol own_cols[OWN_SORTS] = {
    [OWN_BY_CHANGED] = {.key = "changed",
                        .label = N_("Last changed"),
                        .numeric = true,
                        .desc_first = true},
    [OWN_BY_TITLE] = {.key = "title", .label = N_("Title")},
    [OWN_BY_REQUESTED] = {.key = "requested",
                          .label = N_("Requested"),
                          .numeric = true,
                          .desc_first = true},
    [OWN_BY_SUBMITTED] = {.key = "submitted",
                          .label = N_("Submitted"),
                          .numeric = true,
                          .desc_first = true},
};

static void own_key(const void *row, int sort, PagerKey *k)
{
    const Proposal *p = row;
    switch (sort) {
    case OWN_BY_TITLE:
        *k = (PagerKey){.text = p->title, .id = p->id};
        break;
    case OWN_BY_REQUESTED:
        *k = (PagerKey){.num = p->requested, .id = p->id};
        break;
    case OWN_BY_SUBMITTED:
        *k = (PagerKey){.num = p->submitted_at, .id = p->id};
        break;
    default:
        *k = (PagerKey){.num = p->updated_at, .id = p->id};
    }
}

bool html_own_proposals(Html *h, Req *r)
{
    int status = status_read(r);
    Pager pg;
    Proposal p;
    list_open(r, &pg, "own-proposals", own_cols, OWN_SORTS, own_key, &p, status);
    const char *key = status >= 0 ? vocab_key(&proposal_status_vocab, status) : NULL;
    if (!pager_done(&pg,
                    q_own_proposal_page(r->db, r->org_id, key, &pg.page, r->arena, &p, rows_collect,
                                        &pg.rows),
                    q_own_proposal_count(r->db, r->org_id, key, pg.page.like, &pg.total)))
        return false;
    if (pager_empty(&pg) && status < 0)
        return true; /* none yet: the open calls below say what to do */
    html(h, "<h2 id=\"own\">%s</h2>\n", _(r, "Our proposals"));
    status_form(h, r, &pg, status, true);
    pager_search(h, r, &pg, _(r, "Search by title"));
    pager_summary(h, r, &pg, _(r, "No proposal has this status."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(OWN_BY_TITLE), PAGER_PLAIN(N_("Status")), PAGER_SORTED(OWN_BY_REQUESTED),
            PAGER_SORTED(OWN_BY_SUBMITTED), PAGER_SORTED(OWN_BY_CHANGED)};
        pager_table_open(h, r, &pg, _(r, "Our proposals"), heads, 5);
        for (int i = 0; i < pg.n; i++) {
            const Proposal *x = ROW(&pg.rows, Proposal, i);
            html(h,
                 "<tr><td><a href=\"/orgs/%lld/proposals/%lld\">%s</a></td><td>%s</td>"
                 "<td class=\"num\">%s</td><td>%s</td><td>%s</td></tr>\n",
                 (long long)r->org_id, (long long)x->id, x->title,
                 proposal_status_text(r, x->status), money_text(r, x->requested),
                 x->submitted_at ? moment_text(r, x->submitted_at) : "–",
                 moment_text(r, x->updated_at));
        }
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return true;
}
