/* programme.c — statements on programmes. Every statement takes org_id. */
#include "q/training/programme.h"

#include "model/training.h"

#define PROGRAMME_COLS                                                                             \
    "id, kind, status, title_en, title_nl, title_fr, description_en, description_nl, "             \
    "description_fr, teaching_langs, min_age, max_age, jobseekers_only, region, "                  \
    "target_trained, target_certified, target_placed, target_reached, updated_at, audience"

#define PROGRAMME_OUT(a, p)                                                                        \
    db_int64_out(&(p)->id), db_vocab(&programme_kinds, (int *)&(p)->kind),                         \
        db_vocab(&programme_statuses, (int *)&(p)->status), db_text(a, &(p)->title[0]),            \
        db_text(a, &(p)->title[1]), db_text(a, &(p)->title[2]), db_text(a, &(p)->description[0]),  \
        db_text(a, &(p)->description[1]), db_text(a, &(p)->description[2]),                        \
        db_int64_out(&(p)->teaching_langs), db_int64_null(&(p)->min_age, &(p)->min_age_null),      \
        db_int64_null(&(p)->max_age, &(p)->max_age_null), db_int64_out(&(p)->jobseekers_only),     \
        db_text(a, &(p)->region), db_int64_out(&(p)->target[0]), db_int64_out(&(p)->target[1]),    \
        db_int64_out(&(p)->target[2]), db_int64_out(&(p)->target[3]),                              \
        db_int64_out(&(p)->updated_at), db_vocab(&audiences, (int *)&(p)->audience)

DbStatus q_programme_get(Db *db, int64_t org_id, int64_t id, Arena *a, Programme *out)
{
    DB_SQL(st, "programme_get",
           "SELECT " PROGRAMME_COLS " FROM programmes WHERE org_id = $1 AND id = $2");
    out->org_id = org_id;
    return db_select_one(db, &st, DB_IN(db_int64(org_id), db_int64(id)),
                         DB_COLS(PROGRAMME_OUT(a, out)));
}

DbStatus q_programme_owner(Db *db, int64_t id, int64_t *org_id)
{
    DB_SQL(st, "programme_owner", "SELECT org_id FROM programmes WHERE id = $1");
    return db_select_int64(db, &st, DB_IN(db_int64(id)), org_id);
}

DbStatus q_programme_list(Db *db, int64_t org_id, Arena *a, Programme *row, DbRowFn fn, void *ctx)
{
    DB_SQL(st, "programme_list",
           "SELECT " PROGRAMME_COLS " FROM programmes WHERE org_id = $1 "
           "ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'running' THEN 1 WHEN 'draft' THEN 2 "
           "ELSE 3 END, id DESC");
    row->org_id = org_id;
    return db_select_many(db, &st, DB_IN(db_int64(org_id)), DB_COLS(PROGRAMME_OUT(a, row)), fn,
                          ctx);
}

static void programme_params(DbParam *in, const Programme *p)
{
    int i = 0;
    in[i++] = db_int64(p->org_id);
    in[i++] = db_str(vocab_key(&programme_kinds, p->kind));
    in[i++] = db_str(vocab_key(&programme_statuses, p->status));
    for (int l = 0; l < 3; l++)
        in[i++] = db_str(p->title[l]);
    for (int l = 0; l < 3; l++)
        in[i++] = db_str(p->description[l]);
    in[i++] = db_int64(p->teaching_langs);
    in[i++] = p->min_age_null ? db_null() : db_int64(p->min_age);
    in[i++] = p->max_age_null ? db_null() : db_int64(p->max_age);
    in[i++] = db_int64(p->jobseekers_only);
    in[i++] = db_str(p->region);
    for (int t = 0; t < 4; t++)
        in[i++] = db_int64(p->target[t]);
    in[i++] = db_int64(p->updated_at);
    in[i++] = p->audience ? db_str(vocab_key(&audiences, p->audience)) : db_null();
    in[i++] = db_int64(p->id);
    in[i] = (DbParam)DB_END;
}

DbStatus q_programme_add(Db *db, const Programme *p, int64_t *id)
{
    DB_SQL(st, "programme_add",
           "INSERT INTO programmes (org_id, kind, status, title_en, title_nl, title_fr, "
           "description_en, description_nl, description_fr, teaching_langs, min_age, max_age, "
           "jobseekers_only, region, target_trained, target_certified, target_placed, "
           "target_reached, created_at, updated_at, audience) VALUES ($1, $2, $3, $4, $5, $6, $7, "
           "$8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $19, $20) RETURNING id");
    DbParam in[PROGRAMME_NPARAMS + 1];
    programme_params(in, p);
    in[PROGRAMME_NPARAMS - 1] = (DbParam)DB_END; /* no id yet */
    return db_select_int64(db, &st, in, id);
}

DbStatus q_programme_update(Db *db, const Programme *p)
{
    DB_SQL(st, "programme_update",
           "UPDATE programmes SET kind = $2, status = $3, title_en = $4, title_nl = $5, "
           "title_fr = $6, description_en = $7, description_nl = $8, description_fr = $9, "
           "teaching_langs = $10, min_age = $11, max_age = $12, jobseekers_only = $13, "
           "region = $14, target_trained = $15, target_certified = $16, target_placed = $17, "
           "target_reached = $18, updated_at = $19, audience = $20 WHERE org_id = $1 AND id = $21");
    DbParam in[PROGRAMME_NPARAMS + 1];
    programme_params(in, p);
    return db_exec(db, &st, in);
}
