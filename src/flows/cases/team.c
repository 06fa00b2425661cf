/* flows/cases/team.c — teams and their work on a case (see team.h). */
#include "flows/cases/team.h"

#include "core/rows.h"
#include "domain/evidence.h"
#include "flows/tx.h"
#include "q/cases/case.h"
#include "q/cases/team.h"
#include "q/cases/work.h"
#include "q/system/app.h"

typedef struct TeamTx {
    int64_t cohort_id;
    const char *name;
    const int64_t *people;
    int n;
    int64_t id;
} TeamTx;

static DbStatus team_tx(const Flow *f, void *ctx)
{
    TeamTx *t = ctx;
    Db *db = f->db;
    int64_t org = f->who->org_id;
    DbStatus st = q_team_add(db, org, t->cohort_id, t->name, f->now, &t->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    for (int i = 0; i < t->n; i++)
        if ((st = q_team_member_add(db, org, t->id, t->people[i])) != DB_ONE)
            return st < DB_NONE ? st : DB_ERROR; /* checked before: changed meanwhile */
    return DB_ONE;
}

Outcome flow_team_add(const Flow *f, int64_t cohort_id, const char *name, const int64_t *people,
                      int n)
{
    Outcome o = outcome_ok();
    PersonName p;
    Rows learners = ROWS_FROM(f->arena, &p);
    DbStatus st =
        q_cohort_learners(f->db, f->who->org_id, cohort_id, f->arena, &p, rows_collect, &learners);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    bool ok = n > 0;
    for (int i = 0; i < n && ok; i++) {
        ok = false;
        for (int j = 0; j < learners.n && !ok; j++)
            ok = ROW(&learners, PersonName, j)->id == people[i];
    }
    if (!ok) {
        outcome_field(&o, "people", F_(f, "Choose one or more learners enrolled in this cohort."));
        return o;
    }
    TeamTx t = {cohort_id, name, people, n, 0};
    if ((st = flow_tx(f, team_tx, &t)) < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = t.id;
    q_audit(f->db, f->who->org_id, f->who->account_id, "team_add", name, f->now);
    return o;
}

Outcome flow_team_assign(const Flow *f, int64_t case_id, int64_t team_id)
{
    Outcome o = outcome_ok();
    o.id = case_id;
    DbStatus st = q_team_assign(f->db, f->who->org_id, team_id, case_id);
    if (st == DB_NONE)
        outcome_field(&o, "team_id",
                      F_(f, "Choose a team of the cohort the case was accepted into."));
    else if (st != DB_ONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "team_assign", NULL, f->now);
    return o;
}

/* The actor's membership of team_id: the team's organisation and the actor's people
 * record in it; false with an error in o when the actor is not a member. */
static bool member_of(const Flow *f, int64_t team_id, int64_t *org, int64_t *person, Outcome *o)
{
    Team t;
    DbStatus st = q_my_team(f->db, f->who->account_id, team_id, f->arena, &t, org, person);
    if (st < DB_NONE)
        outcome_db(o, st);
    else if (st == DB_NONE) {
        outcome_field(o, "team",
                      F_(f, "You are not a member of this team: only its members "
                            "hand in its work and mark its milestones."));
        o->status = 403;
    }
    return o->ok;
}

Outcome flow_milestone_done(const Flow *f, int64_t team_id, int64_t item_id)
{
    Outcome o = outcome_ok();
    o.id = team_id;
    int64_t org = 0, person = 0;
    if (!member_of(f, team_id, &org, &person, &o))
        return o;
    DbStatus st = q_milestone_done(f->db, org, team_id, item_id, person, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o; /* DB_NONE: done already (or not a milestone of this case): nothing to do */
}

Outcome flow_handin(const Flow *f, int64_t team_id, int64_t item_id, const char *url,
                    const EvidenceFile *file)
{
    Outcome o = outcome_ok();
    Handin x = {.team_id = team_id, .item_id = item_id, .url = (char *)url};
    if (!member_of(f, team_id, &x.org_id, &x.person_id, &o))
        return o;
    bool has_file;
    if ((x.file_type = (char *)flow_link_or_file(f, url, file, &has_file, &o))) {
        x.file_name = (char *)file->name;
        x.file_size = (int64_t)file->len;
    }
    if (!o.ok)
        return o;
    DbStatus st = q_handin_add(f->db, &x, has_file ? file->data : NULL, f->now, &o.id);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st != DB_ONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_handin_review(const Flow *f, int64_t case_id, int64_t id, const char *comment,
                           int64_t rating)
{
    Outcome o = outcome_ok();
    o.id = case_id;
    Case c;
    DbStatus st = q_case_get(f->db, f->who->org_id, true, case_id, f->arena, &c);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (rating < RATING_MIN || rating > RATING_MAX) {
        outcome_field(
            &o, "rating",
            arena_printf(f->arena, F_(f, "Give a rating from %d to %d."), RATING_MIN, RATING_MAX));
        return o;
    }
    st = q_handin_review(f->db, c.org_id, case_id, id, comment, rating, f->who->account_id, f->now);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st != DB_ONE)
        outcome_db(&o, st);
    return o;
}
