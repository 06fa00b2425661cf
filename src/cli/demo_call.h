/* demo_call.h — the calls for projects of traject demo (see demo.c), replayed through the
 * workflows the pages use (flows/calls/): a regional call decided months ago (26 proposals,
 * 19 eligible, an independent jury, 9 selected for 600,000 EUR, grants being paid) and a
 * smaller call whose jury is still at work. The calls themselves are data
 * (src/cli/demo/calls.json, read by demo_call_data.c); demo_call.c replays them, each act at
 * the moment it happened. */
#ifndef TRAJECT_CLI_DEMO_CALL_H
#define TRAJECT_CLI_DEMO_CALL_H

#include <stdbool.h>
#include <stdint.h>

#include "cli/cli.h"
#include "model/calls.h"

/* An organisation that answers the calls, and its member who submits. */
typedef struct DemoApplicant {
    const char *org;   /* found by name, or added */
    const char *email; /* its member: an existing demo account, or one added */
} DemoApplicant;

typedef struct DemoItem {
    ItemKind kind;
    const char *text[3];
    int weight; /* criteria */
} DemoItem;

typedef struct DemoProposal {
    int applicant; /* index in call_applicants */
    const char *title, *summary;
    int64_t euros;   /* requested */
    unsigned groups; /* bit g: the funder's default target group g (domain/groups.h) */
    int score;       /* what the jury thinks of it, 0-10; -1: not eligible */
    int not_met;     /* not eligible: the eligibility item (its rank among them) not met */
    const char *why; /* and why */
} DemoProposal;

typedef struct DemoCallSpec {
    const char *title[3], *description[3];
    int64_t budget, min_grant, max_grant; /* euros */
    int opens, closes, deadline;          /* days before (negative: after) the demo's day */
    TranchePlan tranches;
    const DemoItem *items;
    int nitems;
    const DemoProposal *proposals;
    int nproposals;
    bool decided; /* all reviews in, decided, tranches paid; else the jury is at work */
} DemoCallSpec;

/* Everything src/cli/demo/calls.json holds. */
typedef struct DemoCalls {
    const DemoApplicant *applicants;
    int napplicants;
    const DemoCallSpec *calls;
    int ncalls;
} DemoCalls;

/* demo_call_data.c: reads the embedded calls.json into out, allocated in a; false (after
 * printing why) when it lacks a field or has a wrong one. */
bool demo_calls_read(Arena *a, DemoCalls *out);

/* The fund's (funder) calls for projects, once: nothing when the fund has a call already.
 * Applicant organisations missing are added with a member who signs in with password.
 * Prints what it loaded; false after printing why not. */
bool demo_calls(CliRun *run, int64_t funder, const char *password);

#endif
