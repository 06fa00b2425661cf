/* attempt.c — exam attempts, one at a time or from a results file (see attempt.h). */
#include "flows/certifications/attempt.h"

#include <ctype.h>

#include "domain/calendar.h"
#include "flows/credentials/rules.h"
#include "flows/tx.h"
#include "q/certifications/attempt.h"
#include "q/certifications/certification.h"
#include "q/system/app.h"
#include "q/training/enrolment.h"

/* The checks of one attempt: its certification (unless certification_id is 0: not known,
 * already said), beside field cert_field, then its date and score; each failure is a field
 * error of o. A database error is o.err. */
static void attempt_check(const Flow *f, const ExamAttempt *at, const char *cert_field, Outcome *o)
{
    Certification c;
    DbStatus st = at->certification_id
                      ? q_cert_get(f->db, f->who->org_id, at->certification_id, f->arena, &c)
                      : DB_ONE;
    if (st < DB_NONE) {
        outcome_db(o, st);
        return;
    }
    if (st == DB_NONE)
        outcome_field(o, cert_field,
                      F_(f, "This certification is not in your organisation's catalogue."));
    else if (at->certification_id && c.archived)
        outcome_field(o, cert_field,
                      arena_printf(f->arena,
                                   F_(f, "%s is archived: bring it back to the catalogue before "
                                         "recording an attempt."),
                                   c.name));
    Date d, today;
    int minutes;
    bxl_from_utc(f->now, &today, &minutes);
    if (!at->taken_on || !date_parse(at->taken_on, &d))
        outcome_field(o, "taken_on", F_(f, "Give the date of the exam as YYYY-MM-DD."));
    else if (date_days(d) > date_days(today))
        outcome_field(o, "taken_on",
                      arena_printf(f->arena,
                                   F_(f, "The exam date %s is in the future: record an attempt "
                                         "once it has been taken."),
                                   at->taken_on));
    if (at->score > EXAM_SCORE_MAX || at->score < -1)
        outcome_field(
            o, "score",
            arena_printf(f->arena, F_(f, "The score runs from 0 to %d."), EXAM_SCORE_MAX));
}

typedef struct AttemptsTx {
    AttemptLine *lines;
    int n;
} AttemptsTx;

/* the attempts (their ids set), then the rules "on certification", once for each learner:
 * the credentials they earn are issued with them, or nothing is recorded */
static DbStatus attempts_tx(const Flow *f, void *ctx)
{
    AttemptsTx *t = ctx;
    Db *db = f->db;
    DbStatus st = DB_ONE;
    for (int i = 0; st >= DB_NONE && i < t->n; i++) {
        ExamAttempt *at = &t->lines[i].at;
        st = q_attempt_add(db, at, f->who->account_id, f->now, &at->id);
        if (st == DB_NONE) /* the person or certification went away meanwhile */
            st = DB_CONFLICT;
    }
    for (int i = 0; st >= DB_NONE && i < t->n; i++) {
        int64_t person = t->lines[i].at.person_id;
        bool seen = false;
        for (int j = 0; j < i && !seen; j++)
            seen = t->lines[j].at.person_id == person;
        if (!seen)
            st = cred_issue_on_certified(db, f->who->org_id, person, f->now, f->base_url);
    }
    return st;
}

Outcome flow_attempt_add(const Flow *f, ExamAttempt *at)
{
    Outcome o = outcome_ok();
    at->org_id = f->who->org_id;
    Person p;
    DbStatus st = q_person_get(f->db, at->org_id, at->person_id, f->arena, &p);
    if (st != DB_ONE)
        return outcome_missing(st);
    attempt_check(f, at, "certification_id", &o);
    if (!o.ok)
        return o;
    AttemptLine one = {.at = *at};
    AttemptsTx t = {&one, 1};
    st = flow_tx(f, attempts_tx, &t);
    o.id = one.at.id;
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    q_audit(f->db, at->org_id, f->who->account_id, "attempt_add", p.name, f->now);
    return o;
}

Outcome flow_attempts_import(const Flow *f, AttemptLine *lines, int n, Import *im, bool dry)
{
    Outcome o = outcome_ok();
    int64_t org = f->who->org_id;
    for (int i = 0; i < n; i++) {
        AttemptLine *l = &lines[i];
        l->at.org_id = org;
        Outcome lo = outcome_ok();
        form_errors_add(&lo.fields, &l->read);
        if (l->email && !form_error_for(&l->read, "email")) {
            DbStatus st = q_cert_person_by_email(f->db, org, l->email, &l->at.person_id);
            if (st < DB_NONE) {
                outcome_db(&o, st);
                return o;
            }
            if (st == DB_NONE)
                outcome_field(&lo, "email",
                              arena_printf(f->arena,
                                           F_(f, "Nobody of your organisation has the e-mail "
                                                 "address %s."),
                                           l->email));
        }
        if (l->exam_code && !form_error_for(&l->read, "exam_code")) {
            for (char *s = l->exam_code; *s; s++)
                *s = (char)toupper((unsigned char)*s);
            Certification c;
            DbStatus st = q_cert_by_code(f->db, org, l->exam_code, f->arena, &c);
            if (st < DB_NONE) {
                outcome_db(&o, st);
                return o;
            }
            if (st == DB_NONE)
                outcome_field(&lo, "exam_code",
                              arena_printf(f->arena,
                                           F_(f, "No certification of your catalogue has the "
                                                 "exam code %s."),
                                           l->exam_code));
            else
                l->at.certification_id = c.id;
        }
        if (!form_error_for(&l->read, "taken_on") && !form_error_for(&l->read, "score"))
            attempt_check(f, &l->at, "exam_code", &lo);
        if (lo.err != ERR_COUNT) {
            outcome_error(&o, lo.err);
            return o;
        }
        import_form_errors(im, i, &lo.fields);
    }
    o.id = n;
    if (im->problems.n) {
        o.ok = false;
        o.status = 400;
        return o;
    }
    if (dry)
        return o;
    AttemptsTx t = {lines, n};
    DbStatus st = flow_tx(f, attempts_tx, &t);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    q_audit(f->db, org, f->who->account_id, "attempts_import", arena_printf(f->arena, "%d", n),
            f->now);
    return o;
}
