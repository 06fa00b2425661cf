/* guardian.c — who needs a guardian's consent (see guardian.h). */
#include "flows/consent/guardian.h"

void guardian_check(const Flow *f, const char *birth_date, int64_t consent_age,
                    char **guardian_name, char **guardian_email, Date *birth, bool *minor,
                    Outcome *o)
{
    Date today;
    int m;
    bxl_from_utc(f->now, &today, &m);
    *minor = false;
    if (!birth_date || form_error_for(&o->fields, "birth_date"))
        ;
    else if (!date_parse(birth_date, birth))
        outcome_field(o, "birth_date", F_(f, "Enter a date that exists, as YYYY-MM-DD."));
    else if (date_days(*birth) > date_days(today))
        outcome_field(o, "birth_date", F_(f, "The date of birth cannot be in the future."));
    else
        *minor = age_on(*birth, today) < consent_age;
    long long cage = (long long)consent_age;
    if (!*minor) {
        *guardian_name = *guardian_email = NULL;
        return;
    }
    if (!*guardian_name || !**guardian_name)
        outcome_field(
            o, "guardian_name",
            arena_printf(f->arena,
                         F_(f, "Under %lld, a parent or guardian must agree: give their name."),
                         cage));
    if (!*guardian_email || !**guardian_email)
        outcome_field(
            o, "guardian_email",
            arena_printf(
                f->arena,
                F_(f, "Under %lld, a parent or guardian must agree: give their e-mail address."),
                cage));
}
