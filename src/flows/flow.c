/* flow.c — outcome helpers (see flow.h). */
#include "flows/flow.h"

#include <stdarg.h>

#include "q/system/outbox.h"

void outcome_field(Outcome *o, const char *field, const char *msg)
{
    o->ok = false;
    if (o->status != 409)
        o->status = 400;
    form_error(&o->fields, field, msg);
}

void outcome_choose(Outcome *o, const Flow *f, const char *field, const char *label)
{
    outcome_field(
        o, field,
        arena_printf(f->arena, i18n_get(f->who->lang, "Choose one of the options for %s."), label));
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
    outcome_error(o, st == DB_CONFLICT ? ERR_CONFLICT : st == DB_FULL ? ERR_NO_SPACE : ERR_DB);
}

Outcome outcome_of(DbStatus st, ErrCode none, int64_t id)
{
    Outcome o = outcome_ok();
    o.id = id;
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, none);
    return o;
}

void outcome_fields(Outcome *o, const FormErrors *read)
{
    for (int i = 0; read && i < read->n; i++)
        outcome_field(o, read->field[i], read->msg[i]);
}

Outcome outcome_read(const FormErrors *read)
{
    Outcome o = outcome_ok();
    outcome_fields(&o, read);
    return o;
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

DbStatus flow_mail(const Flow *f, Db *db, int64_t org_id, const char *to, Lang l,
                   const char *subject, const char *body, ...)
{
    va_list ap;
    va_start(ap, body);
    body = i18n_get(l, body);
    const char *text = arena_vprintf(f->arena, body, ap);
    va_end(ap);
    return q_outbox_add(db, org_id, to, subject, text, f->now);
}
