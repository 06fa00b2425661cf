/* locations.c — where an organisation trains: fixed places and mobile ones (a bus, a
 * library, a school visit). The postcode must lie in the chosen province. */
#include <string.h>

#include "domain/places.h"
#include "flows/training/programme.h"
#include "pages/training/training.h"
#include "q/training/location.h"
#include "views/training/programme.h"

static const char *province_name(Req *r, const char *code)
{
    const Province *p = province_find(code);
    return p ? _(r, p->name) : code;
}

typedef struct List {
    Req *r;
    Html *h;
    Location row;
} List;

static bool list_row(void *ctx)
{
    List *l = ctx;
    Req *r = l->r;
    Location *loc = &l->row;
    html(l->h, "<tr><td>%s</td><td>%s %s</td><td>%s</td><td>%s</td>", loc->name,
         loc->postcode ? loc->postcode : "", loc->municipality, province_name(r, loc->province),
         loc->mobile ? _(r, "Mobile") : _(r, "Fixed"));
    if (training_can_edit(r))
        html(l->h,
             "<td><a href=\"/orgs/%lld/locations/%lld/edit\">%s<span class=\"sr\"> "
             "%s</span></a></td>",
             (long long)r->org_id, (long long)loc->id, _(r, "Change"), loc->name);
    html_lit(l->h, "</tr>\n");
    return true;
}

/* GET /orgs/{org}/locations */
enum MHD_Result page_locations(Req *r)
{
    Html *rows = html_new(r->arena);
    List l = {.r = r, .h = rows};
    DbStatus st = q_location_list(r->db, r->org_id, r->arena, &l.row, list_row, &l);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    bool edit = training_can_edit(r);
    Html *h = page_begin(r, _(r, "Locations"));
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", _(r, "Locations"), r->org_name);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    if (edit)
        html(h, "<p><a href=\"/orgs/%lld/locations/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, _(r, "New location"));
    if (st == DB_NONE) {
        html(h, "<p>%s</p>\n", _(r, "No locations yet."));
        return page_end(r, h);
    }
    html_table_begin(h, _(r, "Locations"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th>",
         _(r, "Name"), _(r, "Municipality"), _(r, "Province"), _(r, "Kind"));
    if (edit)
        html(h, "<th scope=\"col\">%s</th>", _(r, "Actions"));
    html_lit(h, "</tr></thead>\n<tbody>\n");
    html_append(h, rows);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
    return page_end(r, h);
}

static enum MHD_Result location_form(Req *r, const Location *loc, const FormErrors *e, int status)
{
    bool is_new = loc->id == 0;
    const char *title = is_new ? _(r, "New location") : _(r, "Edit the location");
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    html_error_summary(h, r, e);
    html_form_begin(h, r,
                    is_new ? arena_printf(r->arena, "/orgs/%lld/locations", (long long)r->org_id)
                           : arena_printf(r->arena, "/orgs/%lld/locations/%lld",
                                          (long long)r->org_id, (long long)loc->id));
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
