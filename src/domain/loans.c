/* domain/loans.c — the rules of lending equipment (see loans.h). */
#include "domain/loans.h"

#include <string.h>

LoanCheck loan_check(const char *lent_on, const char *due_on, const char *today)
{
    if (strcmp(lent_on, today) > 0)
        return LOAN_STARTS_LATER;
    if (strcmp(due_on, lent_on) < 0)
        return LOAN_DUE_BEFORE_START;
    return LOAN_OK;
}

ReturnCheck loan_return_check(const char *lent_on, const char *returned_on, const char *today)
{
    if (strcmp(returned_on, lent_on) < 0)
        return RETURN_BEFORE_LOAN;
    if (strcmp(returned_on, today) > 0)
        return RETURN_LATER;
    return RETURN_OK;
}

bool loan_overdue(const char *due_on, const char *today)
{
    return strcmp(due_on, today) < 0;
}
