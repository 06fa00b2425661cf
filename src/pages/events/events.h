/* pages/events/events.h — the HTML handlers of events and hackathons: the organisation's
 * events for its staff (list, new, edit, one event with its invitations), the door
 * (registrations by name, a registration opened from its QR code, the check-in), and the
 * public pages without an account (an event's page, an invitation, the personal page of a
 * registration, a guardian's consent). */
#ifndef TRAJECT_PAGES_EVENTS_H
#define TRAJECT_PAGES_EVENTS_H

#include "html/layout.h"
#include "http/http.h"

/* staff.c */
PageFn page_events, page_event_new, page_event_create, page_event, page_event_edit,
    page_event_update, page_event_invite;

/* door.c */
PageFn page_event_registrations, page_event_registration, page_event_checkin;

/* public.c */
PageFn page_public_events, page_public_event, page_public_event_register, page_event_invitation,
    page_event_invitation_register;

/* personal.c */
PageFn page_my_registration, page_my_registration_cancel, page_event_consent,
    page_event_consent_post, page_my_submission;

/* hackathon.c: a hackathon's challenges, criteria, teams and ranking */
PageFn page_hackathon, page_hack_challenge_add, page_hack_criterion_add, page_hack_team_add;

/* team.c: one team, its submissions and the jury's scores */
PageFn page_hack_team, page_hack_scores, page_hack_submit, page_hack_submission_file;

#endif
