/* flows/intake/letters.h — the mails admission sends an applicant: a place, the waiting
 * list, a refusal, an offer, an offer expired, consent ended, a duplicate closed. Each is written
 * in the applicant's language with a fresh personal link to the application (only its hash is
 * kept), and queued in the outbox inside the caller's transaction.
 * Owns: nothing. Used by the admission workflows of this folder only. */
#ifndef TRAJECT_FLOWS_INTAKE_LETTERS_H
#define TRAJECT_FLOWS_INTAKE_LETTERS_H

#include "flows/flow.h"
#include "model/intake.h"

typedef enum Letter {
    LETTER_ACCEPTED,
    LETTER_WAITLISTED,
    LETTER_DECLINED,
    LETTER_OFFER,
    LETTER_OFFER_EXPIRED,
    LETTER_CONSENT_ENDED,
    LETTER_DUPLICATE, /* declined as a duplicate: the first application is kept */
    LETTER_MERGED,    /* merged into the first application */
} Letter;

/* Queues the letter kind to x's applicant; x carries the status, reason and note it tells.
 * Runs on f->db inside the caller's transaction; DbStatus of the inserts. */
DbStatus letter_queue(const Flow *f, const Application *x, Letter kind);

/* Why x has its status, in language l ("" when there is no reason to tell). */
const char *reason_text(Lang l, const Application *x);

#endif
