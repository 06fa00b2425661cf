/* model/intake.h — the records of application forms, applications, rubrics, name-blind reviews,
 * decisions, offers, consent, as the statements of src/q/intake/ return them and the rules of
 * src/domain/ and the workflows read them. Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_INTAKE_H
#define TRAJECT_MODEL_INTAKE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"
#include "model/consent.h"

/* An application's status (applications.status). submitted: received, not decided yet;
 * accepted (an enrolment was made), waitlisted (maybe with an offer running), declined,
 * withdrawn (by the applicant, by staff, or an offer that ran out). */
typedef enum AppStatus {
    APP_SUBMITTED,
    APP_ACCEPTED,
    APP_WAITLISTED,
    APP_DECLINED,
    APP_WITHDRAWN,
} AppStatus;
#define APP_STATUS_COUNT 5
/* Stored strings and labels ("Received", "Accepted", "Waiting list", ...). */
extern const Vocab app_status;

/* The kind of a question of an application form (app_questions.kind). */
typedef enum QuestionKind {
    QK_SHORT,  /* a line of text */
    QK_LONG,   /* a few paragraphs */
    QK_CHOICE, /* one of the question's choices */
    QK_YESNO,  /* yes or no */
    QK_DATE,   /* a day, YYYY-MM-DD */
} QuestionKind;
#define QUESTION_KIND_COUNT 5
/* Stored strings and labels ("Short answer", "Long answer", ...). */
extern const Vocab question_kind;

/* Why an application has its status (column applications.reason; "" none). */
typedef enum AppReason {
    REASON_NONE,
    REASON_RANKED,            /* accepted or waitlisted by the ranking */
    REASON_CAPACITY,          /* declined: the places went to higher scores */
    REASON_RULES,             /* declined: does not meet the programme's rules */
    REASON_OTHER,             /* declined: the note says why */
    REASON_OFFER,             /* accepted: an offer from the waiting list taken up */
    REASON_APPLICANT,         /* withdrawn by the applicant */
    REASON_OFFER_EXPIRED,     /* withdrawn: the offer was not taken up in time */
    REASON_CONSENT_REFUSED,   /* withdrawn: a guardian did not agree */
    REASON_CONSENT_WITHDRAWN, /* withdrawn: a guardian withdrew their consent */
    REASON_DUPLICATE,         /* declined: the same person applied before; the first is kept */
} AppReason;
extern const Vocab app_reason_vocab;

/* A guardian's consent (applications.consent) and its acts: model/consent.h. */

/* The stored answer to a yes/no question (app_answers.value): "yes" or "no". */
typedef enum YesNo { ANSWER_NO, ANSWER_YES } YesNo;
extern const Vocab yesno_vocab;

/* --- intake: application forms and applications --- */
typedef struct AppQuestion {
    int64_t id;
    QuestionKind kind;
    char *label[3];
    char *choices; /* one per line */
    int64_t required, motivation;
} AppQuestion;

typedef struct Application {
    int64_t id, org_id, programme_id;
    AppStatus status;
    char *name, *email, *phone, *birth_date, *municipality;
    int64_t jobseeker;
    char *lang;
    int64_t created_at;
    char *title[3], *org_name; /* the programme's, the organisation's */
    int gender;                /* Gender (model/training.h); GENDER_NOT_GIVEN when not said */
    AppReason reason;          /* why it has its status (REASON_NONE when nothing says) */
    char *reason_note;         /* the staff's note ("" when none) */
    int64_t cohort_id, enrolment_id, waitlist_rank, offer_expires_at; /* 0: none */
    char *guardian_name, *guardian_email;                             /* "" when none */
    ConsentState consent; /* CONSENT_NONE when no guardian needs to agree */
    char *consent_hash;   /* "" when none; set only when adding */
} Application;

typedef struct PipelineRow {
    int64_t programme_id;
    char *title[3];
    AppStatus status;
    int64_t count;
} PipelineRow;

typedef struct AppListRow {
    int64_t id, programme_id;
    char *title[3], *name;
    AppStatus status;
    int64_t created_at;
    int64_t duplicate; /* the first other application it resembles (0: none) */
} AppListRow;

typedef struct AppForm {
    int64_t opens_at, closes_at; /* 0: no limit */
    int64_t reviews_needed, consent_age;
    int64_t scale_max;  /* the rubric's scores run from 1 to this */
    int64_t offer_days; /* how long a waiting-list offer stands */
} AppForm;

/* The privacy notice an organisation shows on its public forms (the application form, the
 * applicant's and the guardian's pages): who keeps the details, why, how long, how to see,
 * correct or erase them. Indexed by Lang; "" in a language not written. */
typedef struct PrivacyNotice {
    char *text[3];
    int64_t updated_at;
} PrivacyNotice;
/* The longest notice in one language, in characters (the schema's CHECK says the same). */
#define PRIVACY_NOTICE_MAX 4000

/* What a programme's accepted applicants bring, by Lang ("" in a language not written). */
typedef struct Bring {
    char *text[3];
} Bring;
/* The longest text in one language, in characters (the schema's CHECK says the same). */
#define BRING_MAX 1000
/* The form fields of what to bring per language ("bring_en", ...) and their labels
 * (untranslated), indexed by Lang. */
extern const char *const bring_fields[3];
extern const char *const bring_labels[3];

/* What an accepted applicant needs to know to come: the cohort, its dates and place, the
 * first session from now on, and what to bring. */
typedef struct Placement {
    char *cohort, *starts_on, *ends_on;              /* YYYY-MM-DD in Brussels */
    char *place, *address, *postcode, *municipality; /* "" when the cohort has no place */
    int64_t first_starts_at, first_ends_at;          /* 0 when none is planned */
    Bring bring;
} Placement;

/* --- admission: rubric, name-blind reviews, decisions, offers, consent --- */
/* What staff do with a likely duplicate: decline it, or merge its answers into the first. */
typedef enum DuplicateAct {
    DUPLICATE_DECLINE,
    DUPLICATE_MERGE,
} DuplicateAct;
extern const Vocab duplicate_act_vocab;

/* A note on an application, for its staff. */
typedef struct AppNote {
    int64_t id;
    char *body, *author; /* author "" when nobody signed in wrote it */
    int64_t created_at;
} AppNote;

typedef struct AppCriterion {
    int64_t id;
    char *label[3];
    char *hint[3]; /* what a low and a high score mean, by Lang ("" when not written) */
    int64_t weight;
} AppCriterion;
/* The longest hint in one language, in characters (the schema's CHECK says the same). */
#define CRITERION_HINT_MAX 500
/* The form fields of a criterion's hint per language ("hint_en", ...) and their labels
 * (untranslated), indexed by Lang. */
extern const char *const hint_fields[3];
extern const char *const hint_labels[3];

/* A review row is the assignment; a draft until submitted. */
typedef struct AppPair {
    int64_t application_id, account_id, submitted;
} AppPair;

typedef struct AppTask {
    int64_t application_id, programme_id;
    char *title[3];
    AppStatus app_status;
    int64_t submitted_at; /* 0: not yet */
    int64_t drafted;      /* 1 when something was saved */
} AppTask;

typedef struct AppAnswer {
    int64_t question_id;
    QuestionKind kind;
    char *label[3], *value;
    int64_t motivation;
} AppAnswer;

typedef struct AppScore {
    int64_t criterion_id;
    char *label[3], *hint[3];
    int64_t weight, score; /* score 0: not given */
} AppScore;

typedef struct AppReviewLine {
    int64_t account_id;
    char *name, *comment;
    int64_t criterion_id, score;
} AppReviewLine;

typedef struct AppRankRow {
    int64_t id;
    AppStatus status;
    int64_t created_at, reviews, assigned, waitlist_rank;
    char *birth_date; /* for the age band only: never shown */
} AppRankRow;

typedef struct AppScoreAll {
    int64_t application_id, account_id, criterion_id, score;
} AppScoreAll;

typedef struct CohortOffers {
    int64_t cohort_id, offers;
} CohortOffers;

typedef struct AppRef {
    int64_t org_id, id;
} AppRef;

/* --- admission vocabularies (tables in model/admission.c) --- */

/* The decision chosen for a ranked application on the selection page. */
typedef enum Decision {
    DECIDE_ACCEPT,
    DECIDE_WAITLIST,
    DECIDE_CAPACITY,
    DECIDE_RULES,
    DECIDE_OTHER,
} Decision;
extern const Vocab decision_vocab;

/* What a reviewer does with the form: save a draft or submit. */
typedef enum ReviewAct { REVIEW_SAVE, REVIEW_SUBMIT } ReviewAct;
extern const Vocab review_act_vocab;

/* Where a reviewer's review of one application stands. */
typedef enum ReviewState {
    REVIEW_TODO,      /* assigned, nothing saved */
    REVIEW_DRAFT,     /* saved, not submitted */
    REVIEW_SUBMITTED, /* submitted */
    REVIEW_CLOSED,    /* decided before the review was submitted */
} ReviewState;
extern const Vocab review_state_vocab;

/* A waiting-list offer, at a given moment. */
typedef enum OfferState { OFFER_NONE, OFFER_STANDING, OFFER_EXPIRED } OfferState;
extern const Vocab offer_state_vocab;

/* One act on a guardian's consent, as its history shows it. */
typedef struct ConsentEvent {
    ConsentState action; /* given, refused, withdrawn */
    ConsentVia via;
    char *by_name, *recorder; /* recorder "" for the guardian's own link */
    int64_t at;
} ConsentEvent;

/* Why x has its status, as an English source text to translate ("" when there is none to
 * tell): the reason's label, or for a ranked application on the waiting list, that it came
 * just after those who got the places. */
const char *app_reason_label(const Application *x);
/* Whether x holds a standing offer at now, one past its deadline, or none. */
OfferState app_offer_state(const Application *x, int64_t now);

/* What waits in an organisation's intake, for its home page. */
typedef struct IntakeWaiting {
    int64_t to_decide;       /* applications received, not decided */
    int64_t offers_expiring; /* waiting-list offers that end within two days */
    int64_t consents;        /* accepted or offered applicants waiting for a guardian */
    int64_t my_reviews;      /* applications assigned to the reader, review not submitted */
} IntakeWaiting;

#endif
