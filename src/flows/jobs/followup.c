/* flows/jobs/followup.c — mailing the follow-ups and recording their answers (see
 * followup.h). */
#include "flows/jobs/followup.h"

#include "core/rows.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "domain/jobs.h"
#include "flows/tx.h"
#include "q/jobs/followup.h"

/* the cohorts looked at end between these many days ago: wider than 3 and 18 months, the
 * rule of domain/jobs.h says which are due */
#define WINDOW_NEAR 80
#define WINDOW_FAR 560

typedef struct SendTx {
    const JobFollowupDue *x;
    int months;
    bool sent;
} SendTx;

static DbStatus send_tx(const Flow *f, void *ctx)
{
    SendTx *t = ctx;
    const JobFollowupDue *x = t->x;
    char token[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(token);
    auth_token_hash(token, hash);
    int64_t id;
    DbStatus st = q_job_followup_claim(f->db, x, t->months, hash, f->now, &id);
    if (st != DB_ONE) /* sent already, here or by another server */
        return st;
    Lang l = LANG_EN;
    lang_parse(x->lang, &l);
    const char *programme = lang_pick(l, x->programme);
    const char *subject =
        arena_printf(f->arena, i18n_get(l, "How are you doing since %s?"), programme);
    st = flow_mail(f, f->db, x->org_id, x->email, l, subject,
                   N_("Hello %s,\n\n%d months ago you finished %s at %s. Would you tell us how "
                      "you are doing? Three short questions, one minute:\n\n%s/followup/%s\n\n"
                      "Thank you.\n"),
                   x->name, t->months, programme, x->org_name, f->base_url, token);
    if (st < DB_NONE)
        return st;
    t->sent = true;
    return DB_ONE;
}

int job_followups_send(const Flow *f)
{
    Date today;
    char day[11], from[11], to[11];
    bxl_date_text(f->now, day);
    if (!date_parse(day, &today))
        return -1;
    date_format(date_from_days(date_days(today) - WINDOW_FAR), from);
    date_format(date_from_days(date_days(today) - WINDOW_NEAR), to);
    JobFollowupDue row;
    Rows due = ROWS_FROM(f->arena, &row);
    if (q_job_followups_due(f->db, from, to, f->arena, &row, rows_collect, &due) < DB_NONE)
        return -1;
    int sent = 0;
    for (int i = 0; i < due.n; i++) {
        SendTx t = {.x = ROW(&due, JobFollowupDue, i)};
        Date ended;
        if (!date_parse(t.x->ends_on, &ended) || !(t.months = job_followup_due(ended, today)))
            continue;
        if (flow_tx(f, send_tx, &t) < DB_NONE)
            return -1;
        sent += t.sent;
    }
    return sent;
}

DbStatus job_followup_of_token(const Flow *f, const char *token, JobFollowup *out)
{
    char hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_hash(token ? token : "", hash);
    return q_job_followup_by_token(f->db, hash, f->arena, out);
}

Outcome flow_job_followup_answer(const Flow *f, const char *token, const JobFollowupAnswer *x)
{
    JobFollowup fu;
    DbStatus st = job_followup_of_token(f, token, &fu);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    int v;
    if (!x->situation || !vocab_parse(&job_situations, x->situation, &v)) {
        outcome_choose(&o, f, "situation", F_(f, "What do you do now?"));
        return o;
    }
    return outcome_of(q_job_followup_answer(f->db, fu.org_id, fu.id, x, f->now), ERR_NOT_FOUND,
                      fu.id);
}
