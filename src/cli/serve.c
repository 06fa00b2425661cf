/* serve.c — traject serve: checks the database, applies pending migrations, loads the
 * installation secret, then runs the HTTP server until SIGTERM or SIGINT. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "core/clock.h"
#include "core/log.h"
#include "domain/auth.h"
#include "http/http.h"

int cmd_serve(int argc, char **argv)
{
    static App app; /* process-wide, read-only once the server starts */
    int rc = cli_parse("serve", "Runs the web application (HTML pages and the JSON API).",
                       CMD_SERVE, &app.set, NULL, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    /* A worker waits for its database most of the time, and every connection it has taken
     * waits behind the request it runs: four per core keep the cores busy and the queues
     * short (one core served 100 connections per worker at 200 connections). */
    unsigned by_cores = 4 * (unsigned)(cores > 0 ? cores : 1);
    app.threads = app.set.threads ? (unsigned)app.set.threads : (by_cores < 8 ? 8 : by_cores);
    if (app.threads > 256)
        app.threads = 256;
    unsigned slots = app.set.hash_concurrency ? (unsigned)app.set.hash_concurrency
                                              : (unsigned)(cores > 0 ? cores : 1);
    if (!auth_init(slots)) {
        fprintf(stderr, "traject: cannot initialise the crypto library\n");
        return 1;
    }
    if (app.set.base_url[0])
        snprintf(app.base_url, sizeof app.base_url, "%s", app.set.base_url);
    else
        snprintf(app.base_url, sizeof app.base_url, "http://%s", app.set.listen);
    size_t n = strlen(app.base_url);
    if (n && app.base_url[n - 1] == '/')
        app.base_url[n - 1] = '\0';

    Db *db = cli_open_db(&app.set);
    if (!db)
        return 1;
    bool ok = cli_prepare_db(db, false) && cli_load_secret(db, app.secret);
    db_close(db);
    if (!ok) {
        fprintf(stderr, "traject: the database is not usable\n");
        return 1;
    }
    /* not fatal: only the printed sheets need it, and they answer 500 with the reason */
    if (access(app.set.pdf_font, R_OK) != 0)
        log_warn("the font %s cannot be read (setting pdf_font): PDF sheets will fail",
                 app.set.pdf_font);
    asset_init();
    app.req_prefix = (unsigned)getpid() ^ (unsigned)clock_now();
    return server_run(&app);
}
