/* views/events/hackathon.h — what the pages of a hackathon share: a team's submissions and
 * the form to submit (the staff's team page and the registrant's personal page), reading
 * that form, and the section "hackathon challenges and teams" of a partner's page
 * (views/partners/sections.c). Owns nothing; texts live in the request's arena. */
#ifndef TRAJECT_VIEWS_EVENTS_HACKATHON_H
#define TRAJECT_VIEWS_EVENTS_HACKATHON_H

#include "flows/events/hackathon.h"
#include "html/layout.h"
#include "http/http.h"

/* The submissions of team t as a list; files link to file_base + id + "/file" (NULL: names
 * only). False on a database error. */
bool html_submissions(Html *h, Req *r, const HackTeam *t, const char *file_base);

/* The form that submits a link or a file to action (multipart), with errors e. */
void html_submit_form(Html *h, Req *r, const FormErrors *e, const char *action);

/* Reads the submission form: the link (NULL for none) and the file. */
void submit_form_read(Req *r, const char **url, EvidenceFile *file);

/* The challenges partner partner_id of org_id brought to hackathons, with the teams that
 * worked on them: a section of the partner's page (PartnerSectionFn). */
bool html_partner_hackathons(Html *h, Req *r, int64_t org_id, int64_t partner_id);

#endif
