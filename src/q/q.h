/* q.h — one function per SQL statement, grouped by entity (one .c file each).
 * Every statement on a tenant-owned table takes org_id: tenant filtering is in the
 * signature. Text results are allocated in the given arena. Return values are DbStatus
 * (DB_ONE found/changed, DB_NONE not found/unchanged, negative on error) unless noted. */
#ifndef TRAJECT_Q_H
#define TRAJECT_Q_H

#include <stdbool.h>
#include <stdint.h>

#include "db/db.h"

/* --- organisations (org.c) --- */
typedef struct Org {
    int64_t id;
    char *name;
    char *kind; /* training, funder, partner */
    int64_t created_at;
    int64_t roles; /* the viewer's roles, in listings for an account */
} Org;

DbStatus q_org_add(Db *db, const char *name, const char *kind, int64_t now, int64_t *id);
DbStatus q_org_get(Db *db, int64_t org_id, Arena *a, Org *out);
DbStatus q_org_find_by_name(Db *db, const char *name, Arena *a, Org *out);
/* Organisations an account is a member of, ordered by name; fn(ctx) per row. */
DbStatus q_org_list_for_account(Db *db, int64_t account_id, Arena *a, Org *row, DbRowFn fn,
                                void *ctx);

/* --- accounts (account.c) --- */
typedef struct AccountRow {
    int64_t id;
    char *email;
    char *name;
    char *password_hash;
    char *lang;
    int64_t disabled;
} AccountRow;

DbStatus q_account_add(Db *db, const char *email, const char *name, const char *hash,
                       const char *lang, int64_t now, int64_t *id);
DbStatus q_account_by_email(Db *db, const char *email, Arena *a, AccountRow *out);
DbStatus q_account_by_id(Db *db, int64_t id, Arena *a, AccountRow *out);
DbStatus q_account_set_password(Db *db, int64_t id, const char *hash);
DbStatus q_account_set_profile(Db *db, int64_t id, const char *name, const char *lang);
DbStatus q_account_set_lang(Db *db, int64_t id, const char *lang);
DbStatus q_account_set_disabled(Db *db, int64_t id, int64_t disabled);
DbStatus q_account_list(Db *db, Arena *a, AccountRow *row, DbRowFn fn, void *ctx);

/* --- memberships and people (member.c) --- */
typedef struct Member {
    int64_t account_id;
    char *name;
    char *email;
    int64_t roles;
    int64_t created_at;
    int64_t disabled;
} Member;

/* Adds roles to a membership (creating it and the person record if needed). */
DbStatus q_member_grant(Db *db, int64_t org_id, int64_t account_id, int64_t roles, int64_t now);
DbStatus q_member_set_roles(Db *db, int64_t org_id, int64_t account_id, int64_t roles);
DbStatus q_member_remove(Db *db, int64_t org_id, int64_t account_id);
DbStatus q_member_roles(Db *db, int64_t org_id, int64_t account_id, int64_t *roles);
DbStatus q_member_get(Db *db, int64_t org_id, int64_t account_id, Arena *a, Member *out);
DbStatus q_member_list(Db *db, int64_t org_id, Arena *a, Member *row, DbRowFn fn, void *ctx);
/* Number of members holding any role in mask. */
DbStatus q_member_count_role(Db *db, int64_t org_id, int64_t mask, int64_t *n);
DbStatus q_person_add_for_account(Db *db, int64_t org_id, int64_t account_id, const char *name,
                                  const char *email, int64_t now);

/* --- sessions and sign-in throttling (session.c) --- */
typedef struct SessionRow {
    int64_t id;
    int64_t account_id;
    int64_t current_org;
    int64_t created_at;
    int64_t last_seen_at;
} SessionRow;

DbStatus q_session_add(Db *db, const char *token_hash, int64_t account_id, int64_t current_org,
                       int64_t now);
DbStatus q_session_get(Db *db, const char *token_hash, SessionRow *out);
DbStatus q_session_touch(Db *db, int64_t id, int64_t now);
DbStatus q_session_set_org(Db *db, int64_t id, int64_t org_id);
DbStatus q_session_delete(Db *db, int64_t id);
DbStatus q_session_delete_account(Db *db, int64_t account_id);
/* Deletes sessions idle since before idle_before or created before created_before. */
DbStatus q_session_expire(Db *db, int64_t idle_before, int64_t created_before);

typedef struct SignInFailures {
    int64_t failures;
    int64_t last_at;
    int64_t locked_until;
} SignInFailures;

DbStatus q_signin_failures_get(Db *db, const char *email, SignInFailures *out);
DbStatus q_signin_failures_put(Db *db, const char *email, const SignInFailures *f);
DbStatus q_signin_failures_clear(Db *db, const char *email);

/* --- password resets (reset.c) --- */
DbStatus q_reset_add(Db *db, int64_t account_id, const char *token_hash, int64_t now,
                     int64_t expires_at);
/* The account of an unused, unexpired token. */
DbStatus q_reset_find(Db *db, const char *token_hash, int64_t now, int64_t *account_id);
/* Marks it used; DB_NONE when it was used meanwhile (single use under concurrency). */
DbStatus q_reset_use(Db *db, const char *token_hash, int64_t now);

/* --- invitations (invite.c) --- */
typedef struct Invitation {
    int64_t id;
    int64_t org_id;
    char *email;
    int64_t roles;
    char *lang;
    int64_t created_at;
    int64_t expires_at;
    int64_t accepted_at;
    char *org_name;
    char *inviter;
    int64_t person_id; /* the learner record to link, or 0 */
} Invitation;

/* person_id: the person record the accepted account is linked to (0: a new one). */
DbStatus q_invite_add(Db *db, int64_t org_id, const char *email, int64_t roles, const char *lang,
                      const char *token_hash, int64_t invited_by, int64_t now, int64_t expires_at,
                      int64_t person_id, int64_t *id);
/* An open (unaccepted, unrevoked, unexpired) invitation by token, any organisation: the
 * token itself is the credential. */
DbStatus q_invite_by_token(Db *db, const char *token_hash, int64_t now, Arena *a,
                           Invitation *out);
DbStatus q_invite_accept(Db *db, int64_t id, int64_t account_id, int64_t now);
DbStatus q_invite_revoke(Db *db, int64_t org_id, int64_t id, int64_t now);
DbStatus q_invite_list_open(Db *db, int64_t org_id, int64_t now, Arena *a, Invitation *row,
                            DbRowFn fn, void *ctx);

/* --- outbox (outbox.c) --- */
typedef struct Mail {
    int64_t id;
    char *to_addr;
    char *subject;
    char *body;
    int64_t created_at;
    int64_t attempts;
} Mail;

DbStatus q_outbox_add(Db *db, int64_t org_id, const char *to, const char *subject,
                      const char *body, int64_t now);
/* Claims the oldest deliverable mail for lease seconds (several servers may run). */
DbStatus q_outbox_claim(Db *db, int64_t now, int64_t lease, Arena *a, Mail *out);
DbStatus q_outbox_sent(Db *db, int64_t id, int64_t now);
DbStatus q_outbox_failed(Db *db, int64_t id, const char *error, int64_t retry_at);

/* --- programmes (programme.c) --- */
typedef struct Programme {
    int64_t id;
    int64_t org_id;
    char *kind;   /* bootcamp, certification, workshops, camp, online */
    char *status; /* draft, open, running, closed */
    char *title[3];       /* indexed by Lang; NULL when not given in that language */
    char *description[3]; /* indexed by Lang */
    int64_t teaching_langs; /* bit (1 << Lang) per language taught */
    int64_t min_age, max_age;
    bool min_age_null, max_age_null;
    int64_t jobseekers_only;
    char *region; /* brussels, flanders, wallonia; NULL: any */
    int64_t target[4]; /* trained, certified, placed, reached */
    int64_t updated_at;
} Programme;

#define PROGRAMME_NCOLS 19
#define PROGRAMME_NPARAMS 20

DbStatus q_programme_get(Db *db, int64_t org_id, int64_t id, Arena *a, Programme *out);
DbStatus q_programme_list(Db *db, int64_t org_id, Arena *a, Programme *row, DbRowFn fn,
                          void *ctx);
/* p->org_id and every field but id are stored; *id receives the new id. */
DbStatus q_programme_add(Db *db, const Programme *p, int64_t *id);
DbStatus q_programme_update(Db *db, const Programme *p);

/* --- locations (location.c) --- */
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

DbStatus q_location_get(Db *db, int64_t org_id, int64_t id, Arena *a, Location *out);
DbStatus q_location_list(Db *db, int64_t org_id, Arena *a, Location *row, DbRowFn fn, void *ctx);
DbStatus q_location_add(Db *db, const Location *l, int64_t now, int64_t *id);
DbStatus q_location_update(Db *db, const Location *l);

/* --- cohorts and training sessions (cohort.c) --- */
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

DbStatus q_cohort_get(Db *db, int64_t org_id, int64_t id, Arena *a, Cohort *out);
DbStatus q_cohort_list(Db *db, int64_t org_id, int64_t programme_id, Arena *a, Cohort *row,
                       DbRowFn fn, void *ctx);
DbStatus q_cohort_add(Db *db, const Cohort *c, int64_t now, int64_t *id);
/* DB_NONE when the capacity would fall below the seats taken. */
DbStatus q_cohort_update(Db *db, const Cohort *c);
DbStatus q_cohort_trainers_clear(Db *db, int64_t org_id, int64_t cohort_id);
/* DB_NONE when the account is not a member of the organisation. */
DbStatus q_cohort_trainer_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t account_id);
DbStatus q_cohort_trainers(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, int64_t *id,
                           char **name, DbRowFn fn, void *ctx);
/* location_id 0: none; DB_NONE when the location is not the organisation's. */
DbStatus q_tsession_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                        int64_t ends_at, int64_t location_id, int64_t now);
DbStatus q_tsession_add_id(Db *db, int64_t org_id, int64_t cohort_id, int64_t starts_at,
                           int64_t ends_at, int64_t location_id, int64_t now, int64_t *id);
/* DB_NONE when not found or the location is not the organisation's. */
DbStatus q_tsession_update(Db *db, int64_t org_id, int64_t id, int64_t starts_at,
                           int64_t ends_at, int64_t location_id);
/* DB_NONE when not found or attendance was recorded for it. */
DbStatus q_tsession_delete(Db *db, int64_t org_id, int64_t id);
DbStatus q_tsession_detail(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id,
                           int64_t *starts_at, int64_t *ends_at, int64_t *location_id);
/* A session's own trainers; none means the cohort's trainers teach it. */
DbStatus q_session_trainers_clear(Db *db, int64_t org_id, int64_t session_id);
/* DB_NONE when the account is not a member or the session not the organisation's. */
DbStatus q_session_trainer_add(Db *db, int64_t org_id, int64_t session_id, int64_t account_id);
DbStatus q_session_trainers(Db *db, int64_t org_id, int64_t session_id, int64_t *id, DbRowFn fn,
                            void *ctx);
DbStatus q_tsession_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, TSession *row,
                         DbRowFn fn, void *ctx);
/* Sessions of the cohort that start before from or end after to. */
DbStatus q_tsession_count_outside(Db *db, int64_t org_id, int64_t cohort_id, int64_t from,
                                  int64_t to, int64_t *n);

/* --- people and enrolments (enrolment.c) --- */
typedef struct Person {
    int64_t id;
    int64_t org_id;
    char *name, *email, *phone;
    char *birth_date; /* YYYY-MM-DD or NULL */
    char *municipality;
    int64_t jobseeker;
} Person;

typedef struct Enrolment {
    int64_t id;
    int64_t person_id;
    char *name;
    char *birth_date;
    char *status; /* enrolled, withdrawn, completed, dropped_out */
    char *ended_on, *end_reason; /* "" while enrolled */
    char *email;                 /* "" when none */
    int64_t has_account;         /* 1 when the person signs in as a learner */
    int64_t waiting_consent;     /* 1 while a guardian has not agreed */
} Enrolment;

DbStatus q_person_add(Db *db, const Person *p, int64_t now, int64_t *id);
DbStatus q_person_get(Db *db, int64_t org_id, int64_t id, Arena *a, Person *out);
/* The first person of the organisation with this e-mail (any case); *in_cohort is 1 when
 * they have an enrolment in cohort_id already. */
DbStatus q_person_by_email(Db *db, int64_t org_id, const char *email, int64_t cohort_id,
                           int64_t *id, int64_t *in_cohort);
DbStatus q_person_candidates(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, int64_t *id,
                             char **name, DbRowFn fn, void *ctx);
/* DB_ONE: a seat was taken; DB_NONE: the cohort is full (or not ours). */
DbStatus q_cohort_take_seat(Db *db, int64_t org_id, int64_t cohort_id);
DbStatus q_cohort_free_seat(Db *db, int64_t org_id, int64_t cohort_id);
DbStatus q_cohort_seats(Db *db, int64_t org_id, int64_t cohort_id, int64_t *enrolled);
/* DB_CONFLICT when the person is already (or was) enrolled in the cohort. */
DbStatus q_enrolment_add(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id,
                         int64_t now);
/* Ends an active enrolment; DB_NONE when it is not active (or not ours). */
DbStatus q_enrolment_end(Db *db, int64_t org_id, int64_t id, const char *status,
                         const char *ended_on, const char *reason, int64_t *cohort_id);
DbStatus q_enrolment_list(Db *db, int64_t org_id, int64_t cohort_id, Arena *a, Enrolment *row,
                          DbRowFn fn, void *ctx);

/* --- calls for projects (call.c) --- */
typedef struct Call {
    int64_t id, org_id;
    char *funder; /* the funder organisation's name */
    char *status; /* draft, published, decided */
    char *title[3], *description[3]; /* by Lang; NULL when not given */
    int64_t budget, min_grant, max_grant; /* cents */
    int64_t opens_at, closes_at;          /* UTC seconds */
    int64_t reviews_needed, scale_min, scale_max;
} Call;
#define CALL_NCOLS 18
#define CALL_NPARAMS 15

typedef struct CallItem {
    int64_t id;
    char *kind; /* eligibility, criterion, attachment */
    char *text[3];
    int64_t weight; /* criteria only */
} CallItem;

typedef struct TargetGroup {
    int64_t id;
    char *name[3];
} TargetGroup;

DbStatus q_call_get(Db *db, int64_t org_id, int64_t id, Arena *a, Call *out);
DbStatus q_call_list(Db *db, int64_t org_id, Arena *a, Call *row, DbRowFn fn, void *ctx);
/* A call that is not a draft, whatever its organisation. */
DbStatus q_call_public(Db *db, int64_t id, Arena *a, Call *out);
DbStatus q_calls_open(Db *db, int64_t now, Arena *a, Call *row, DbRowFn fn, void *ctx);
DbStatus q_call_add(Db *db, const Call *c, int64_t now, int64_t *id);
/* DB_NONE when not found or decided. */
DbStatus q_call_update(Db *db, const Call *c, int64_t now);
/* DB_NONE unless it was a draft. */
DbStatus q_call_publish(Db *db, int64_t org_id, int64_t id, int64_t now);
DbStatus q_call_items(Db *db, int64_t org_id, int64_t call_id, Arena *a, CallItem *row,
                      DbRowFn fn, void *ctx);
/* DB_NONE when the call is not ours or decided. */
DbStatus q_call_item_add(Db *db, int64_t org_id, int64_t call_id, const CallItem *it);
/* DB_NONE when not ours or the call is no longer a draft. */
DbStatus q_call_item_delete(Db *db, int64_t org_id, int64_t id, int64_t *call_id);
DbStatus q_target_groups(Db *db, int64_t org_id, Arena *a, TargetGroup *row, DbRowFn fn,
                         void *ctx);
DbStatus q_target_group_add(Db *db, int64_t org_id, const char *const name[3]);
DbStatus q_target_group_archive(Db *db, int64_t org_id, int64_t id);
DbStatus q_call_groups(Db *db, int64_t org_id, int64_t call_id, Arena *a, TargetGroup *row,
                       DbRowFn fn, void *ctx);
DbStatus q_call_groups_clear(Db *db, int64_t org_id, int64_t call_id);
/* DB_NONE when the group is not the funder's. */
DbStatus q_call_group_add(Db *db, int64_t org_id, int64_t call_id, int64_t group_id);

/* --- proposals (proposal.c) --- */
typedef struct Proposal {
    int64_t id, org_id, call_id, funder_id;
    char *org_name; /* the applicant */
    char *status;   /* draft, submitted, eligible, ineligible, selected, not_selected, withdrawn */
    char *title, *summary;
    int64_t requested; /* cents */
    int64_t planned_trained, planned_reached;
    int64_t submitted_at; /* 0 while a draft */
    char *receipt;        /* "" while a draft */
    int64_t updated_at;
} Proposal;
#define PROPOSAL_NCOLS 14

typedef struct BudgetLine {
    int64_t id;
    char *label;
    int64_t amount;
} BudgetLine;

/* DB_NONE when the call is not published or has closed. */
DbStatus q_proposal_add(Db *db, int64_t org_id, int64_t call_id, const char *title, int64_t now,
                        int64_t *id);
DbStatus q_proposal_get(Db *db, int64_t org_id, int64_t id, Arena *a, Proposal *out);
DbStatus q_proposal_list(Db *db, int64_t org_id, Arena *a, Proposal *row, DbRowFn fn, void *ctx);
/* The proposals submitted to a funder's call (never drafts). */
DbStatus q_proposals_of_call(Db *db, int64_t funder_id, int64_t call_id, Arena *a,
                             Proposal *row, DbRowFn fn, void *ctx);
/* DB_NONE unless it is a draft of the organisation. */
DbStatus q_proposal_update(Db *db, const Proposal *p, int64_t now);
/* DB_NONE unless a draft of ours, its call open at now (to the second) and the amount
 * within the call's limits. */
DbStatus q_proposal_submit(Db *db, int64_t org_id, int64_t id, int64_t now, int64_t by,
                           const char *receipt);
DbStatus q_budget_lines(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, BudgetLine *row,
                        DbRowFn fn, void *ctx);
DbStatus q_budget_line_add(Db *db, int64_t org_id, int64_t proposal_id, const char *label,
                           int64_t amount);
DbStatus q_budget_line_delete(Db *db, int64_t org_id, int64_t id, int64_t *proposal_id);
DbStatus q_proposal_groups(Db *db, int64_t org_id, int64_t proposal_id, Arena *a,
                           TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_proposal_group_choices(Db *db, int64_t org_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_proposal_groups_clear(Db *db, int64_t org_id, int64_t proposal_id);
DbStatus q_proposal_group_add(Db *db, int64_t org_id, int64_t proposal_id, int64_t group_id);

/* A required attachment of a call and the file a proposal gives for it (id 0: none yet). */
typedef struct FileRow {
    int64_t item_id;
    char *item[3];
    int64_t id;
    char *filename;
    int64_t size;
} FileRow;

DbStatus q_files(Db *db, int64_t viewer_org, int64_t proposal_id, Arena *a, FileRow *row,
                 DbRowFn fn, void *ctx);
/* DB_NONE unless a draft of the organisation and an attachment item of its call. */
DbStatus q_file_put(Db *db, int64_t org_id, int64_t proposal_id, int64_t item_id,
                    const char *filename, const void *data, size_t size, const char *sha256,
                    int64_t by, int64_t now);
DbStatus q_file_get(Db *db, int64_t viewer_org, int64_t proposal_id, int64_t id, Arena *a,
                    char **filename, char **data, size_t *size);

/* The funder's side: statements take the funder's org_id and never see a draft. */
typedef struct ScreeningRow {
    int64_t item_id;
    char *text[3];
    int64_t met; /* 1, 0, or -1 when not answered */
    char *reason;
} ScreeningRow;

DbStatus q_funder_proposal(Db *db, int64_t funder_id, int64_t id, Arena *a, Proposal *out);
DbStatus q_funder_budget_lines(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                               BudgetLine *row, DbRowFn fn, void *ctx);
DbStatus q_funder_proposal_groups(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                                  TargetGroup *row, DbRowFn fn, void *ctx);
DbStatus q_screening(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a, ScreeningRow *row,
                     DbRowFn fn, void *ctx);
/* DB_NONE when the item is not on the proposal's checklist or screening is over. */
DbStatus q_screening_set(Db *db, int64_t funder_id, int64_t proposal_id, int64_t item_id,
                         bool met, const char *reason);
DbStatus q_screening_outcome(Db *db, int64_t funder_id, int64_t proposal_id, bool eligible,
                             int64_t now, int64_t by);
DbStatus q_proposal_submitter(Db *db, int64_t funder_id, int64_t proposal_id, Arena *a,
                              char **email, char **lang);

/* --- a call's jury, conflicts and review assignments (jury.c) --- */
typedef struct Juror {
    int64_t account_id;
    char *name, *email;
    int64_t assigned, conflicts; /* proposals assigned; eligible proposals conflicted */
    int64_t submitted;           /* reviews submitted */
} Juror;

typedef struct JuryCell {
    int64_t account_id, proposal_id;
    int64_t conflict; /* 1 when declared or a member of the applicant */
    int64_t assigned; /* 0 none, 1 automatic, 2 by hand */
    char *title, *applicant; /* the proposal's */
} JuryCell;

typedef struct JurorProposal {
    int64_t proposal_id, call_id;
    char *call_title[3], *title, *applicant;
    int64_t conflict; /* 0 none, 1 declared, 2 a member of the applicant */
    int64_t assigned;
} JurorProposal;

DbStatus q_jury_list(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row, DbRowFn fn,
                     void *ctx);
/* DB_NONE unless the account holds the jury role at the funder and the call is open to
 * changes (or the member is on the jury already). */
DbStatus q_jury_add(Db *db, int64_t org_id, int64_t call_id, int64_t account_id, int64_t now);
/* Also removes the member's assignments. */
DbStatus q_jury_remove(Db *db, int64_t org_id, int64_t call_id, int64_t account_id);
DbStatus q_jury_candidates(Db *db, int64_t org_id, int64_t call_id, Arena *a, Juror *row,
                           DbRowFn fn, void *ctx);
DbStatus q_jury_matrix(Db *db, int64_t org_id, int64_t call_id, Arena *a, JuryCell *row,
                       DbRowFn fn, void *ctx);
DbStatus q_assignments_clear_auto(Db *db, int64_t org_id, int64_t call_id);
/* DB_NONE when the pair is conflicted or not of this call's jury and eligible proposals. */
DbStatus q_assign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                  int64_t account_id, bool manual, int64_t now);
DbStatus q_unassign(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                    int64_t account_id);
DbStatus q_juror_proposals(Db *db, int64_t org_id, int64_t account_id, Arena *a,
                           JurorProposal *row, DbRowFn fn, void *ctx);
/* DB_NONE unless the account sits on the proposal's jury and it is eligible. */
DbStatus q_conflict_declare(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                            const char *reason, int64_t now);
/* DB_ONE when the account is assigned to the proposal and not conflicted with it. */
DbStatus q_juror_may_read(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id);

/* --- jury reviews (review.c) --- */
typedef struct ScoreRow {
    int64_t item_id;
    char *text[3];
    int64_t weight, score; /* score -1: not given */
} ScoreRow;

typedef struct ReviewLine {
    int64_t account_id;
    char *name, *comment;
    int64_t submitted_at, item_id;
    char *text[3];
    int64_t weight, score;
} ReviewLine;

DbStatus q_review_scores(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                         Arena *a, ScoreRow *row, DbRowFn fn, void *ctx);
/* DB_NONE when there is no review yet (*submitted_at 0 while a draft). */
DbStatus q_review_get(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id, Arena *a,
                      char **comment, int64_t *submitted_at);
/* DB_NONE when the member may not review it, or submitted already, or the call is decided. */
DbStatus q_review_save(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                       const char *comment, bool submit, int64_t now);
/* DB_NONE when the score is outside the call's scale or not one of its criteria. */
DbStatus q_score_set(Db *db, int64_t org_id, int64_t proposal_id, int64_t account_id,
                     int64_t item_id, int64_t score);
DbStatus q_reviews_of(Db *db, int64_t org_id, int64_t proposal_id, Arena *a, ReviewLine *row,
                      DbRowFn fn, void *ctx);
DbStatus q_review_progress(Db *db, int64_t org_id, int64_t call_id, int64_t *account_id,
                           int64_t *proposal_id, int64_t *done, DbRowFn fn, void *ctx);

typedef struct RankRow {
    int64_t id;
    char *title, *org_name, *status;
    int64_t requested, submitted_at, awarded, nreviews;
} RankRow;

DbStatus q_ranking_proposals(Db *db, int64_t org_id, int64_t call_id, Arena *a, RankRow *row,
                             DbRowFn fn, void *ctx);
DbStatus q_ranking_scores(Db *db, int64_t org_id, int64_t call_id, int64_t *proposal_id,
                          int64_t *account_id, int64_t *score, DbRowFn fn, void *ctx);
/* DB_NONE unless the call is published and closed at now. */
DbStatus q_call_decide(Db *db, int64_t org_id, int64_t call_id, int64_t now, int64_t by);
/* DB_NONE unless the proposal is an eligible one of the call. */
DbStatus q_proposal_decide(Db *db, int64_t org_id, int64_t call_id, int64_t id, bool selected,
                           int64_t awarded, int64_t now);
DbStatus q_call_selected(Db *db, int64_t call_id, Arena *a, RankRow *row, DbRowFn fn, void *ctx);
DbStatus q_call_decision(Db *db, int64_t org_id, int64_t call_id, Arena *a, int64_t *decided_at,
                         char **by);

/* Counts and sums of a call's submitted proposals by status (and by target group). */
typedef struct FigureRow {
    int64_t group_id; /* 0 for the totals */
    char *group[3];
    char *status;
    int64_t count, requested, awarded;
} FigureRow;

DbStatus q_call_figures(Db *db, int64_t org_id, int64_t call_id, Arena *a, FigureRow *row,
                        DbRowFn fn, void *ctx);
DbStatus q_call_figures_by_group(Db *db, int64_t org_id, int64_t call_id, Arena *a,
                                 FigureRow *row, DbRowFn fn, void *ctx);

/* --- grants (grant.c) --- */
typedef struct GrantRow {
    int64_t id, funder_id, grantee_id;
    char *funder, *grantee, *title;
    int64_t amount, paid, spent;
} GrantRow;

typedef struct TrancheRow {
    int64_t id;
    char *label;
    int64_t amount;
    char *paid_on; /* "" while planned */
} TrancheRow;

typedef struct GrantLine {
    int64_t id;
    char *label;
    int64_t amount, spent;
} GrantLine;

typedef struct ExpenseRow {
    int64_t id;
    char *line, *spent_on;
    int64_t amount;
    char *description;
} ExpenseRow;

/* DB_NONE unless the proposal is a selected one of the funder's call. */
DbStatus q_grant_create(Db *db, int64_t org_id, int64_t call_id, int64_t proposal_id,
                        int64_t amount, int64_t now, int64_t *id);
DbStatus q_tranche_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                       const char *label, int64_t amount);
DbStatus q_grant_line_add(Db *db, int64_t org_id, int64_t grant_id, int64_t position,
                          const char *label, int64_t amount);
/* Read by the funder or the grantee: viewer_org is either. */
DbStatus q_grant_get(Db *db, int64_t viewer_org, int64_t id, Arena *a, GrantRow *out);
/* The grants the organisation awarded (funder) or received. */
DbStatus q_grant_list(Db *db, int64_t org_id, bool funder, Arena *a, GrantRow *row, DbRowFn fn,
                      void *ctx);
DbStatus q_tranches(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, TrancheRow *row,
                    DbRowFn fn, void *ctx);
/* The funder only; DB_NONE when not found or paid already. */
DbStatus q_tranche_pay(Db *db, int64_t org_id, int64_t id, const char *on, int64_t *grant_id);
DbStatus q_grant_lines(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, GrantLine *row,
                       DbRowFn fn, void *ctx);
DbStatus q_expenses(Db *db, int64_t viewer_org, int64_t grant_id, Arena *a, ExpenseRow *row,
                    DbRowFn fn, void *ctx);
/* The grantee only; DB_NONE when the grant or the line is not its own. */
DbStatus q_expense_add(Db *db, int64_t grantee_org, int64_t grant_id, int64_t line_id,
                       const char *on, int64_t amount, const char *description, int64_t by,
                       int64_t now);

/* --- intake: application forms and applications (intake.c) --- */
typedef struct AppQuestion {
    int64_t id;
    char *kind; /* short, long, choice, yesno, date */
    char *label[3];
    char *choices; /* one per line */
    int64_t required, motivation;
} AppQuestion;

typedef struct Application {
    int64_t id, org_id, programme_id;
    char *status; /* submitted, accepted, waitlisted, declined, withdrawn */
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

DbStatus q_questions(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppQuestion *row,
                     DbRowFn fn, void *ctx);
DbStatus q_question_add(Db *db, int64_t org_id, int64_t programme_id, const AppQuestion *q);
/* DB_NONE when not ours or already answered. */
DbStatus q_question_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id);
/* DB_NONE unless the programme is open or running. */
DbStatus q_application_add(Db *db, const Application *x, const char *token_hash, int64_t now,
                           int64_t *id);
DbStatus q_answer_add(Db *db, int64_t org_id, int64_t application_id, int64_t question_id,
                      const char *value);
DbStatus q_application_by_token(Db *db, const char *token_hash, Arena *a, Application *out);
DbStatus q_application_contact(Db *db, const char *token_hash, const char *email,
                               const char *phone, const char *municipality, int64_t now);

typedef struct PipelineRow {
    int64_t programme_id;
    char *title[3], *status;
    int64_t count;
} PipelineRow;

typedef struct AppListRow {
    int64_t id, programme_id;
    char *title[3], *status, *name;
    int64_t created_at, duplicate;
} AppListRow;

typedef struct AppForm {
    int64_t opens_at, closes_at; /* 0: no limit */
    int64_t reviews_needed, consent_age;
    int64_t scale_max;  /* the rubric's scores run from 1 to this */
    int64_t offer_days; /* how long a waiting-list offer stands */
} AppForm;

/* The form's settings (defaults when never set); DB_NONE when the programme is not ours. */
DbStatus q_app_form(Db *db, int64_t org_id, int64_t programme_id, AppForm *out);
DbStatus q_app_form_set(Db *db, int64_t org_id, int64_t programme_id, const AppForm *f);
DbStatus q_pipeline_counts(Db *db, int64_t org_id, Arena *a, PipelineRow *row, DbRowFn fn,
                           void *ctx);
DbStatus q_applications(Db *db, int64_t org_id, int64_t programme_id, const char *status,
                        Arena *a, AppListRow *row, DbRowFn fn, void *ctx);

/* --- admission: rubric, name-blind reviews, decisions, offers, consent (admission.c) --- */
typedef struct AppCriterion {
    int64_t id;
    char *label[3];
    int64_t weight;
} AppCriterion;

DbStatus q_criteria(Db *db, int64_t org_id, int64_t programme_id, Arena *a, AppCriterion *row,
                    DbRowFn fn, void *ctx);
DbStatus q_criterion_add(Db *db, int64_t org_id, int64_t programme_id, const AppCriterion *c);
/* DB_NONE when not ours or once a review of the programme is submitted. */
DbStatus q_criterion_delete(Db *db, int64_t org_id, int64_t id, int64_t *programme_id);
/* Submitted reviews of the programme's applications (the rubric is then fixed). */
DbStatus q_programme_reviews_submitted(Db *db, int64_t org_id, int64_t programme_id, int64_t *n);

/* The application by id, with the programme and organisation; DB_NONE when not ours. */
DbStatus q_application_get(Db *db, int64_t org_id, int64_t id, Arena *a, Application *out);
/* Another personal link to an application (only its hash). */
DbStatus q_app_link_add(Db *db, int64_t org_id, int64_t application_id, const char *token_hash,
                        int64_t now);

/* A review row is the assignment; a draft until submitted. */
typedef struct AppPair {
    int64_t application_id, account_id, submitted;
} AppPair;

/* Assigns a reviewer to a received application; nothing when assigned already. */
DbStatus q_app_assign(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                      int64_t now);
/* The reviewers of the programme's received applications. */
DbStatus q_app_pairs(Db *db, int64_t org_id, int64_t programme_id, AppPair *row, DbRowFn fn,
                     void *ctx);

typedef struct AppTask {
    int64_t application_id, programme_id;
    char *title[3], *app_status;
    int64_t submitted_at; /* 0: not yet */
    int64_t drafted;      /* 1 when something was saved */
} AppTask;

/* The applications a reviewer is assigned, those still to do first. */
DbStatus q_app_tasks(Db *db, int64_t org_id, int64_t account_id, Arena *a, AppTask *row,
                     DbRowFn fn, void *ctx);

typedef struct AppAnswer {
    int64_t question_id;
    char *kind, *label[3], *value;
    int64_t motivation;
} AppAnswer;

DbStatus q_app_answers(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                       AppAnswer *row, DbRowFn fn, void *ctx);

/* The reviewer's own review; DB_NONE when not assigned. */
DbStatus q_app_review_get(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                          Arena *a, char **comment, int64_t *submitted_at);
/* DB_NONE when not assigned, submitted already, or the application is no longer received. */
DbStatus q_app_review_save(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                           const char *comment, bool submit, int64_t now);
/* A score on a criterion of the application's programme; DB_NONE otherwise. */
DbStatus q_app_score_set(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         int64_t criterion_id, int64_t score);

typedef struct AppScore {
    int64_t criterion_id;
    char *label[3];
    int64_t weight, score; /* score 0: not given */
} AppScore;

/* The programme's criteria with this reviewer's scores. */
DbStatus q_app_my_scores(Db *db, int64_t org_id, int64_t application_id, int64_t account_id,
                         Arena *a, AppScore *row, DbRowFn fn, void *ctx);

typedef struct AppReviewLine {
    int64_t account_id;
    char *name, *comment;
    int64_t criterion_id, score;
} AppReviewLine;

/* Submitted reviews of an application, by reviewer then criterion. */
DbStatus q_app_review_lines(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                            AppReviewLine *row, DbRowFn fn, void *ctx);

typedef struct AppRankRow {
    int64_t id;
    char *status;
    int64_t created_at, reviews, assigned, waitlist_rank;
    char *birth_date; /* for the age band only: never shown */
} AppRankRow;

/* The programme's applications with their count of submitted and assigned reviews. */
DbStatus q_app_rank_rows(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                         AppRankRow *row, DbRowFn fn, void *ctx);

typedef struct AppScoreAll {
    int64_t application_id, account_id, criterion_id, score;
} AppScoreAll;

/* Every score of the programme's submitted reviews, by application, reviewer, criterion. */
DbStatus q_app_scores_all(Db *db, int64_t org_id, int64_t programme_id, AppScoreAll *row,
                          DbRowFn fn, void *ctx);

/* Records a decision on a received application; DB_NONE when it is no longer received. */
DbStatus q_app_decide(Db *db, int64_t org_id, int64_t id, const char *status, const char *reason,
                      const char *note, int64_t cohort_id, int64_t waitlist_rank, int64_t by,
                      int64_t now);
DbStatus q_app_waitlist_last(Db *db, int64_t org_id, int64_t programme_id, int64_t *rank);
/* An enrolment made from an application; waiting_consent holds the seat. */
DbStatus q_app_enrol(Db *db, int64_t org_id, int64_t cohort_id, int64_t person_id,
                     int64_t waiting_consent, int64_t now, int64_t *enrolment_id);
DbStatus q_app_set_enrolment(Db *db, int64_t org_id, int64_t id, int64_t enrolment_id,
                             int64_t now);
DbStatus q_enrolment_consent_given(Db *db, int64_t org_id, int64_t enrolment_id);

/* Moves an application from status from to status to with a reason; DB_NONE when it was
 * not in from. Ends any offer. */
DbStatus q_app_move(Db *db, int64_t org_id, int64_t id, const char *from, const char *to,
                    const char *reason, int64_t now);
/* Offers a place to the first on the programme's waiting list for the cohort who has no
 * offer; DB_NONE when nobody waits. */
DbStatus q_app_offer_next(Db *db, int64_t org_id, int64_t programme_id, int64_t cohort_id,
                          int64_t expires, int64_t now, int64_t *id);
/* Offers standing for a cohort. */
DbStatus q_app_offers_open(Db *db, int64_t org_id, int64_t cohort_id, int64_t now, int64_t *n);

typedef struct CohortOffers {
    int64_t cohort_id, offers;
} CohortOffers;

/* Offers standing for each of the programme's cohorts that has any. */
DbStatus q_app_offers_by_cohort(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                                CohortOffers *row, DbRowFn fn, void *ctx);
/* Takes up an offer that still stands; DB_NONE otherwise. */
DbStatus q_app_offer_take(Db *db, int64_t org_id, int64_t id, int64_t now);

typedef struct AppRef {
    int64_t org_id, id;
} AppRef;

/* Offers past their deadline, every organisation. */
DbStatus q_app_offers_expired(Db *db, int64_t now, AppRef *row, DbRowFn fn, void *ctx);

DbStatus q_application_by_consent(Db *db, const char *token_hash, Arena *a, Application *out);
DbStatus q_app_consent_set(Db *db, int64_t org_id, int64_t id, const char *from,
                           const char *to, int64_t now);

typedef struct ConsentEvent {
    char *action, *by_name, *via, *recorder; /* recorder "" for the guardian's own link */
    int64_t at;
} ConsentEvent;

DbStatus q_consent_event_add(Db *db, int64_t org_id, int64_t application_id, const char *action,
                             const char *by_name, const char *via, int64_t recorded_by,
                             int64_t now);
DbStatus q_consent_events(Db *db, int64_t org_id, int64_t application_id, Arena *a,
                          ConsentEvent *row, DbRowFn fn, void *ctx);

/* --- a programme's dashboard (dashboard.c) --- */
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

DbStatus q_programme_figures(Db *db, int64_t org_id, int64_t programme_id, ProgrammeFigures *f);
DbStatus q_programme_learner_marks(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                                   LearnerMarks *row, DbRowFn fn, void *ctx);

/* --- the public catalogue (catalogue.c) --- */
typedef struct CatalogueFilter {
    const char *kind;         /* NULL or "": any */
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

/* Open programmes matching f, those with the nearest next session (after now) first and
 * those without one last (at most 100). today is YYYY-MM-DD in Brussels: cohorts that
 * ended do not count for the province and municipality filters. */
DbStatus q_catalogue(Db *db, const CatalogueFilter *f, int64_t now, const char *today, Arena *a,
                     CatalogueRow *row, DbRowFn fn, void *ctx);
/* A published (open or running) programme by id, whatever its organisation. */
DbStatus q_catalogue_get(Db *db, int64_t id, int64_t now, Arena *a, CatalogueRow *out);
/* The cohorts of a programme that have not ended (ends_on >= today), by start; places_left
 * is never negative; next_at/next_end: its next session after now (no_next when none). */
DbStatus q_catalogue_cohorts(Db *db, int64_t org_id, int64_t programme_id, int64_t now,
                             const char *today, Arena *a, PublicCohort *row, DbRowFn fn,
                             void *ctx);

/* --- learners' own pages and calendar feeds (learner.c) --- */
typedef struct SessionItem {
    int64_t id, org_id, cohort_id, starts_at, ends_at;
    char *title[3]; /* the programme's, by Lang */
    char *cohort, *org_name, *location, *address, *municipality;
    char *mark; /* q_learner_marks only: present, absent, excused, late or "" */
} SessionItem;

typedef struct LearnerEnrolment {
    int64_t id, org_id, person_id;
    char *org_name, *title[3], *cohort, *starts_on, *ends_on, *status;
    int64_t present, late, absent, excused;
} LearnerEnrolment;

/* A person or a cohort that has a calendar feed. */
typedef struct FeedOwner {
    int64_t id, org_id;
    char *name; /* the organisation's name for q_learner_people */
    int64_t gen;
} FeedOwner;

/* Links a learner's person record to the account that accepted their invitation;
 * DB_NONE when it is linked already or the account has a record there. */
DbStatus q_person_link_account(Db *db, int64_t org_id, int64_t person_id, int64_t account_id);
DbStatus q_learner_sessions(Db *db, int64_t account_id, int64_t from, int64_t limit, Arena *a,
                            SessionItem *row, DbRowFn fn, void *ctx);
DbStatus q_learner_marks(Db *db, int64_t account_id, int64_t now, int64_t limit, Arena *a,
                         SessionItem *row, DbRowFn fn, void *ctx);
DbStatus q_learner_enrolments(Db *db, int64_t account_id, Arena *a, LearnerEnrolment *row,
                              DbRowFn fn, void *ctx);
DbStatus q_learner_people(Db *db, int64_t account_id, Arena *a, FeedOwner *row, DbRowFn fn,
                          void *ctx);
/* Only the account's own record: DB_NONE otherwise. */
DbStatus q_person_feed_reset(Db *db, int64_t person_id, int64_t account_id);
DbStatus q_cohort_feed_reset(Db *db, int64_t org_id, int64_t cohort_id);
/* The person (or cohort) of a feed link, any organisation: the caller checks the HMAC. */
DbStatus q_feed_owner(Db *db, bool cohort, int64_t id, Arena *a, FeedOwner *out);
/* A session by id, any organisation (a check-in code carries its HMAC). */
DbStatus q_session_item(Db *db, int64_t id, Arena *a, SessionItem *out);
DbStatus q_feed_sessions(Db *db, bool cohort, int64_t org_id, int64_t id, int64_t from,
                         Arena *a, SessionItem *row, DbRowFn fn, void *ctx);

/* --- attendance (attendance.c) --- */
typedef struct RosterRow {
    int64_t enrolment_id;
    char *name;
    char *status; /* "" when not recorded yet */
    char *via;    /* roster, self (QR check-in) or "" */
    int64_t recorded_at;
} RosterRow;

typedef struct TallyRow {
    int64_t enrolment_id;
    int64_t present, late, absent, excused;
} TallyRow;

DbStatus q_roster(Db *db, int64_t org_id, int64_t session_id, Arena *a, RosterRow *row,
                  DbRowFn fn, void *ctx);
/* DB_NONE when the enrolment is not in the session's cohort (or not ours). */
DbStatus q_attendance_mark(Db *db, int64_t org_id, int64_t session_id, int64_t enrolment_id,
                           const char *status, int64_t now, int64_t by);
DbStatus q_attendance_tally(Db *db, int64_t org_id, int64_t cohort_id, TallyRow *row,
                            DbRowFn fn, void *ctx);
DbStatus q_tsession_get(Db *db, int64_t org_id, int64_t id, int64_t *cohort_id,
                        int64_t *starts_at, int64_t *ends_at);
/* The account's current enrolment in the session's cohort and its mark (name unset);
 * DB_NONE when the account is not enrolled there. */
DbStatus q_checkin_state(Db *db, int64_t org_id, int64_t session_id, int64_t account_id,
                         Arena *a, RosterRow *out);
/* Marks the account's enrolment present or late, as a self check-in. */
DbStatus q_checkin(Db *db, int64_t org_id, int64_t session_id, int64_t account_id,
                   const char *status, int64_t now);
/* Names for the sign-in sheet of a session: learners with status 'enrolled' in its
 * cohort, in roster order; *name is set before each fn(ctx). */
DbStatus q_sheet_names(Db *db, int64_t org_id, int64_t session_id, Arena *a, char **name,
                       DbRowFn fn, void *ctx);
/* The session's location, else its cohort's; DB_NONE when neither has one. */
DbStatus q_tsession_location(Db *db, int64_t org_id, int64_t session_id, Arena *a,
                             Location *out);

/* --- secrets and audit (app.c) --- */
DbStatus q_secret_get(Db *db, const char *name, Arena *a, char **value);
/* Inserts unless present; DB_NONE when it already existed. */
DbStatus q_secret_put(Db *db, const char *name, const char *value);
DbStatus q_audit(Db *db, int64_t org_id, int64_t account_id, const char *action,
                 const char *detail, int64_t now);

#endif
