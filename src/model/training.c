/* model/training.c — the vocabularies of training (see model/training.h): each value's
 * stored key and its English label. The schema's CHECKs list the same keys; change both
 * together. */
#include "model/training.h"

#include "core/i18n.h"

VOCAB(genders, "gender", {GENDER_WOMAN, "woman", N_("Woman")}, {GENDER_MAN, "man", N_("Man")},
      {GENDER_ANOTHER, "another", N_("Another gender")},
      {GENDER_RATHER_NOT_SAY, "rather_not_say", N_("Rather not say")});

VOCAB(audiences, "target group",
      {AUDIENCE_JOBSEEKERS, "jobseekers", N_("Job-seekers far from work")},
      {AUDIENCE_NEWCOMERS, "newcomers", N_("Newcomers")}, {AUDIENCE_WOMEN, "women", N_("Women")},
      {AUDIENCE_REFUGEES, "refugees", N_("Refugees and migrants")},
      {AUDIENCE_DOMESTIC_WORKERS, "domestic_workers", N_("Domestic workers")},
      {AUDIENCE_YOUTH, "youth", N_("Young people")},
      {AUDIENCE_DIGITALLY_VULNERABLE, "digitally_vulnerable", N_("Digitally vulnerable citizens")},
      {AUDIENCE_SOCIAL_ECONOMY, "social_economy", N_("Staff of social-economy enterprises")});

VOCAB(programme_kinds, "programme kind", {KIND_BOOTCAMP, "bootcamp", N_("Bootcamp")},
      {KIND_CERTIFICATION, "certification", N_("Certification track")},
      {KIND_WORKSHOPS, "workshops", N_("Workshop series")}, {KIND_CAMP, "camp", N_("Camp")},
      {KIND_ONLINE, "online", N_("Online course")});

VOCAB(programme_statuses, "programme status", {PROGRAMME_DRAFT, "draft", N_("Draft")},
      {PROGRAMME_OPEN, "open", N_("Open for enrolment")},
      {PROGRAMME_RUNNING, "running", N_("Running")}, {PROGRAMME_CLOSED, "closed", N_("Closed")});

VOCAB(enrolment_statuses, "enrolment status", {ENROLMENT_ENROLLED, "enrolled", N_("Enrolled")},
      {ENROLMENT_WITHDRAWN, "withdrawn", N_("Withdrawn")},
      {ENROLMENT_COMPLETED, "completed", N_("Completed")},
      {ENROLMENT_DROPPED_OUT, "dropped_out", N_("Dropped out")});

VOCAB(enrolment_ends, "end of an enrolment", {ENROLMENT_WITHDRAWN, "withdrawn", N_("Withdrawn")},
      {ENROLMENT_COMPLETED, "completed", N_("Completed")},
      {ENROLMENT_DROPPED_OUT, "dropped_out", N_("Dropped out")});

VOCAB(attendance_marks, "attendance mark", {MARK_PRESENT, "present", N_("Present")},
      {MARK_ABSENT, "absent", N_("Absent")}, {MARK_EXCUSED, "excused", N_("Excused")},
      {MARK_LATE, "late", N_("Late")});

VOCAB(checkin_vias, "check-in way", {VIA_ROSTER, "roster", N_("Roster")},
      {VIA_SELF, "self", N_("Checked in with the code")});

const char *programme_title_in(Lang lang, const Programme *p)
{
    return lang_pick(lang, (char *const *)p->title);
}

const char *programme_ages_in(Arena *a, Lang lang, const Programme *p)
{
    if (p->min_age_null && p->max_age_null)
        return i18n_get(lang, "Any age");
    if (p->max_age_null)
        return arena_printf(a, i18n_get(lang, "From %lld years"), (long long)p->min_age);
    if (p->min_age_null)
        return arena_printf(a, i18n_get(lang, "Up to %lld years"), (long long)p->max_age);
    return arena_printf(a, i18n_get(lang, "%lld to %lld years"), (long long)p->min_age,
                        (long long)p->max_age);
}
