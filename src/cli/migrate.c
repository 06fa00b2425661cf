/* migrate.c — traject migrate [--status]. */
#include <stdio.h>

#include "cli/cli.h"
#include "core/embed.h"
#include "db/migrate.h"

int cmd_migrate(int argc, char **argv)
{
    Settings s;
    bool status = false;
    CliOpt opts[] = {{"status", NULL, &status, "list migrations and whether they are applied"},
                     {0}};
    int rc = cli_parse("migrate", "Applies pending schema migrations, each in a transaction.",
                       CMD_MIGRATE, &s, opts, argc, argv, 2, NULL, 0);
    if (rc >= 0)
        return rc;
    Db *db = cli_open_db(&s);
    if (!db)
        return 1;
    int n;
    if (status) {
        n = migrate_status(db, embed_schema, stdout);
        if (n >= 0)
            printf("%d pending\n", n);
    } else {
        n = migrate_apply(db, embed_schema, stdout);
        if (n >= 0)
            printf("%d migration%s applied\n", n, n == 1 ? "" : "s");
    }
    db_close(db);
    return n < 0 ? 1 : 0;
}
