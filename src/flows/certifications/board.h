/* flows/certifications/board.h — who is certified in a programme: its required set (read
 * once) and the passes of its learners, then the rule of domain/certified.h for one learner
 * at a time. Read by the pages (the dashboard figure, the certified learners) and by the
 * impact reports, with or without a request.
 * Owns nothing: everything lives in the caller's arena. */
#ifndef TRAJECT_FLOWS_CERTIFICATIONS_BOARD_H
#define TRAJECT_FLOWS_CERTIFICATIONS_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/rows.h"
#include "db/db.h"
#include "domain/certified.h"

/* A programme's required set and the passes of its learners. */
typedef struct CertBoard {
    Rows certs;        /* Certification, the required set by name */
    CertRequired *req; /* the same for the rule */
    int nreq;
    Rows passes; /* ExamAttempt (passes only), by person */
    Date day;    /* the day the rule is applied on */
} CertBoard;

/* Reads the required set and the passes of programme_id of org_id, for the rule on day;
 * false on a database error. */
bool cert_board_read(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Date day,
                     CertBoard *b);
/* Whether person_id is certified on the board's day. */
bool cert_board_certified(const CertBoard *b, int64_t person_id);

#endif
