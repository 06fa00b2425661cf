/* flows/intake/apply.h — applying to a programme without an account, and the application
 * form behind it: the applicant sends the form (or staff import paper forms), the
 * organisation sets its questions and when it takes applications, the applicant keeps
 * their contact details up to date through their personal link.
 *
 * The rules, in one place:
 *  - a programme takes applications while it is open or running, inside its form's window;
 *  - its age band is checked on the first day of its next cohort (else today), and a
 *    programme for job-seekers takes only job-seekers: someone outside is told why, and
 *    nothing is recorded;
 *  - under the form's consent age a guardian must be named; they get a link of their own
 *    to give or refuse consent, written in the applicant's language;
 *  - the applicant gets a personal link (an unguessable token: only its SHA-256 is kept),
 *    mailed in their language;
 *  - a question nobody answered yet can be removed; the rubric's scale no longer changes
 *    once a review is submitted. */
#ifndef TRAJECT_FLOWS_INTAKE_APPLY_H
#define TRAJECT_FLOWS_INTAKE_APPLY_H

#include "flows/flow.h"
#include "model/intake.h"
#include "model/training.h"

/* A programme's application form as an applicant meets it. */
typedef struct ApplyForm {
    CatalogueRow c;  /* the programme (open or running) and its organisation's name */
    AppForm form;    /* window, consent age, ... */
    AppQuestion *qs; /* in the form's order */
    int nqs;
    char first_day[11]; /* the first day of its next cohort, else today (Brussels) */
} ApplyForm;

/* Loads the form of programme_id (any organisation's: the public statement); DB_NONE when
 * it takes no applications (not open or running). */
DbStatus apply_form_load(Db *db, Arena *a, int64_t programme_id, int64_t now, ApplyForm *out);
/* Whether now is inside the form's window. */
bool apply_window_open(const ApplyForm *a, int64_t now);
/* The name of question i's field in the form and in a CSV line: "q-<id>". */
const char *apply_field(Arena *a, const AppQuestion *q);

/* What an applicant sends, read and trimmed by the form reader (views/intake/apply_form.h). */
typedef struct ApplyInput {
    char *name, *email, *phone, *birth_date, *municipality;
    char *gender;                         /* a key of genders (model/training.h), NULL: not said */
    char *guardian_name, *guardian_email; /* kept only under the consent age */
    bool jobseeker;
    Lang lang;      /* the applicant's language: their mails and pages */
    char **answers; /* one per question of the form, in its order; NULL when not given */
    int line;       /* a paper import's line number (0 from the web) */
} ApplyInput;

/* Which of the programme's rules leaves an applicant out. */
typedef enum ApplyRefusal {
    REFUSED_NONE,
    REFUSED_AGE,       /* outside the age band on the first day */
    REFUSED_JOBSEEKER, /* for registered job-seekers only */
} ApplyRefusal;

/* What the programme's rules say of an applicant: refused or not, and their age on the
 * first day (0 when the birth date could not be read). */
typedef struct ApplyVerdict {
    ApplyRefusal refusal;
    int age;
} ApplyVerdict;

/* Checks in against the form and the programme's rules without recording anything. Field
 * errors beside the form's fields ("birth_date", "guardian_name", "q-<id>"); when the
 * programme's rules leave the person out (age, job-seekers only), the message goes on the
 * field "rules" and *v (if given) says which rule and their age on the first day. */
Outcome apply_check(const Flow *f, const ApplyForm *a, ApplyInput *in, ApplyVerdict *v);

/* Sends in: checks it (as apply_check), records the application and its answers and mails
 * the applicant (and their guardian) in in->lang. *token receives the personal link's
 * token. ERR_CONFLICT outside the form's window or when the programme closed meanwhile. */
Outcome apply_send(const Flow *f, const ApplyForm *a, ApplyInput *in, const char **token,
                   ApplyVerdict *v);

/* Records n paper applications of the form of f->who's organisation in one transaction,
 * each mailed in its own language; nothing when any one is wrong (its line's errors in the
 * outcome, the outcome's id holds its line). */
Outcome apply_import(const Flow *f, const ApplyForm *a, ApplyInput *in, int n);

/* --- the organisation's form ---------------------------------------------------------- */

/* Adds a question at the end of the programme's form. Field errors on "label_en" (no
 * language given) and "choices" (a choice question needs two). ERR_NOT_FOUND when the
 * programme is not the organisation's. */
Outcome apply_question_add(const Flow *f, int64_t programme_id, const AppQuestion *q);
/* Removes a question nobody answered yet; the outcome's id is its programme.
 * ERR_NOT_FOUND when it is not the organisation's or has answers. */
Outcome apply_question_delete(const Flow *f, int64_t question_id);

/* The form's settings; 0 in scale_max or offer_days leaves them as they are. Field errors
 * on "closes_at" (not after opens_at) and "scale_max" (reviews submitted already, 409). */
Outcome apply_form_set(const Flow *f, int64_t programme_id, const AppForm *in);

/* --- the applicant's own changes -------------------------------------------------------- */

/* New contact details of x, reached through the personal link whose hash is token_hash;
 * ERR_CONFLICT when the application is withdrawn. */
Outcome apply_contact_update(const Flow *f, const Application *x, const char *token_hash,
                             const char *email, const char *phone, const char *municipality);

#endif
