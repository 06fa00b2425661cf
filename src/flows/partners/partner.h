/* flows/partners/partner.h — an organisation records its partners and changes them: a
 * name, a kind, a contact and, when the partner has its own organisation in traject, that
 * organisation, whose members then follow from their own space what the partner record
 * holds (its cases, its contributions). */
#ifndef TRAJECT_FLOWS_PARTNERS_PARTNER_H
#define TRAJECT_FLOWS_PARTNERS_PARTNER_H

#include "flows/flow.h"
#include "model/partners.h"

/* Records the partner p (name, kind, contact_name, contact_email, contact_phone as read)
 * of the actor's organisation; org_name, when given, names the traject organisation that is
 * that partner (exactly as it is named; a company or an administration of kind partner most
 * often, but a funder or another training organisation may give a case too), whose members
 * then submit and follow its cases. Errors beside "org_name" (none of that name, the
 * actor's own, already a partner). o.id is the new partner's. */
Outcome flow_partner_add(const Flow *f, Partner *p, const char *org_name);

/* Changes partner p->id of the actor's organisation to p's name, kind and contacts. The
 * organisation in traject (org_name) may be given when the partner has none yet, with the
 * checks of flow_partner_add; once set it stays (its members already read the partner's
 * records): another name is refused beside "org_name". ERR_NOT_FOUND when the actor's
 * organisation has no such partner. */
Outcome flow_partner_edit(const Flow *f, Partner *p, const char *org_name);

#endif
