/* catalogue.c — the catalogue of certifications and a programme's required set (see
 * catalogue.h). */
#include "flows/certifications/catalogue.h"

#include <ctype.h>

#include "core/rows.h"
#include "domain/certified.h"
#include "flows/tx.h"
#include "q/certifications/certification.h"
#include "q/system/app.h"
#include "q/training/programme.h"

Outcome flow_cert_save(const Flow *f, Certification *c)
{
    Outcome o = outcome_ok();
    c->org_id = f->who->org_id;
    for (char *s = c->exam_code; s && *s; s++)
        *s = (char)toupper((unsigned char)*s);
    Certification same;
    DbStatus st = q_cert_by_code(f->db, c->org_id, c->exam_code, f->arena, &same);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_ONE && same.id != c->id) {
        outcome_field(&o, "exam_code",
                      arena_printf(f->arena,
                                   F_(f, "Exam code %s is already in the catalogue, for %s."),
                                   c->exam_code, same.name));
        return o;
    }
    if (c->id) {
        st = q_cert_update(f->db, c);
        if (st == DB_NONE)
            outcome_error(&o, ERR_NOT_FOUND);
        o.id = c->id;
    } else {
        st = q_cert_add(f->db, c, f->now, &o.id);
    }
    if (st < DB_NONE) {
        if (st == DB_CONFLICT)
            outcome_conflict(&o, "exam_code",
                             F_(f, "This exam code was added meanwhile: choose another."));
        else
            outcome_db(&o, st);
        return o;
    }
    if (o.ok)
        q_audit(f->db, c->org_id, f->who->account_id, c->id ? "cert_update" : "cert_add",
                c->exam_code, f->now);
    return o;
}

Outcome flow_cert_archive(const Flow *f, int64_t id, bool archived)
{
    Outcome o = outcome_ok();
    Certification c;
    DbStatus st = q_cert_get(f->db, f->who->org_id, id, f->arena, &c);
    if (st == DB_ONE)
        st = q_cert_set_archived(f->db, f->who->org_id, id, archived);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else {
        o.id = id;
        q_audit(f->db, f->who->org_id, f->who->account_id,
                archived ? "cert_archive" : "cert_restore", c.exam_code, f->now);
    }
    return o;
}

typedef struct Required {
    int64_t programme_id;
    const int64_t *ids;
    int n;
} Required;

static DbStatus required_tx(const Flow *f, void *ctx)
{
    Required *q = ctx;
    Db *db = f->db;
    DbStatus st = q_programme_certs_clear(db, f->who->org_id, q->programme_id);
    for (int i = 0; st >= DB_NONE && i < q->n; i++)
        st = q_programme_cert_add(db, f->who->org_id, q->programme_id, q->ids[i]);
    return st;
}

Outcome flow_programme_certs(const Flow *f, int64_t programme_id, const int64_t *ids, int n)
{
    Outcome o = outcome_ok();
    int64_t org = f->who->org_id;
    Programme p;
    DbStatus st = q_programme_get(f->db, org, programme_id, f->arena, &p);
    if (st != DB_ONE)
        return outcome_missing(st);
    Certification row;
    Rows old = ROWS_FROM(f->arena, &row);
    st = q_programme_certs(f->db, org, programme_id, f->arena, &row, rows_collect, &old);
    for (int i = 0; st >= DB_NONE && i < n; i++) {
        Certification c;
        st = q_cert_get(f->db, org, ids[i], f->arena, &c);
        if (st == DB_NONE)
            outcome_field(&o, "certs",
                          F_(f, "One of the certifications chosen is not in your organisation's "
                                "catalogue."));
        else if (st == DB_ONE && c.archived && !cert_listed(&old, c.id))
            outcome_field(&o, "certs",
                          arena_printf(f->arena,
                                       F_(f, "%s is archived: bring it back to the catalogue "
                                             "before requiring it."),
                                       c.name));
    }
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (!o.ok)
        return o;
    Required q = {programme_id, ids, n};
    st = flow_tx(f, required_tx, &q);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = programme_id;
    q_audit(f->db, org, f->who->account_id, "programme_certs", programme_title_in(f->who->lang, &p),
            f->now);
    return o;
}
