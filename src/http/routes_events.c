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

    /* without an account */
    GET("/events/invitations/{token}", page_event_invitation),
    POST("/events/invitations/{token}", page_event_invitation_register),
    GET("/events/registrations/{token}", page_my_registration),
    POST("/events/registrations/{token}/cancel", page_my_registration_cancel),
    GET("/events/consent/{token}", page_event_consent),
    POST("/events/consent/{token}", page_event_consent_post),
    GET("/events/{id}", page_public_event),
    POST("/events/{id}", page_public_event_register),
    {0},
};
