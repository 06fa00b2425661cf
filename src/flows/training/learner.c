/* learner.c — a learner's own acts (see learner.h). */
#include "flows/training/learner.h"

#include "flows/accounts/invite.h"
#include "q/accounts/account.h"
#include "q/accounts/member.h"
#include "q/training/enrolment.h"
#include "q/training/learner.h"

Outcome flow_learner_invite(const Flow *f, int64_t person_id, Lang lang)
{
    Outcome o = outcome_ok();
    Person p;
    DbStatus st = q_person_get(f->db, f->who->org_id, person_id, f->arena, &p);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!p.email || !p.email[0])
        outcome_field(&o, "email", F_(f, "This person has no e-mail address."));
    else if (p.account_id)
        outcome_field(&o, "email",
                      F_(f, "This person has a learner account already: nothing was sent."));
    if (!o.ok)
        return o;
    /* the address of a member: staff and administrators are not invited as learners, and a
     * learner who signs in here already has their space */
    AccountRow a;
    int64_t roles = 0;
    if ((st = q_account_by_email(f->db, p.email, f->arena, &a)) == DB_ONE)
        st = q_member_roles(f->db, f->who->org_id, a.id, &roles);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_ONE && (roles & ~(int64_t)ROLE_LEARNER))
        outcome_field(&o, "email",
                      F_(f, "This address belongs to a member of the organisation's staff, who "
                            "is not invited as a learner: nothing was sent."));
    else if (st == DB_ONE)
        outcome_field(&o, "email",
                      F_(f, "This person has a learner account already: nothing was sent."));
    if (!o.ok)
        return o;
    InviteInput in = {.email = p.email, .roles = ROLE_LEARNER, .lang = lang, .person_id = p.id};
    return flow_invite(f, &in);
}

Outcome flow_person_feed_reset(const Flow *f, int64_t person_id)
{
    Outcome o = outcome_ok();
    o.id = person_id;
    DbStatus st = q_person_feed_reset(f->db, person_id, f->who->account_id);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_error(&o, ERR_NOT_FOUND);
    return o;
}
