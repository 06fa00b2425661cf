/* model/training.h — the records of programmes, locations, cohorts, sessions, people, enrolments,
 * attendance, the catalogue, learners' pages, as the statements of src/q/training/ return them and
 * the rules of src/domain/ and the workflows read them: types, their vocabularies
 * (model/training.c) and the two texts every layer writes of a programme. No SQL. */
#ifndef TRAJECT_MODEL_TRAINING_H
#define TRAJECT_MODEL_TRAINING_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/i18n.h"
#include "core/vocab.h"
#include "model/calls.h"

/* --- vocabularies: the tables are in model/training.c; the schema's CHECKs list the
 * same keys (0002-programmes.sql, 0004-enrolments.sql, 0005-attendance.sql,
 * 0006-learners.sql). --- */
typedef enum ProgrammeKind {
    KIND_BOOTCAMP,
    KIND_CERTIFICATION,
    KIND_WORKSHOPS,
    KIND_CAMP,
    KIND_ONLINE,
} ProgrammeKind;
extern const Vocab programme_kinds;

typedef enum ProgrammeStatus {
    PROGRAMME_DRAFT,
    PROGRAMME_OPEN,
    PROGRAMME_RUNNING,
    PROGRAMME_CLOSED,
} ProgrammeStatus;
extern const Vocab programme_statuses;

typedef enum EnrolmentStatus {
    ENROLMENT_ENROLLED,
    ENROLMENT_WITHDRAWN,
    ENROLMENT_COMPLETED,
    ENROLMENT_DROPPED_OUT,
} EnrolmentStatus;
extern const Vocab enrolment_statuses;
/* The ways an enrolment ends (every status but ENROLMENT_ENROLLED), for the end form. */
extern const Vocab enrolment_ends;

typedef enum AttendanceMark {
    MARK_NONE, /* not recorded yet: stored as no row, never as a key */
    MARK_PRESENT,
    MARK_ABSENT,
    MARK_EXCUSED,
    MARK_LATE,
} AttendanceMark;
/* The four marks a roster records (MARK_NONE is not among them). */
extern const Vocab attendance_marks;

typedef enum CheckinVia {
    VIA_NONE, /* not recorded yet */
    VIA_ROSTER,
    VIA_SELF, /* the learner scanned the session's QR code */
} CheckinVia;
extern const Vocab checkin_vias;

/* The group of people a programme is mainly for, as funders' calls name their target
 * groups; AUDIENCE_EVERYONE (stored as NULL) when it is open to all. */
typedef enum Audience {
    AUDIENCE_EVERYONE,
    AUDIENCE_JOBSEEKERS,
    AUDIENCE_NEWCOMERS,
    AUDIENCE_WOMEN,
    AUDIENCE_REFUGEES,
    AUDIENCE_DOMESTIC_WORKERS,
    AUDIENCE_YOUTH,
    AUDIENCE_DIGITALLY_VULNERABLE,
    AUDIENCE_SOCIAL_ECONOMY,
} Audience;
extern const Vocab audiences; /* the groups: AUDIENCE_EVERYONE is not in it */

/* --- programmes --- */
typedef struct Programme {
    int64_t id;
    int64_t org_id;
    ProgrammeKind kind;
    ProgrammeStatus status;
    char *title[3];         /* indexed by Lang; NULL when not given in that language */
    char *description[3];   /* indexed by Lang */
    int64_t teaching_langs; /* bit (1 << Lang) per language taught */
    int64_t min_age, max_age;
    bool min_age_null, max_age_null;
    int64_t jobseekers_only;
    char *region;      /* brussels, flanders, wallonia; NULL: any */
    int64_t target[4]; /* trained, certified, placed, reached */
    int64_t updated_at;
    Audience audience;
} Programme;

/* The title in lang, else in another language it was given in (model/training.c). */
const char *programme_title_in(Lang lang, const Programme *p);
/* "18 to 25 years", "From 10 years", "Up to 12 years", "Any age", in lang (arena a). */
const char *programme_ages_in(Arena *a, Lang lang, const Programme *p);

/* --- locations --- */
typedef struct Location {
    int64_t id;
    int64_t org_id;
    char *name;
    char *address;
    char *postcode;
    char *municipality;
    char *province; /* see src/domain/places.h */
    int64_t mobile; /* 1: a bus, a library, a school visit */
} Location;

/* --- cohorts and training sessions --- */
typedef struct Cohort {
    int64_t id;
    int64_t org_id;
    int64_t programme_id;
    char *name;
    char *starts_on, *ends_on; /* YYYY-MM-DD in Brussels */
    int64_t capacity;
    int64_t location_id; /* 0: none */
    char *location_name; /* "" when none */
    int64_t enrolled;    /* seats taken */
} Cohort;

typedef struct TSession {
    int64_t id;
    int64_t starts_at, ends_at; /* UTC seconds */
    char *location_name;
    int64_t location_clashes; /* other sessions at the same place and time */
    int64_t trainer_clashes;  /* other sessions of the same trainers at that time */
    int64_t own_trainers;     /* trainers of its own (0: the cohort's) */
} TSession;

/* --- people and enrolments --- */
/* What someone says of their gender where they apply or are enrolled: optional, never
 * required (GENDER_NOT_GIVEN, stored as NULL), with "another" and "rather not say". */
typedef enum Gender {
    GENDER_NOT_GIVEN,
    GENDER_WOMAN,
    GENDER_MAN,
    GENDER_ANOTHER,
    GENDER_RATHER_NOT_SAY,
} Gender;
extern const Vocab genders; /* the given ones: GENDER_NOT_GIVEN is not in it */

typedef struct Person {
    int64_t id;
    int64_t org_id;
    char *name, *email, *phone;
    char *birth_date; /* YYYY-MM-DD or NULL */
    char *municipality;
    int64_t jobseeker;
    int64_t account_id; /* the account the person signs in with, 0 when none (q_person_get) */
    Gender gender;
    const char *lang; /* the language they read ("en", "nl", "fr"), NULL when not known */
} Person;

/* A person's id and name, for choosing someone. */
typedef struct PersonName {
    int64_t id;
    char *name;
} PersonName;

typedef struct Enrolment {
    int64_t id;
    int64_t person_id;
    char *name;
    char *birth_date;
    EnrolmentStatus status;
    char *ended_on, *end_reason; /* "" while enrolled */
    char *email;                 /* "" when none */
    int64_t has_account;         /* 1 when the person signs in as a learner */
    int64_t waiting_consent;     /* 1 while a guardian has not agreed */
} Enrolment;

/* --- a programme's dashboard --- */
typedef struct ProgrammeFigures {
    int64_t learners;  /* distinct people enrolled or completed */
    int64_t completed; /* distinct people who completed */
    int64_t reached;   /* distinct people ever enrolled */
    int64_t left;      /* enrolments withdrawn or dropped out */
    int64_t cohorts, places, taken;
    int64_t present, late, absent, excused;
} ProgrammeFigures;

typedef struct LearnerMarks {
    int64_t enrolment_id, cohort_id;
    char *name, *cohort;
    int64_t present, late, absent, excused;
} LearnerMarks;

/* A session on someone's home: today's and this week's work of a trainer. */
typedef struct TrainerSession {
    int64_t id, cohort_id;
    char *cohort;
    char *title[3]; /* the programme's, by Lang */
    int64_t starts_at, ends_at;
    char *location;   /* the session's place, else the cohort's; NULL when none */
    int64_t enrolled; /* learners enrolled in the cohort */
    int64_t marked;   /* of them, marked for this session */
} TrainerSession;

/* --- the public catalogue --- */
typedef struct CatalogueFilter {
    int kind;                 /* a ProgrammeKind, or -1: any */
    int64_t lang_mask;        /* 0: any */
    int64_t age;              /* < 0: any */
    const char *province;     /* NULL or "": any */
    const char *municipality; /* NULL or "": any (case-insensitive) */
} CatalogueFilter;

typedef struct CatalogueRow {
    Programme p;
    char *org_name;
    int64_t next_at; /* the next session of any cohort */
    bool no_next;
} CatalogueRow;

typedef struct PublicCohort {
    int64_t id;
    char *name, *starts_on, *ends_on;
    int64_t places_left;
    char *location, *municipality, *province;
    int64_t next_at, next_end;
    bool no_next, no_next_end;
} PublicCohort;

/* --- learners' own pages and calendar feeds --- */
typedef struct SessionItem {
    int64_t id, org_id, cohort_id, starts_at, ends_at;
    char *title[3]; /* the programme's, by Lang */
    char *cohort, *org_name, *location, *address, *municipality;
    AttendanceMark mark; /* q_learner_marks only */
} SessionItem;

typedef struct LearnerEnrolment {
    int64_t id, org_id, person_id;
    char *org_name, *title[3], *cohort, *starts_on, *ends_on;
    EnrolmentStatus status;
    int64_t present, late, absent, excused;
} LearnerEnrolment;

/* A person or a cohort that has a calendar feed. */
typedef struct FeedOwner {
    int64_t id, org_id;
    char *name; /* the organisation's name for q_learner_people */
    int64_t gen;
} FeedOwner;

/* --- attendance --- */
typedef struct RosterRow {
    int64_t enrolment_id;
    char *name;
    AttendanceMark status; /* MARK_NONE when not recorded yet */
    CheckinVia via;
    int64_t recorded_at;
} RosterRow;

typedef struct TallyRow {
    int64_t enrolment_id;
    int64_t present, late, absent, excused;
} TallyRow;

#endif
