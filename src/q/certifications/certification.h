/* q/certifications/certification.h — the statements on an organisation's catalogue of
 * certifications and on the certifications a programme requires (certification.c), one
 * function each. Every statement takes org_id. Text results are allocated in the given
 * arena. Return values are DbStatus (DB_ONE found/changed, DB_NONE not found/unchanged,
 * DB_CONFLICT for an exam code already in the catalogue, negative on error). */
#ifndef TRAJECT_Q_CERTIFICATIONS_CERTIFICATION_H
#define TRAJECT_Q_CERTIFICATIONS_CERTIFICATION_H

#include <stdint.h>

#include "db/db.h"
#include "db/page.h"
#include "model/certifications.h"

DbStatus q_cert_add(Db *db, const Certification *c, int64_t now, int64_t *id);
DbStatus q_cert_update(Db *db, const Certification *c);
DbStatus q_cert_set_archived(Db *db, int64_t org_id, int64_t id, int64_t archived);
DbStatus q_cert_get(Db *db, int64_t org_id, int64_t id, Arena *a, Certification *out);
/* The certification with this exam code (upper-case), archived or not. */
DbStatus q_cert_by_code(Db *db, int64_t org_id, const char *code, Arena *a, Certification *out);
/* The whole catalogue by name, archived ones last (for choosing). */
DbStatus q_cert_list(Db *db, int64_t org_id, Arena *a, Certification *row, DbRowFn fn, void *ctx);
/* One page of the catalogue (db/page.h), searched by name, vendor or exam code, sorted by
 * name or by exam code (p->sort: CERT_BY_NAME, CERT_BY_CODE). */
DbStatus q_cert_page(Db *db, int64_t org_id, const DbPage *p, Arena *a, Certification *row,
                     DbRowFn fn, void *ctx);
DbStatus q_cert_count(Db *db, int64_t org_id, const char *like, int64_t *n);

/* The certifications programme_id requires, by name. */
DbStatus q_programme_certs(Db *db, int64_t org_id, int64_t programme_id, Arena *a,
                           Certification *row, DbRowFn fn, void *ctx);
/* Replaces the required set: first clear, then add each. */
DbStatus q_programme_certs_clear(Db *db, int64_t org_id, int64_t programme_id);
DbStatus q_programme_cert_add(Db *db, int64_t org_id, int64_t programme_id, int64_t cert_id);

#endif
