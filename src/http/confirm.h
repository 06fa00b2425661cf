/* confirm.h — a second step before an action that cannot be undone, without JavaScript.
 *
 * The form of such an action posts as usual. Its handler, once the input is valid and
 * before it acts, asks confirm_ok(r): the first time, the answer is no, and the handler
 * replies with confirm_page (html/layout.h), which says what will happen and to whom and
 * posts every field again with a confirmation token. The token is an HMAC, under the
 * installation's key, of the session (or pre-session cookie), the path and every posted
 * field but the tokens: a replay without it, with another's, or with changed fields is
 * asked again, and nothing is done.
 *
 * Owns nothing: the token lives in the form only. */
#ifndef TRAJECT_CONFIRM_H
#define TRAJECT_CONFIRM_H

#include <stdbool.h>

#include "http/http.h"

/* The field that carries the token. */
#define CONFIRM_FIELD "confirm_token"

/* The token for this request's path and fields (in r's arena). */
const char *confirm_token(Req *r);

/* True when the request carries the token of its own path and fields. */
bool confirm_ok(Req *r);

#endif
