/* issue.c — achievements, rules, issuing and revoking credentials (see issue.h). */
#include "flows/credentials/issue.h"

#include <sodium.h>
#include <string.h>
#include <time.h>

#include "core/buf.h"
#include "core/log.h"
#include "core/rows.h"
#include "domain/badge.h"
#include "domain/calendar.h"
#include "domain/jose.h"
#include "domain/statuslist.h"
#include "flows/credentials/keys.h"
#include "flows/tx.h"
#include "q/accounts/org.h"
#include "q/credentials/achievement.h"
#include "q/credentials/credential.h"
#include "q/system/app.h"
#include "q/system/outbox.h"

const char *cred_issuer_url(Arena *a, const char *base, int64_t org)
{
    return arena_printf(a, "%s/issuers/%lld", base, (long long)org);
}

const char *cred_status_url(Arena *a, const char *base, int64_t org)
{
    return arena_printf(a, "%s/issuers/%lld/status/1", base, (long long)org);
}

const char *cred_verify_url(Arena *a, const char *base, const char *uid)
{
    return arena_printf(a, "%s/verify/%s", base, uid);
}

/* The checks of a new or changed achievement; a copy with competences never NULL. */
static Achievement achievement_check(const Flow *f, const Achievement *in, Outcome *o)
{
    if (!in->name || !*in->name)
        outcome_field(o, "name", F_(f, "Enter the name of the achievement."));
    if (!in->description || !*in->description)
        outcome_field(o, "description", F_(f, "Say in a sentence or two what it recognises."));
    if (!in->criteria || !*in->criteria)
        outcome_field(o, "criteria", F_(f, "Say what a learner does to earn it."));
    if (in->valid_months < 0 || in->valid_months > 120)
        outcome_field(o, "valid_months", F_(f, "Enter a number of months from 0 to 120."));
    Achievement a = *in;
    if (!a.competences)
        a.competences = "";
    return a;
}

Outcome flow_achievement_add(const Flow *f, const Achievement *in)
{
    Outcome o = outcome_ok();
    Achievement a = achievement_check(f, in, &o);
    if (!o.ok)
        return o;
    DbStatus st = q_achievement_add(f->db, f->who->org_id, &a, f->now, &o.id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}

Outcome flow_achievement_update(const Flow *f, const Achievement *in)
{
    Outcome o = outcome_ok();
    Achievement a = achievement_check(f, in, &o);
    if (!o.ok)
        return o;
    DbStatus st = q_achievement_update(f->db, f->who->org_id, &a);
    if (st != DB_ONE)
        return outcome_missing(st);
    o.id = a.id;
    return o;
}

/* now plus months, on the same day of the month (clamped by timegm's normalisation). */
static int64_t add_months(int64_t now, int64_t months)
{
    time_t t = (time_t)now;
    struct tm tm;
    gmtime_r(&t, &tm);
    tm.tm_mon += (int)months;
    return (int64_t)timegm(&tm);
}

typedef struct IssueTx {
    Arena *a;
    const char *base;
    int64_t org_id, achievement_id, person_id, enrolment_id, by, now, valid_until;
    CredentialVia via;
    /* out */
    int64_t id;
    bool no_achievement, no_learner;
} IssueTx;

/* In a transaction, the status of a lookup whose row must be there: none sets *missing and
 * rolls back (DB_CONFLICT); any other status is st. */
static DbStatus must_find(DbStatus st, bool *missing)
{
    if (st != DB_NONE)
        return st;
    *missing = true;
    return DB_CONFLICT;
}

static DbStatus issue_tx(Db *db, void *ctx)
{
    IssueTx *t = ctx;
    Achievement ach;
    char *learner = NULL, *email = NULL, *lang = NULL;
    DbStatus st;
    if ((st = must_find(q_achievement_get(db, t->org_id, t->achievement_id, t->a, &ach),
                        &t->no_achievement)) != DB_ONE ||
        (st = must_find(q_credential_learner(db, t->org_id, t->person_id, t->a, &learner),
                        &t->no_learner)) != DB_ONE)
        return st;
    /* the learner's language, when they have an account: the texts of the credential and
     * of its mail; the achievement's default texts otherwise */
    Lang l = LANG_COUNT;
    if ((st = q_credential_learner_account(db, t->org_id, t->person_id, t->a, &email, &lang)) <
        DB_NONE)
        return st;
    if (st == DB_ONE && !lang_parse(lang, &l))
        l = LANG_COUNT;
    Org org;
    if ((st = q_org_get(db, t->org_id, t->a, &org)) != DB_ONE)
        return st == DB_NONE ? DB_ERROR : st;
    Credential c = {.achievement_id = t->achievement_id,
                    .person_id = t->person_id,
                    .enrolment_id = t->enrolment_id,
                    .via = t->via,
                    .issued_at = t->now,
                    .valid_until = t->valid_until};
    if (!c.valid_until && ach.valid_months)
        c.valid_until = add_months(t->now, ach.valid_months);
    if ((st = q_credential_next_index(db, t->org_id, &c.status_index)) != DB_ONE)
        return st;
    if (c.status_index >= STATUSLIST_BITS) {
        log_warn("organisation %lld has filled its status list", (long long)t->org_id);
        return DB_ERROR;
    }
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    char uid[33];
    sodium_bin2hex(uid, sizeof uid, raw, sizeof raw);
    c.uid = uid;
    CredSigner signer;
    if ((st = cred_signer(db, t->org_id, t->now, t->a, &signer)) < DB_NONE)
        return st;
    const char **competences;
    size_t ncomp = (size_t)str_lines(t->a, ach.competences, &competences);
    const char *issuer = cred_issuer_url(t->a, t->base, t->org_id);
    Badge b = {.id = cred_verify_url(t->a, t->base, uid),
               .issuer_id = issuer,
               .issuer_name = org.name,
               .achievement_id =
                   arena_printf(t->a, "%s/achievements/%lld", issuer, (long long)t->achievement_id),
               .name = ach_text(l, ach.name, ach.name_tr),
               .description = ach_text(l, ach.description, ach.description_tr),
               .criteria = ach_text(l, ach.criteria, ach.criteria_tr),
               .alignments = competences,
               .nalignments = ncomp,
               .alignment_base =
                   arena_printf(t->a, "%s/achievements/%lld", issuer, (long long)t->achievement_id),
               .learner_name = learner,
               .learner_ref =
                   arena_printf(t->a, "%s/learners/%lld", issuer, (long long)t->person_id),
               .valid_from = t->now,
               .valid_until = c.valid_until,
               .status_list = cred_status_url(t->a, t->base, t->org_id),
               .status_index = c.status_index};
    c.kid = signer.kid;
    c.jwt = jose_sign(t->a, signer.kid, "vc+jwt", badge_payload(t->a, &b), signer.sk);
    sodium_memzero(signer.sk, sizeof signer.sk);
    st = q_credential_add(db, t->org_id, &c, t->by);
    t->id = c.id;
    /* another credential took this place of the list meanwhile (PostgreSQL, two at once),
     * or a rule issued the same achievement to the learner at the same moment: the
     * transaction runs again and takes the next place, or finds it issued */
    if (st == DB_CONFLICT)
        return DB_RETRY;
    if (st < DB_NONE || t->via == ISSUED_BY_HAND || l == LANG_COUNT)
        return st;
    /* issued by a rule: the learner hears of it in their language */
    const char *subject =
        arena_printf(t->a, i18n_get(l, "You have received a credential: %s"), b.name);
    const char *body = arena_printf(
        t->a,
        i18n_get(l, "Hello %s,\n\n%s has issued you a credential: %s.\n\nYou find it in your "
                    "record, with its certificate (PDF) and its file to share:\n\n"
                    "%s/learning/record\n\nAnyone can check it on its verify page:\n\n%s\n"),
        learner, org.name, b.name, t->base, b.id);
    return q_outbox_add(db, t->org_id, email, subject, body, t->now);
}

Outcome flow_credential_issue(const Flow *f, int64_t achievement_id, int64_t person_id,
                              const char *valid_until)
{
    Outcome o = outcome_ok();
    IssueTx t = {.a = f->arena,
                 .base = f->base_url,
                 .org_id = f->who->org_id,
                 .achievement_id = achievement_id,
                 .person_id = person_id,
                 .by = f->who->account_id,
                 .now = f->now,
                 .via = ISSUED_BY_HAND};
    Date d;
    if (valid_until && *valid_until) {
        if (!date_parse(valid_until, &d)) {
            outcome_field(&o, "valid_until", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
            return o;
        }
        struct tm tm = {.tm_year = d.y - 1900,
                        .tm_mon = d.m - 1,
                        .tm_mday = d.d,
                        .tm_hour = 23,
                        .tm_min = 59,
                        .tm_sec = 59};
        t.valid_until = (int64_t)timegm(&tm);
        if (t.valid_until <= f->now) {
            outcome_field(&o, "valid_until", F_(f, "Choose a day after today."));
            return o;
        }
    }
    DbStatus st = db_tx(f->db, issue_tx, &t);
    if (t.no_achievement)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (t.no_learner)
        outcome_field(&o, "person_id",
                      F_(f, "Choose a learner who has been enrolled in one of your cohorts."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "credential_issued",
                arena_printf(f->arena, "%lld", (long long)t.id), f->now);
    o.id = t.id;
    return o;
}

DbStatus cred_issue_by_rule(Db *db, Arena *a, const char *base, int64_t org_id, int64_t person_id,
                            int64_t achievement_id, CredentialVia via, int64_t enrolment_id,
                            int64_t now)
{
    IssueTx t = {.a = a,
                 .base = base,
                 .org_id = org_id,
                 .achievement_id = achievement_id,
                 .person_id = person_id,
                 .enrolment_id = enrolment_id,
                 .now = now,
                 .via = via};
    DbStatus st = issue_tx(db, &t);
    /* someone never enrolled (an assessment of a person who is not a learner): no
     * credential, and the act that called stays done */
    if (t.no_learner)
        return DB_NONE;
    return st;
}

DbStatus cred_issue_on_completion(Db *db, int64_t org_id, int64_t enrolment_id, int64_t now,
                                  const char *base)
{
    Arena a;
    arena_init(&a);
    int64_t person_id = 0, programme_id = 0, achievement_id = 0;
    Rows ids = ROWS_FROM(&a, &achievement_id);
    DbStatus st = q_credential_enrolment(db, org_id, enrolment_id, &person_id, &programme_id);
    if (st == DB_ONE)
        st = q_rules_on_completion(db, org_id, programme_id, &achievement_id, rows_collect, &ids);
    for (int i = 0; i < ids.n && st >= DB_NONE; i++)
        st = cred_issue_by_rule(db, &a, base, org_id, person_id, *ROW(&ids, int64_t, i),
                                ISSUED_ON_COMPLETION, enrolment_id, now);
    arena_free(&a);
    return st < DB_NONE ? st : DB_ONE;
}

typedef struct RevokeTx {
    int64_t org_id, id, by, now;
    const char *reason;
    Arena *a;
    bool missing, already;
} RevokeTx;

static DbStatus revoke_tx(const Flow *f, void *ctx)
{
    RevokeTx *t = ctx;
    Db *db = f->db;
    Credential c;
    DbStatus st = must_find(q_credential_get(db, t->org_id, t->id, t->a, &c), &t->missing);
    if (st != DB_ONE)
        return st;
    st = q_credential_revoke(db, t->org_id, t->id, t->by, t->reason, t->now);
    if (st == DB_NONE) {
        t->already = true;
        return DB_CONFLICT;
    }
    return st;
}

Outcome flow_credential_revoke(const Flow *f, int64_t id, const char *reason)
{
    Outcome o = outcome_ok();
    if (!reason || !*reason)
        outcome_field(&o, "reason",
                      F_(f, "Give the reason: the verify page shows it to whoever checks the "
                            "credential."));
    else if (strlen(reason) > 500)
        outcome_field(&o, "reason", F_(f, "Keep the reason under 500 characters."));
    if (!o.ok)
        return o;
    RevokeTx t = {f->who->org_id, id, f->who->account_id, f->now, reason, f->arena, false, false};
    DbStatus st = flow_tx(f, revoke_tx, &t);
    if (t.missing)
        outcome_error(&o, ERR_NOT_FOUND);
    else if (t.already)
        outcome_conflict(&o, "reason", F_(f, "This credential was revoked already."));
    else if (st < DB_NONE)
        outcome_db(&o, st);
    else
        q_audit(f->db, f->who->org_id, f->who->account_id, "credential_revoked",
                arena_printf(f->arena, "%lld", (long long)id), f->now);
    o.id = id;
    return o;
}
