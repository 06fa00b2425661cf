/* views/cases/form.h — the form a case is submitted with, for staff on a partner's behalf
 * (pages/cases/cases.c) and for the partner's own organisation (pages/cases/partner.c),
 * and the list of cases both see a page at a time. */
#ifndef TRAJECT_VIEWS_CASES_FORM_H
#define TRAJECT_VIEWS_CASES_FORM_H

#include "html/html.h"
#include "http/http.h"
#include "model/cases.h"

/* Reads the case form of r into x (arena copies); false with e filled when a field is
 * wrong (the rules of flows/cases/case.h are the workflow's). */
bool case_form_read(Req *r, CaseInput *x, FormErrors *e);

/* The form, posted to action: partners as value/label pairs for a select (NULL: the
 * partner is x->partner_id, in a hidden field), the competences that may be asked for
 * (value/label pairs), x what was typed (NULL: an empty form), e the errors. */
void html_case_form(Html *h, Req *r, const char *action, const char *const *partners,
                    const char *const *competences, const CaseInput *x, const FormErrors *e);

/* Whom a form acts for a partner with (a case, an internship or job offer): for staff
 * (!own_org), the training organisation's partners as value/label pairs, "Choose the
 * partner" first; for the partner's own organisation, the partner record *partner_id when it
 * names r's organisation (*partner_id becomes 0 otherwise), and the training organisation
 * that recorded it. The competences that organisation may use (value/label pairs) when it is
 * known. */
typedef struct PartnerChoice {
    int64_t org_id;                 /* the training organisation the form is for */
    const char *org_name;           /* own_org with a partner record: that organisation's name */
    const char *const *partners;    /* !own_org: the partners' options; NULL otherwise */
    int npartners;                  /* !own_org: how many partners there are */
    const char *const *competences; /* NULL while the organisation is not known */
} PartnerChoice;
/* Fills *c; false on a database error. */
bool partner_choice(Req *r, bool own_org, int64_t *partner_id, PartnerChoice *c);

/* Where the cases of an organisation are, under /orgs/{org}/: "cases" for the training
 * organisation, "partner-cases" for the partner's own organisation (own_org). */
const char *case_list(bool own_org);

/* One page of the cases of r's organisation (own_org: the cases the partner's own
 * organisation submitted), with search and sortable columns; each title links to the
 * case's page. False on a database error. */
bool html_case_list(Html *h, Req *r, bool own_org);

#endif
