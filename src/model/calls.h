/* model/calls.h — the records of calls for projects, proposals, the jury, reviews, grants, as the statements of src/q/calls/ return them and
 * the rules of src/domain/ and the workflows read them. Types only: no functions, no SQL. */
#ifndef TRAJECT_MODEL_CALLS_H
#define TRAJECT_MODEL_CALLS_H

#include <stdbool.h>
#include <stdint.h>


/* --- calls for projects --- */
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

/* --- proposals --- */
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
    int64_t met; /* 1, 0, or -1 when not answered */
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

/* --- jury reviews --- */
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

typedef struct RankRow {
    int64_t id;
    char *title, *org_name, *status;
    int64_t requested, submitted_at, awarded, nreviews;
} RankRow;

/* Counts and sums of a call's submitted proposals by status (and by target group). */
typedef struct FigureRow {
    int64_t group_id; /* 0 for the totals */
    char *group[3];
    char *status;
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

#endif
