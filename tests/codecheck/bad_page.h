/* bad_page.h — stands for a page header (codecheck-path: src/pages/calls/calls.h): it may
 * include no other feature's page header and declare request handlers only (never compiled). */
#ifndef BAD_PAGE_H
#define BAD_PAGE_H

#include "html/layout.h"
#include "pages/training/training.h" /* expect: page-calls */

enum MHD_Result page_calls(Req *r);
/* a page part that other pages call: it belongs in views/calls/ */
bool html_call_summary(Html *h, Req *r, int64_t id); /* expect: page-calls */

#endif
