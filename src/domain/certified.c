/* certified.c — the "certified" rule; see certified.h. */
#include "domain/certified.h"

#include "model/certifications.h"

static bool leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int month_days(int y, int m)
{
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

Date cert_expires_on(Date taken_on, int months)
{
    int m0 = taken_on.m - 1 + months;
    Date e = {.y = taken_on.y + m0 / 12, .m = m0 % 12 + 1, .d = taken_on.d};
    if (e.d > month_days(e.y, e.m))
        e.d = month_days(e.y, e.m);
    return e;
}

bool cert_valid_on(const CertRequired *req, const CertAttempt *att, int n, Date day)
{
    int64_t today = date_days(day);
    for (int i = 0; i < n; i++) {
        if (att[i].cert_id != req->cert_id || !att[i].passed || date_days(att[i].taken_on) > today)
            continue;
        if (req->validity_months <= 0 ||
            today < date_days(cert_expires_on(att[i].taken_on, req->validity_months)))
            return true;
    }
    return false;
}

int cert_missing(const CertRequired *req, int nreq, const CertAttempt *att, int natt, Date day,
                 bool *missing)
{
    int n = 0;
    for (int i = 0; i < nreq; i++) {
        bool miss = !cert_valid_on(&req[i], att, natt, day);
        if (missing)
            missing[i] = miss;
        n += miss;
    }
    return n;
}

bool cert_certified(const CertRequired *req, int nreq, const CertAttempt *att, int natt, Date day)
{
    return nreq > 0 && cert_missing(req, nreq, att, natt, day, NULL) == 0;
}

bool cert_listed(const Rows *certs, int64_t id)
{
    for (int i = 0; i < certs->n; i++)
        if (ROW(certs, Certification, i)->id == id)
            return true;
    return false;
}
