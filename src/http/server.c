/* server.c — libmicrohttpd glue: the daemon and its I/O threads, the per-request arena,
 * body reading through the post processor with limits, the deadlines of headers and
 * bodies, handing complete requests to the workers (pool.c) and sending their responses,
 * the access log with each request's wait, the per-thread database connection and the
 * graceful stop.
 * Does not own: routing and policy (dispatch.c), replies (reply.c), the workers (pool.c). */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/buf.h"
#include "core/clock.h"
#include "core/log.h"
#include "http/http.h"
#include "mail/mail.h"
#include "sched/sched.h"

#define MAX_TEXT_FIELD (256 * 1024)
/* What one field costs beside its bytes in the body: its record (twice, as the array
 * grows by doubling in the arena) and the arena's rounding of its name and value. */
#define FIELD_OVERHEAD (3 * sizeof(FormField) + 32)

/* Where a connection stands, for its deadlines. libmicrohttpd's own timeout only counts
 * silence, so a client sending one byte every few seconds would hold a connection for
 * ever: the watch thread closes a connection whose headers (counted from the accept or
 * the end of its previous request) or whose body take longer than their settings. */
typedef enum ConnPhase { CONN_HEAD, CONN_BODY, CONN_WORK } ConnPhase;

typedef struct Conn {
    struct Conn *prev, *next;
    int fd;
    double accepted; /* ms (clock_ms) */
    double since;    /* ms: start of the phase */
    ConnPhase phase;
    unsigned requests; /* begun on this connection */
    bool cut;          /* closed by the watch: a deadline passed */
} Conn;

typedef struct Watch {
    pthread_mutex_t mu;
    pthread_cond_t wake;
    Conn *conns;
    double head_ms, body_ms;
    bool stop, running;
    pthread_t thread;
} Watch;

static Watch watch = {.mu = PTHREAD_MUTEX_INITIALIZER, .wake = PTHREAD_COND_INITIALIZER};

static Conn *conn_of(struct MHD_Connection *c)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

/* Moves the connection to phase p; returns true when the watch has closed it. */
static bool conn_phase(struct MHD_Connection *c, ConnPhase p)
{
    Conn *k = conn_of(c);
    if (!k)
        return false;
    pthread_mutex_lock(&watch.mu);
    k->phase = p;
    k->since = clock_ms();
    bool cut = k->cut;
    pthread_mutex_unlock(&watch.mu);
    return cut;
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    (void)cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        Conn *k = calloc(1, sizeof *k);
        if (!k || !ci) {
            free(k);
            return;
        }
        k->fd = ci->connect_fd;
        k->accepted = k->since = clock_ms();
        k->phase = CONN_HEAD;
        pthread_mutex_lock(&watch.mu);
        k->next = watch.conns;
        if (watch.conns)
            watch.conns->prev = k;
        watch.conns = k;
        pthread_mutex_unlock(&watch.mu);
        *socket_context = k;
        return;
    }
    /* libmicrohttpd closes the socket after this call: while the watch holds the lock, the
     * descriptors on its list belong to their connections */
    Conn *k = *socket_context;
    if (!k)
        return;
    pthread_mutex_lock(&watch.mu);
    if (k->prev)
        k->prev->next = k->next;
    else
        watch.conns = k->next;
    if (k->next)
        k->next->prev = k->prev;
    pthread_mutex_unlock(&watch.mu);
    free(k);
    *socket_context = NULL;
}

/* Shuts down the socket of every connection past its deadline; libmicrohttpd then reads
 * the end of the stream and closes it in its own thread. */
static void *watch_run(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&watch.mu);
    while (!watch.stop) {
        struct timespec until = clock_deadline(250);
        pthread_cond_timedwait(&watch.wake, &watch.mu, &until);
        double now = clock_ms();
        for (Conn *k = watch.conns; k; k = k->next) {
            double limit = k->phase == CONN_HEAD   ? watch.head_ms
                           : k->phase == CONN_BODY ? watch.body_ms
                                                   : 0;
            if (k->cut || limit <= 0 || now - k->since <= limit)
                continue;
            k->cut = true;
            shutdown(k->fd, SHUT_RDWR);
            log_info("connection closed: its request's %s took more than %.0f s",
                     k->phase == CONN_HEAD ? "headers" : "body", limit / 1000);
        }
    }
    pthread_mutex_unlock(&watch.mu);
    return NULL;
}

static void watch_start(const Settings *set)
{
    watch.head_ms = (double)set->header_timeout * 1000;
    watch.body_ms = (double)set->body_timeout * 1000;
    watch.stop = false;
    watch.running = pthread_create(&watch.thread, NULL, watch_run, NULL) == 0;
    if (!watch.running)
        log_warn("cannot start the thread that closes slow requests");
}

static void watch_stop(void)
{
    if (!watch.running)
        return;
    pthread_mutex_lock(&watch.mu);
    watch.stop = true;
    pthread_cond_signal(&watch.wake);
    pthread_mutex_unlock(&watch.mu);
    pthread_join(watch.thread, NULL);
}

/* True when the client has closed or reset its end: no one will read the answer. */
static bool client_gone(struct MHD_Connection *c)
{
    const union MHD_ConnectionInfo *ci =
        MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
    if (!ci)
        return false;
    struct pollfd p = {.fd = ci->connect_fd, .events = POLLRDHUP};
    return poll(&p, 1, 0) > 0 && (p.revents & (POLLRDHUP | POLLHUP | POLLERR));
}

bool req_gone(Req *r)
{
    if (!r->gone && r->conn && client_gone(r->conn))
        r->gone = true;
    return r->gone;
}

static pthread_key_t db_key, replica_key;
static pthread_once_t db_key_once = PTHREAD_ONCE_INIT;

static void db_key_free(void *p)
{
    db_close(p);
}

static void db_key_make(void)
{
    pthread_key_create(&db_key, db_key_free);
    pthread_key_create(&replica_key, db_key_free);
}

Db *app_db(App *app)
{
    pthread_once(&db_key_once, db_key_make);
    Db *db = pthread_getspecific(db_key);
    if (db)
        return db;
    char err[512];
    db = db_open(app->set.db, err, sizeof err);
    if (!db) {
        log_warn("%s", err);
        return NULL;
    }
    pthread_setspecific(db_key, db);
    return db;
}

/* While the replica does not answer, a worker reads from the primary and asks it again after
 * this many ms. */
#define REPLICA_RETRY_MS 5000

static _Thread_local double replica_retry_at; /* clock_ms */
static atomic_bool replica_down;

/* One line on the log when the replica stops answering, one when it answers again (whichever
 * worker sees it first). */
static void replica_seen(const App *app, bool up, const char *why)
{
    if (atomic_exchange(&replica_down, !up) == !up)
        return;
    char red[512];
    db_url_redacted(app->set.db_replica, red, sizeof red);
    if (up)
        log_info("the replica %s answers again: reports read from it", red);
    else
        log_warn("the replica %s does not answer (%s): reports read from the primary", red, why);
}

Db *req_read_db(Req *r)
{
    App *app = r->app;
    if (!app->set.db_replica[0] || !r->db || clock_ms() < replica_retry_at)
        return r->db;
    pthread_once(&db_key_once, db_key_make);
    Db *db = pthread_getspecific(replica_key);
    char err[512] = "connection lost";
    if (db && db_alive(db))
        return db;
    if (db) {
        db_close(db);
        pthread_setspecific(replica_key, NULL);
    } else if ((db = db_open(app->set.db_replica, err, sizeof err))) {
        pthread_setspecific(replica_key, db);
        replica_seen(app, true, NULL);
        return db;
    }
    replica_retry_at = clock_ms() + REPLICA_RETRY_MS;
    replica_seen(app, false, err);
    return r->db;
}

Flow req_read_flow(Req *r)
{
    Flow f = req_flow(r);
    f.db = req_read_db(r);
    return f;
}

static enum MHD_Result post_iter(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *filename, const char *content_type,
                                 const char *transfer_encoding, const char *data, uint64_t off,
                                 size_t size)
{
    (void)kind;
    (void)transfer_encoding;
    Req *r = cls;
    if (r->body_err != ERR_COUNT)
        return MHD_NO;
    if (!key) { /* a multipart part without a field name */
        r->body_err = ERR_BAD_REQUEST;
        return MHD_NO;
    }
    FormField *f = r->nfields ? &r->fields[r->nfields - 1] : NULL;
    /* a value may arrive in several pieces: off > 0 continues the last field, and so does
     * the first data of a multipart part whose header came alone, as an empty piece */
    bool more = f && strcmp(f->name, key) == 0 && (off > 0 || (r->pp_empty_piece && f->len == 0));
    r->pp_empty_piece = size == 0 && off == 0;
    if (!more) {
        /* no cap on the number of fields (a roster of 1,000 learners posts as many):
         * their bookkeeping may take at most 4 x --max-body bytes beside the body itself,
         * so that a body of tiny fields ("a&a&a...") cannot take more memory than that */
        r->fields_bytes += FIELD_OVERHEAD + strlen(key);
        if (r->fields_bytes > 4 * (size_t)r->app->set.max_body) {
            r->body_err = ERR_TOO_LARGE;
            return MHD_NO;
        }
        if (r->nfields == r->fields_cap) {
            int cap = r->fields_cap ? r->fields_cap * 2 : 16;
            r->fields = arena_realloc(r->arena, r->fields, sizeof *r->fields * r->nfields,
                                      sizeof *r->fields * cap);
            r->fields_cap = cap;
        }
        f = &r->fields[r->nfields++];
        f->name = arena_strdup(r->arena, key);
        f->filename = filename ? arena_strdup(r->arena, filename) : NULL;
        f->content_type = content_type ? arena_strdup(r->arena, content_type) : NULL;
        f->value = arena_alloc(r->arena, 1);
        f->len = 0;
    }
    if (!f->filename && f->len + size > MAX_TEXT_FIELD) {
        r->body_err = ERR_TOO_LARGE;
        return MHD_NO;
    }
    if (size) {
        f->value = arena_realloc(r->arena, f->value, f->len + 1, f->len + size + 1);
        memcpy(f->value + f->len, data, size);
        f->len += size;
        f->value[f->len] = '\0';
    }
    return MHD_YES;
}

static bool method_has_body(const char *m)
{
    return !strcmp(m, "POST") || !strcmp(m, "PUT") || !strcmp(m, "PATCH");
}

/* When the request arrived, in clock_ms: the kernel tells how long ago the last bytes came
 * (a connection waits in the listening queue, and a request in the socket, while the
 * worker that will read it runs other requests); the accept of a connection's first
 * request, or the reading of the request line, when that is earlier. */
static double arrival(struct MHD_Connection *conn)
{
    double now = clock_ms(), at = now;
    Conn *k = conn_of(conn);
    if (k && k->requests++ == 0)
        at = k->accepted;
    struct tcp_info ti;
    socklen_t len = sizeof ti;
    if (k && getsockopt(k->fd, IPPROTO_TCP, TCP_INFO, &ti, &len) == 0 &&
        len >= offsetof(struct tcp_info, tcpi_last_data_recv) + sizeof ti.tcpi_last_data_recv &&
        now - ti.tcpi_last_data_recv < at)
        at = now - ti.tcpi_last_data_recv;
    return at;
}

/* libmicrohttpd calls this once the request line is read, with the URI as it came (before
 * decoding): the request begins here, with its arena. */
static void *on_uri(void *cls, const char *uri, struct MHD_Connection *conn)
{
    App *app = cls;
    Arena a;
    arena_init(&a);
    Req *r = arena_alloc(&a, sizeof *r);
    r->arena_storage = a;
    r->arena = &r->arena_storage;
    r->app = app;
    r->conn = conn;
    r->body_err = ERR_COUNT;
    /* a NUL byte would cut the decoded path or argument short (/programmes/1%00 would be
     * /programmes/1): refused like the same byte in a form */
    r->nul_in_url = strstr(uri, "%00") != NULL;
    r->arrived = arrival(conn);
    snprintf(r->id, sizeof r->id, "%04x-%lu", app->req_prefix & 0xffff,
             atomic_fetch_add(&app->next_req, 1));
    atomic_fetch_add(&app->inflight, 1);
    return r;
}

/* In a worker (pool.c), the connection suspended: the handler, or the error page. */
/* In a worker (pool.c), the connection suspended, or in libmicrohttpd's thread (see
 * to_workers): the handler, or the error page. */
static void run_request(Req *r)
{
    r->started = clock_ms();
    r->db = app_db(r->app);
    db_full_clear(r->db);
    if (r->db)
        r->statements_before = db_statements(r->db);
    if (r->body_err != ERR_COUNT) {
        r->result = http_fail(r, r->body_err);
        return;
    }
    /* A read whose client has closed its end (gone while the request waited its turn) is
     * not computed: no one would read the page. A form is handled all the same: what the
     * client sent is done, as when it stays. */
    bool is_read = !strcmp(r->method, "GET") || !strcmp(r->method, "HEAD");
    r->result = is_read && req_gone(r) ? MHD_NO : http_dispatch(r);
}

/* Called again once the worker has resumed the connection: its response goes out, or the
 * connection is closed when there is none. */
static enum MHD_Result resumed(Req *r)
{
    struct MHD_Response *resp = r->pending;
    if (!resp || r->result != MHD_YES)
        return MHD_NO;
    r->pending = NULL;
    enum MHD_Result ret = MHD_queue_response(r->conn, (unsigned)r->status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result to_workers(Req *r)
{
    r->queued = true;
    /* libmicrohttpd 0.9 reads before it writes on a resumed connection, and closes one whose
     * client has closed its sending side without answering. Error pages (cheap), and the
     * forms of a client that has closed its sending side after its request, are answered
     * here in libmicrohttpd's thread; reads of such a client are not computed. */
    bool is_read = !strcmp(r->method, "GET") || !strcmp(r->method, "HEAD");
    /* a request no route takes (404, 405) is an error page too: answered here, so that a
     * client that closes its sending side right after its request still gets it */
    bool wrong_method = false;
    r->route = router_match(route_tables, r, r->method, r->path, &wrong_method); /* kept */
    if (r->body_err != ERR_COUNT || !r->route || (!is_read && req_gone(r))) {
        run_request(r);
        return resumed(r);
    }
    /* the liveness probe and static files need no worker: a probe answers even when every
     * worker is busy */
    if (route_stateless(r->route)) {
        r->started = clock_ms();
        r->result = http_dispatch(r);
        return resumed(r);
    }
    switch (pool_push(r->app->pool, r)) {
    case POOL_QUEUED:
        return MHD_YES;
    case POOL_FULL: /* a short answer now rather than a long wait in the queue */
        log_warn("every worker busy and the queue full or slow: answered 503");
        r->body_err = ERR_BUSY;
        r->retry_after = 5;
        run_request(r);
        return resumed(r);
    case POOL_STOPPING:
        break;
    }
    return MHD_NO;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    (void)version;
    App *app = cls;
    Req *r = *con_cls;
    if (!r) /* the URI callback did not run: cannot happen */
        return MHD_NO;
    if (!r->method) {
        conn_phase(conn, CONN_BODY);
        r->method = arena_strdup(r->arena, method);
        r->path = arena_strdup(r->arena, url);
        /* early errors (413, 415) are answered before the router runs: in the visitor's
         * language all the same */
        r->lang =
            lang_from_accept(MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Accept-Language"));

        const char *cl = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
        int64_t clen = 0;
        if (cl && (!parse_int64(cl, &clen) || clen < 0)) {
            r->body_err = ERR_BAD_REQUEST;
        } else if (clen > app->set.max_body) {
            r->body_err = ERR_TOO_LARGE; /* answered now, without reading the body */
            return to_workers(r);
        } else if (method_has_body(method)) {
            const char *ct = MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Type");
            if (ct || clen > 0) {
                r->pp = MHD_create_post_processor(conn, 32 * 1024, post_iter, r);
                if (!r->pp)
                    r->body_err = ERR_MEDIA_TYPE;
            }
        }
        return MHD_YES;
    }
    /* a piece of the body (libmicrohttpd may pass an empty one between chunks); the call
     * without data, once the request is complete, runs the handler */
    if (upload_data || *upload_data_size) {
        size_t n = *upload_data_size;
        *upload_data_size = 0;
        if (!n || r->replied)
            return MHD_YES;
        r->body_bytes += n;
        if (r->body_bytes > (size_t)app->set.max_body)
            r->body_err = ERR_TOO_LARGE;
        if (r->body_err == ERR_COUNT && r->pp &&
            MHD_post_process(r->pp, upload_data, n) != MHD_YES && r->body_err == ERR_COUNT)
            r->body_err = ERR_BAD_REQUEST;
        /* libmicrohttpd answers only once the body is read: the excess of an oversized
         * body without Content-Length is read and dropped, up to a bound, then the
         * connection is closed */
        if (r->body_err == ERR_TOO_LARGE && r->body_bytes > 2 * (size_t)app->set.max_body)
            return MHD_NO;
        return MHD_YES;
    }
    if (r->queued)
        return resumed(r);
    conn_phase(conn, CONN_WORK);
    return to_workers(r);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    App *app = cls;
    Req *r = *con_cls;
    if (!r)
        return;
    bool cut = conn_phase(conn, CONN_HEAD);
    if (r->pp)
        MHD_destroy_post_processor(r->pp);
    if (r->pending)
        MHD_destroy_response(r->pending);
    /* a reset or invitation token in the path is a credential: log the route instead */
    const char *path = r->route && strstr(r->route->path, "{token}") ? r->route->path : r->path;
    const char *how = toe == MHD_REQUEST_TERMINATED_COMPLETED_OK ? ""
                      : cut                                      ? " (too slow: closed)"
                      : r->gone                                  ? " (client gone: not computed)"
                                                                 : " (aborted)";
    if (!app->set.quiet)
        log_line("access", NULL, 0, "%s %s %s %d %zuB %.1fms wait %.1fms%s", r->id,
                 r->method ? r->method : "-", path ? path : "-", r->status, r->resp_bytes,
                 clock_ms() - (r->started ? r->started : r->arrived),
                 r->started ? r->started - r->arrived : 0.0, how);
    Arena a = r->arena_storage; /* r lives in its own arena */
    arena_free(&a);
    *con_cls = NULL;
    atomic_fetch_sub(&app->inflight, 1);
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    (void)cls;
    char line[512];
    vsnprintf(line, sizeof line, fmt, ap);
    line[strcspn(line, "\n")] = '\0';
    log_info("http: %s", line);
}

static bool parse_listen(const char *s, struct sockaddr_in *sa)
{
    const char *colon = strrchr(s, ':');
    if (!colon)
        return false;
    char host[64];
    size_t n = (size_t)(colon - s);
    if (n == 0 || n >= sizeof host)
        return false;
    memcpy(host, s, n);
    host[n] = '\0';
    int64_t port;
    if (!parse_int64(colon + 1, &port) || port < 1 || port > 65535)
        return false;
    memset(sa, 0, sizeof *sa);
    sa->sin_family = AF_INET;
    sa->sin_port = htons((uint16_t)port);
    if (!strcmp(host, "localhost"))
        strcpy(host, "127.0.0.1");
    return inet_pton(AF_INET, host, &sa->sin_addr) == 1;
}

int server_run(App *app)
{
    struct sockaddr_in sa;
    if (!parse_listen(app->set.listen, &sa)) {
        fprintf(stderr, "traject: --listen %s is not ADDRESS:PORT (e.g. 127.0.0.1:8080)\n",
                app->set.listen);
        return 2;
    }
    /* Signals are blocked before any thread starts, so that every thread inherits the
     * mask and only sigwait below receives them. */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    Job *mw = mail_worker_start(app);
    Job *timers = sched_start(app);

    app->queue_max = app->set.queue_max > 0 ? (unsigned)app->set.queue_max : 64 * app->threads;
    app->pool = pool_start(app->threads, app->queue_max, (double)app->set.queue_wait, run_request);
    if (!app->pool) {
        job_stop(timers, false);
        job_stop(mw, true);
        return 1;
    }
    /* libmicrohttpd's threads only read and write: one per core; the handlers run in the
     * workers of app->pool */
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned io_threads = cores > 1 ? (unsigned)cores : 1;
    watch_start(&app->set);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_ALLOW_SUSPEND_RESUME |
            MHD_USE_ERROR_LOG,
        0, NULL, NULL, on_request, app, MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, NULL,
        MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa, MHD_OPTION_THREAD_POOL_SIZE, io_threads,
        MHD_OPTION_URI_LOG_CALLBACK, on_uri, app, MHD_OPTION_NOTIFY_CONNECTION, on_connection, NULL,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, app, MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)30,
        MHD_OPTION_CONNECTION_LIMIT, (unsigned)1000, MHD_OPTION_PER_IP_CONNECTION_LIMIT,
        (unsigned)0, MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)(128 * 1024),
        MHD_OPTION_LISTEN_BACKLOG_SIZE, (unsigned)1024, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "traject: cannot listen on %s: %s\n", app->set.listen, strerror(errno));
        watch_stop();
        pool_free(app->pool);
        job_stop(timers, false);
        job_stop(mw, true);
        return 1;
    }
    printf("traject: serving on http://%s/ (%u threads)\n", app->set.listen, app->threads);
    fflush(stdout);

    int sig = 0;
    sigwait(&sigs, &sig);
    log_info("signal %d: stopping; requests in flight finish", sig);
    struct timespec tick = {0, 20 * 1000000L};
    /* Connections the kernel has queued but no worker has taken yet (all of them busy, say
     * hashing passwords) would be reset when the listening socket closes: let the workers
     * take them first, for at most two seconds. */
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(d, MHD_DAEMON_INFO_LISTEN_FD);
    if (di) {
        struct pollfd pending = {.fd = di->listen_fd, .events = POLLIN};
        for (int i = 0; i < 100 && poll(&pending, 1, 0) > 0; i++)
            nanosleep(&tick, NULL);
    }
    MHD_socket ls = MHD_quiesce_daemon(d);
    if (ls != MHD_INVALID_SOCKET)
        close(ls);
    /* A connection taken just before may not have begun its request yet: stop once none
     * has been in flight for 100 ms (at most six seconds in all). */
    for (int i = 0, idle = 0; i < 300 && idle < 5; i++) {
        idle = atomic_load(&app->inflight) > 0 ? 0 : idle + 1;
        nanosleep(&tick, NULL);
    }
    /* what the workers hold is finished, and no connection stays suspended */
    pool_stop(app->pool);
    MHD_stop_daemon(d);
    pool_free(app->pool);
    app->pool = NULL;
    watch_stop();
    job_stop(timers, false);
    job_stop(mw, true);
    printf("traject: stopped\n");
    return 0;
}
