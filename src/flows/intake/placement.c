/* flows/intake/placement.c — see placement.h. */
#include "flows/intake/placement.h"

#include "html/fmt.h"
#include "q/intake/placement.h"

Outcome placement_bring_set(const Flow *f, int64_t programme_id, const Bring *b)
{
    Outcome o = outcome_ok();
    DbStatus st = q_bring_set(f->db, f->who->org_id, programme_id, b, f->now);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = programme_id;
    return o;
}

int placement_facts(Arena *a, Lang l, const Placement *p, PlacementFact out[PLACEMENT_FACTS])
{
    int n = 0;
    out[n++] = (PlacementFact){i18n_get(l, "Your cohort"), p->cohort};
    out[n++] = (PlacementFact){i18n_get(l, "Dates"), arena_printf(a, i18n_get(l, "From %s to %s"),
                                                                  date_words_in(a, l, p->starts_on),
                                                                  date_words_in(a, l, p->ends_on))};
    if (*p->place) {
        const char *where = p->place;
        if (*p->address)
            where = arena_printf(a, "%s, %s", where, p->address);
        if (*p->postcode || *p->municipality)
            where = arena_printf(a, "%s, %s%s%s", where, p->postcode, *p->postcode ? " " : "",
                                 p->municipality);
        out[n++] = (PlacementFact){i18n_get(l, "Place"), where};
    }
    if (p->first_starts_at)
        out[n++] = (PlacementFact){i18n_get(l, "First session"),
                                   session_when_in(a, l, p->first_starts_at, p->first_ends_at)};
    const char *bring = p->bring.text[l]; /* only in the reader's language */
    if (*bring)
        out[n++] = (PlacementFact){i18n_get(l, "What to bring"), bring};
    return n;
}
