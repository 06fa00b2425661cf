/* report.c — `traject report impact --programme ID --format csv|xlsx|pdf`: a programme's
 * impact report as a file (or, with --org ID alone, the report across every programme of
 * the organisation), the same as its page's downloads (flows/impact/export.h), with the same
 * rule for small counts (--impact-k), written to --output or standard output. --by chooses
 * the breakdown of a CSV (the XLSX and the PDF hold every one), --from and --to the days
 * people started between, --lang the language (en, nl, fr); --org with --programme checks
 * that the programme is that organisation's; --recount counts the CSV from every enrolment
 * (flows/impact/recount.h) instead of the learners the database keeps grouped; --check makes
 * the CSV of every breakdown both ways and fails (saying which) unless they are the same.
 * Exits 0 when written, 1 on a failure, 2 on a usage error. */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/buf.h"
#include "core/clock.h"
#include "domain/calendar.h"
#include "domain/suppress.h"
#include "flows/impact/export.h"
#include "flows/impact/recount.h"
#include "q/accounts/org.h"
#include "q/calls/call.h"
#include "q/training/programme.h"

/* Writes len bytes to path ("-" or NULL: standard output); false after saying why. */
static bool write_out(const char *path, const char *data, size_t len)
{
    FILE *f = path && strcmp(path, "-") ? fopen(path, "wb") : stdout;
    if (!f) {
        fprintf(stderr, "traject report: cannot write %s\n", path);
        return false;
    }
    bool ok = fwrite(data, 1, len, f) == len;
    if (f != stdout)
        ok = fclose(f) == 0 && ok;
    else
        ok = fflush(f) == 0 && ok;
    if (!ok)
        fprintf(stderr, "traject report: cannot write %s\n", path ? path : "to standard output");
    return ok;
}

/* The CSV of every breakdown of the report asked into out, counted from the kept rows; false
 * (after saying which breakdown) when a recount from every enrolment says otherwise. */
static bool check_every(const Flow *f, int64_t org_id, const ImpactAsk *ask, Lang l, Buf *out)
{
    for (int i = 0; i < impact_breakdowns.n; i++) {
        ImpactAsk one = *ask;
        one.by = (ImpactBy)impact_breakdowns.entries[i].value;
        if (ask->programme_id && !IMPACT_BY_IN_PROGRAMME(one.by))
            continue;
        ImpactReport kept, recounted;
        Buf k, r;
        buf_init(&k, f->arena, 1024);
        buf_init(&r, f->arena, 1024);
        if (!impact_report(f, org_id, &one, &kept, NULL).ok ||
            !impact_recount(f, org_id, &one, &recounted, NULL).ok) {
            fprintf(stderr, "traject report impact: it failed\n");
            return false;
        }
        impact_csv(&k, l, &kept);
        impact_csv(&r, l, &recounted);
        if (k.len != r.len || memcmp(k.data, r.data, k.len)) {
            fprintf(stderr,
                    "traject report impact: by %s, the kept rows say\n%.*s\na recount says\n%.*s\n",
                    impact_breakdowns.entries[i].key, (int)k.len, k.data, (int)r.len, r.data);
            return false;
        }
        buf_add(out, k.data, k.len);
    }
    return true;
}

/* Checks the words of the command; 0 when they do, else 2 after saying why. */
static int check_words(const char *what, const char *programme, const char *org, const char *funder,
                       const char *format, const char *by, const char *from, const char *to,
                       const char *lang, int64_t *id, int64_t *org_id, int *by_value, Lang *l)
{
    Date d1, d2;
    if (!what || strcmp(what, "impact")) {
        fprintf(stderr, "traject report: the report to make is impact (see --help)\n");
        return 2;
    }
    if (programme && (!parse_int64(programme, id) || *id <= 0)) {
        fprintf(stderr, "traject report impact: --programme takes the id of a programme\n");
        return 2;
    }
    if (org && (!parse_int64(org, org_id) || *org_id <= 0)) {
        fprintf(stderr, "traject report impact: --org takes the id of an organisation\n");
        return 2;
    }
    if (!programme && !org && !funder) {
        fprintf(stderr, "traject report impact: say which programme (--programme ID), which "
                        "organisation (--org ID) or which funder (--funder ID)\n");
        return 2;
    }
    if (!format || (strcmp(format, "csv") && strcmp(format, "xlsx") && strcmp(format, "pdf"))) {
        fprintf(stderr, "traject report impact: --format is csv, xlsx or pdf\n");
        return 2;
    }
    if (by && !vocab_parse(&impact_breakdowns, by, by_value)) {
        fprintf(stderr, "traject report impact: --by is quarter, month, year, age, municipality "
                        "or province\n");
        return 2;
    }
    if (by && programme && !IMPACT_BY_IN_PROGRAMME(*by_value)) {
        fprintf(stderr,
                "traject report impact: --by %s is for a report across programmes "
                "(--org without --programme)\n",
                by);
        return 2;
    }
    if ((from && !date_parse(from, &d1)) || (to && !date_parse(to, &d2))) {
        fprintf(stderr, "traject report impact: --from and --to take a day as YYYY-MM-DD\n");
        return 2;
    }
    if (lang && !lang_parse(lang, l)) {
        fprintf(stderr, "traject report impact: --lang is en, nl or fr\n");
        return 2;
    }
    return 0;
}

int cmd_report(int argc, char **argv)
{
    Settings s;
    bool recount = false, check = false;
    const char *programme = NULL, *org = NULL, *format = NULL, *by = NULL, *from = NULL, *to = NULL,
               *lang = NULL, *output = NULL, *funder = NULL, *call = NULL;
    CliOpt opts[] = {
        {"programme", &programme, NULL, "the programme's id"},
        {"org", &org, NULL, "the organisation's id: alone, the report across its programmes"},
        {"funder", &funder, NULL, "a funder's id: the report of what its grants fund"},
        {"call", &call, NULL, "with --funder: of the grants of this call only"},
        {"format", &format, NULL, "csv (one breakdown), xlsx or pdf (every breakdown)"},
        {"by", &by, NULL,
         "the CSV's breakdown: quarter, month, year, age, municipality, province (kind, "
         "programme: across programmes)"},
        {"from", &from, NULL, "count the people who started on or after this day (YYYY-MM-DD)"},
        {"to", &to, NULL, "count the people who started on or before this day (YYYY-MM-DD)"},
        {"lang", &lang, NULL, "the report's language: en (default), nl or fr"},
        {"output", &output, NULL, "the file to write (default: standard output)"},
        {"recount", NULL, &recount, "count the CSV from every enrolment, one learner at a time"},
        {"check", NULL, &check,
         "write the CSV of every breakdown, and fail unless a recount from every enrolment says "
         "the same"},
        {0},
    };
    const char *what = NULL;
    int rc = cli_parse("report",
                       "Makes a report from the records: traject report impact --programme ID "
                       "--format csv|xlsx|pdf [options]",
                       CMD_REPORT, &s, opts, argc, argv, 2, &what, 1);
    if (rc >= 0)
        return rc;
    int64_t id = 0;
    int by_value = IMPACT_BY_QUARTER;
    Lang l = LANG_EN;
    int64_t org_id = 0;
    if ((rc = check_words(what, programme, org, funder, format, by, from, to, lang, &id, &org_id,
                          &by_value, &l)))
        return rc;
    CliRun run = {0};
    if (!cli_run_begin(&run, &s, false))
        return 1;
    rc = 1;
    Db *reads = NULL; /* the report's own reads: the replica of --db-replica, or run.db */
    Arena *a = &run.arena;
    int64_t funder_id = 0, call_id = 0;
    if (funder && (programme || org || !parse_int64(funder, &funder_id) || funder_id <= 0 ||
                   (call && (!parse_int64(call, &call_id) || call_id <= 0)))) {
        fprintf(stderr, "traject report impact: --funder takes a funder's id, alone or with "
                        "--call ID\n");
        rc = 2;
        goto done;
    }
    int64_t owner = funder ? funder_id : org_id;
    Programme p;
    Org o;
    DbStatus st = id ? q_programme_owner(run.db, id, &owner) : DB_ONE;
    Call c;
    if (st == DB_ONE && call_id)
        st = q_call_get(run.db, funder_id, call_id, a, &c);
    if (st == DB_ONE && org_id && owner != org_id)
        st = DB_NONE;
    if (st == DB_ONE && id)
        st = q_programme_get(run.db, owner, id, a, &p);
    if (st == DB_ONE)
        st = q_org_get(run.db, owner, a, &o);
    if (st != DB_ONE) {
        if (st == DB_NONE && id)
            fprintf(stderr, "traject report impact: no programme %lld%s\n", (long long)id,
                    org ? " in that organisation" : "");
        else if (st == DB_NONE && call_id)
            fprintf(stderr, "traject report impact: no call %lld of that funder\n",
                    (long long)call_id);
        else if (st == DB_NONE)
            fprintf(stderr, "traject report impact: no organisation %lld\n", (long long)owner);
        else
            fprintf(stderr, "traject report impact: the database failed\n");
        goto done;
    }
    org_id = owner;
    Actor who = {.lang = l};
    reads = cli_open_replica(&s, run.db);
    Flow f = {.db = reads, .arena = a, .who = &who, .now = clock_now()};
    ImpactAsk ask = {.funded = funder != NULL,
                     .call_id = call_id,
                     .programme_id = id,
                     .by = (ImpactBy)by_value,
                     .from = from,
                     .to = to,
                     .k = (int)s.impact_k < SUPPRESS_K_MIN ? SUPPRESS_K_DEFAULT : (int)s.impact_k};
    char *out = NULL;
    size_t len = 0;
    if (check && !strcmp(format, "csv")) {
        Buf b;
        buf_init(&b, a, 4096);
        rc = check_every(&f, org_id, &ask, l, &b) ? 0 : 1;
        out = b.data;
        len = b.len;
        if (rc)
            goto done;
    } else if (!strcmp(format, "csv")) {
        ImpactReport rep;
        Outcome res = (recount ? impact_recount : impact_report)(&f, org_id, &ask, &rep, NULL);
        if (!res.ok) {
            fprintf(stderr, "traject report impact: %s\n",
                    res.err == ERR_COUNT ? form_error_for(&res.fields, "to") : "it failed");
            rc = res.err == ERR_COUNT ? 2 : 1;
            goto done;
        }
        Buf b;
        buf_init(&b, a, 4096);
        impact_csv(&b, l, &rep);
        out = b.data;
        len = b.len;
    } else {
        ImpactReport *reps = arena_alloc(a, sizeof *reps * (size_t)impact_breakdowns.n);
        int n = 0;
        Outcome res = impact_every(&f, org_id, &ask, reps, &n);
        if (!res.ok) {
            fprintf(stderr, "traject report impact: %s\n",
                    res.err == ERR_COUNT ? form_error_for(&res.fields, "to") : "it failed");
            rc = res.err == ERR_COUNT ? 2 : 1;
            goto done;
        }
        ImpactDoc doc = {.font_path = s.pdf_font,
                         .org = o.name,
                         .subject = id        ? programme_title_in(l, &p)
                                    : call_id ? lang_pick(l, c.title)
                                    : funder ? arena_printf(a, i18n_get(l, "what %s funds"), o.name)
                                             : o.name,
                         .ask = &ask,
                         .made_at = f.now};
        bool made = !strcmp(format, "xlsx") ? impact_xlsx(a, l, reps, n, &out, &len)
                                            : impact_pdf(a, l, &doc, reps, n, &out, &len) == PDF_OK;
        if (!made) {
            fprintf(stderr, "traject report impact: the %s could not be made\n", format);
            goto done;
        }
    }
    rc = write_out(output, out, len) ? 0 : 1;
done:
    if (reads != run.db)
        db_close(reads);
    cli_run_end(&run);
    return rc;
}
