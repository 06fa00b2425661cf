/* locations.c — where an organisation trains: fixed places and mobile ones (a bus, a
 * library, a school visit). The postcode must lie in the chosen province. */
#include <string.h>

#include "core/rows.h"
#include "domain/places.h"
#include "flows/training/programme.h"
#include "html/table.h"
#include "pages/training/training.h"
#include "q/training/location.h"
#include "views/training/programme.h"

static const char *province_name(Req *r, const char *code)
{
    const Province *p = province_find(code);
    return p ? _(r, p->name) : code;
}

/* GET /orgs/{org}/locations */
enum MHD_Result page_locations(Req *r)
{
    Location loc;
    Rows all = ROWS_FROM(r->arena, &loc);
    if (q_location_list(r->db, r->org_id, r->arena, &loc, rows_collect, &all) < DB_NONE)
        return reply_error(r, ERR_DB);
    bool edit = training_can_edit(r);
    Html *h = training_list_begin(r, _(r, "Locations"), "locations", _(r, "New location"));
    if (!all.n) {
        html(h, "<p>%s</p>\n", _(r, "No locations yet."));
        return page_end(r, h);
    }
    HTML_TABLE(h, _(r, "Locations"), _(r, "Name"), _(r, "Municipality"), _(r, "Province"),
               _(r, "Kind"), edit ? _(r, "Actions") : NULL);
    for (int i = 0; i < all.n; i++) {
        const Location *x = ROW(&all, Location, i);
        html(h, "<tr><td>%s</td><td>%s %s</td><td>%s</td><td>%s</td>", x->name,
             x->postcode ? x->postcode : "", x->municipality, province_name(r, x->province),
             x->mobile ? _(r, "Mobile") : _(r, "Fixed"));
        if (edit)
            html(h,
                 "<td><a href=\"/orgs/%lld/locations/%lld/edit\">%s<span class=\"sr\"> "
                 "%s</span></a></td>",
                 (long long)r->org_id, (long long)x->id, _(r, "Change"), x->name);
        html_lit(h, "</tr>\n");
    }
    html_table_close(h);
    return page_end(r, h);
}

static enum MHD_Result location_form(Req *r, const Location *loc, const FormErrors *e, int status)
{
    bool is_new = loc->id == 0;
    const char *title = is_new ? _(r, "New location") : _(r, "Edit the location");
    Html *h = training_form_begin(r, title, NULL, e, org_record_path(r, "locations", loc->id));
    html_input(h, r, e, "text", "name", _(r, "Name"), loc->name, "off");
    html_input(h, r, e, "text", "address", _(r, "Street and number"), loc->address,
               "address-line1");
    html_input(h, r, e, "text", "postcode", _(r, "Postcode"), loc->postcode, "postal-code");
    html_input(h, r, e, "text", "municipality", _(r, "Municipality"), loc->municipality,
               "address-level2");
    int n = 0;
    while (provinces[n].code)
        n++;
    const char **opts = arena_alloc(r->arena, sizeof *opts * (size_t)(2 * n + 1));
    for (int i = 0; i < n; i++) {
        opts[2 * i] = provinces[i].code;
        opts[2 * i + 1] = _(r, provinces[i].name);
    }
    html_select(h, e, "province", _(r, "Province"), opts, loc->province);
    html_checkbox(h, "mobile", _(r, "Mobile (a bus, a library, a school visit)"), loc->mobile);
    html(h, "<button type=\"submit\">%s</button>\n",
         is_new ? _(r, "Add the location") : _(r, "Save"));
    html_form_end(h);
    return page_end_status(r, h, status);
}

/* GET /orgs/{org}/locations/new */
enum MHD_Result page_location_new(Req *r)
{
    Location loc = {.province = "brussels"};
    return location_form(r, &loc, NULL, 200);
}

static bool location_read(Req *r, Location *loc, FormErrors *e)
{
    bool mobile = false;
    FieldSpec spec[] = {
        FIELD("name", F_TEXT, N_("Name"), .required = true, .max = 200, .text = &loc->name),
        FIELD("address", F_TEXT, N_("Street and number"), .max = 200, .text = &loc->address),
        FIELD("postcode", F_TEXT, N_("Postcode"), .max = 4, .text = &loc->postcode),
        FIELD("municipality", F_TEXT, N_("Municipality"), .required = true, .max = 100,
              .text = &loc->municipality),
        FIELD("province", F_TEXT, N_("Province"), .required = true, .max = 40,
              .text = &loc->province),
        FIELD("mobile", F_BOOL, N_("Mobile (a bus, a library, a school visit)"), .flag = &mobile),
        {0},
    };
    form_read(r, spec, e);
    loc->mobile = mobile;
    if (!e->n)
        return true;
    /* the workflow's checks beside the form's, on the fields the form could read */
    Flow f = req_flow(r);
    Outcome o = outcome_ok();
    Location l = *loc;
    if (form_error_for(e, "province"))
        l.province = NULL;
    if (form_error_for(e, "postcode"))
        l.postcode = NULL;
    flow_location_check(&f, &l, &o);
    form_errors_add(e, &o.fields);
    return false;
}

/* Reads the form, then the workflow checks and saves the location. */
static enum MHD_Result location_save(Req *r, Location *loc)
{
    FormErrors e;
    if (!location_read(r, loc, &e))
        return location_form(r, loc, &e, 400);
    Flow f = req_flow(r);
    Outcome o = flow_location_save(&f, loc);
    if (o.err != ERR_COUNT)
        return reply_error(r, o.err);
    if (!o.ok)
        return location_form(r, loc, &o.fields, o.status);
    return reply_redirect(
        r, arena_printf(r->arena, "/orgs/%lld/locations?saved=1", (long long)r->org_id));
}

/* POST /orgs/{org}/locations */
enum MHD_Result page_location_create(Req *r)
{
    Location loc = {0};
    return location_save(r, &loc);
}

/* GET /orgs/{org}/locations/{id}/edit */
enum MHD_Result page_location_edit(Req *r)
{
    Location loc;
    DbStatus st = q_location_get(r->db, r->org_id, req_id(r, "id"), r->arena, &loc);
    if (st != DB_ONE)
        return reply_missing(r, st);
    return location_form(r, &loc, NULL, 200);
}

/* POST /orgs/{org}/locations/{id} */
enum MHD_Result page_location_update(Req *r)
{
    Location old;
    DbStatus st = q_location_get(r->db, r->org_id, req_id(r, "id"), r->arena, &old);
    if (st != DB_ONE)
        return reply_missing(r, st);
    Location loc = {.id = old.id};
    return location_save(r, &loc);
}
