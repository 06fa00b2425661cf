/* model/intake.h — the records of application forms, applications, rubrics, name-blind reviews, decisions, offers, consent, as the statements of src/q/intake/ return them and
 * the rules of src/domain/ and the workflows read them. Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_INTAKE_H
#define TRAJECT_MODEL_INTAKE_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

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
    /* the decision: a reason code and the staff's note ("" when none) */
    char *reason, *reason_note;
    int64_t cohort_id, enrolment_id, waitlist_rank, offer_expires_at; /* 0: none */
    char *guardian_name, *guardian_email; /* "" when none */
    char *consent;                        /* "" (not needed), pending, given, refused, withdrawn */
    char *consent_hash;                   /* "" when none; set only when adding */
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
    int64_t created_at, duplicate;
} AppListRow;

typedef struct AppForm {
    int64_t opens_at, closes_at; /* 0: no limit */
    int64_t reviews_needed, consent_age;
    int64_t scale_max;  /* the rubric's scores run from 1 to this */
    int64_t offer_days; /* how long a waiting-list offer stands */
} AppForm;

/* --- admission: rubric, name-blind reviews, decisions, offers, consent --- */
typedef struct AppCriterion {
    int64_t id;
    char *label[3];
    int64_t weight;
} AppCriterion;

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
    char *kind, *label[3], *value;
    int64_t motivation;
} AppAnswer;

typedef struct AppScore {
    int64_t criterion_id;
    char *label[3];
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

typedef struct ConsentEvent {
    char *action, *by_name, *via, *recorder; /* recorder "" for the guardian's own link */
    int64_t at;
} ConsentEvent;

#endif
