/* routes.c — the one route table. Each route carries its policy: who may use it
 * (access, roles) and whether it changes state (csrf). dispatch.c enforces it before
 * any handler runs. More specific paths come first. */
#include "http/http.h"
#include "pages/pages.h"

#define MEMBER(r) .access = ACCESS_MEMBER, .roles = (r)
/* everyone but learners, who see their own records only (/learning) */
#define NOT_LEARNER (ROLE_ALL & ~ROLE_LEARNER)
/* who reads and who changes the training offer of an organisation */
#define TRAINING_VIEW (ROLE_ADMIN | ROLE_STAFF | ROLE_REVIEWER)
#define TRAINING_EDIT (ROLE_ADMIN | ROLE_STAFF)

const Route routes[] = {
    {.method = "GET", .path = "/", .fn = page_root},
    {.method = "GET", .path = "/healthz", .fn = page_healthz},
    {.method = "GET", .path = "/assets/{name}", .fn = page_asset},
    {.method = "POST", .path = "/language", .fn = page_language, .csrf = true},

    /* the public catalogue: open programmes of every organisation */
    {.method = "GET", .path = "/programmes", .fn = page_catalogue},
    {.method = "GET", .path = "/programmes/{id}", .fn = page_catalogue_programme},

    {.method = "GET", .path = "/sign-in", .fn = page_sign_in},
    {.method = "POST", .path = "/sign-in", .fn = page_sign_in_post, .csrf = true},
    {.method = "POST", .path = "/sign-out", .fn = page_sign_out, .access = ACCESS_ACCOUNT,
     .csrf = true},
    {.method = "GET", .path = "/password-reset", .fn = page_reset_request},
    {.method = "POST", .path = "/password-reset", .fn = page_reset_request_post, .csrf = true},
    {.method = "GET", .path = "/password-reset/{token}", .fn = page_reset},
    {.method = "POST", .path = "/password-reset/{token}", .fn = page_reset_post, .csrf = true},
    {.method = "GET", .path = "/invitations/{token}", .fn = page_accept},
    {.method = "POST", .path = "/invitations/{token}", .fn = page_accept_post, .csrf = true},

    {.method = "GET", .path = "/account", .fn = page_account, .access = ACCESS_ACCOUNT},
    {.method = "POST", .path = "/account/profile", .fn = page_account_profile,
     .access = ACCESS_ACCOUNT, .csrf = true},
    {.method = "POST", .path = "/account/password", .fn = page_account_password,
     .access = ACCESS_ACCOUNT, .csrf = true},

    {.method = "GET", .path = "/learning", .fn = page_learning, .access = ACCESS_ACCOUNT},
    {.method = "POST", .path = "/learning/feeds/{id}/reset", .fn = page_learning_feed_reset,
     .access = ACCESS_ACCOUNT, .csrf = true},
    {.method = "GET", .path = "/calendar/{feed}", .fn = page_feed},
    {.method = "GET", .path = "/check-in/{code}", .fn = page_checkin, .access = ACCESS_ACCOUNT},
    {.method = "POST", .path = "/check-in/{code}", .fn = page_checkin_post,
     .access = ACCESS_ACCOUNT, .csrf = true},

    {.method = "GET", .path = "/orgs", .fn = page_orgs, .access = ACCESS_ACCOUNT},
    {.method = "GET", .path = "/orgs/{org}", .fn = page_org_home, MEMBER(0)},
    {.method = "POST", .path = "/orgs/{org}/switch", .fn = page_org_switch, MEMBER(0),
     .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/members", .fn = page_members, MEMBER(NOT_LEARNER)},
    {.method = "GET", .path = "/orgs/{org}/members/invite", .fn = page_invite,
     MEMBER(ROLE_ADMIN)},
    {.method = "POST", .path = "/orgs/{org}/members/invite", .fn = page_invite_post,
     MEMBER(ROLE_ADMIN), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/members/{id}", .fn = page_member, MEMBER(ROLE_ADMIN)},
    {.method = "POST", .path = "/orgs/{org}/members/{id}/roles", .fn = page_member_roles,
     MEMBER(ROLE_ADMIN), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/members/{id}/remove", .fn = page_member_remove,
     MEMBER(ROLE_ADMIN), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/invitations/{id}/revoke", .fn = page_invite_revoke,
     MEMBER(ROLE_ADMIN), .csrf = true},

    {.method = "GET", .path = "/orgs/{org}/programmes", .fn = page_programmes, MEMBER(TRAINING_VIEW)},
    {.method = "GET", .path = "/orgs/{org}/programmes/new", .fn = page_programme_new,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/programmes", .fn = page_programme_create,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/programmes/{id}", .fn = page_programme,
     MEMBER(TRAINING_VIEW)},
    {.method = "GET", .path = "/orgs/{org}/programmes/{id}/edit", .fn = page_programme_edit,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/programmes/{id}", .fn = page_programme_update,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/programmes/{id}/cohorts/new", .fn = page_cohort_new,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/programmes/{id}/cohorts", .fn = page_cohort_create,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/cohorts/{id}", .fn = page_cohort, MEMBER(TRAINING_VIEW)},
    {.method = "GET", .path = "/orgs/{org}/cohorts/{id}/edit", .fn = page_cohort_edit,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}", .fn = page_cohort_update,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}/sessions", .fn = page_session_add,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}/schedule", .fn = page_schedule,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}/enrol", .fn = page_enrol,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/cohorts/{id}/enrol-many", .fn = page_enrol_many,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}/enrol-many", .fn = page_enrol_many_post,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/enrol-template.csv", .fn = page_enrol_template,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/cohorts/{id}/feed/reset", .fn = page_cohort_feed_reset,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/people/{id}/invite", .fn = page_learner_invite,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "POST", .path = "/orgs/{org}/enrolments/{id}/end", .fn = page_enrolment_end,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/sessions/{id}/attendance", .fn = page_attendance,
     MEMBER(TRAINING_EDIT)},
    {.method = "GET", .path = "/orgs/{org}/sessions/{id}/check-in", .fn = page_checkin_code,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/sessions/{id}/attendance", .fn = page_attendance_save,
     MEMBER(TRAINING_EDIT), .csrf = true},
    /* the same people as the roster: the marks of the sheet are entered there */
    {.method = "GET", .path = "/orgs/{org}/sessions/{id}/sign-in-sheet", .fn = page_sign_in_sheet,
     MEMBER(TRAINING_EDIT)},

    {.method = "GET", .path = "/orgs/{org}/locations", .fn = page_locations, MEMBER(TRAINING_VIEW)},
    {.method = "GET", .path = "/orgs/{org}/locations/new", .fn = page_location_new,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/locations", .fn = page_location_create,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {.method = "GET", .path = "/orgs/{org}/locations/{id}/edit", .fn = page_location_edit,
     MEMBER(TRAINING_EDIT)},
    {.method = "POST", .path = "/orgs/{org}/locations/{id}", .fn = page_location_update,
     MEMBER(TRAINING_EDIT), .csrf = true},
    {0},
};
