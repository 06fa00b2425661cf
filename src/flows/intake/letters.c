/* flows/intake/letters.c — the applicant's mails (see letters.h). */
#include "flows/intake/letters.h"

#include "domain/auth.h"
#include "flows/intake/placement.h"
#include "html/fmt.h"
#include "q/intake/admission.h"
#include "q/intake/placement.h"
#include "q/system/outbox.h"

const char *reason_text(Lang l, const Application *x)
{
    const char *label = app_reason_label(x);
    return *label ? i18n_get(l, label) : "";
}

/* Adds to *body what an accepted applicant needs to know to come, in language l, and the
 * address of their schedule for a calendar app (link: their personal page). */
static DbStatus placement_text(const Flow *f, const Application *x, Lang l, const char *link,
                               const char **body)
{
    Placement p;
    DbStatus st =
        x->cohort_id ? q_placement(f->db, x->org_id, x->cohort_id, f->now, f->arena, &p) : DB_NONE;
    if (st != DB_ONE)
        return st;
    PlacementFact facts[PLACEMENT_FACTS];
    int n = placement_facts(f->arena, l, &p, facts);
    const char *text = *body;
    for (int i = 0; i < n; i++)
        text = arena_printf(
            f->arena, "%s%s%s\n", text, i ? "" : "\n",
            arena_printf(f->arena, i18n_get(l, "%s: %s"), facts[i].label, facts[i].value));
    *body = arena_printf(f->arena, "%s\n%s\n\n%s/calendar.ics\n", text,
                         i18n_get(l, "Your schedule, for your calendar app:"), link);
    return DB_ONE;
}

DbStatus letter_queue(const Flow *f, const Application *x, Letter kind)
{
    Lang l = LANG_EN;
    lang_parse(x->lang, &l);
    Arena *a = f->arena;
    char tok[AUTH_TOKEN_LEN + 1], hash[AUTH_HASH_HEX_LEN + 1];
    auth_token_new(tok);
    auth_token_hash(tok, hash);
    DbStatus st = q_app_link_add(f->db, x->org_id, x->id, hash, f->now);
    if (st < DB_NONE)
        return st;
    const char *title = lang_pick(l, x->title);
    const char *link = arena_printf(a, "%s/applications/%s", f->base_url, tok);
    const char *why = reason_text(l, x);
    if (*x->reason_note)
        why = arena_printf(a, "%s%s%s", why, *why ? "\n" : "", x->reason_note);
    const char *subject = arena_printf(a, i18n_get(l, "Your application to %s"), title);
    const char *body = NULL;
    switch (kind) {
    case LETTER_ACCEPTED:
        subject = arena_printf(a, i18n_get(l, "A place for you in %s"), title);
        body = arena_printf(
            a,
            i18n_get(l, "Hello %s,\n\nGood news: %s has a place for you in \"%s\".\n\n%s\n\n"
                        "All the details, and what to do if you cannot come after all, are on your "
                        "personal page:\n\n%s\n"),
            x->name, x->org_name, title, why, link);
        if (x->consent != CONSENT_NONE && x->consent != CONSENT_GIVEN)
            body = arena_printf(a, "%s\n%s\n", body,
                                i18n_get(l, "Your place is kept for you; you can start once your "
                                            "parent or guardian has agreed by e-mail."));
        if ((st = placement_text(f, x, l, link, &body)) < DB_NONE)
            return st;
        break;
    case LETTER_WAITLISTED:
        subject = arena_printf(a, i18n_get(l, "On the waiting list for %s"), title);
        body = arena_printf(
            a,
            i18n_get(
                l,
                "Hello %s,\n\nYou are number %lld on the waiting list for \"%s\" at %s.\n\n%s\n\n"
                "If a place frees up, we offer it to you by e-mail. Your personal page:\n\n%s\n"),
            x->name, (long long)x->waitlist_rank, title, x->org_name, why, link);
        break;
    case LETTER_DECLINED:
        body = arena_printf(
            a,
            i18n_get(l,
                     "Hello %s,\n\nThank you for applying to \"%s\" at %s. We cannot offer you a "
                     "place this time.\n\n%s\n\n"
                     "Other programmes may suit you: %s/programmes\n\nYour personal page:\n\n%s\n"),
            x->name, title, x->org_name, why, f->base_url, link);
        break;
    case LETTER_OFFER:
        subject = arena_printf(a, i18n_get(l, "A place is free in %s"), title);
        body = arena_printf(a,
                            i18n_get(l, "Hello %s,\n\nA place is free in \"%s\" at %s, and it is "
                                        "yours if you take it up before %s.\n\n"
                                        "Take it up or decline it here:\n\n%s\n"),
                            x->name, title, x->org_name, moment_text_in(a, l, x->offer_expires_at),
                            link);
        break;
    case LETTER_OFFER_EXPIRED:
        body = arena_printf(
            a,
            i18n_get(l, "Hello %s,\n\nThe place offered to you in \"%s\" was not taken up in time, "
                        "so it goes to the next person on the waiting list.\n\n"
                        "Your personal page:\n\n%s\n"),
            x->name, title, link);
        break;
    case LETTER_CONSENT_ENDED:
        body = arena_printf(
            a,
            i18n_get(l, "Hello %s,\n\n%s\n\nWithout your parent or guardian's consent you cannot "
                        "take part in \"%s\"; your application is withdrawn.\n\n"
                        "Your personal page:\n\n%s\n"),
            x->name, why, title, link);
        break;
    case LETTER_DUPLICATE:
        body = arena_printf(
            a,
            i18n_get(l, "Hello %s,\n\nWe received more than one application from you for \"%s\" "
                        "at %s. We keep the first one, which goes on as usual, and have closed "
                        "this one.\n\nIts personal page:\n\n%s\n"),
            x->name, title, x->org_name, link);
        break;
    case LETTER_MERGED:
        body = arena_printf(
            a,
            i18n_get(l, "Hello %s,\n\nWe received more than one application from you for \"%s\" "
                        "at %s. We added the answers of this one to your first application, "
                        "which goes on as usual, and have closed this one.\n\n"
                        "Its personal page:\n\n%s\n"),
            x->name, title, x->org_name, link);
        break;
    }
    return q_outbox_add(f->db, x->org_id, x->email, subject, body, f->now);
}
