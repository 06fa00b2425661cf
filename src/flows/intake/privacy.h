/* flows/intake/privacy.h — the privacy notice an organisation shows on its public forms
 * (the application form, the applicant's and the guardian's pages): its administrators
 * write it in English, Dutch and French; a language left empty shows traject's default
 * text (views/intake/privacy.h). */
#ifndef TRAJECT_FLOWS_INTAKE_PRIVACY_H
#define TRAJECT_FLOWS_INTAKE_PRIVACY_H

#include "flows/flow.h"
#include "model/intake.h"

/* The form fields of the notice per language ("privacy_en", ...), indexed by Lang. */
extern const char *const privacy_fields[3];

/* Replaces the notice of f->who's organisation with n (NULL or "" in a language: not
 * written) and notes it in the audit log. Field errors on privacy_<lang> when a text is
 * longer than PRIVACY_NOTICE_MAX characters; ERR_FORBIDDEN unless f->who is one of its
 * administrators. Nothing is changed on an error. */
Outcome privacy_notice_set(const Flow *f, const PrivacyNotice *n);

#endif
