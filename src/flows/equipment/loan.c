/* flows/equipment/loan.c — lending and returning equipment (see loan.h). */
#include "flows/equipment/loan.h"

#include "domain/calendar.h"
#include "domain/loans.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/equipment/item.h"
#include "q/equipment/loan.h"
#include "q/system/app.h"

/* The refusal of a second loan: with whom the item is and until when. */
static void already_out(const Flow *f, int64_t item_id, Outcome *o)
{
    Loan n;
    DbStatus st = q_loan_open(f->db, f->who->org_id, item_id, f->arena, &n);
    if (st < DB_NONE) {
        outcome_db(o, st);
        return;
    }
    outcome_conflict(
        o, "borrower",
        st == DB_ONE
            ? arena_printf(f->arena,
                           F_(f, "This item is already out: lent to %s until %s. Record its "
                                 "return before lending it again."),
                           n.to.name, date_words_in(f->arena, f->who->lang, n.due_on))
            : F_(f, "This item is already out. Record its return before lending it again."));
}

Outcome flow_lend(const Flow *f, int64_t item_id, const Borrower *b, const char *lent_on,
                  const char *due_on)
{
    Outcome o = outcome_ok();
    int64_t org = f->who->org_id;
    Item it;
    DbStatus st = q_item_get(f->db, org, item_id, f->arena, &it);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (it.loan_id) {
        already_out(f, item_id, &o);
        return o;
    }
    Borrower who;
    st = b->id ? q_borrower_get(f->db, org, b->kind, b->id, f->arena, &who) : DB_NONE;
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE)
        outcome_field(&o, "borrower",
                      F_(f, "Choose who borrows it: a learner enrolled in one of your cohorts, "
                            "a team or a location."));
    char today[11];
    bxl_date_text(f->now, today);
    switch (loan_check(lent_on, due_on, today)) {
    case LOAN_STARTS_LATER:
        outcome_field(&o, "lent_on",
                      F_(f, "A loan is recorded when the item leaves: today or "
                            "an earlier day."));
        break;
    case LOAN_DUE_BEFORE_START:
        outcome_field(&o, "due_on",
                      F_(f, "The day it is due back cannot come before the day it "
                            "is lent."));
        break;
    case LOAN_OK:
        break;
    }
    if (!o.ok)
        return o;
    int64_t id = 0;
    st = q_loan_add(f->db, org, item_id, &who, lent_on, due_on, f->who->account_id, f->now, &id);
    if (st == DB_CONFLICT) { /* lent meanwhile: the unique index on open loans refused it */
        already_out(f, item_id, &o);
        return o;
    }
    if (st == DB_NONE) { /* the borrower left the organisation meanwhile */
        outcome_conflict(&o, "borrower", F_(f, "Choose who borrows it again: the list changed."));
        return o;
    }
    o = outcome_of(st, ERR_DB, id);
    if (o.ok)
        q_audit(f->db, org, f->who->account_id, "loan_add", it.label, f->now);
    return o;
}

/* The return of loan n (returned_on and condition_in set): the loan closed and the item's
 * condition set, together. DB_CONFLICT when the loan was closed meanwhile. */
static DbStatus return_tx(const Flow *f, void *ctx)
{
    const Loan *n = ctx;
    bool missed = false;
    DbStatus st = q_loan_return(f->db, n->org_id, n->item_id, n->returned_on, n->condition_in,
                                f->who->account_id);
    if (!flow_tx_stop(&st, &missed))
        st = q_item_set_condition(f->db, n->org_id, n->item_id, n->condition_in);
    return st;
}

Outcome flow_return(const Flow *f, int64_t item_id, const char *returned_on, ItemCondition c)
{
    Outcome o = outcome_ok();
    o.id = item_id;
    int64_t org = f->who->org_id;
    Item it;
    DbStatus st = q_item_get(f->db, org, item_id, f->arena, &it);
    if (st != DB_ONE)
        return outcome_missing(st);
    Loan n;
    if ((st = q_loan_open(f->db, org, item_id, f->arena, &n)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE) {
        outcome_conflict(&o, "returned_on",
                         F_(f, "This item is not out: there is no loan to close."));
        return o;
    }
    char today[11];
    bxl_date_text(f->now, today);
    switch (loan_return_check(n.lent_on, returned_on, today)) {
    case RETURN_BEFORE_LOAN:
        outcome_field(&o, "returned_on",
                      arena_printf(f->arena,
                                   F_(f, "The item was lent on %s: it cannot have come back "
                                         "before that day."),
                                   date_words_in(f->arena, f->who->lang, n.lent_on)));
        return o;
    case RETURN_LATER:
        outcome_field(&o, "returned_on",
                      F_(f, "A return is recorded when the item is back: today or an earlier "
                            "day."));
        return o;
    case RETURN_OK:
        break;
    }
    n.returned_on = (char *)returned_on;
    n.condition_in = c;
    st = flow_tx(f, return_tx, &n);
    if (st == DB_CONFLICT) { /* returned meanwhile */
        outcome_conflict(&o, "returned_on",
                         F_(f, "This item is not out: there is no loan to close."));
        return o;
    }
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    q_audit(f->db, org, f->who->account_id, "loan_return", it.label, f->now);
    return o;
}
