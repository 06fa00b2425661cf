/* programme.c — programmes and locations (see programme.h). */
#include "flows/training/programme.h"

#include <string.h>

#include "domain/places.h"
#include "q/system/app.h"
#include "q/training/location.h"
#include "q/training/programme.h"

void flow_programme_check(const Flow *f, const Programme *p, Outcome *o)
{
    if (!p->title[0] && !p->title[1] && !p->title[2])
        outcome_field(o, "title_en", F_(f, "Give the title in at least one language."));
    if (p->teaching_langs <= 0)
        outcome_field(o, "langs", F_(f, "Choose at least one teaching language."));
    if (!p->min_age_null && !p->max_age_null && p->min_age > p->max_age)
        outcome_field(o, "max_age", F_(f, "The maximum age must not be below the minimum age."));
}

Outcome flow_programme_save(const Flow *f, Programme *p)
{
    Outcome o = outcome_ok();
    p->org_id = f->who->org_id;
    p->updated_at = f->now;
    flow_programme_check(f, p, &o);
    if (!o.ok)
        return o;
    DbStatus st = p->id ? q_programme_update(f->db, p) : q_programme_add(f->db, p, &o.id);
    if (st < DB_NONE || (!p->id && st != DB_ONE)) {
        outcome_db(&o, st < DB_NONE ? st : DB_ERROR);
        return o;
    }
    if (p->id)
        o.id = p->id;
    q_audit(f->db, f->who->org_id, f->who->account_id, p->id ? "programme_update" : "programme_add",
            programme_title_in(f->who->lang, p), f->now);
    return o;
}

void flow_location_check(const Flow *f, const Location *l, Outcome *o)
{
    if (l->province && !province_find(l->province))
        outcome_field(
            o, "province",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Province")));
    if (l->postcode) {
        const Province *p = province_of_postcode(l->postcode);
        if (!p)
            outcome_field(o, "postcode",
                          F_(f, "A Belgian postcode has four digits, from 1000 to 9999."));
        else if (l->province && province_find(l->province) && strcmp(p->code, l->province))
            outcome_field(o, "postcode",
                          arena_printf(f->arena,
                                       F_(f, "Postcode %s is in %s, not in the province chosen."),
                                       l->postcode, F_(f, p->name)));
    }
}

void flow_location_chosen(const Flow *f, int64_t location_id, Outcome *o)
{
    Location l;
    DbStatus st =
        location_id ? q_location_get(f->db, f->who->org_id, location_id, f->arena, &l) : DB_ONE;
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE)
        outcome_field(
            o, "location_id",
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, "Location")));
}

Outcome flow_location_save(const Flow *f, Location *l)
{
    Outcome o = outcome_ok();
    l->org_id = f->who->org_id;
    flow_location_check(f, l, &o);
    if (!o.ok)
        return o;
    DbStatus st = l->id ? q_location_update(f->db, l) : q_location_add(f->db, l, f->now, &o.id);
    if (st < DB_NONE || (!l->id && st != DB_ONE))
        outcome_db(&o, st < DB_NONE ? st : DB_ERROR);
    else if (l->id)
        o.id = l->id;
    return o;
}
