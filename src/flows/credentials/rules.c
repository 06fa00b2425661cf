/* rules.c — the rules that issue achievements, and applying them (see rules.h). */
#include "flows/credentials/rules.h"

#include "core/rows.h"
#include "domain/calendar.h"
#include "domain/certified.h"
#include "flows/competences/framework.h"
#include "flows/credentials/issue.h"
#include "q/certifications/attempt.h"
#include "q/certifications/certification.h"
#include "q/credentials/achievement.h"

/* the outcome of adding a rule: st from the statement, a conflict beside field */
static Outcome rule_added(DbStatus st, int64_t achievement_id, const char *field,
                          const char *exists)
{
    Outcome o = outcome_ok();
    if (st == DB_CONFLICT)
        outcome_conflict(&o, field, exists);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = achievement_id;
    return o;
}

Outcome flow_rule_programme_add(const Flow *f, int64_t achievement_id, RuleKind kind,
                                int64_t programme_id)
{
    DbStatus st =
        q_rule_programme_add(f->db, f->who->org_id, achievement_id, kind, programme_id, f->now);
    return rule_added(st, achievement_id, "programme_id",
                      kind == RULE_CERTIFIED
                          ? F_(f, "This achievement is already issued on certification in that "
                                  "programme.")
                          : F_(f, "This achievement is already issued on completing that "
                                  "programme."));
}

Outcome flow_rule_level_add(const Flow *f, int64_t achievement_id, int64_t competence_id,
                            int64_t min_level)
{
    Outcome o = outcome_ok();
    flow_level_check(f, competence_id, min_level, "min_level", &o);
    if (!o.ok)
        return o;
    DbStatus st =
        q_rule_level_add(f->db, f->who->org_id, achievement_id, competence_id, min_level, f->now);
    return rule_added(st, achievement_id, "competence_id",
                      F_(f, "This achievement is already issued on a level of that competence: "
                            "stop that rule first to change its level."));
}

Outcome flow_rule_delete(const Flow *f, int64_t achievement_id, int64_t rule_id)
{
    Outcome o = outcome_ok();
    DbStatus st = q_rule_delete(f->db, f->who->org_id, achievement_id, rule_id);
    if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = achievement_id;
    return o;
}

DbStatus cred_issue_on_level(Db *db, int64_t org_id, int64_t person_id, int64_t competence_id,
                             int64_t level, int64_t now, const char *base)
{
    Arena a;
    arena_init(&a);
    int64_t achievement_id = 0;
    Rows ids = ROWS_FROM(&a, &achievement_id);
    DbStatus st = q_rules_on_level(db, org_id, person_id, competence_id, level, &achievement_id,
                                   rows_collect, &ids);
    for (int i = 0; i < ids.n && st >= DB_NONE; i++)
        st = cred_issue_by_rule(db, &a, base, org_id, person_id, *ROW(&ids, int64_t, i),
                                ISSUED_ON_LEVEL, 0, now);
    arena_free(&a);
    return st < DB_NONE ? st : DB_ONE;
}

/* Whether person_id is certified in programme_id on day, by the rule of domain/certified.h,
 * from the programme's required set and the learner's attempts (atts). */
static DbStatus certified_in(Db *db, Arena *a, int64_t org_id, int64_t programme_id,
                             const CertAttempt *atts, int natt, Date day, bool *yes)
{
    Certification c;
    Rows certs = ROWS_FROM(a, &c);
    DbStatus st = q_programme_certs(db, org_id, programme_id, a, &c, rows_collect, &certs);
    if (st < DB_NONE)
        return st;
    CertRequired *req = arena_alloc(a, sizeof *req * (size_t)(certs.n + 1));
    for (int i = 0; i < certs.n; i++) {
        const Certification *x = ROW(&certs, Certification, i);
        req[i] = (CertRequired){.cert_id = x->id, .validity_months = (int)x->validity_months};
    }
    *yes = cert_certified(req, certs.n, atts, natt, day);
    return DB_ONE;
}

DbStatus cred_issue_on_certified(Db *db, int64_t org_id, int64_t person_id, int64_t now,
                                 const char *base)
{
    Arena a;
    arena_init(&a);
    RuleMatch m;
    Rows rules = ROWS_FROM(&a, &m);
    DbStatus st = q_rules_on_certified(db, org_id, person_id, &m, rows_collect, &rules);
    ExamAttempt x;
    Rows tries = ROWS_FROM(&a, &x);
    if (st == DB_ONE)
        st = q_attempt_list_person(db, org_id, person_id, &a, &x, rows_collect, &tries);
    CertAttempt *atts = arena_alloc(&a, sizeof *atts * (size_t)(tries.n + 1));
    int natt = 0;
    for (int i = 0; i < tries.n; i++) {
        const ExamAttempt *t = ROW(&tries, ExamAttempt, i);
        CertAttempt *c = &atts[natt];
        if (!date_parse(t->taken_on, &c->taken_on))
            continue;
        c->cert_id = t->certification_id;
        c->passed = t->result == EXAM_PASSED;
        natt++;
    }
    Date today;
    int minutes;
    bxl_from_utc(now, &today, &minutes);
    int64_t issued = 0; /* two rules of one achievement (two programmes): issued once */
    for (int i = 0; i < rules.n && st >= DB_NONE; i++) {
        const RuleMatch *r = ROW(&rules, RuleMatch, i);
        bool yes = false;
        if (r->achievement_id == issued)
            continue;
        st = certified_in(db, &a, org_id, r->programme_id, atts, natt, today, &yes);
        if (st >= DB_NONE && yes) {
            st = cred_issue_by_rule(db, &a, base, org_id, person_id, r->achievement_id,
                                    ISSUED_ON_CERTIFIED, 0, now);
            issued = r->achievement_id;
        }
    }
    arena_free(&a);
    return st < DB_NONE ? st : DB_ONE;
}
