/* model/calls.h — the records of calls for projects, proposals, the jury, reviews, grants, as the
 * statements of src/q/calls/ return them and the rules of src/domain/ and the workflows read them.
 * Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_CALLS_H
#define TRAJECT_MODEL_CALLS_H

#include <stdbool.h>
#include <stdint.h>

#include "core/vocab.h"

/* --- vocabularies (tables in model/calls.c; the schema's CHECKs list the same keys) --- */
typedef enum CallStatus { CALL_DRAFT, CALL_PUBLISHED, CALL_DECIDED } CallStatus;
extern const Vocab call_status_vocab;

typedef enum ProposalStatus {
    PROPOSAL_DRAFT,
    PROPOSAL_SUBMITTED,
    PROPOSAL_ELIGIBLE,
    PROPOSAL_INELIGIBLE,
    PROPOSAL_SELECTED,
    PROPOSAL_NOT_SELECTED,
    PROPOSAL_WITHDRAWN,
} ProposalStatus;
extern const Vocab proposal_status_vocab;

/* What a call lists: its eligibility checklist, award criteria, required attachments. */
typedef enum ItemKind { ITEM_ELIGIBILITY, ITEM_CRITERION, ITEM_ATTACHMENT } ItemKind;
#define ITEM_KINDS 3
extern const Vocab item_kind_vocab;

/* The screening of one eligibility item: not answered yet, met, not met. */
typedef enum ScreeningAnswer {
    SCREEN_UNANSWERED = -1,
    SCREEN_NOT_MET = 0,
    SCREEN_MET = 1
} ScreeningAnswer;
extern const Vocab screening_vocab;

/* The step of a grant's life that releases a tranche, in the order they come. */
typedef enum TrancheTrigger {
    TRIGGER_SIGNATURE,
    TRIGGER_INTERIM_REPORT,
    TRIGGER_FINAL_REPORT,
} TrancheTrigger;
extern const Vocab tranche_trigger_vocab;

/* A tranche of a grant: planned until the funder records its payment. */
typedef enum TrancheState { TRANCHE_PLANNED, TRANCHE_PAID } TrancheState;
extern const Vocab tranche_state_vocab;

/* How a call's grants are paid: n tranches (1..TRANCHE_MAX), each a percentage of the
 * grant released at a step of its life (domain/tranches.h checks and splits). */
#define TRANCHE_MAX 3
typedef struct TrancheStep {
    int pct;
    TrancheTrigger on;
} TrancheStep;
typedef struct TranchePlan {
    int n;
    TrancheStep step[TRANCHE_MAX];
} TranchePlan;

/* --- calls for projects --- */
typedef struct Call {
    int64_t id, org_id;
    char *funder; /* the funder organisation's name */
    CallStatus status;
    char *title[3], *description[3];      /* by Lang; NULL when not given */
    int64_t budget, min_grant, max_grant; /* cents */
    int64_t opens_at, closes_at;          /* UTC seconds */
    int64_t reviews_needed, scale_min, scale_max;
    int64_t disagree_pct; /* reviews further apart than this % of the scale are flagged */
    TranchePlan tranches;
    int64_t review_deadline; /* UTC seconds; 0 while not set */
} Call;
#define CALL_NCOLS 26
#define CALL_NPARAMS 22

typedef struct CallItem {
    int64_t id;
    ItemKind kind;
    char *text[3];
    int64_t weight; /* criteria only */
} CallItem;

typedef struct TargetGroup {
    int64_t id;
    char *name[3];
} TargetGroup;

/* --- proposals --- */
typedef struct Proposal {
    int64_t id, org_id, call_id, funder_id;
    char *org_name; /* the applicant */
    ProposalStatus status;
    char *title, *summary;
    int64_t requested; /* cents */
    int64_t planned_trained, planned_reached;
    int64_t submitted_at; /* 0 while a draft */
    char *receipt;        /* "" while a draft */
    int64_t updated_at;
} Proposal;

typedef struct BudgetLine {
    int64_t id;
    char *label;
    int64_t amount;
} BudgetLine;

/* A required attachment of a call and the file a proposal gives for it (id 0: none yet). */
typedef struct FileRow {
    int64_t item_id;
    char *item[3];
    int64_t id;
    char *filename;
    int64_t size;
} FileRow;

/* The funder's side: statements take the funder's org_id and never see a draft. */
typedef struct ScreeningRow {
    int64_t item_id;
    char *text[3];
    ScreeningAnswer met;
    char *reason;
} ScreeningRow;

/* --- a call's jury, conflicts and review assignments --- */
typedef struct Juror {
    int64_t account_id;
    char *name, *email;
    int64_t assigned, conflicts; /* proposals assigned; eligible proposals conflicted */
    int64_t submitted;           /* reviews submitted */
} Juror;

typedef struct JuryCell {
    int64_t account_id, proposal_id;
    int64_t conflict;        /* 1 when declared or a member of the applicant */
    int64_t assigned;        /* 0 none, 1 automatic, 2 by hand */
    char *title, *applicant; /* the proposal's */
} JuryCell;

typedef struct JurorProposal {
    int64_t proposal_id, call_id;
    char *call_title[3], *title, *applicant;
    int64_t conflict; /* 0 none, 1 declared, 2 a member of the applicant */
    int64_t assigned; /* 0 not assigned, 1 assigned and to do, 2 reviewed (submitted) */
} JurorProposal;

/* --- jury reviews --- */
typedef struct ScoreRow {
    int64_t item_id;
    char *text[3];
    int64_t weight, score; /* score -1: not given */
} ScoreRow;

/* One score of a submitted review, with who gave it. */
typedef struct ReviewLine {
    int64_t account_id;
    char *name, *comment;
    int64_t submitted_at;
    ScoreRow s; /* the criterion and its score */
} ReviewLine;

typedef struct RankRow {
    int64_t id;
    char *title, *org_name;
    ProposalStatus status;
    int64_t requested, submitted_at, awarded, nreviews;
} RankRow;

/* Counts and sums of a call's submitted proposals by status (and by target group). */
typedef struct FigureRow {
    int64_t group_id; /* 0 for the totals */
    char *group[3];
    ProposalStatus status;
    int64_t count, requested, awarded;
} FigureRow;

/* --- grants --- */
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

/* --- the home page --- */
/* A call in progress on the funder's home page, with what waits on it. */
typedef struct CallProgress {
    int64_t id;
    char *title[3];
    CallStatus status;
    int64_t opens_at, closes_at;
    int64_t submitted;       /* proposals submitted (not drafts, not withdrawn) */
    int64_t to_screen;       /* of them, not screened yet */
    int64_t reviews_missing; /* assignments without a submitted review */
    int64_t review_deadline; /* 0 while not set */
} CallProgress;

/* A juror's reviews of one call: assigned and submitted. */
/* Someone who receives the decision letter about their organisation's proposal. */
typedef struct LetterRecipient {
    int64_t org_id; /* the applicant organisation: its outbox shows the letter */
    char *email, *name, *lang;
} LetterRecipient;

/* A jury member due a reminder of the reviews they have not submitted. */
typedef struct ReviewReminder {
    int64_t org_id, call_id, account_id;
    char *email, *name, *lang, *title[3];
    int64_t deadline; /* UTC seconds */
    char *kind;       /* "three_days" or "day" */
    int64_t missing;  /* reviews not submitted */
} ReviewReminder;

typedef struct JurorCall {
    int64_t call_id;
    char *title[3];
    int64_t closes_at;
    int64_t assigned, done;
    int64_t review_deadline; /* 0 while not set */
} JurorCall;

#endif
