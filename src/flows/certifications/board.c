/* board.c — see board.h. */
#include "flows/certifications/board.h"

#include "model/certifications.h"
#include "q/certifications/attempt.h"
#include "q/certifications/certification.h"

bool cert_board_read(Db *db, Arena *a, int64_t org_id, int64_t programme_id, Date day, CertBoard *b)
{
    b->day = day;
    Certification c;
    b->certs = ROWS_FROM(a, &c);
    if (q_programme_certs(db, org_id, programme_id, a, &c, rows_collect, &b->certs) < DB_NONE)
        return false;
    b->nreq = b->certs.n;
    b->req = arena_alloc(a, sizeof *b->req * (size_t)(b->nreq + 1));
    for (int i = 0; i < b->nreq; i++) {
        const Certification *x = ROW(&b->certs, Certification, i);
        b->req[i] = (CertRequired){.cert_id = x->id, .validity_months = (int)x->validity_months};
    }
    ExamAttempt at;
    b->passes = ROWS_FROM(a, &at);
    return b->nreq == 0 || q_programme_passes(db, org_id, programme_id, a, &at, rows_collect,
                                              &b->passes) >= DB_NONE;
}

bool cert_board_certified(const CertBoard *b, int64_t person_id)
{
    if (b->nreq == 0)
        return false;
    /* the passes are ordered by person: find the first of person_id */
    int lo = 0, hi = b->passes.n;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (ROW(&b->passes, ExamAttempt, mid)->person_id < person_id)
            lo = mid + 1;
        else
            hi = mid;
    }
    int end = lo;
    while (end < b->passes.n && ROW(&b->passes, ExamAttempt, end)->person_id == person_id)
        end++;
    CertAttempt att[end - lo + 1];
    int n = 0;
    for (int i = lo; i < end; i++) {
        const ExamAttempt *x = ROW(&b->passes, ExamAttempt, i);
        att[n] = (CertAttempt){.cert_id = x->certification_id, .passed = x->result == EXAM_PASSED};
        if (date_parse(x->taken_on, &att[n].taken_on))
            n++;
    }
    return cert_certified(b->req, b->nreq, att, n, b->day);
}
