/* domain/loans.h — the rules of lending equipment, on Brussels days written "YYYY-MM-DD"
 * (which compare as text): a loan starts today or earlier and is due on or after its start;
 * a return comes on or after the loan's start and not after today; a loan is overdue the
 * day after its due day. Pure: the caller gives today. */
#ifndef TRAJECT_DOMAIN_LOANS_H
#define TRAJECT_DOMAIN_LOANS_H

#include <stdbool.h>

typedef enum LoanCheck {
    LOAN_OK,
    LOAN_STARTS_LATER,    /* lent_on after today */
    LOAN_DUE_BEFORE_START /* due_on before lent_on */
} LoanCheck;

typedef enum ReturnCheck {
    RETURN_OK,
    RETURN_BEFORE_LOAN, /* returned_on before the loan's lent_on */
    RETURN_LATER        /* returned_on after today */
} ReturnCheck;

/* Whether a loan from lent_on to due_on can be recorded on today. */
LoanCheck loan_check(const char *lent_on, const char *due_on, const char *today);

/* Whether a return on returned_on of a loan that started on lent_on can be recorded on
 * today. */
ReturnCheck loan_return_check(const char *lent_on, const char *returned_on, const char *today);

/* True when a loan still out and due on due_on is overdue on today. */
bool loan_overdue(const char *due_on, const char *today);

#endif
