/* admission.c — what happens to an application after it is sent: what the applicant's
 * decisions and offers do, the mails that tell them (always in the applicant's language, with
 * a fresh personal link), waiting-list offers that expire, and a guardian's consent.
 *
 * The rules, in one place:
 *  - accepting makes the enrolment in the chosen cohort (taking a seat, never beyond its
 *    capacity); a minor's enrolment waits for consent but holds its seat;
 *  - when a place frees up (an accepted applicant withdraws, a guardian refuses or withdraws
 *    consent, an offer is declined or expires), the first on the waiting list for that cohort
 *    gets an offer with a deadline; offers standing never outnumber the free seats;
 *  - expired offers are closed whenever a page of the programme's applications or an
 *    applicant's own page is opened (admission_sweep). */
#include <stdio.h>
#include <string.h>

#include "core/clock.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "html/fmt.h"
#include "pages/intake/intake.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/system/outbox.h"
#include "q/training/cohort.h"
#include "q/training/enrolment.h"

/* --- words in the applicant's language --------------------------------------------- */

static Lang app_lang(const Application *x)
{
    Lang l = LANG_EN;
    lang_parse(x->lang, &l);
    return l;
}

/* Why, in the reader's language: the reason code of the application's status. */
const char *admission_reason(Req *r, AppStatus status, const char *code)
{
    if (!strcmp(code, "ranked"))
        return status == APP_WAITLISTED
                   ? _(r, "The reviewers scored the application just after those who got the places.")
                   : _(r, "The reviewers scored the application among the best.");
    if (!strcmp(code, "capacity"))
        return _(r, "The places went to applications the reviewers scored higher.");
    if (!strcmp(code, "rules"))
        return _(r, "The application does not meet the programme's rules.");
    if (!strcmp(code, "offer"))
        return _(r, "A place offered from the waiting list was taken up.");
    if (!strcmp(code, "applicant"))
        return _(r, "Withdrawn by the applicant.");
    if (!strcmp(code, "offer_expired"))
        return _(r, "The place offered was not taken up in time.");
    if (!strcmp(code, "consent_refused"))
        return _(r, "A parent or guardian did not agree.");
    if (!strcmp(code, "consent_withdrawn"))
        return _(r, "A parent or guardian withdrew their consent.");
    return "";
}

typedef enum Letter {
    LETTER_ACCEPTED,
    LETTER_WAITLISTED,
    LETTER_DECLINED,
    LETTER_OFFER,
    LETTER_OFFER_EXPIRED,
    LETTER_CONSENT_ENDED,
} Letter;

/* Queues a mail to the applicant in their language, with a new personal link to the same
 * application (only its hash kept). Runs inside the caller's transaction. */
static DbStatus mail_applicant(Db *db, Req *r, const Application *x, Letter kind, int64_t now)
{
    Lang l = app_lang(x);
    Req in = {.arena = r->arena, .lang = l};
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    DbStatus st = q_app_link_add(db, x->org_id, x->id, hash, now);
    if (st < DB_NONE)
        return st;
    const char *title = lang_pick(l, x->title);
    const char *link = arena_printf(r->arena, "%s/applications/%s", base_url(r), tok);
    const char *why = admission_reason(&in, x->status, x->reason);
    if (*x->reason_note)
        why = arena_printf(r->arena, "%s%s%s", why, *why ? "\n" : "", x->reason_note);
    const char *subject = NULL, *body = NULL;
    switch (kind) {
    case LETTER_ACCEPTED:
        subject = arena_printf(r->arena, i18n_get(l, "A place for you in %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\nGood news: %s has a place for you in \"%s\".\n\n%s\n\n"
                                                  "All the details, and what to do if you cannot come after all, are on your personal page:\n\n%s\n"),
                            x->name, x->org_name, title, why, link);
        if (*x->consent && strcmp(x->consent, "given"))
            body = arena_printf(r->arena, "%s\n%s\n", body,
                                i18n_get(l, "Your place is kept for you; you can start once your parent or guardian has agreed by e-mail."));
        break;
    case LETTER_WAITLISTED:
        subject = arena_printf(r->arena, i18n_get(l, "On the waiting list for %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\nYou are number %lld on the waiting list for \"%s\" at %s.\n\n%s\n\n"
                                                  "If a place frees up, we offer it to you by e-mail. Your personal page:\n\n%s\n"),
                            x->name, (long long)x->waitlist_rank, title, x->org_name, why, link);
        break;
    case LETTER_DECLINED:
        subject = arena_printf(r->arena, i18n_get(l, "Your application to %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\nThank you for applying to \"%s\" at %s. We cannot offer you a place this time.\n\n%s\n\n"
                                                  "Other programmes may suit you: %s/programmes\n\nYour personal page:\n\n%s\n"),
                            x->name, title, x->org_name, why, base_url(r), link);
        break;
    case LETTER_OFFER:
        subject = arena_printf(r->arena, i18n_get(l, "A place is free in %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\nA place is free in \"%s\" at %s, and it is yours if you take it up before %s.\n\n"
                                                  "Take it up or decline it here:\n\n%s\n"),
                            x->name, title, x->org_name, moment_text(&in, x->offer_expires_at), link);
        break;
    case LETTER_OFFER_EXPIRED:
        subject = arena_printf(r->arena, i18n_get(l, "Your application to %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\nThe place offered to you in \"%s\" was not taken up in time, so it goes to the next person on the waiting list.\n\n"
                                                  "Your personal page:\n\n%s\n"),
                            x->name, title, link);
        break;
    case LETTER_CONSENT_ENDED:
        subject = arena_printf(r->arena, i18n_get(l, "Your application to %s"), title);
        body = arena_printf(r->arena, i18n_get(l, "Hello %s,\n\n%s\n\nWithout your parent or guardian's consent you cannot take part in \"%s\"; your application is withdrawn.\n\n"
                                                  "Your personal page:\n\n%s\n"),
                            x->name, why, title, link);
        break;
    }
    return q_outbox_add(db, x->org_id, x->email, subject, body, now);
}

/* --- places, offers, withdrawals ---------------------------------------------------- */

/* Offers the cohort's free seats (those neither taken nor offered) to the waiting list. */
static DbStatus promote(Db *db, Req *r, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                        int64_t now)
{
    AppForm f;
    Cohort c;
    int64_t offers = 0;
    DbStatus st = q_app_form(db, org_id, programme_id, &f);
    if (st == DB_ONE)
        st = q_cohort_get(db, org_id, cohort_id, r->arena, &c);
    if (st == DB_ONE)
        st = q_app_offers_open(db, org_id, cohort_id, now, &offers);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ONE;
    for (int64_t seats = c.capacity - c.enrolled - offers; seats > 0; seats--) {
        int64_t id;
        st = q_app_offer_next(db, org_id, programme_id, cohort_id, now + f.offer_days * 86400, now,
                              &id);
        if (st != DB_ONE)
            return st < DB_NONE ? st : DB_ONE;
        Application x;
        if ((st = q_application_get(db, org_id, id, r->arena, &x)) != DB_ONE ||
            (st = mail_applicant(db, r, &x, LETTER_OFFER, now)) < DB_NONE)
            return st < DB_NONE ? st : DB_ERROR;
    }
    return DB_ONE;
}

/* Withdraws an application still in play (received, on the waiting list, accepted): ends
 * its enrolment and offers the freed place. DB_NONE when it is no longer in play. Runs
 * inside the caller's transaction. */
DbStatus admission_withdraw(Db *db, Req *r, const Application *x, const char *reason,
                            int64_t now)
{
    if (x->status != APP_SUBMITTED && x->status != APP_WAITLISTED && x->status != APP_ACCEPTED)
        return DB_NONE;
    DbStatus st = q_app_move(db, x->org_id, x->id, x->status, APP_WITHDRAWN, reason, now);
    if (st != DB_ONE)
        return st;
    int64_t cohort = x->cohort_id;
    if (x->enrolment_id) {
        char today[11];
        bxl_date_text(now, today);
        st = q_enrolment_end(db, x->org_id, x->enrolment_id, ENROLMENT_WITHDRAWN, today,
                             admission_reason(r, APP_WITHDRAWN, reason), &cohort);
        if (st == DB_ONE)
            st = q_cohort_free_seat(db, x->org_id, cohort);
        if (st < DB_NONE)
            return st;
    }
    if (cohort && (x->status == APP_ACCEPTED || x->offer_expires_at))
        return promote(db, r, x->org_id, x->programme_id, cohort, now);
    return DB_ONE;
}

/* Makes the enrolment of an accepted application: the seat (DB_CONFLICT when the cohort is
 * full), the person (known by e-mail, or new), waiting for consent when a guardian has not
 * agreed yet. */
static DbStatus enrol_applicant(Db *db, const Application *x, int64_t cohort_id, int64_t now,
                                bool *full)
{
    DbStatus st = q_cohort_take_seat(db, x->org_id, cohort_id);
    if (st == DB_NONE) {
        *full = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    int64_t person = 0, in_cohort = 0, enrolment;
    st = q_person_by_email(db, x->org_id, x->email, cohort_id, &person, &in_cohort);
    if (st < DB_NONE)
        return st;
    if (st == DB_NONE) {
        Person p = {.org_id = x->org_id, .name = x->name, .email = x->email, .phone = x->phone,
                    .birth_date = x->birth_date, .municipality = x->municipality,
                    .jobseeker = x->jobseeker};
        if ((st = q_person_add(db, &p, now, &person)) < DB_NONE)
            return st;
    } else if (in_cohort) {
        return DB_CONFLICT;
    }
    bool waiting = *x->consent && strcmp(x->consent, "given");
    st = q_app_enrol(db, x->org_id, cohort_id, person, waiting, now, &enrolment);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_CONFLICT;
    return q_app_set_enrolment(db, x->org_id, x->id, enrolment, now);
}

typedef struct OfferTx {
    Req *r;
    const Application *x;
    bool stale, full;
} OfferTx;

static DbStatus offer_take_tx(Db *db, void *ctx)
{
    OfferTx *t = ctx;
    int64_t now = clock_now();
    DbStatus st = q_app_offer_take(db, t->x->org_id, t->x->id, now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE)
        return st;
    if ((st = enrol_applicant(db, t->x, t->x->cohort_id, now, &t->full)) != DB_ONE)
        return st;
    Application y = *t->x;
    y.status = APP_ACCEPTED;
    y.reason = "offer";
    y.reason_note = "";
    return mail_applicant(db, t->r, &y, LETTER_ACCEPTED, now);
}

/* Takes up a standing offer; returns a notice for the applicant's page. */
const char *admission_take_offer(Req *r, const Application *x, bool *ok)
{
    OfferTx t = {.r = r, .x = x};
    DbStatus st = db_tx(r->db, offer_take_tx, &t);
    *ok = st == DB_ONE;
    if (st == DB_ONE)
        return _(r, "The place is yours: welcome! We e-mailed you the details.");
    if (t.stale)
        return _(r, "This offer no longer stands: it expired or was answered already.");
    if (t.full)
        return _(r, "Sorry: the place was taken in the meantime. You stay first on the waiting list.");
    return NULL;
}

typedef struct WithdrawTx {
    Req *r;
    const Application *x;
    const char *reason;
} WithdrawTx;

static DbStatus withdraw_tx(Db *db, void *ctx)
{
    WithdrawTx *t = ctx;
    DbStatus st = admission_withdraw(db, t->r, t->x, t->reason, clock_now());
    return st == DB_NONE ? DB_CONFLICT : st;
}

/* The applicant withdraws (or declines a place or an offer); false on a database error. */
bool admission_applicant_withdraw(Req *r, const Application *x)
{
    WithdrawTx t = {.r = r, .x = x, .reason = "applicant"};
    DbStatus st = db_tx(r->db, withdraw_tx, &t);
    return st >= DB_NONE || st == DB_CONFLICT;
}

/* --- expired offers ------------------------------------------------------------------ */

typedef struct Expired {
    AppRef row, rows[200];
    int n;
} Expired;

static bool expired_row(void *ctx)
{
    Expired *e = ctx;
    if (e->n < 200)
        e->rows[e->n++] = e->row;
    return true;
}

typedef struct ExpireTx {
    Req *r;
    AppRef ref;
} ExpireTx;

static DbStatus expire_tx(Db *db, void *ctx)
{
    ExpireTx *t = ctx;
    int64_t now = clock_now();
    Application x;
    DbStatus st = q_application_get(db, t->ref.org_id, t->ref.id, t->r->arena, &x);
    if (st != DB_ONE || x.status != APP_WAITLISTED || !x.offer_expires_at ||
        x.offer_expires_at > now)
        return st < DB_NONE ? st : DB_ONE; /* answered meanwhile */
    if ((st = q_app_move(db, x.org_id, x.id, APP_WAITLISTED, APP_WITHDRAWN, "offer_expired", now)) != DB_ONE)
        return st < DB_NONE ? st : DB_ONE;
    x.status = APP_WITHDRAWN;
    x.reason = "offer_expired";
    if ((st = mail_applicant(db, t->r, &x, LETTER_OFFER_EXPIRED, now)) < DB_NONE)
        return st;
    return promote(db, t->r, x.org_id, x.programme_id, x.cohort_id, now);
}

/* Closes offers past their deadline and passes the places on; false on a database error. */
bool admission_sweep(Req *r)
{
    Expired e = {0};
    if (q_app_offers_expired(r->db, clock_now(), &e.row, expired_row, &e) < DB_NONE)
        return false;
    for (int i = 0; i < e.n; i++) {
        ExpireTx t = {.r = r, .ref = e.rows[i]};
        if (db_tx(r->db, expire_tx, &t) < DB_NONE)
            return false;
    }
    return true;
}

/* --- decisions ------------------------------------------------------------------------ */

/* One decision per application of the list, in rank order; accepted ones enrol in cohort. */
DbStatus admission_decide_tx(Db *db, Req *r, const AdmissionDecision *d, int n,
                             int64_t cohort_id, bool *full, int64_t *bad_id)
{
    int64_t now = clock_now(), rank = 0;
    DbStatus st;
    for (int i = 0; i < n; i++) {
        Application x;
        if ((st = q_application_get(db, r->org_id, d[i].id, r->arena, &x)) != DB_ONE)
            return st < DB_NONE ? st : DB_CONFLICT;
        if (x.status != APP_SUBMITTED) {
            *bad_id = x.id;
            return DB_CONFLICT;
        }
        if (d[i].status == APP_WAITLISTED && !rank &&
            (st = q_app_waitlist_last(db, r->org_id, x.programme_id, &rank)) < DB_NONE)
            return st;
        int64_t wl = d[i].status == APP_WAITLISTED ? ++rank : 0;
        st = q_app_decide(db, r->org_id, x.id, d[i].status, d[i].reason, d[i].note,
                          d[i].status != APP_DECLINED ? cohort_id : 0, wl, r->account->id, now);
        if (st != DB_ONE) {
            *bad_id = x.id;
            return st < DB_NONE ? st : DB_CONFLICT;
        }
        x.status = d[i].status;
        x.reason = (char *)d[i].reason;
        x.reason_note = (char *)(d[i].note ? d[i].note : "");
        x.waitlist_rank = wl;
        if (d[i].status == APP_ACCEPTED &&
            (st = enrol_applicant(db, &x, cohort_id, now, full)) != DB_ONE) {
            *bad_id = x.id;
            return st;
        }
        Letter k = d[i].status == APP_ACCEPTED     ? LETTER_ACCEPTED
                   : d[i].status == APP_WAITLISTED ? LETTER_WAITLISTED
                                                   : LETTER_DECLINED;
        if ((st = mail_applicant(db, r, &x, k, now)) < DB_NONE)
            return st;
    }
    return DB_ONE;
}

/* --- a guardian's consent ------------------------------------------------------------ */

typedef struct ConsentTx {
    Req *r;
    const Application *x;
    const char *action; /* give, refuse, withdraw */
    const char *by_name, *via;
    int64_t recorded_by;
    bool stale;
} ConsentTx;

static DbStatus consent_tx(Db *db, void *ctx)
{
    ConsentTx *t = ctx;
    const Application *x = t->x;
    int64_t now = clock_now();
    bool give = !strcmp(t->action, "give"), withdraw = !strcmp(t->action, "withdraw");
    const char *from = withdraw ? "given" : "pending";
    const char *to = give ? "given" : withdraw ? "withdrawn" : "refused";
    DbStatus st = q_app_consent_set(db, x->org_id, x->id, from, to, now);
    if (st == DB_NONE) {
        t->stale = true;
        return DB_CONFLICT;
    }
    if (st < DB_NONE ||
        (st = q_consent_event_add(db, x->org_id, x->id, to, t->by_name, t->via, t->recorded_by,
                                  now)) < DB_NONE)
        return st;
    if (give)
        return x->enrolment_id ? q_enrolment_consent_given(db, x->org_id, x->enrolment_id) : DB_ONE;
    /* without consent the application cannot go on */
    const char *reason = withdraw ? "consent_withdrawn" : "consent_refused";
    st = admission_withdraw(db, t->r, x, reason, now);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ONE; /* withdrawn already */
    Application y = *x;
    y.status = APP_WITHDRAWN;
    y.reason = (char *)reason;
    y.reason_note = "";
    return mail_applicant(db, t->r, &y, LETTER_CONSENT_ENDED, now);
}

/* Records a guardian's act; DB_CONFLICT when the consent is not in the state it needs. */
DbStatus admission_consent(Req *r, const Application *x, const char *action, const char *by_name,
                           const char *via, int64_t recorded_by)
{
    ConsentTx t = {.r = r, .x = x, .action = action, .by_name = by_name, .via = via,
                   .recorded_by = recorded_by};
    DbStatus st = db_tx(r->db, consent_tx, &t);
    return t.stale ? DB_CONFLICT : st;
}

const char *consent_state(Req *r, const char *c)
{
    if (!strcmp(c, "pending"))
        return _(r, "Waiting for a parent or guardian to agree");
    if (!strcmp(c, "given"))
        return _(r, "A parent or guardian agreed");
    if (!strcmp(c, "refused"))
        return _(r, "A parent or guardian did not agree");
    if (!strcmp(c, "withdrawn"))
        return _(r, "A parent or guardian withdrew their consent");
    return _(r, "Not needed");
}

typedef struct Events {
    Req *r;
    Html *h;
    ConsentEvent row;
    int n;
} Events;

static bool event_row(void *ctx)
{
    Events *e = ctx;
    Req *r = e->r;
    const char *what = !strcmp(e->row.action, "given")   ? _(r, "Agreed")
                       : !strcmp(e->row.action, "refused") ? _(r, "Did not agree")
                                                           : _(r, "Withdrew their consent");
    const char *how = !strcmp(e->row.via, "paper")
                          ? arena_printf(r->arena, _(r, "on paper, recorded by %s"), e->row.recorder)
                          : _(r, "through the link sent by e-mail");
    html(e->h, "<li>%s: %s — %s (%s)</li>\n", moment_text(r, e->row.at), what, e->row.by_name, how);
    e->n++;
    return true;
}

/* Who consented, when and how, as a list. */
bool html_consent_events(Html *h, Req *r, const Application *x)
{
    Events e = {.r = r, .h = html_new(r->arena)};
    if (q_consent_events(r->db, x->org_id, x->id, r->arena, &e.row, event_row, &e) < DB_NONE)
        return false;
    if (e.n) {
        html(h, "<ul>\n");
        html_append(h, e.h);
        html(h, "</ul>\n");
    }
    return true;
}

static bool consent_load(Req *r, Application *x, enum MHD_Result *reply)
{
    const char *tok = req_param(r, "token");
    char *hash = arena_alloc(r->arena, AUTH_HASH_HEX_LEN + 1);
    if (!tok || strlen(tok) != AUTH_TOKEN_LEN) {
        *reply = reply_error(r, ERR_NOT_FOUND);
        return false;
    }
    auth_token_hash(tok, hash);
    DbStatus st = q_application_by_consent(r->db, hash, r->arena, x);
    if (st != DB_ONE) {
        *reply = reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return false;
    }
    return true;
}

static enum MHD_Result consent_page(Req *r, const Application *x, const FormErrors *e,
                                    const char *notice, int status)
{
    Html *h = page_begin(r, _(r, "Consent of a parent or guardian"));
    html(h, "<h1>%s</h1>\n", _(r, "Consent of a parent or guardian"));
    html_notice(h, notice, false);
    html(h, "<p>%s</p>\n",
         arena_printf(r->arena, _(r, "%s applied to \"%s\" at %s. Because they are young, they can take part only if a parent or guardian agrees."),
                      x->name, lang_pick(r->lang, x->title), x->org_name));
    html(h, "<dl class=\"facts\">\n<dt>%s</dt><dd>%s</dd>\n</dl>\n", _(r, "Consent"),
         consent_state(r, x->consent));
    if (!html_consent_events(h, r, x))
        return reply_error(r, ERR_DB);
    const char *self = arena_printf(r->arena, "/consent/%s", req_param(r, "token"));
    if (!strcmp(x->consent, "pending") && x->status != APP_WITHDRAWN) {
        html_error_summary(h, r, e);
        html_form_begin(h, r, self);
        html(h, "<p>%s</p>\n",
             _(r, "By agreeing, you allow the organisation to keep the details of the application and, if it is accepted, to enrol them in the programme."));
        html_input(h, r, e, "text", "by_name", _(r, "Your name"),
                   form_get(r, "by_name") ? form_get(r, "by_name") : x->guardian_name, "name");
        html(h, "<div class=\"actions\"><button type=\"submit\" name=\"action\" value=\"give\">%s</button>\n"
                "<button type=\"submit\" name=\"action\" value=\"refuse\" class=\"secondary\">%s</button></div>\n",
             _(r, "I agree"), _(r, "I do not agree"));
        html_form_end(h);
    } else if (!strcmp(x->consent, "given")) {
        html(h, "<h2>%s</h2>\n<p>%s</p>\n", _(r, "Withdraw your consent"),
             _(r, "You can withdraw your consent at any time; the young person then leaves the programme."));
        html_error_summary(h, r, e);
        html_form_begin(h, r, self);
        html_input(h, r, e, "text", "by_name", _(r, "Your name"),
                   form_get(r, "by_name") ? form_get(r, "by_name") : x->guardian_name, "name");
        html(h, "<button type=\"submit\" name=\"action\" value=\"withdraw\" class=\"secondary\">%s</button>\n",
             _(r, "Withdraw my consent"));
        html_form_end(h);
    }
    return page_end_status(r, h, status);
}

/* GET /consent/{token} */
enum MHD_Result page_consent(Req *r)
{
    Application x;
    enum MHD_Result reply;
    if (!consent_load(r, &x, &reply))
        return reply;
    return consent_page(r, &x, NULL, query_get(r, "saved") ? _(r, "Thank you: your answer is recorded.") : NULL, 200);
}

/* Reads the act and the name of who acts; errors to e. */
static const char *consent_read(Req *r, const char **by_name, FormErrors *e)
{
    char *name = NULL;
    FieldSpec spec[] = {
        {.name = "by_name", .type = F_TEXT, .required = true, .max = 120, .label = N_("Your name"), .text = &name},
        {0},
    };
    form_read(r, spec, e);
    *by_name = name;
    const char *action = form_get(r, "action");
    if (!action || (strcmp(action, "give") && strcmp(action, "refuse") && strcmp(action, "withdraw"))) {
        form_error(e, "by_name", _(r, "Choose whether you agree."));
        return NULL;
    }
    return action;
}

/* POST /consent/{token} */
enum MHD_Result page_consent_post(Req *r)
{
    Application x;
    enum MHD_Result reply;
    if (!consent_load(r, &x, &reply))
        return reply;
    FormErrors e;
    const char *by_name;
    const char *action = consent_read(r, &by_name, &e);
    if (e.n)
        return consent_page(r, &x, &e, NULL, 400);
    DbStatus st = admission_consent(r, &x, action, by_name, "link", 0);
    if (st == DB_CONFLICT)
        return consent_page(r, &x, NULL, _(r, "This answer was recorded already."), 409);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/consent/%s?saved=1", req_param(r, "token")));
}

/* POST /orgs/{org}/applications/{id}/consent: a consent form signed on paper */
enum MHD_Result page_app_consent_paper(Req *r)
{
    Application x;
    DbStatus st = q_application_get(r->db, r->org_id, req_id(r, "id"), r->arena, &x);
    if (st != DB_ONE)
        return reply_error(r, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
    FormErrors e;
    const char *by_name;
    const char *action = consent_read(r, &by_name, &e);
    if (!e.n && !*x.consent)
        form_error(&e, "by_name", _(r, "This application needs no consent."));
    if (e.n)
        return form_errors_back(r, _(r, "Consent of a parent or guardian"), &e);
    st = admission_consent(r, &x, action, by_name, "paper", r->account->id);
    if (st == DB_CONFLICT) {
        form_error(&e, "by_name", _(r, "This answer was recorded already."));
        return form_errors_back(r, _(r, "Consent of a parent or guardian"), &e);
    }
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/applications/%lld?saved=1#consent",
                                          (long long)r->org_id, (long long)x.id));
}
