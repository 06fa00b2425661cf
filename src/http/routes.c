/* routes.c — the one route table, route_tables, in four parts that the router tries in
 * order: this file's, then those of routes_training.c, routes_calls.c, routes_learning.c and
 * routes_cases.c.
 * Each route carries its policy: who may use it (access, roles) and whether it changes
 * state (csrf). dispatch.c enforces it before any handler runs. More specific paths come
 * first, within a part and across the parts. */
#include "http/routes.h"
#include "pages/accounts/accounts.h"
#include "pages/calls/calls.h"
#include "pages/competences/competences.h"
#include "pages/impact/impact.h"
#include "pages/intake/intake.h"
#include "pages/training/training.h"

const Route *const route_tables[] = {routes_public,   routes_training, routes_calls,
                                     routes_learning, routes_cases,    routes_equipment,
                                     routes_partners, routes_events,   routes_resources,
                                     routes_jobs,     routes_talent,   NULL};

const Route routes_public[] = {
    GET("/", page_root),
    GET("/healthz", page_healthz),
    GET("/assets/{name}", page_asset),
    POST("/language", page_language),

    /* the public catalogue: open programmes of every organisation */
    GET("/programmes", page_catalogue),
    GET("/programmes/{id}", page_catalogue_programme),

    GET("/sign-in", page_sign_in),
    POST("/sign-in", page_sign_in_post),
    POST("/sign-out", page_sign_out, SIGNED_IN),
    GET("/password-reset", page_reset_request),
    POST("/password-reset", page_reset_request_post),
    GET("/password-reset/{token}", page_reset),
    POST("/password-reset/{token}", page_reset_post),
    GET("/invitations/{token}", page_accept),
    POST("/invitations/{token}", page_accept_post),

    /* organisations ask to join; the installation's operators decide */
    GET("/join", page_join),
    POST("/join", page_join_post),
    GET("/operator/requests", page_operator_requests, OPERATOR),
    GET("/operator/requests/{id}", page_operator_request, OPERATOR),
    POST("/operator/requests/{id}/approve", page_operator_approve, OPERATOR),
    POST("/operator/requests/{id}/refuse", page_operator_refuse, OPERATOR),

    GET("/account", page_account, SIGNED_IN),
    POST("/account/profile", page_account_profile, SIGNED_IN),
    POST("/account/password", page_account_password, SIGNED_IN),

    GET("/learning", page_learning, SIGNED_IN),
    GET("/learning/assessments/{id}/evidence", page_my_evidence, SIGNED_IN),
    POST("/learning/feeds/{id}/reset", page_learning_feed_reset, SIGNED_IN),
    GET("/calendar/{feed}", page_feed),
    GET("/check-in/{code}", page_checkin, SIGNED_IN),
    POST("/check-in/{code}", page_checkin_post, SIGNED_IN),

    GET("/programmes/{id}/apply", page_apply),
    POST("/programmes/{id}/apply", page_apply_post),
    GET("/applications/{token}", page_application),
    GET("/applications/{token}/calendar.ics", page_application_calendar),
    POST("/applications/{token}/contact", page_application_contact),
    POST("/applications/{token}/withdraw", page_application_withdraw),
    POST("/applications/{token}/accept", page_application_accept),
    GET("/consent/{token}", page_consent),
    POST("/consent/{token}", page_consent_post),
    GET("/calls", page_public_calls),
    GET("/calls/{id}", page_public_call),
    /* the impact figures organisations publish (pages/impact/public.c) */
    GET("/impact", page_impact_public),
    GET("/impact/{id}", page_impact_public_org),
    GET("/impact/{id}/figures.csv", page_impact_public_csv),

    GET("/orgs", page_orgs, SIGNED_IN),
    GET("/orgs/{org}", page_org_home, MEMBER(0)),
    POST("/orgs/{org}/switch", page_org_switch, MEMBER(0)),
    GET("/orgs/{org}/members", page_members, MEMBER(OWN_PEOPLE)),
    GET("/orgs/{org}/members/invite", page_invite, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/members/invite", page_invite_post, MEMBER(ROLE_ADMIN)),
    GET("/orgs/{org}/members/{id}", page_member, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/members/{id}/roles", page_member_roles, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/members/{id}/remove", page_member_remove, MEMBER(ROLE_ADMIN)),
    POST("/orgs/{org}/invitations/{id}/revoke", page_invite_revoke, MEMBER(ROLE_ADMIN)),
    GET("/orgs/{org}/outbox", page_outbox, MEMBER(ROLE_ADMIN)),

    GET("/orgs/{org}/programmes", page_programmes, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/new", page_programme_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes", page_programme_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}", page_programme, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/programmes/{id}/edit", page_programme_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}", page_programme_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/questions", page_question_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/form", page_app_form_set, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/bring", page_bring_set, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}/import", page_import, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/programmes/{id}/import", page_import_post, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/programmes/{id}/import-template.csv", page_import_template,
        MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/applications", page_pipeline, MEMBER(TRAINING_EDIT)),
    {0},
};
