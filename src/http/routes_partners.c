/* routes_partners.c — the part of the route table (see routes.c) for partners and what they
 * give: the training organisation's partners, a partner's page and its contributions
 * (staff), and the same for the partner's own organisation (its members, {org} being the
 * partner's). */
#include "http/routes.h"
#include "pages/partners/partners.h"

const Route routes_partners[] = {
    /* the training organisation's staff */
    GET("/orgs/{org}/partners", page_partners, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/partners", page_partner_add, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/partners/{id}", page_partner, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/partners/{id}/edit", page_partner_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/partners/{id}/edit", page_partner_update, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/partners/{id}/contributions", page_partner_contributions,
        MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/partners/{id}/contributions", page_contribution_add, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/contributions/{id}/edit", page_contribution_edit, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/contributions/{id}/edit", page_contribution_update, MEMBER(TRAINING_EDIT)),

    /* the partner's own organisation: {org} is the partner's */
    GET("/orgs/{org}/partner-of/{id}", page_partner_of, MEMBER(CASES_PARTNER)),
    GET("/orgs/{org}/partner-contributions", page_own_contributions, MEMBER(CASES_PARTNER)),
    {0},
};
