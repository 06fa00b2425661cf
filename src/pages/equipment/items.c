/* items.c — an organisation's inventory of equipment, a page at a time (search by label or
 * serial number, sort by either), and the form an item is recorded and changed with: kind,
 * label, serial number, condition, the partner that lent it (or the organisation's own) and
 * the location where it is kept. */
#include "core/rows.h"
#include "flows/equipment/item.h"
#include "html/fmt.h"
#include "html/options.h"
#include "html/pager.h"
#include "html/table.h"
#include "pages/equipment/equipment.h"
#include "q/equipment/item.h"
#include "q/partners/partner.h"
#include "q/training/location.h"
#include "views/equipment/item.h"

static const PagerCol item_cols[ITEM_SORTS] = {
    [ITEM_BY_LABEL] = {.key = "label", .label = N_("Item")},
    [ITEM_BY_SERIAL] = {.key = "serial", .label = N_("Serial number")},
};

static void item_key(const void *row, int sort, PagerKey *k)
{
    const Item *x = row;
    *k = (PagerKey){.text = sort == ITEM_BY_SERIAL ? x->serial : x->label, .id = x->id};
}

static void item_row(Html *h, Req *r, const Item *x)
{
    html(h,
         "<tr><td><a href=\"/orgs/%lld/equipment/%lld\">%s</a></td><td>%s</td><td>%s</td>"
         "<td>%s</td><td>",
         (long long)r->org_id, (long long)x->id, x->label, _(r, vocab_label(&equip_kinds, x->kind)),
         x->serial, _(r, vocab_label(&item_conditions, x->condition)));
    html_item_where(h, r, x);
    html(h, "</td><td>%s</td></tr>\n", *x->partner_name ? x->partner_name : _(r, "Our own"));
}

/* GET /orgs/{org}/equipment */
enum MHD_Result page_equipment(Req *r)
{
    Pager pg;
    Item x;
    pager_open(r, &pg, "equipment", item_cols, ITEM_SORTS, item_key, ROWS_FROM(r->arena, &x));
    if (!pager_done(&pg,
                    q_item_page(r->db, r->org_id, &pg.page, r->arena, &x, rows_collect, &pg.rows),
                    q_item_count(r->db, r->org_id, pg.page.like, &pg.total)))
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Equipment"));
    html(h, "<h1>%s</h1>\n", _(r, "Equipment"));
    html_notice(h, query_notice(r, "saved", N_("The item has been recorded."), NULL), false);
    html(h,
         "<p><a href=\"/orgs/%lld/equipment/new\" role=\"button\">%s</a></p>\n"
         "<ul>\n<li><a href=\"/orgs/%lld/equipment/out\">%s</a></li>\n"
         "<li><a href=\"/orgs/%lld/equipment/labels\">%s</a></li>\n</ul>\n",
         (long long)r->org_id, _(r, "Add an item"), (long long)r->org_id,
         _(r, "What is out, overdue first"), (long long)r->org_id,
         _(r, "Print the QR labels of every item (PDF)"));
    pager_search(h, r, &pg, _(r, "Search by label or serial number"));
    pager_summary(h, r, &pg, _(r, "No equipment yet."));
    if (pg.n) {
        static const PagerHead heads[] = {
            PAGER_SORTED(ITEM_BY_LABEL),    PAGER_PLAIN(N_("Kind")),
            PAGER_SORTED(ITEM_BY_SERIAL),   PAGER_PLAIN(N_("Condition")),
            PAGER_PLAIN(N_("Where it is")), PAGER_PLAIN(N_("Owner")),
        };
        pager_table_open(h, r, &pg, _(r, "Equipment"), heads, 6);
        for (int i = 0; i < pg.n; i++)
            item_row(h, r, ROW(&pg.rows, Item, i));
        html_table_close(h);
    }
    pager_nav(h, r, &pg);
    return page_end(r, h);
}

/* The form of a new item (x NULL or x->id 0) or of item x, with what was typed when it
 * comes back with errors e. */
static enum MHD_Result item_form(Req *r, const Item *x, const FormErrors *e, int status)
{
    Partner p;
    Location l;
    Rows partners = ROWS_FROM(r->arena, &p), locations = ROWS_FROM(r->arena, &l);
    if (q_partner_list(r->db, r->org_id, false, r->arena, &p, rows_collect, &partners) < DB_NONE ||
        q_location_list(r->db, r->org_id, r->arena, &l, rows_collect, &locations) < DB_NONE)
        return reply_error(r, ERR_DB);
    bool edit = x && x->id;
    const char *title = edit ? _(r, "Change the item's record") : _(r, "Add an item");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    edit ? arena_printf(r->arena, "/orgs/%lld/equipment/%lld", (long long)r->org_id,
                                        (long long)x->id)
                         : arena_printf(r->arena, "/orgs/%lld/equipment", (long long)r->org_id));
    html_select(h, e, "kind", _(r, "Kind"), vocab_options(r, &equip_kinds, NULL, NULL),
                x ? vocab_key(&equip_kinds, x->kind) : NULL);
    html_input(h, r, e, "text", "label", _(r, "Label (what is written on it)"), x ? x->label : NULL,
               "off");
    html_input(h, r, e, "text", "serial", _(r, "Serial number (optional)"), x ? x->serial : NULL,
               "off");
    html_select(h, e, "condition", _(r, "Condition"),
                vocab_options(r, &item_conditions, NULL, NULL),
                x ? vocab_key(&item_conditions, x->condition) : NULL);
    Options po = OPTIONS(r->arena), lo = OPTIONS(r->arena);
    options_add(&po, "", _(r, "Our own"));
    for (int i = 0; i < partners.n; i++)
        options_id(&po, ROW(&partners, Partner, i)->id, ROW(&partners, Partner, i)->name);
    options_add(&lo, "", _(r, "Not said"));
    for (int i = 0; i < locations.n; i++)
        options_id(&lo, ROW(&locations, Location, i)->id, ROW(&locations, Location, i)->name);
    html_select(h, e, "partner_id", _(r, "Owner: our own, or lent to us by a partner"),
                options_end(&po),
                x && x->partner_id ? arena_printf(r->arena, "%lld", (long long)x->partner_id) : "");
    html_select(h, e, "location_id", _(r, "Kept at"), options_end(&lo),
                x && x->location_id ? arena_printf(r->arena, "%lld", (long long)x->location_id)
                                    : "");
    html(h, "<button type=\"submit\">%s</button>\n",
         edit ? _(r, "Save the changes") : _(r, "Record the item"));
    html_form_end(h);
    html(h, "<p><a href=\"/orgs/%lld/equipment\">%s</a></p>\n", (long long)r->org_id,
         _(r, "Back to the equipment"));
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/equipment/new and GET /orgs/{org}/equipment/{id}/edit */
enum MHD_Result page_item_form(Req *r)
{
    Item x = {.id = req_id(r, "id")};
    DbStatus st = x.id ? q_item_get(r->db, r->org_id, x.id, r->arena, &x) : DB_ONE;
    if (st != DB_ONE)
        return reply_missing(r, st);
    return item_form(r, x.id ? &x : NULL, NULL, 200);
}

/* POST /orgs/{org}/equipment (a new item) and POST /orgs/{org}/equipment/{id} (its record
 * changed): the form read, and saved through the workflow. */
enum MHD_Result page_item_save(Req *r)
{
    Item x = {.id = req_id(r, "id")}, old;
    DbStatus st = x.id ? q_item_get(r->db, r->org_id, x.id, r->arena, &old) : DB_ONE;
    if (st != DB_ONE)
        return reply_missing(r, st);
    char *kind = NULL, *condition = NULL;
    FieldSpec spec[] = {
        FIELD("kind", F_CHOICE, N_("Kind"), .required = true,
              .choices = vocab_keys(r, &equip_kinds), .text = &kind),
        FIELD("label", F_TEXT, N_("Label"), .required = true, .max = 200, .text = &x.label),
        FIELD("serial", F_TEXT, N_("Serial number"), .max = 100, .text = &x.serial),
        FIELD("condition", F_CHOICE, N_("Condition"), .required = true,
              .choices = vocab_keys(r, &item_conditions), .text = &condition),
        FIELD("partner_id", F_ID, N_("Owner"), .num = &x.partner_id),
        FIELD("location_id", F_ID, N_("Kept at"), .num = &x.location_id),
        {0},
    };
    FormErrors e;
    bool read = form_read(r, spec, &e);
    if (kind)
        vocab_parse(&equip_kinds, kind, (int *)&x.kind);
    if (condition)
        vocab_parse(&item_conditions, condition, (int *)&x.condition);
    if (!x.serial)
        x.serial = "";
    if (!read)
        return item_form(r, &x, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_item_save(&f, &x);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return item_form(r, &x, &o.fields, o.status);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/equipment/%lld?saved=1",
                                          (long long)r->org_id, (long long)o.id));
}
