/* flow.c — outcome helpers (see flow.h). */
#include "flows/flow.h"

void outcome_field(Outcome *o, const char *field, const char *msg)
{
    o->ok = false;
    if (o->status != 409)
        o->status = 400;
    form_error(&o->fields, field, msg);
}

void outcome_conflict(Outcome *o, const char *field, const char *msg)
{
    o->ok = false;
    o->status = 409;
    form_error(&o->fields, field, msg);
}

void outcome_error(Outcome *o, ErrCode e)
{
    o->ok = false;
    o->err = e;
    o->status = err_info(e)->status;
}

void outcome_db(Outcome *o, DbStatus st)
{
    outcome_error(o, st == DB_CONFLICT ? ERR_CONFLICT : ERR_DB);
}

Outcome outcome_missing(DbStatus st)
{
    Outcome o = outcome_ok();
    outcome_error(&o, st == DB_NONE ? ERR_NOT_FOUND : ERR_DB);
    return o;
}

const char *flow_money(const Flow *f, Lang l, int64_t cents)
{
    char *out = arena_alloc(f->arena, 64);
    i18n_money(l, cents, out, 64);
    return out;
}
