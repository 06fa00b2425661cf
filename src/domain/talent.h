/* talent.h — the rules of the talent pool that are not a statement. Pure: no HTTP, no SQL,
 * no clock, no randomness of its own; safe from several threads.
 *
 * Who sees a profile is not here: it is the view talent_visible (0100-talent.sql), read by
 * every statement of a partner's view, so that no page can see around it. What is here:
 * what a learner must have done before a partner may see them, the pseudonym partners see,
 * and what a partner learns of the learner at each step of a request to meet. */
#ifndef TRAJECT_DOMAIN_TALENT_H
#define TRAJECT_DOMAIN_TALENT_H

#include <stdbool.h>
#include <stdint.h>

#include "model/talent.h"

/* The random bytes a handle is made of (40 bits: a million learners have a one in a million
 * chance of two alike, and the unique index makes the second try again). */
#define TALENT_HANDLE_RANDOM 5
/* "TP-7KX3-QF9M": the prefix, two groups of four, the NUL. */
#define TALENT_HANDLE_SIZE 13

/* Writes the handle of the random bytes rnd into out: "TP-" and eight characters of
 * Crockford's base 32 (digits and capitals without I, L, O, U: nothing to misread when a
 * partner reads it out on the phone), in two groups. */
void talent_handle(const unsigned char rnd[TALENT_HANDLE_RANDOM], char out[TALENT_HANDLE_SIZE]);

/* True when s is a handle as talent_handle writes it. */
bool talent_handle_valid(const char *s);

/* Why a learner cannot show their profile yet, or TALENT_SHOW_OK. */
typedef enum TalentShow {
    TALENT_SHOW_OK,
    TALENT_SHOW_NO_PROFILE, /* shown to someone before the learner approved a profile */
    TALENT_SHOW_NO_PARTNER, /* "some" without a partner ticked */
} TalentShow;

/* Whether a learner may set visibility v, having approved a profile or not, with nchosen
 * partners ticked (counted for TALENT_SOME only). Hiding is always allowed. */
TalentShow talent_show_check(TalentVisibility v, bool approved, int nchosen);

/* A request can be answered (accepted or declined) only while it waits. */
bool talent_request_answerable(TalentRequestStatus s);

/* The partner learns the learner's name and e-mail address only from an accepted request;
 * before, and after a refusal, only the handle. */
bool talent_reveals_identity(TalentRequestStatus s);

/* A partner whose request a learner declined may ask that learner again only this long after
 * the answer: a "no" is not worn down by asking every day. */
#define TALENT_ASK_AGAIN_DAYS 30

/* When a partner may ask a learner to meet, given its latest request to them (has_last false:
 * none): at once when there is none, never while one waits or after an acceptance (they
 * have met), TALENT_ASK_AGAIN_DAYS after a refusal. Returns the first moment it may ask (UTC
 * seconds; 0: at once), or -1 for never. */
int64_t talent_may_ask_from(bool has_last, TalentRequestStatus last, int64_t answered_at);

#endif
