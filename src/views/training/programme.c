/* programme.c — a programme's texts and page parts (see programme.h). */
#include "views/training/programme.h"

#include "core/buf.h"
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

bool training_can_edit(const Req *r)
{
    return r->roles & (ROLE_ADMIN | ROLE_STAFF);
}

typedef struct CohortList {
    Req *r;
    Html *h;
    Cohort row;
} CohortList;

static bool cohort_row(void *ctx)
{
    CohortList *l = ctx;
    Req *r = l->r;
    Cohort *c = &l->row;
    html(l->h,
         "<tr><td><a href=\"/orgs/%lld/cohorts/%lld\">%s</a></td><td>%s – %s</td>"
         "<td>%lld</td><td>%s</td></tr>\n",
         (long long)r->org_id, (long long)c->id, c->name, c->starts_on, c->ends_on,
         (long long)c->capacity, c->location_name);
    return true;
}

void html_programme_cohorts(Html *h, Req *r, int64_t programme_id)
{
    Html *rows = html_new(r->arena);
    CohortList l = {.r = r, .h = rows};
    DbStatus st = q_cohort_list(r->db, r->org_id, programme_id, r->arena, &l.row, cohort_row, &l);
    html(h, "<h2>%s</h2>\n", _(r, "Cohorts"));
    if (training_can_edit(r))
        html(h,
             "<p><a href=\"/orgs/%lld/programmes/%lld/cohorts/new\" role=\"button\">%s</a></p>\n",
             (long long)r->org_id, (long long)programme_id, _(r, "New cohort"));
    if (st != DB_ONE) {
        html(h, "<p>%s</p>\n", _(r, "No cohorts yet."));
        return;
    }
    html_table_begin(h, _(r, "Cohorts"));
    html(h,
         "<thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
         "<th scope=\"col\">%s</th></tr></thead>\n<tbody>\n",
         _(r, "Name"), _(r, "Dates"), _(r, "Places"), _(r, "Location"));
    html_append(h, rows);
    html_lit(h, "</tbody>\n");
    html_table_end(h);
}
