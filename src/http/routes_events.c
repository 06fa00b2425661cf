/* routes_events.c — the part of the route table (see routes.c) for events and hackathons:
 * the organisation's events and the door (staff), and the pages without an account (an
 * event's public page, an invitation, a registration's personal page, a guardian's). */
#include "http/routes.h"
#include "pages/events/events.h"

const Route routes_events[] = {
    /* the organisation's staff */
    GET("/orgs/{org}/events", page_events, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/events/new", page_event_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/events", page_event_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/events/{id}", page_event, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/events/{id}/edit", page_event_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/events/{id}/edit", page_event_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/events/{id}/invitations", page_event_invite, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/events/{id}/registrations", page_event_registrations, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/event-registrations/{id}", page_event_registration, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/event-registrations/{id}/check-in", page_event_checkin,
         MEMBER(TRAINING_VIEW)),

    /* a hackathon's challenges, jury and teams (staff) */
    GET("/orgs/{org}/events/{id}/hackathon", page_hackathon, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/events/{id}/challenges", page_hack_challenge_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/events/{id}/criteria", page_hack_criterion_add, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/events/{id}/teams", page_hack_team_add, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/event-teams/{id}", page_hack_team, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/event-teams/{id}/scores", page_hack_scores, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/event-teams/{id}/submissions", page_hack_submit, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/event-submissions/{id}/file", page_hack_submission_file,
        MEMBER(TRAINING_VIEW)),

    /* without an account */
    GET("/events/invitations/{token}", page_event_invitation),
    POST("/events/invitations/{token}", page_event_invitation_register),
    GET("/events/registrations/{token}", page_my_registration),
    POST("/events/registrations/{token}/cancel", page_my_registration_cancel),
    POST("/events/registrations/{token}/submissions", page_my_submission),
    GET("/events/consent/{token}", page_event_consent),
    POST("/events/consent/{token}", page_event_consent_post),
    GET("/events", page_public_events),
    GET("/events/{id}", page_public_event),
    POST("/events/{id}", page_public_event_register),
    {0},
};
