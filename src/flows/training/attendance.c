/* attendance.c — a session's roster and self check-in (see attendance.h). */
#include "flows/training/attendance.h"

#include "domain/calendar.h"
#include "flows/tx.h"
#include "q/training/attendance.h"

typedef struct MarkTx {
    int64_t session_id;
    const MarkInput *marks;
    int n;
    bool stranger; /* a learner of another cohort or organisation */
} MarkTx;

static DbStatus mark_tx(const Flow *f, void *ctx)
{
    MarkTx *t = ctx;
    for (int i = 0; i < t->n; i++) {
        DbStatus st =
            q_attendance_mark(f->db, f->who->org_id, t->session_id, t->marks[i].enrolment_id,
                              t->marks[i].mark, f->now, f->who->account_id);
        if (flow_tx_stop(&st, &t->stranger))
            return st;
    }
    return DB_ONE;
}

Outcome flow_attendance_save(const Flow *f, int64_t session_id, const MarkInput *marks, int n)
{
    Outcome o = outcome_ok();
    o.id = session_id;
    for (int i = 0; i < n; i++)
        if (marks[i].mark == MARK_NONE) {
            outcome_error(&o, ERR_BAD_REQUEST);
            return o;
        }
    MarkTx t = {session_id, marks, n, false};
    DbStatus st = flow_tx(f, mark_tx, &t);
    if (t.stranger)
        outcome_error(&o, ERR_BAD_REQUEST);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

static const char *hhmm(const Flow *f, int64_t t)
{
    Date d;
    int m;
    bxl_from_utc(t, &d, &m);
    return arena_printf(f->arena, "%02d:%02d", m / 60, m % 60);
}

const char *flow_checkin_refusal(const Flow *f, const SessionItem *s, bool enrolled, int *status)
{
    *status = 200;
    if (!enrolled) {
        *status = 403;
        return F_(f, "You are not enrolled in this group. Ask your trainer to enrol you, or to "
                     "invite you with the e-mail address of this account.");
    }
    if (f->now < s->starts_at - CHECKIN_OPENS_BEFORE)
        return arena_printf(f->arena,
                            F_(f, "Check-in opens at %s, half an hour before the session."),
                            hhmm(f, s->starts_at - CHECKIN_OPENS_BEFORE));
    if (f->now > s->ends_at)
        return F_(f, "This session has ended: check-in is closed.");
    return NULL;
}

Outcome flow_checkin(const Flow *f, const SessionItem *s, const RosterRow *state, bool enrolled)
{
    Outcome o = outcome_ok();
    o.id = s->id;
    int status;
    const char *why = flow_checkin_refusal(f, s, enrolled, &status);
    if (why) {
        outcome_conflict(&o, "checkin", why);
        o.status = status == 200 ? 409 : status;
        return o;
    }
    if (state->via == VIA_SELF) /* checked in already: the first time stays */
        return o;
    AttendanceMark mark = f->now > s->starts_at + CHECKIN_LATE_AFTER ? MARK_LATE : MARK_PRESENT;
    DbStatus st = q_checkin(f->db, s->org_id, s->id, f->who->account_id, mark, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
