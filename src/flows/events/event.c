/* flows/events/event.c — recording, changing and inviting to events (see event.h). */
#include "flows/events/event.h"

#include <stdlib.h>
#include <string.h>

#include "domain/auth.h"
#include "flows/events/registration.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "q/events/event.h"
#include "q/events/registration.h"
#include "q/system/app.h"

const char *event_ages_in(Arena *a, Lang l, const Event *e)
{
    if (!e->min_age_null && !e->max_age_null)
        return arena_printf(a, i18n_get(l, "%lld to %lld"), (long long)e->min_age,
                            (long long)e->max_age);
    if (!e->min_age_null)
        return arena_printf(a, i18n_get(l, "%lld and over"), (long long)e->min_age);
    if (!e->max_age_null)
        return arena_printf(a, i18n_get(l, "up to %lld"), (long long)e->max_age);
    return NULL;
}

/* A bound of the age band as typed: "" or NULL for none, else a whole number of years from
 * 0 to 120 into *years; false (with a message beside field) otherwise. */
static bool age_read(const Flow *f, const char *typed, const char *field, int64_t *years,
                     bool *none, Outcome *o)
{
    *none = !typed || !*typed;
    if (*none)
        return true;
    char *end;
    long v = strtol(typed, &end, 10);
    if (*end || v < 0 || v > 120 || !strchr("0123456789", typed[0])) {
        outcome_field(o, field, F_(f, "Enter an age in whole years, from 0 to 120, or nothing."));
        return false;
    }
    *years = v;
    return true;
}

typedef struct SaveTx {
    int64_t id; /* 0: a new event */
    const EventInput *in;
    int64_t new_id;
    bool no_location, too_small, missing;
} SaveTx;

static DbStatus save_tx(const Flow *f, void *ctx)
{
    SaveTx *t = ctx;
    int64_t org = f->who->org_id;
    if (!t->id) {
        DbStatus st = q_event_add(f->db, org, t->in, f->now, &t->new_id);
        t->no_location = st == DB_NONE;
        return st == DB_NONE ? DB_CONFLICT : st;
    }
    Event e;
    DbStatus st = q_event_get(f->db, org, t->id, f->arena, &e);
    if (st == DB_NONE)
        t->missing = true;
    if (st != DB_ONE)
        return st == DB_NONE ? DB_CONFLICT : st;
    if (t->in->capacity < e.taken) {
        t->too_small = true;
        return DB_CONFLICT;
    }
    st = q_event_update(f->db, org, t->id, t->in);
    if (st == DB_NONE)
        t->no_location = true;
    if (st != DB_ONE)
        return st == DB_NONE ? DB_CONFLICT : st;
    t->new_id = t->id;
    /* more places: those waiting get them now, by mail */
    if (q_event_get(f->db, org, t->id, f->arena, &e) != DB_ONE)
        return DB_ERROR;
    return event_promote(f, &e) < 0 ? DB_ERROR : DB_ONE;
}

Outcome event_save(const Flow *f, int64_t id, const EventInput *in)
{
    Outcome o = outcome_ok();
    if (in->ends_at <= in->starts_at)
        outcome_field(&o, "ends_at", F_(f, "The end must come after the start."));
    int64_t lo = 0, hi = 0;
    bool no_lo, no_hi;
    if (age_read(f, in->min_age, "min_age", &lo, &no_lo, &o) &&
        age_read(f, in->max_age, "max_age", &hi, &no_hi, &o) && !no_lo && !no_hi && lo > hi)
        outcome_field(&o, "max_age", F_(f, "The highest age cannot be below the lowest."));
    if (!o.ok)
        return o;
    SaveTx t = {.id = id, .in = in};
    DbStatus st = flow_tx(f, save_tx, &t);
    if (t.missing)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (t.no_location)
        outcome_field(&o, "location_id", F_(f, "Choose one of your locations."));
    else if (t.too_small)
        outcome_conflict(&o, "capacity",
                         F_(f, "More places are taken already: the capacity cannot be lower."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else {
        o.id = t.new_id;
        q_audit(f->db, f->who->org_id, f->who->account_id, id ? "event_update" : "event_add",
                in->title, f->now);
    }
    return o;
}

typedef struct InviteTx {
    const Event *e;
    const char *name, *email, *lang;
} InviteTx;

static DbStatus invite_tx(const Flow *f, void *ctx)
{
    InviteTx *t = ctx;
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    int64_t id;
    DbStatus st = q_invitation_add(f->db, t->e->org_id, t->e->id, t->name, t->email, t->lang, hash,
                                   f->now, &id);
    if (st != DB_ONE)
        return st == DB_NONE ? DB_CONFLICT : st;
    Lang l = LANG_EN;
    lang_parse(t->lang, &l);
    const Event *e = t->e;
    return flow_mail(
        f, f->db, e->org_id, t->email, l,
        arena_printf(f->arena, i18n_get(l, "You are invited: %s"), e->title),
        N_("Hello %s,\n\n%s invites you to \"%s\" (%s) at %s, %s. Register with your personal "
           "link:\n\n%s/events/invitations/%s\n\nThe link is for you only.\n"),
        t->name, e->org_name, e->title, session_when_in(f->arena, l, e->starts_at, e->ends_at),
        e->location_name, e->municipality, f->base_url, tok);
}

Outcome event_invite(const Flow *f, const Event *e, const char *name, const char *email,
                     const char *lang)
{
    Outcome o = outcome_ok();
    if (e->access == EVENT_PUBLIC) {
        outcome_field(&o, "email",
                      F_(f, "This event is public: share its page instead of inviting."));
        return o;
    }
    InviteTx t = {.e = e, .name = name, .email = email, .lang = lang};
    DbStatus st = flow_tx(f, invite_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
