/* partner.c — the equipment section of a partner's page (see partner.h). */
#include "views/equipment/partner.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "html/table.h"
#include "q/equipment/item.h"
#include "views/partners/sections.h"

bool html_partner_equipment(Html *h, Req *r, int64_t org_id, int64_t partner_id)
{
    Item x;
    PersonName p;
    Rows items = ROWS_FROM(r->arena, &x), learners = ROWS_FROM(r->arena, &p);
    if (q_item_of_partner(r->db, org_id, partner_id, r->arena, &x, rows_collect, &items) <
            DB_NONE ||
        q_item_partner_learners(r->db, org_id, partner_id, r->arena, &p, rows_collect, &learners) <
            DB_NONE)
        return false;
    if (!items.n)
        return true;
    bool own = partner_view_own(r, org_id);
    html(h, "<section aria-labelledby=\"h-equipment\">\n<h2 id=\"h-equipment\">%s</h2>\n",
         _(r, "Equipment lent by this partner"));
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _n(r, "%s learner used it.", "%s learners used it.", learners.n),
                      number_text(r, learners.n, 0, 0)));
    HTML_TABLE(h, _(r, "The equipment the partner lent, and how it was used"), _(r, "Item"),
               _(r, "Kind"), _(r, "Serial number"), _(r, "Condition"), _(r, "Times lent"),
               _(r, "Learners"));
    for (int i = 0; i < items.n; i++) {
        const Item *it = ROW(&items, Item, i);
        html_lit(h, "<tr><td>");
        if (own)
            html(h, "%s", it->label);
        else
            html(h, "<a href=\"/orgs/%lld/equipment/%lld\">%s</a>", (long long)org_id,
                 (long long)it->id, it->label);
        html(h, "</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
             _(r, vocab_label(&equip_kinds, it->kind)), *it->serial ? it->serial : "–",
             _(r, vocab_label(&item_conditions, it->condition)), number_text(r, it->loans, 0, 0),
             number_text(r, it->learners, 0, 0));
    }
    html_table_close(h);
    if (!own && learners.n) { /* names for the organisation's staff only */
        html(h, "<h3>%s</h3>\n<ul>\n", _(r, "Learners who used it"));
        for (int i = 0; i < learners.n; i++)
            html(h, "<li>%s</li>\n", ROW(&learners, PersonName, i)->name);
        html_lit(h, "</ul>\n");
    }
    html_lit(h, "</section>\n");
    return true;
}
