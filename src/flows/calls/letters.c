/* flows/calls/letters.c — the letters of a call's decision (see letters.h). */
#include "flows/calls/letters.h"

#include "core/rows.h"
#include "html/fmt.h"
#include "q/calls/letter.h"
#include "q/system/outbox.h"

const char *decision_default_reason(Arena *a, Lang l, const CallBoard *b, int i, bool selected)
{
    const SelOutcome *o = &b->out[i];
    if (!o->rank)
        return i18n_get(l, "Not reviewed by the jury.");
    const char *score = number_in(a, l, o->score_milli, 3, 2);
    const char *of = number_in(a, l, b->c.scale_max, 0, 0);
    if (selected)
        return arena_printf(a,
                            i18n_get(l, "Ranked %d of %d with %s of %s; selected within the "
                                        "budget."),
                            o->rank, b->sum.nranked, score, of);
    if (o->reason == SEL_BELOW_THRESHOLD)
        return arena_printf(a,
                            i18n_get(l, "Ranked %d of %d with %s of %s; below the minimum score."),
                            o->rank, b->sum.nranked, score, of);
    return arena_printf(a,
                        i18n_get(l, "Ranked %d of %d with %s of %s; the budget was used up by "
                                    "higher-ranked proposals."),
                        o->rank, b->sum.nranked, score, of);
}

/* The letter about row i of b to one recipient, in their language. */
static DbStatus letter_to(const Flow *f, Db *db, const CallBoard *b, int i, int64_t amount,
                          const char *reason, const LetterRecipient *to)
{
    Arena *a = f->arena;
    Lang l = LANG_EN;
    lang_parse(to->lang, &l);
    const Call *c = &b->c;
    const RankRow *x = call_board_row(b, i);
    const SelOutcome *o = &b->out[i];
    const char *decision = x->status != PROPOSAL_ELIGIBLE ? i18n_get(l, "not eligible")
                           : amount ? arena_printf(a, i18n_get(l, "selected, with %s awarded"),
                                                   flow_money(f, l, amount))
                                    : i18n_get(l, "not selected");
    const char *body = arena_printf(
        a,
        i18n_get(l, "Hello %s,\n\n%s has recorded its decision on the call \"%s\".\n\nYour "
                    "proposal \"%s\": %s.\n"),
        to->name, c->funder, lang_pick(l, (char *const *)c->title), x->title, decision);
    if (o->rank)
        body =
            arena_printf(a, "%s%s\n", body,
                         arena_printf(a, i18n_get(l, "Rank: %d of %d. Score: %s of %s."), o->rank,
                                      b->sum.nranked, number_in(a, l, o->score_milli, 3, 2),
                                      number_in(a, l, c->scale_max, 0, 0)));
    if (!*reason && x->status == PROPOSAL_ELIGIBLE)
        reason = decision_default_reason(a, l, b, i, amount > 0);
    if (*reason)
        body = arena_printf(a, "%s%s\n", body, arena_printf(a, i18n_get(l, "Reason: %s"), reason));
    if (amount)
        body = arena_printf(a, "%s\n%s\n\n%s\n", body,
                            i18n_get(l, "Your grant, its tranches and the expenses to report "
                                        "are under \"Grants received\" on traject:"),
                            f->base_url);
    const char *subject =
        arena_printf(a, i18n_get(l, "Decision on your proposal \"%s\""), x->title);
    return q_outbox_add(db, to->org_id, to->email, subject, body, f->now);
}

DbStatus decision_letters_queue(const Flow *f, Db *db, const CallBoard *b, const int64_t *amount,
                                const char *const *reason)
{
    for (int i = 0; i < b->rows.n; i++) {
        const RankRow *x = call_board_row(b, i);
        LetterRecipient row;
        Rows to = ROWS_FROM(f->arena, &row);
        DbStatus st =
            q_letter_recipients(db, b->c.org_id, x->id, f->arena, &row, rows_collect, &to);
        if (st < DB_NONE)
            return st;
        for (int k = 0; k < to.n; k++)
            if ((st = letter_to(f, db, b, i, amount[i], reason[i], ROW(&to, LetterRecipient, k))) <
                DB_NONE)
                return st;
    }
    return DB_ONE;
}
