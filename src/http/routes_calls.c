/* routes_calls.c — the part of the route table (see routes.c) for calls for projects:
 * calls, juries, proposals, screening, ranking and decisions, grants; and locations. */
#include "http/routes.h"
#include "pages/accounts/accounts.h"
#include "pages/calls/calls.h"
#include "pages/certifications/certifications.h"
#include "pages/competences/competences.h"
#include "pages/credentials/credentials.h"
#include "pages/intake/intake.h"
#include "pages/training/training.h"

const Route routes_calls[] = {
    GET("/orgs/{org}/calls", page_calls, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/new", page_call_new, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls", page_call_create, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}", page_call, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}/edit", page_call_edit, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}", page_call_update, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/items", page_call_item_add, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/call-items/{id}/delete", page_call_item_delete, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/groups", page_call_groups, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/publish", page_call_publish, MEMBER(ROLE_FUNDER)),

    POST("/orgs/{org}/calls/{id}/jury", page_jury_appoint, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/review-deadline", page_call_review_deadline, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/jury/{member}/remove", page_jury_remove, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/assign", page_jury_assign, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}/assignments", page_jury_assignments, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/assignments", page_jury_adjust, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}/report", page_call_report, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}/report.csv", page_call_report_csv, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/calls/{id}/ranking", page_ranking, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/calls/{id}/decision", page_decision, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/grants", page_grants, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/grants/{id}", page_grant, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/tranches/{id}/pay", page_tranche_pay, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/grants-received", page_grants_received, MEMBER(PROPOSAL_EDIT)),
    GET("/orgs/{org}/grants-received/{id}", page_grant_received, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/grants-received/{id}/expenses", page_expense_add, MEMBER(PROPOSAL_EDIT)),
    GET("/orgs/{org}/jury", page_jury_home, MEMBER(ROLE_JURY)),
    POST("/orgs/{org}/jury/proposals/{id}/conflict", page_jury_conflict, MEMBER(ROLE_JURY)),
    GET("/orgs/{org}/jury/proposals/{id}", page_jury_proposal, MEMBER(ROLE_JURY)),
    POST("/orgs/{org}/jury/proposals/{id}/review", page_review_save, MEMBER(ROLE_JURY)),
    GET("/orgs/{org}/target-groups", page_target_groups, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/target-groups", page_target_group_add, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/target-groups/{id}/archive", page_target_group_archive, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/submissions/{id}", page_submission, MEMBER(ROLE_FUNDER)),
    POST("/orgs/{org}/submissions/{id}/screening", page_screening_save, MEMBER(ROLE_FUNDER)),

    GET("/orgs/{org}/proposals", page_proposals, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/proposals", page_proposal_create, MEMBER(PROPOSAL_EDIT)),
    GET("/orgs/{org}/proposals/{id}", page_proposal, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/proposals/{id}", page_proposal_update, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/proposals/{id}/submit", page_proposal_submit, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/proposals/{id}/budget-lines", page_budget_line_add, MEMBER(PROPOSAL_EDIT)),
    POST("/orgs/{org}/proposals/{id}/files", page_file_upload, MEMBER(PROPOSAL_EDIT)),
    GET("/orgs/{org}/proposals/{id}/files/{file}", page_file_own, MEMBER(PROPOSAL_EDIT)),
    GET("/orgs/{org}/submissions/{id}/files/{file}", page_file_funder, MEMBER(ROLE_FUNDER)),
    GET("/orgs/{org}/jury/proposals/{id}/files/{file}", page_file_juror, MEMBER(ROLE_JURY)),
    POST("/orgs/{org}/budget-lines/{id}/delete", page_budget_line_delete, MEMBER(PROPOSAL_EDIT)),

    GET("/orgs/{org}/locations", page_locations, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/locations/new", page_location_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/locations", page_location_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/locations/{id}/edit", page_location_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/locations/{id}", page_location_update, MEMBER(TRAINING_EDIT)),
    {0},
};
