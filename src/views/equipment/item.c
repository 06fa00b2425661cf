/* item.c — the equipment pages' shared parts (see item.h). */
#include "views/equipment/item.h"

#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/loans.h"
#include "html/fmt.h"
#include "q/equipment/loan.h"

bool item_overdue(const char *due_on)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    return loan_overdue(due_on, today);
}

const char *borrower_text(Req *r, const Borrower *b)
{
    switch (b->kind) {
    case BORROWER_TEAM:
        return arena_printf(r->arena, _(r, "%s (team)"), b->name);
    case BORROWER_LOCATION:
        return arena_printf(r->arena, _(r, "%s (location)"), b->name);
    default:
        return arena_printf(r->arena, _(r, "%s (learner)"), b->name);
    }
}

void html_item_where(Html *h, Req *r, const Item *x)
{
    if (!x->loan_id) {
        if (*x->location_name)
            html(h, "%s", arena_printf(r->arena, _(r, "In, at %s"), x->location_name));
        else
            html(h, "%s", _(r, "In"));
        return;
    }
    html(h, "%s",
         arena_printf(r->arena, _(r, "Out: with %s until %s"), borrower_text(r, &x->with),
                      date_words_text(r, x->due_on)));
    if (item_overdue(x->due_on))
        html(h, " <strong>%s</strong>", _(r, "overdue"));
}

bool html_loans_overdue(Html *h, Req *r, int *n)
{
    char today[11];
    bxl_date_text(clock_now(), today);
    int64_t out = 0, overdue = 0;
    if (q_loans_out_summary(r->db, r->org_id, today, &out, &overdue) < DB_NONE)
        return false;
    if (overdue) {
        html(h, "<li><a href=\"/orgs/%lld/equipment/out\">%s</a></li>\n", (long long)r->org_id,
             arena_printf(
                 r->arena,
                 _n(r, "%s item of equipment overdue", "%s items of equipment overdue", overdue),
                 number_text(r, overdue, 0, 0)));
        (*n)++;
    }
    return true;
}
