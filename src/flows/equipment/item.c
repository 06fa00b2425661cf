/* flows/equipment/item.c — recording equipment (see item.h). */
#include "flows/equipment/item.h"

#include "q/equipment/item.h"
#include "q/partners/partner.h"
#include "q/system/app.h"
#include "q/training/location.h"

Outcome flow_item_save(const Flow *f, const Item *x)
{
    Outcome o = outcome_ok();
    int64_t org = f->who->org_id;
    DbStatus st = DB_ONE;
    if (x->partner_id) {
        Partner p;
        if ((st = q_partner_get(f->db, org, false, x->partner_id, f->arena, &p)) == DB_NONE)
            outcome_field(&o, "partner_id", F_(f, "Choose one of your partners, or none."));
    }
    if (st >= DB_NONE && x->location_id) {
        Location l;
        if ((st = q_location_get(f->db, org, x->location_id, f->arena, &l)) == DB_NONE)
            outcome_field(&o, "location_id", F_(f, "Choose one of your locations, or none."));
    }
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (!o.ok)
        return o;
    if (x->id) {
        o = outcome_of(q_item_update(f->db, org, x), ERR_NOT_FOUND, x->id);
    } else {
        int64_t id = 0;
        st = q_item_add(f->db, org, x, f->now, &id);
        o = outcome_of(st, ERR_DB, id);
    }
    if (o.ok)
        q_audit(f->db, org, f->who->account_id, x->id ? "item_update" : "item_add", x->label,
                f->now);
    return o;
}
