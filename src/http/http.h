/* http.h — the request, the application, the route table and the replies.
 *
 * Owns: the Req of each request (allocated in its arena, freed in libmicrohttpd's
 * request-completed callback together with every response body) and the App, which
 * is built at start-up and read-only afterwards.
 * Does not own: pages (src/pages/), statements (src/q/), the database (src/db/). */
#ifndef TRAJECT_HTTP_H
#define TRAJECT_HTTP_H

#include <microhttpd.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

#include "core/arena.h"
#include "core/err.h"
#include "core/i18n.h"
#include "core/settings.h"
#include "db/db.h"
#include "flows/flow.h"
#include "model/accounts.h"

typedef struct Pool Pool;

typedef struct App {
    Settings set;
    unsigned threads;   /* workers running handlers (pool.c) */
    unsigned queue_max; /* requests waiting for a worker at most; more get 503 */
    Pool *pool;
    char base_url[256];
    unsigned char secret[32]; /* HMAC key for CSRF tokens, shared through the database */
    atomic_long inflight;     /* requests begun and not completed */
    atomic_ulong next_req;    /* request id counter */
    unsigned req_prefix;      /* random per process: ids differ between processes */
} App;

typedef struct FormField {
    const char *name;
    char *value; /* NUL-terminated (files may contain NUL: use len) */
    size_t len;
    const char *filename;     /* NULL for ordinary fields */
    const char *content_type; /* of an uploaded file */
} FormField;

typedef struct Route Route;

/* The signed-in account, when there is one. */
typedef struct Account {
    int64_t id;
    char *email;
    char *name;
    Lang lang;
    bool operator; /* the platform role: decides on organisations asking to join */
} Account;

typedef struct Req {
    App *app;
    struct MHD_Connection *conn;
    Arena arena_storage;
    Arena *arena;
    Db *db; /* this worker thread's connection; never closed by the request */
    const char *method;
    const char *path;
    char id[24];
    double arrived;             /* ms: accept (a connection's first request) or request line read */
    double started;             /* ms: a worker takes the request, the handler about to run */
    uint64_t statements_before; /* db_statements when the worker took it (X-Statements) */
    Lang lang;
    bool nul_in_url; /* "%00" in the path or the query: refused */
    bool gone;       /* the client has closed its end (req_gone) */

    /* body */
    struct MHD_PostProcessor *pp;
    FormField *fields;
    int nfields, fields_cap;
    size_t body_bytes;
    size_t fields_bytes;          /* memory the fields' records take, bounded by 4 x max_body */
    ErrCode body_err;             /* set while reading the body; ERR_COUNT when none */
    bool pp_empty_piece;          /* the post processor's last call brought a field without data */
    bool replied;                 /* a response has been made (pending until the worker is done) */
    bool queued;                  /* handed to the workers (pool.c) */
    struct Req *next_job;         /* in the workers' queue */
    double queued_at;             /* ms: when it joined the queue */
    struct MHD_Response *pending; /* the response, queued when the connection resumes */
    enum MHD_Result result;       /* the handler's; MHD_NO closes the connection */

    /* routing */
    const Route *route;
    const char *pnames[6];
    const char *pvals[6];
    int np;

    /* session */
    Account *account; /* NULL when anonymous */
    int64_t session_id;
    const char *session_tok; /* raw cookie value of a valid session */
    const char *pre_tok;     /* anonymous CSRF anchor cookie */
    bool set_pre;            /* pre_tok is new: send its cookie */
    int64_t current_org;     /* session's chosen organisation, 0 if none */

    /* organisation of an /orgs/{org}/... route, checked by the router */
    int64_t org_id;
    unsigned roles;
    char *org_name;
    OrgKind org_kind;
    int64_t org_created_at;

    /* response */
    const char *allow;   /* for a 405: the methods the path takes ("GET, HEAD, POST") */
    int64_t retry_after; /* for a 429: seconds to wait, sent as Retry-After */
    bool private_link;   /* a page at a personal link: page_begin asks search engines not to
                          * index it and browsers not to send its address on */
    int status;
    size_t resp_bytes;
    const char *cookies[6];
    int ncookies;
} Req;

typedef enum MHD_Result (*Handler)(Req *r);

typedef enum Access {
    ACCESS_PUBLIC = 0, /* anyone */
    ACCESS_ACCOUNT,    /* any signed-in account */
    ACCESS_MEMBER,     /* a member of {org} holding one of .roles (0: any role) */
    ACCESS_OPERATOR,   /* an operator of the installation (the platform role) */
} Access;

struct Route {
    const char *method;
    const char *path; /* segments; {name} captures one segment, {org} is an organisation */
    Handler fn;
    Access access;
    unsigned roles;
    bool csrf; /* must be true on every state-changing route */
};

/* routes.c: the one route table, in parts tried in order; each part ends with {0}, the
 * list with NULL. */
extern const Route *const route_tables[];

/* --- router (router.c) --- */

/* Matches method and path against the parts of a table (a NULL-terminated list of arrays
 * that end with {0}), in order. Returns the first route that matches and fills r->pnames/
 * pvals, or NULL; *method_mismatch is set when the path exists for another method. */
const Route *router_match(const Route *const *tables, Req *r, const char *method, const char *path,
                          bool *method_mismatch);
/* The methods path takes in the table, for the Allow header of a 405 ("GET, HEAD, POST"),
 * in r's arena; NULL when none. */
const char *router_allow(const Route *const *tables, Req *r, const char *path);

/* A path parameter by name, or NULL. */
const char *req_param(const Req *r, const char *name);
/* A path parameter as a positive id, or 0 when missing or malformed. */
int64_t req_id(const Req *r, const char *name);

/* --- request data (request.c) --- */

/* A form field (first of that name) or NULL; a query argument or NULL; a cookie or NULL;
 * a request header or NULL. Values are UTF-8 checked before any handler runs. */
const char *form_get(const Req *r, const char *name);
int form_get_all(const Req *r, const char *name, const char **out, int max);
const FormField *form_file(const Req *r, const char *name);
const char *query_get(const Req *r, const char *name);
const char *cookie_get(const Req *r, const char *name);
const char *header_get(const Req *r, const char *name);

/* Adds a Set-Cookie header to the response (HttpOnly, SameSite=Lax, Path=/, and
 * Secure behind TLS). max_age < 0: session cookie; 0: delete. */
void cookie_set(Req *r, const char *name, const char *value, long max_age);

/* Who acts in this request: the signed-in account (or anonymous), the organisation of an
 * /orgs/{org}/ route with its roles, and the request's language. */
Actor req_actor(const Req *r);
/* The context for calling a workflow from a handler: r's database and arena, who acts
 * (req_actor, kept in r's arena), the clock's now, the base URL for mailed links. */
Flow req_flow(Req *r);

/* Where the heavy reads of this request go (impact reports and their exports): this worker's
 * connection to the replica (--db-replica), opened on first use, or r->db when none is set or
 * it does not answer (one line on the log; asked again a few seconds later). Never a write:
 * the replica is behind the primary by a moment, so a page that shows what was just saved
 * reads r->db. */
Db *req_read_db(Req *r);
/* req_flow for a workflow that only reads, on req_read_db(r). */
Flow req_read_flow(Req *r);

/* Translation for this request's language. */
#define _(r, s) i18n_get((r)->lang, s)
/* The same for a message with a count: _n(r, "%d proposal", "%d proposals", n). */
#define _n(r, s, p, n) i18n_nget((r)->lang, s, p, n)

/* --- replies (reply.c); each queues the response and returns MHD_YES/MHD_NO --- */

enum MHD_Result reply_body(Req *r, int status, const char *content_type, const char *body,
                           size_t len);
enum MHD_Result reply_text(Req *r, int status, const char *text);
/* A file to save (200, Content-Disposition: attachment); filename must be plain ASCII
 * without quotes or backslashes (it is written as is). */
enum MHD_Result reply_download(Req *r, const char *content_type, const char *filename,
                               const char *body, size_t len);
enum MHD_Result reply_redirect(Req *r, const char *location);
/* A static asset: one-year cache, Content-Encoding gzip when gzip is set. */
enum MHD_Result reply_asset(Req *r, const char *content_type, const void *body, size_t len,
                            bool gzip);
/* The error page (HTML) or JSON error for paths under /api/. */
enum MHD_Result reply_error(Req *r, ErrCode e);
/* The answer when a lookup of the route's record did not give one row: 500 (ERR_DB) when
 * st is a database error, else 404 (ERR_NOT_FOUND). For
 * `if (st != DB_ONE) return reply_missing(r, st);`. */
enum MHD_Result reply_missing(Req *r, DbStatus st);

/* True when s is a safe local redirect target ("/..." but not "//" or "/\"). */
bool local_path(const char *s);

/* --- assets (asset.c) --- */

/* Hashes the embedded assets into their URLs; once, before the server starts. */
void asset_init(void);

/* --- server (server.c) --- */

/* The worker thread's database connection, opened on first use. NULL if unreachable. */
Db *app_db(App *app);

/* Runs the server until SIGTERM or SIGINT; requests in flight finish. Returns an exit
 * code. The caller has filled app->set. */
int server_run(App *app);

/* True once the client has closed or reset its end of the connection: no one will read
 * the answer. A handler that writes a long page may check it now and then and stop. */
bool req_gone(Req *r);

/* Internal: the workers (pool.c). pool_start runs run(r) for each request pushed, in n
 * threads, with at most max_queued requests waiting and none for longer than max_wait_ms;
 * pool_push suspends r's connection and queues r, or says why not (the queue is full or
 * moves too slowly, or the pool is stopping); a worker
 * resumes the connection after run(r). pool_stop takes no more requests, runs what is
 * queued and joins the workers; pool_free (after the daemon has stopped) releases p. */
typedef enum PoolPush { POOL_QUEUED, POOL_FULL, POOL_STOPPING } PoolPush;
Pool *pool_start(unsigned n, unsigned max_queued, double max_wait_ms, void (*run)(Req *r));
PoolPush pool_push(Pool *p, Req *r);
void pool_stop(Pool *p);
void pool_free(Pool *p);

/* Internal: whether a route needs no session and no database (the liveness probe and the
 * static files): answered at once, never queued behind the pages. */
bool route_stateless(const Route *rt);

/* Internal: dispatches a complete request (router, session, access, CSRF, handler). */
enum MHD_Result http_dispatch(Req *r);
/* Internal: the error page of a request refused before routing (413, 415, 400), in the
 * signed-in reader's language as any other page. */
enum MHD_Result http_fail(Req *r, ErrCode e);

#endif
