/* flows/intake/apply.c — applying without an account, paper imports, the organisation's
 * application form and the applicant's contact details (see apply.h). */
#include "flows/intake/apply.h"

#include <string.h>

#include "core/buf.h"
#include "core/rows.h"
#include "domain/auth.h"
#include "domain/calendar.h"
#include "domain/eligibility.h"
#include "flows/consent/guardian.h"
#include "flows/tx.h"
#include "q/intake/admission.h"
#include "q/intake/intake.h"
#include "q/system/outbox.h"
#include "q/training/catalogue.h"

/* --- the form ------------------------------------------------------------------------- */

/* Cohorts come soonest first: the first is the one an applicant would join. */
/* The gender an applicant gave (a key the form reader checked), GENDER_NOT_GIVEN for none. */
static int gender_of(const char *key)
{
    int g = GENDER_NOT_GIVEN;
    if (key && *key)
        vocab_parse(&genders, key, &g);
    return g;
}

static bool first_cohort(void *ctx)
{
    (void)ctx;
    return false;
}

DbStatus apply_form_load(Db *db, Arena *a, int64_t programme_id, int64_t now, ApplyForm *out)
{
    memset(out, 0, sizeof *out);
    DbStatus st = q_catalogue_get(db, programme_id, now, a, &out->c);
    if (st != DB_ONE)
        return st;
    char today[11];
    bxl_date_text(now, today);
    memcpy(out->first_day, today, sizeof today);
    PublicCohort pc;
    st = q_catalogue_cohorts(db, out->c.p.org_id, out->c.p.id, now, today, a, &pc, first_cohort,
                             NULL);
    if (st < DB_NONE)
        return st;
    if (st == DB_ONE && pc.starts_on && strcmp(pc.starts_on, today) > 0)
        memcpy(out->first_day, pc.starts_on, sizeof out->first_day - 1);
    if ((st = q_app_form(db, out->c.p.org_id, out->c.p.id, &out->form)) < DB_NONE)
        return st;
    AppQuestion q;
    Rows qs = ROWS_FROM(a, &q);
    if ((st = q_questions(db, out->c.p.org_id, out->c.p.id, a, &q, rows_collect, &qs)) < DB_NONE)
        return st;
    out->qs = qs.data;
    out->nqs = qs.n;
    return DB_ONE;
}

bool apply_window_open(const ApplyForm *a, int64_t now)
{
    return (!a->form.opens_at || now >= a->form.opens_at) &&
           (!a->form.closes_at || now < a->form.closes_at);
}

const char *apply_field(Arena *a, const AppQuestion *q)
{
    return arena_printf(a, "q-%lld", (long long)q->id);
}

/* --- checking an application ------------------------------------------------------------ */

/* Whether v is one of the question's choices (yes or no for a yes/no question). */
static bool among(Arena *a, const AppQuestion *q, const char *v)
{
    int yes;
    if (q->kind == QK_YESNO)
        return vocab_parse(&yesno_vocab, v, &yes);
    for (const char *c = q->choices; c && *c;) {
        size_t n = strcspn(c, "\n");
        char *choice = arena_strndup(a, c, n);
        if (!strcmp(str_trim(choice), v))
            return true;
        c += n + (c[n] == '\n');
    }
    return false;
}

/* The answers: required, not too long, a date that exists, one of the choices. */
static void check_answers(const Flow *f, const ApplyForm *a, ApplyInput *in, Outcome *o)
{
    for (int i = 0; i < a->nqs; i++) {
        const AppQuestion *q = &a->qs[i];
        const char *name = apply_field(f->arena, q), *label = lang_pick(f->who->lang, q->label);
        char *v = in->answers[i];
        if (v && !*v)
            v = in->answers[i] = NULL;
        size_t max = q->kind == QK_LONG ? 4000 : 300;
        Date d;
        if (!v) {
            if (q->required)
                outcome_field(o, name,
                              arena_printf(f->arena, F_(f, "%s: an answer is needed."), label));
        } else if (strlen(v) > max) {
            outcome_field(o, name,
                          arena_printf(f->arena, F_(f, "%s: at most %zu characters."), label, max));
        } else if (q->kind == QK_DATE && !date_parse(v, &d)) {
            outcome_field(o, name,
                          arena_printf(f->arena,
                                       F_(f, "%s: enter a date that exists, as YYYY-MM-DD."),
                                       label));
        } else if ((q->kind == QK_CHOICE || q->kind == QK_YESNO) && !among(f->arena, q, v)) {
            outcome_field(o, name,
                          arena_printf(f->arena, F_(f, "%s: choose one of the options."), label));
        }
    }
}

/* Under the consent age, *minor, and a guardian must be named; above it nobody is asked
 * (flows/consent/guardian: events ask the same). */
static void check_person(const Flow *f, const ApplyForm *a, ApplyInput *in, Date *birth,
                         bool *minor, Outcome *o)
{
    guardian_check(f, in->birth_date, a->form.consent_age, &in->guardian_name, &in->guardian_email,
                   birth, minor, o);
}

/* Why the programme's rules (domain/eligibility) leave this person out: their age on the
 * first day, job-seekers only; NULL when they fit. v says which rule, and their age on the
 * first day. */
static const char *rules_refusal(const Flow *f, const ApplyForm *a, const ApplyInput *in,
                                 Date birth, ApplyVerdict *v)
{
    const Programme *p = &a->c.p;
    Date start, today;
    int minutes;
    date_parse(a->first_day, &start);
    bxl_from_utc(f->now, &today, &minutes);
    AgeBand band = {.has_min = !p->min_age_null,
                    .has_max = !p->max_age_null,
                    .min = p->min_age,
                    .max = p->max_age};
    Eligibility e =
        eligibility_check(&band, p->jobseekers_only, start, today, &birth, in->jobseeker);
    v->age = e.age;
    v->refusal = e.age_verdict == AGE_OUTSIDE ? REFUSED_AGE
                 : e.not_jobseeker            ? REFUSED_JOBSEEKER
                                              : REFUSED_NONE;
    if (v->refusal == REFUSED_AGE)
        return arena_printf(
            f->arena,
            F_(f, "This programme is for people aged %s on %s; on that day you will be %d."),
            programme_ages_in(f->arena, f->who->lang, p), a->first_day, e.age);
    if (v->refusal == REFUSED_JOBSEEKER)
        return F_(f, "This programme is for registered job-seekers.");
    return NULL;
}

/* The checks; *minor when a guardian consents. */
static Outcome check(const Flow *f, const ApplyForm *a, ApplyInput *in, bool *minor,
                     ApplyVerdict *v)
{
    Outcome o = outcome_ok();
    Date birth;
    ApplyVerdict got = {REFUSED_NONE, 0};
    check_person(f, a, in, &birth, minor, &o);
    check_answers(f, a, in, &o);
    const char *why = o.ok ? rules_refusal(f, a, in, birth, &got) : NULL;
    if (why)
        outcome_field(&o, "rules", why);
    if (v)
        *v = got;
    return o;
}

Outcome apply_check(const Flow *f, const ApplyForm *a, ApplyInput *in, ApplyVerdict *v)
{
    bool minor;
    return check(f, a, in, &minor, v);
}

/* --- recording it --------------------------------------------------------------------- */

/* One application ready to record: the row, its answers and its mails. */
typedef struct Ready {
    Application x;
    char **answers;
    const char *hash, *subject, *body;
    const char *guardian_subject, *guardian_body; /* NULL unless a guardian consents */
} Ready;

/* Fills out from in: the row, a personal link (and the guardian's), the mails in the
 * applicant's language. *token receives the personal link's token. */
static void prepare(const Flow *f, const ApplyForm *a, const ApplyInput *in, bool minor, Ready *out,
                    const char **token)
{
    Arena *ar = f->arena;
    Lang l = in->lang;
    char *tok = arena_alloc(ar, AUTH_TOKEN_LEN + 1), *hash = arena_alloc(ar, AUTH_HASH_HEX_LEN + 1);
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    Application *x = &out->x;
    *x = (Application){.org_id = a->c.p.org_id,
                       .programme_id = a->c.p.id,
                       .name = in->name,
                       .email = in->email,
                       .phone = in->phone,
                       .birth_date = in->birth_date,
                       .jobseeker = in->jobseeker,
                       .municipality = in->municipality,
                       .gender = gender_of(in->gender),
                       .lang = (char *)lang_code(l),
                       .guardian_name = in->guardian_name,
                       .guardian_email = in->guardian_email};
    out->answers = in->answers;
    out->hash = hash;
    const char *title = programme_title_in(l, &a->c.p);
    out->subject = arena_printf(ar, i18n_get(l, "Your application to %s"), title);
    out->body = arena_printf(
        ar,
        i18n_get(l, "Hello %s,\n\nThank you: %s received your application to \"%s\".\n\n"
                    "This personal link shows where your application stands; there you "
                    "can also update your contact details or withdraw:\n\n%s/applications/%s\n\n"
                    "Keep it to yourself.\n"),
        x->name, a->c.org_name, title, f->base_url, tok);
    out->guardian_subject = out->guardian_body = NULL;
    if (token)
        *token = tok;
    if (!minor)
        return;
    /* the guardian's own link, only its hash kept; written in the applicant's language */
    char *ctok = arena_alloc(ar, AUTH_TOKEN_LEN + 1),
         *chash = arena_alloc(ar, AUTH_HASH_HEX_LEN + 1);
    auth_token_new(ctok);
    auth_token_hash(ctok, chash);
    x->consent = CONSENT_PENDING;
    x->consent_hash = chash;
    out->guardian_subject = arena_printf(ar, i18n_get(l, "Your consent for %s"), x->name);
    out->guardian_body = arena_printf(
        ar,
        i18n_get(l, "Hello %s,\n\n%s applied to \"%s\" at %s. Because they are under %lld, they "
                    "can take part only if you agree. Please give or refuse your consent here:\n\n"
                    "%s/consent/%s\n\nThe same link lets you withdraw your consent later.\n"),
        x->guardian_name, x->name, title, a->c.org_name, (long long)a->form.consent_age,
        f->base_url, ctok);
}

typedef struct Record {
    const ApplyForm *a;
    Ready *rows;
    int n;
    int64_t last_id;
} Record;

/* Records the applications, their answers and mails; DB_CONFLICT when the programme no
 * longer takes applications. */
static DbStatus record_tx(const Flow *f, void *ctx)
{
    Record *t = ctx;
    int64_t now = f->now;
    for (int k = 0; k < t->n; k++) {
        Ready *w = &t->rows[k];
        int64_t id;
        DbStatus st = q_application_add(f->db, &w->x, w->hash, now, &id);
        if (st != DB_ONE)
            return st < DB_NONE ? st : DB_CONFLICT;
        for (int i = 0; i < t->a->nqs; i++)
            if (w->answers[i] && (st = q_answer_add(f->db, w->x.org_id, id, t->a->qs[i].id,
                                                    w->answers[i])) < DB_NONE)
                return st;
        if (w->guardian_body &&
            (st = q_outbox_add(f->db, w->x.org_id, w->x.guardian_email, w->guardian_subject,
                               w->guardian_body, now)) < DB_NONE)
            return st;
        if ((st = q_outbox_add(f->db, w->x.org_id, w->x.email, w->subject, w->body, now)) < DB_NONE)
            return st;
        t->last_id = id;
    }
    return DB_ONE;
}

static Outcome record(const Flow *f, const ApplyForm *a, Ready *rows, int n)
{
    Outcome o = outcome_ok();
    Record t = {.a = a, .rows = rows, .n = n};
    DbStatus st = flow_tx(f, record_tx, &t);
    if (st == DB_CONFLICT)
        outcome_error(&o, ERR_CONFLICT);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        o.id = t.last_id;
    return o;
}

Outcome apply_send(const Flow *f, const ApplyForm *a, ApplyInput *in, const char **token,
                   ApplyVerdict *v)
{
    if (!apply_window_open(a, f->now)) {
        Outcome o = outcome_ok();
        outcome_error(&o, ERR_CONFLICT);
        return o;
    }
    bool minor;
    Outcome o = check(f, a, in, &minor, v);
    if (!o.ok)
        return o;
    Ready w;
    prepare(f, a, in, minor, &w, token);
    return record(f, a, &w, 1);
}

Outcome apply_import(const Flow *f, const ApplyForm *a, ApplyInput *in, int n)
{
    if (a->c.p.org_id != f->who->org_id) {
        Outcome o = outcome_ok();
        outcome_error(&o, ERR_NOT_FOUND);
        return o;
    }
    Ready *rows = arena_alloc(f->arena, sizeof *rows * (size_t)(n ? n : 1));
    for (int k = 0; k < n; k++) {
        bool minor;
        Outcome o = check(f, a, &in[k], &minor, NULL);
        if (!o.ok) {
            o.id = in[k].line;
            return o;
        }
        prepare(f, a, &in[k], minor, &rows[k], NULL);
    }
    return record(f, a, rows, n);
}

/* --- the organisation's form ------------------------------------------------------------ */

/* The outcome of a statement that must change one row of the organisation's. */
static Outcome changed(DbStatus st)
{
    Outcome o = outcome_ok();
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}

Outcome apply_question_add(const Flow *f, int64_t programme_id, const AppQuestion *q)
{
    Outcome o = outcome_ok();
    if (!q->label[0] && !q->label[1] && !q->label[2])
        outcome_field(&o, "label_en", F_(f, "Write the question in at least one language."));
    /* a label is one line: it heads a column of the paper template and a field of the form */
    static const char *const label_fields[LANG_COUNT] = {"label_en", "label_nl", "label_fr"};
    for (int l = 0; l < LANG_COUNT; l++)
        if (q->label[l] && strpbrk(q->label[l], "\r\n"))
            outcome_field(&o, label_fields[l],
                          F_(f, "Write the question on one line, without line breaks."));
    if (q->kind == QK_CHOICE && (!q->choices || !strchr(q->choices, '\n')))
        outcome_field(&o, "choices", F_(f, "Give at least two choices, one per line."));
    if (!o.ok)
        return o;
    o = changed(q_question_add(f->db, f->who->org_id, programme_id, q));
    o.id = programme_id;
    return o;
}

Outcome apply_question_delete(const Flow *f, int64_t question_id)
{
    int64_t programme = 0;
    Outcome o = changed(q_question_delete(f->db, f->who->org_id, question_id, &programme));
    o.id = programme;
    return o;
}

Outcome apply_form_set(const Flow *f, int64_t programme_id, const AppForm *in)
{
    Outcome o = outcome_ok();
    AppForm was = {.scale_max = 5, .offer_days = 7}, set = *in;
    int64_t submitted = 0;
    DbStatus st = q_app_form(f->db, f->who->org_id, programme_id, &was);
    if (st == DB_ONE)
        st = q_programme_reviews_submitted(f->db, f->who->org_id, programme_id, &submitted);
    if (st != DB_ONE)
        return changed(st);
    if (submitted && set.scale_max && set.scale_max != was.scale_max)
        outcome_field(&o, "scale_max",
                      F_(f, "Reviews are submitted already: the scale can no longer change."));
    if (!set.scale_max)
        set.scale_max = was.scale_max;
    if (!set.offer_days)
        set.offer_days = was.offer_days;
    if (set.opens_at && set.closes_at && set.closes_at <= set.opens_at)
        outcome_field(&o, "closes_at", F_(f, "Applications must close after they open."));
    if (!o.ok)
        return o;
    o = changed(q_app_form_set(f->db, f->who->org_id, programme_id, &set));
    o.id = programme_id;
    return o;
}

/* --- the applicant's own changes -------------------------------------------------------- */

Outcome apply_contact_update(const Flow *f, const Application *x, const char *token_hash,
                             const char *email, const char *phone, const char *municipality)
{
    Outcome o = outcome_ok();
    DbStatus st =
        q_application_contact(f->db, token_hash, x->name, email, phone, municipality, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_CONFLICT);
    return o;
}
