/* programme.c — a programme's texts and page parts (see programme.h). */
#include "views/training/programme.h"

#include "core/buf.h"
#include "core/rows.h"
#include "html/table.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"

const char *programme_title(Req *r, const Programme *p)
{
    return programme_title_in(r->lang, p);
}

const char *programme_ages(Req *r, const Programme *p)
{
    return programme_ages_in(r->arena, r->lang, p);
}

const char *programme_langs(Req *r, int64_t mask)
{
    Buf b;
    buf_init(&b, r->arena, 32);
    for (int l = 0; l < LANG_COUNT; l++) {
        if (!(mask & (1 << l)))
            continue;
        if (b.len)
            buf_adds(&b, ", ");
        buf_adds(&b, lang_name((Lang)l));
    }
    return b.data;
}

const char *programme_kind_label(Req *r, ProgrammeKind k)
{
    return _(r, vocab_label(&programme_kinds, k));
}

const char *programme_status_label(Req *r, ProgrammeStatus s)
{
    return _(r, vocab_label(&programme_statuses, s));
}

bool programme_load(Req *r, int64_t id, Programme *p, enum MHD_Result *reply)
{
    DbStatus st = q_programme_get(r->db, r->org_id, id, r->arena, p);
    if (st == DB_ONE)
        return true;
    *reply = reply_missing(r, st);
    return false;
}

enum MHD_Result with_programme(Req *r, ProgrammePage fn)
{
    Programme p;
    enum MHD_Result reply;
    return programme_load(r, req_id(r, "id"), &p, &reply) ? fn(r, &p) : reply;
}

bool training_can_edit(const Req *r)
{
    return r->roles & (ROLE_ADMIN | ROLE_STAFF);
}

const char *org_record_path(Req *r, const char *what, int64_t id)
{
    if (!id)
        return arena_printf(r->arena, "/orgs/%lld/%s", (long long)r->org_id, what);
    return arena_printf(r->arena, "/orgs/%lld/%s/%lld", (long long)r->org_id, what, (long long)id);
}

Html *training_list_begin(Req *r, const char *title, const char *what, const char *new_label)
{
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n<p>%s</p>\n", title, r->org_name);
    if (query_get(r, "saved"))
        html_notice(h, _(r, "The changes have been saved."), false);
    if (training_can_edit(r))
        html(h, "<p><a href=\"/orgs/%lld/%s/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, what, new_label);
    return h;
}

Html *training_form_begin(Req *r, const char *title, const char *sub, const FormErrors *e,
                          const char *action)
{
    Html *h = page_begin(r, title);
    html(h, "<h1>%s</h1>\n", title);
    if (sub)
        html(h, "<p>%s</p>\n", sub);
    html_error_summary(h, r, e);
    html_form_begin(h, r, action);
    return h;
}

void html_programme_cohorts(Html *h, Req *r, int64_t programme_id)
{
    Cohort c;
    Rows all = ROWS_FROM(r->arena, &c);
    DbStatus st = q_cohort_list(r->db, r->org_id, programme_id, r->arena, &c, rows_collect, &all);
    html(h, "<h2>%s</h2>\n", _(r, "Cohorts"));
    if (training_can_edit(r))
        html(h,
             "<p><a href=\"/orgs/%lld/programmes/%lld/cohorts/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, (long long)programme_id, _(r, "New cohort"));
    if (st < DB_NONE || !all.n) {
        html(h, "<p>%s</p>\n", _(r, "No cohorts yet."));
        return;
    }
    HTML_TABLE(h, _(r, "Cohorts"), _(r, "Name"), _(r, "Dates"), _(r, "Places"), _(r, "Location"));
    for (int i = 0; i < all.n; i++) {
        const Cohort *x = ROW(&all, Cohort, i);
        html(h,
             "<tr><td><a href=\"/orgs/%lld/cohorts/%lld\">%s</a></td><td>%s – %s</td>"
             "<td>%lld</td><td>%s</td></tr>\n",
             (long long)r->org_id, (long long)x->id, x->name, x->starts_on, x->ends_on,
             (long long)x->capacity, x->location_name);
    }
    html_table_close(h);
}
