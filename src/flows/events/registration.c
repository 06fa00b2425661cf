/* flows/events/registration.c — registrations, the waiting list, consent, the door and the
 * reminders (see registration.h). */
#include "flows/events/registration.h"

#include "core/rows.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "domain/checkin.h"
#include "domain/eligibility.h"
#include "flows/consent/guardian.h"
#include "flows/events/event.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "model/training.h"
#include "q/events/event.h"
#include "q/events/registration.h"

/* A registrant's language (their choice when they registered). */
/* The gender a registrant gave (a key the form reader checked), GENDER_NOT_GIVEN for none. */
static int reg_gender(const char *key)
{
    int g = GENDER_NOT_GIVEN;
    if (key && *key)
        vocab_parse(&genders, key, &g);
    return g;
}

static Lang reg_lang(const EventRegistration *x)
{
    Lang l = LANG_EN;
    lang_parse(x->lang, &l);
    return l;
}

/* "Saturday 2027-03-13 09:00–17:00" in l, and the place: "Hub, Brussels". */
static const char *when_in(const Flow *f, Lang l, const Event *e)
{
    return session_when_in(f->arena, l, e->starts_at, e->ends_at);
}

static const char *where(const Flow *f, const Event *e)
{
    return arena_printf(f->arena, "%s, %s", e->location_name, e->municipality);
}

/* --- registering ---------------------------------------------------------------------- */

/* The birth date an age band asks for, the band, and a guardian under the consent age. */
static void check_age(const Flow *f, const Event *e, RegInput *in, Outcome *o)
{
    if (e->min_age_null && e->max_age_null) {
        in->birth_date = in->guardian_name = in->guardian_email = NULL;
        return;
    }
    if (!in->birth_date || !*in->birth_date) {
        outcome_field(o, "birth_date",
                      F_(f, "Give the date of birth: this event is for an age group."));
        return;
    }
    Date birth, first, today;
    bool minor;
    guardian_check(f, in->birth_date, e->consent_age, &in->guardian_name, &in->guardian_email,
                   &birth, &minor, o);
    if (form_error_for(&o->fields, "birth_date"))
        return;
    int m;
    bxl_from_utc(e->starts_at, &first, &m);
    bxl_from_utc(f->now, &today, &m);
    AgeBand band = {.has_min = !e->min_age_null,
                    .has_max = !e->max_age_null,
                    .min = e->min_age,
                    .max = e->max_age};
    Eligibility el = eligibility_check(&band, false, first, today, &birth, false);
    if (el.age_verdict == AGE_OUTSIDE)
        outcome_field(o, "birth_date",
                      arena_printf(f->arena,
                                   F_(f, "This event is for people aged %s; on its first day you "
                                         "will be %d."),
                                   event_ages_in(f->arena, f->who->lang, e), el.age));
}

typedef struct RegTx {
    const Event *e;
    EventRegistration x;
    int64_t invitation_id;
    const char *tok, *hash, *ctok, *chash;
    int64_t id;
    bool duplicate;
} RegTx;

static DbStatus register_tx(const Flow *f, void *ctx)
{
    RegTx *t = ctx;
    const Event *e = t->e;
    int64_t took = 0;
    DbStatus st = q_event_take_place(f->db, e->org_id, e->id, false, &took);
    if (st < DB_NONE)
        return st;
    t->x.status = took == 1 ? REG_REGISTERED : REG_WAITING;
    st = q_reg_add(f->db, &t->x, t->hash, t->chash, t->invitation_id, f->now, &t->id);
    if (st == DB_CONFLICT)
        t->duplicate = true;
    if (st != DB_ONE)
        return st == DB_NONE ? DB_ERROR : st;
    Lang l = reg_lang(&t->x);
    const EventRegistration *x = &t->x;
    if (x->status == REG_REGISTERED)
        st = flow_mail(f, f->db, e->org_id, x->email, l,
                       arena_printf(f->arena, i18n_get(l, "Your place at %s"), e->title),
                       N_("Hello %s,\n\nYou are registered for \"%s\": %s, at %s.\n\nYour "
                          "personal page shows your registration and the QR code to show at the "
                          "door; there you can also cancel:\n\n%s/events/registrations/%s\n\n"
                          "Keep this link to yourself.\n"),
                       x->name, e->title, when_in(f, l, e), where(f, e), f->base_url, t->tok);
    else
        st = flow_mail(
            f, f->db, e->org_id, x->email, l,
            arena_printf(f->arena, i18n_get(l, "You are on the waiting list for %s"), e->title),
            N_("Hello %s,\n\n\"%s\" (%s, at %s) is full: you are on the waiting list. If a place "
               "opens up, it goes to the first on the list, and we tell you by e-mail.\n\nYour "
               "personal page shows where you stand; there you can also cancel:\n\n"
               "%s/events/registrations/%s\n\nKeep this link to yourself.\n"),
            x->name, e->title, when_in(f, l, e), where(f, e), f->base_url, t->tok);
    if (st < DB_NONE || !t->ctok)
        return st;
    return flow_mail(
        f, f->db, e->org_id, x->guardian_email, l,
        arena_printf(f->arena, i18n_get(l, "Your consent for %s"), x->name),
        N_("Hello %s,\n\n%s registered for \"%s\" (%s, at %s), held by %s. Because they are under "
           "%lld, they can take part only if you agree. Please give or refuse your consent "
           "here:\n\n%s/events/consent/%s\n\nThe same link lets you withdraw your consent "
           "later.\n"),
        x->guardian_name, x->name, e->title, when_in(f, l, e), where(f, e), e->org_name,
        (long long)e->consent_age, f->base_url, t->ctok);
}

/* A new token for a personal link and its hash (kept instead), in the flow's arena. */
static void new_token(const Flow *f, const char **tok, const char **hash)
{
    char *t = arena_alloc(f->arena, AUTH_TOKEN_LEN + 1),
         *h = arena_alloc(f->arena, AUTH_HASH_HEX_LEN + 1);
    auth_token_new(t);
    auth_token_hash(t, h);
    *tok = t;
    *hash = h;
}

Outcome event_register(const Flow *f, const Event *e, RegInput *in, int64_t invitation_id,
                       const char **token, RegStatus *status)
{
    Outcome o = outcome_ok();
    if (e->starts_at <= f->now) {
        outcome_conflict(&o, "event", F_(f, "Registration has closed: the event has started."));
        return o;
    }
    Lang l = f->who->lang;
    if (in->lang)
        lang_parse(in->lang, &l);
    check_age(f, e, in, &o);
    if (!o.ok)
        return o;
    RegTx t = {.e = e, .invitation_id = invitation_id};
    t.x = (EventRegistration){.org_id = e->org_id,
                              .event_id = e->id,
                              .name = in->name,
                              .email = in->email,
                              .lang = (char *)lang_code(l),
                              .birth_date = in->birth_date,
                              .gender = reg_gender(in->gender),
                              .guardian_name = in->guardian_name,
                              .guardian_email = in->guardian_email,
                              .consent = in->guardian_name ? CONSENT_PENDING : CONSENT_NONE};
    new_token(f, &t.tok, &t.hash);
    if (in->guardian_name)
        new_token(f, &t.ctok, &t.chash);
    DbStatus st = flow_tx(f, register_tx, &t);
    if (t.duplicate)
        outcome_conflict(&o, "email",
                         F_(f, "This e-mail address is already registered for this event."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else {
        o.id = t.id;
        *token = t.tok;
        *status = t.x.status;
    }
    return o;
}

/* --- the waiting list and cancelling ------------------------------------------------- */

int event_promote(const Flow *f, const Event *e)
{
    int n = 0;
    for (;;) {
        int64_t took = 0;
        if (q_event_take_place(f->db, e->org_id, e->id, true, &took) < DB_NONE)
            return -1;
        if (took != 1)
            return n;
        EventRegistration x;
        if (q_reg_first_waiting(f->db, e->org_id, e->id, f->arena, &x) != DB_ONE ||
            q_reg_status_set(f->db, e->org_id, x.id, REG_WAITING, REG_REGISTERED) != DB_ONE)
            return -1;
        Lang l = reg_lang(&x);
        if (flow_mail(f, f->db, e->org_id, x.email, l,
                      arena_printf(f->arena, i18n_get(l, "A place opened up: %s"), e->title),
                      N_("Hello %s,\n\nA place opened up at \"%s\" (%s, at %s) and it is yours: "
                         "you are now registered.\n\nYour personal page (the link in our first "
                         "e-mail) has the QR code to show at the door. If you cannot come, "
                         "please cancel there.\n"),
                      x.name, e->title, when_in(f, l, e), where(f, e)) < DB_NONE)
            return -1;
        n++;
    }
}

typedef struct CancelTx {
    const Event *e;
    const EventRegistration *x;
    ConsentAct act;
    bool consent; /* a guardian's act rather than a cancellation */
    bool stale;
} CancelTx;

/* Cancels t->x and gives its place to the first waiting. */
static DbStatus cancel_in_tx(const Flow *f, CancelTx *t)
{
    const EventRegistration *x = t->x;
    DbStatus st = q_reg_status_set(f->db, x->org_id, x->id, x->status, REG_CANCELLED);
    if (flow_tx_stop(&st, &t->stale))
        return st;
    if (x->status != REG_REGISTERED)
        return DB_ONE;
    if ((st = q_event_free_place(f->db, x->org_id, x->event_id)) < DB_NONE)
        return st;
    return event_promote(f, t->e) < 0 ? DB_ERROR : DB_ONE;
}

static DbStatus cancel_tx(const Flow *f, void *ctx)
{
    CancelTx *t = ctx;
    if (!t->consent)
        return cancel_in_tx(f, t);
    const EventRegistration *x = t->x;
    ConsentState from = t->act == CONSENT_WITHDRAW ? CONSENT_GIVEN : CONSENT_PENDING;
    ConsentState to = t->act == CONSENT_GIVE     ? CONSENT_GIVEN
                      : t->act == CONSENT_REFUSE ? CONSENT_REFUSED
                                                 : CONSENT_WITHDRAWN;
    DbStatus st = q_reg_consent_set(f->db, x->org_id, x->id, from, to);
    if (flow_tx_stop(&st, &t->stale))
        return st;
    if (to == CONSENT_GIVEN || x->status == REG_CANCELLED)
        return DB_ONE;
    return cancel_in_tx(f, t);
}

Outcome event_cancel(const Flow *f, const Event *e, const EventRegistration *x)
{
    Outcome o = outcome_ok();
    o.id = x->id;
    CancelTx t = {.e = e, .x = x};
    DbStatus st = x->status == REG_CANCELLED ? DB_CONFLICT : flow_tx(f, cancel_tx, &t);
    if (t.stale || x->status == REG_CANCELLED)
        outcome_conflict(&o, "cancel", F_(f, "This registration was cancelled already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome event_consent(const Flow *f, const Event *e, const EventRegistration *x, ConsentAct act)
{
    Outcome o = outcome_ok();
    o.id = x->id;
    if (x->consent == CONSENT_NONE) {
        outcome_field(&o, "by_name", F_(f, "This registration needs no consent."));
        return o;
    }
    CancelTx t = {.e = e, .x = x, .act = act, .consent = true};
    DbStatus st = flow_tx(f, cancel_tx, &t);
    if (t.stale)
        outcome_conflict(&o, "by_name", F_(f, "This answer was recorded already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

/* --- the door ------------------------------------------------------------------------- */

/* Why x cannot be checked in for verdict v, in the actor's language; NULL for CHECKIN_OK. */
static const char *refusal_text(const Flow *f, const Event *e, const EventRegistration *x,
                                CheckinVerdict v)
{
    const char *name = x->name;
    switch (v) {
    case CHECKIN_ALREADY:
        return arena_printf(f->arena, F_(f, "%s was checked in already."), name);
    case CHECKIN_WAITING:
        return arena_printf(
            f->arena, F_(f, "%s is on the waiting list: they have no place at this event."), name);
    case CHECKIN_CANCELLED:
        return arena_printf(
            f->arena, F_(f, "%s cancelled their registration: they have no place at this event."),
            name);
    case CHECKIN_NO_CONSENT:
        return arena_printf(
            f->arena, F_(f, "A parent or guardian of %s has not agreed: they cannot take part."),
            name);
    case CHECKIN_NOT_TODAY:
        return arena_printf(f->arena, F_(f, "Not today: this event is on %s."),
                            when_in(f, f->who->lang, e));
    case CHECKIN_OK:
        break;
    }
    return NULL;
}

static CheckinVerdict verdict_of(const Flow *f, const Event *e, const EventRegistration *x)
{
    Date first, last, today;
    int m;
    bxl_from_utc(e->starts_at, &first, &m);
    bxl_from_utc(e->ends_at - 1, &last, &m);
    bxl_from_utc(f->now, &today, &m);
    return checkin_verdict(x->status, x->consent, x->checked_in_at != 0, first, last, today);
}

const char *event_checkin_refusal(const Flow *f, const Event *e, const EventRegistration *x)
{
    return refusal_text(f, e, x, verdict_of(f, e, x));
}

Outcome event_checkin(const Flow *f, const Event *e, const EventRegistration *x)
{
    Outcome o = outcome_ok();
    o.id = x->id;
    CheckinVerdict v = verdict_of(f, e, x);
    if (v == CHECKIN_OK) {
        DbStatus st = q_reg_checkin(f->db, x->org_id, x->id, f->who->account_id, f->now);
        if (st < DB_NONE) {
            outcome_db(&o, st);
            return o;
        }
        if (st == DB_ONE)
            return o;
        v = CHECKIN_ALREADY; /* at the same moment, by another phone */
    }
    outcome_conflict(&o, "checkin", refusal_text(f, e, x, v));
    return o;
}

/* --- reminders ------------------------------------------------------------------------ */

typedef struct RemindTx {
    const RegReminder *r;
    bool sent;
} RemindTx;

static DbStatus remind_tx(const Flow *f, void *ctx)
{
    RemindTx *t = ctx;
    const EventRegistration *x = &t->r->x;
    const Event *e = &t->r->e;
    DbStatus st = q_reg_reminded(f->db, x->org_id, x->id, f->now);
    if (st != DB_ONE)
        return st; /* reminded already, by another scheduler */
    Lang l = reg_lang(x);
    st = flow_mail(f, f->db, x->org_id, x->email, l,
                   arena_printf(f->arena, i18n_get(l, "Tomorrow: %s"), e->title),
                   N_("Hello %s,\n\nA reminder: \"%s\" is tomorrow, %s, at %s (%s), held by %s."
                      "\n\nShow the QR code of your personal page at the door (the link in our "
                      "first e-mail). If you cannot come, please cancel there, so that someone "
                      "on the waiting list gets your place.\n"),
                   x->name, e->title, when_in(f, l, e), e->location_name,
                   *e->location_address
                       ? arena_printf(f->arena, "%s, %s", e->location_address, e->municipality)
                       : e->municipality,
                   e->org_name);
    t->sent = st >= DB_NONE;
    return st;
}

int event_reminders_send(const Flow *f)
{
    Date today;
    int m;
    bxl_from_utc(f->now, &today, &m);
    int64_t tomorrow, after;
    if (!bxl_to_utc(date_from_days(date_days(today) + 1), 0, &tomorrow) ||
        !bxl_to_utc(date_from_days(date_days(today) + 2), 0, &after))
        return -1;
    RegReminder row;
    Rows due = ROWS_FROM(f->arena, &row);
    if (q_reg_reminders_due(f->db, tomorrow - 1, after, f->arena, &row, rows_collect, &due) <
        DB_NONE)
        return -1;
    int sent = 0;
    for (int i = 0; i < due.n; i++) {
        RemindTx t = {.r = ROW(&due, RegReminder, i)};
        if (flow_tx(f, remind_tx, &t) < DB_NONE)
            return -1;
        sent += t.sent;
    }
    return sent;
}
