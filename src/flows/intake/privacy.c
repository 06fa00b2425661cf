/* flows/intake/privacy.c — the organisation's privacy notice (see privacy.h). */
#include "flows/intake/privacy.h"

#include "flows/tx.h"
#include "q/intake/intake.h"
#include "q/system/app.h"

const char *const privacy_fields[3] = {"privacy_en", "privacy_nl", "privacy_fr"};

/* Characters, not bytes: the limit a reader is told about. */
static size_t chars(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

typedef struct PrivacyTx {
    const PrivacyNotice *n;
} PrivacyTx;

static DbStatus privacy_tx(const Flow *f, void *ctx)
{
    PrivacyTx *t = ctx;
    DbStatus st = q_privacy_notice_set(f->db, f->who->org_id, t->n, f->who->account_id, f->now);
    if (st >= DB_NONE)
        st = q_audit(f->db, f->who->org_id, f->who->account_id, "privacy_notice", "", f->now);
    return st;
}

Outcome privacy_notice_set(const Flow *f, const PrivacyNotice *n)
{
    Outcome o = outcome_ok();
    if (!(f->who->roles & ROLE_ADMIN)) {
        outcome_error(&o, ERR_FORBIDDEN);
        return o;
    }
    for (int l = 0; l < LANG_COUNT; l++)
        if (chars(n->text[l]) > PRIVACY_NOTICE_MAX)
            outcome_field(&o, privacy_fields[l],
                          arena_printf(f->arena,
                                       F_(f, "The privacy notice (%s) can be at most %d "
                                             "characters; this one has %zu."),
                                       lang_name((Lang)l), PRIVACY_NOTICE_MAX, chars(n->text[l])));
    if (!o.ok)
        return o;
    PrivacyTx t = {n};
    DbStatus st = flow_tx(f, privacy_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    return o;
}
