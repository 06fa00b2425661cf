/* flows/partners/partner.c — recording and changing partners (see partner.h). */
#include "flows/partners/partner.h"

#include <string.h>

#include "q/accounts/org.h"
#include "q/partners/partner.h"
#include "q/system/app.h"

/* Sets p->partner_org_id to the organisation named org_name (0 for none or NULL): false,
 * with the error in o, when there is none of that name or it is the actor's own. */
static bool partner_org(const Flow *f, Outcome *o, Partner *p, const char *org_name)
{
    p->partner_org_id = 0;
    if (!org_name || !*org_name)
        return true;
    Org org;
    DbStatus st = q_org_find_by_name(f->db, org_name, f->arena, &org);
    if (st < DB_NONE) {
        outcome_db(o, st);
        return false;
    }
    if (st == DB_NONE || org.id == f->who->org_id) {
        outcome_field(o, "org_name",
                      st == DB_NONE ? F_(f, "No organisation in traject has that name: give "
                                            "its name exactly, or leave the field empty.")
                                    : F_(f, "An organisation cannot be its own partner."));
        return false;
    }
    p->partner_org_id = org.id;
    return true;
}

/* The outcome of the statement that wrote p (st), audited as what. */
static void partner_written(const Flow *f, Outcome *o, DbStatus st, const Partner *p,
                            const char *what)
{
    if (st == DB_CONFLICT)
        outcome_conflict(o, "org_name",
                         F_(f, "That organisation is already one of your partners."));
    else if (st == DB_NONE)
        outcome_error(o, ERR_NOT_FOUND);
    else if (st != DB_ONE)
        outcome_db(o, st < DB_NONE ? st : DB_ERROR);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, what, p->name, f->now);
}

Outcome flow_partner_add(const Flow *f, Partner *p, const char *org_name)
{
    Outcome o = outcome_ok();
    if (!partner_org(f, &o, p, org_name))
        return o;
    partner_written(f, &o, q_partner_add(f->db, f->who->org_id, p, f->now, &o.id), p,
                    "partner_add");
    return o;
}

Outcome flow_partner_edit(const Flow *f, Partner *p, const char *org_name)
{
    Partner was;
    DbStatus st = q_partner_get(f->db, f->who->org_id, false, p->id, f->arena, &was);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_ok();
    o.id = p->id;
    if (was.partner_org_id) {
        if (org_name && *org_name && strcmp(org_name, was.partner_org_name)) {
            outcome_field(&o, "org_name",
                          F_(f, "The partner's organisation in traject cannot be changed: its "
                                "members already follow the partner's records."));
            return o;
        }
        p->partner_org_id = was.partner_org_id;
    } else if (!partner_org(f, &o, p, org_name)) {
        return o;
    }
    partner_written(f, &o, q_partner_edit(f->db, f->who->org_id, p), p, "partner_edit");
    return o;
}
