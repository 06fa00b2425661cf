/* attendance.c — the roster of a session, filled on a phone in one screen: everyone is
 * present unless marked otherwise (absent, excused, late), with large touch targets; and
 * its printable sign-in sheet (PDF) for rooms without devices, whose marks are entered
 * in the roster afterwards. The sheet is drawn by src/pdf/sheet.c. */
#include <stdio.h>
#include <string.h>

#include "core/buf.h"
#include "core/log.h"
#include "core/rows.h"
#include "domain/calendar.h"
#include "flows/training/attendance.h"
#include "html/fmt.h"
#include "pages/training/training.h"
#include "pdf/sheet.h"
#include "q/training/attendance.h"
#include "q/training/cohort.h"
#include "q/training/programme.h"
#include "views/training/programme.h"

/* One learner of the roster: their name and a radio button per mark. */
static void roster_item(Html *h, Req *r, const RosterRow *x)
{
    AttendanceMark current = x->status == MARK_NONE ? MARK_PRESENT : x->status;
    html(h, "<fieldset class=\"roster\">\n<legend>%s</legend>\n", x->name);
    if (x->via == VIA_SELF) {
        Date d;
        int m;
        bxl_from_utc(x->recorded_at, &d, &m);
        html(
            h, "<p class=\"via\">%s</p>\n",
            arena_printf(r->arena, _(r, "Checked in with the code at %02d:%02d."), m / 60, m % 60));
    }
    for (int i = 0; i < attendance_marks.n; i++) {
        const VocabEntry *m = &attendance_marks.entries[i];
        html(h, "<label><input type=\"radio\" name=\"a-%lld\" value=\"%s\"%s> %s</label>\n",
             (long long)x->enrolment_id, m->key, m->value == (int)current ? " checked" : "",
             _(r, m->label));
    }
    html_lit(h, "</fieldset>\n");
}

typedef struct SessionCtx {
    int64_t id, cohort_id, starts_at, ends_at;
    Cohort cohort;
    Programme programme;
} SessionCtx;

/* What a handler does with the session of its path. */
typedef enum MHD_Result (*SessionPage)(Req *r, SessionCtx *s);

/* Loads the session of the {id} parameter with its cohort and programme, then answers with
 * fn; otherwise 404 (or 503). */
static enum MHD_Result with_session(Req *r, SessionPage fn)
{
    SessionCtx s = {.id = req_id(r, "id")};
    DbStatus st = q_tsession_get(r->db, r->org_id, s.id, &s.cohort_id, &s.starts_at, &s.ends_at);
    if (st == DB_ONE)
        st = q_cohort_get(r->db, r->org_id, s.cohort_id, r->arena, &s.cohort);
    if (st == DB_ONE)
        st = q_programme_get(r->db, r->org_id, s.cohort.programme_id, r->arena, &s.programme);
    return st == DB_ONE ? fn(r, &s) : reply_missing(r, st);
}

static enum MHD_Result attendance(Req *r, SessionCtx *s)
{
    RosterRow row;
    Rows roster = ROWS_FROM(r->arena, &row);
    if (q_roster(r->db, r->org_id, s->id, r->arena, &row, rows_collect, &roster) < DB_NONE)
        return reply_error(r, ERR_DB);
    Html *h = page_begin(r, _(r, "Attendance"));
    html(h, "<h1>%s</h1>\n<p>%s · <a href=\"/orgs/%lld/cohorts/%lld\">%s</a><br>%s</p>\n",
         _(r, "Attendance"), programme_title(r, &s->programme), (long long)r->org_id,
         (long long)s->cohort_id, s->cohort.name, session_when(r, s->starts_at, s->ends_at));
    if (roster.n == 0) {
        html(h, "<p>%s</p>\n", _(r, "Nobody is enrolled in this cohort yet."));
        return page_end(r, h);
    }
    html(h, "<p><a href=\"/orgs/%lld/sessions/%lld/check-in\">%s</a></p>\n", (long long)r->org_id,
         (long long)s->id, _(r, "Show the check-in code (learners scan it with their phone)"));
    html(h, "<p>%s</p>\n", _(r, "Everyone is marked present: change only the exceptions."));
    html(h, "<p><a href=\"/orgs/%lld/sessions/%lld/sign-in-sheet\">%s</a></p>\n",
         (long long)r->org_id, (long long)s->id, _(r, "Print a sign-in sheet (PDF)"));
    html_form_begin(h, r,
                    arena_printf(r->arena, "/orgs/%lld/sessions/%lld/attendance",
                                 (long long)r->org_id, (long long)s->id));
    for (int i = 0; i < roster.n; i++)
        roster_item(h, r, ROW(&roster, RosterRow, i));
    html(h, "<button type=\"submit\">%s</button>\n", _(r, "Save the attendance"));
    html_form_end(h);
    return page_end(r, h);
}

/* GET /orgs/{org}/sessions/{id}/attendance */
enum MHD_Result page_attendance(Req *r)
{
    return with_session(r, attendance);
}

/* POST /orgs/{org}/sessions/{id}/attendance: one radio group "a-<enrolment id>" per
 * learner of the roster. */
static enum MHD_Result attendance_save(Req *r, SessionCtx *s)
{
    MarkInput *marks = arena_alloc(r->arena, sizeof *marks * (size_t)(r->nfields + 1));
    int n = 0;
    for (int i = 0; i < r->nfields; i++) {
        const FormField *f = &r->fields[i];
        int64_t enrolment;
        int mark;
        if (strncmp(f->name, "a-", 2))
            continue;
        if (!vocab_parse(&attendance_marks, f->value, &mark))
            return reply_error(r, ERR_BAD_REQUEST);
        if (!parse_int64(f->name + 2, &enrolment))
            continue;
        marks[n++] = (MarkInput){enrolment, (AttendanceMark)mark};
    }
    Flow f = req_flow(r);
    Outcome o = flow_attendance_save(&f, s->id, marks, n);
    if (!o.ok)
        return reply_error(r, o.err);
    return reply_redirect(r, arena_printf(r->arena, "/orgs/%lld/cohorts/%lld?attendance=1",
                                          (long long)r->org_id, (long long)s->cohort_id));
}

enum MHD_Result page_attendance_save(Req *r)
{
    return with_session(r, attendance_save);
}

/* --- the sign-in sheet --------------------------------------------------------- */

static const char *page_label(void *ctx, int page, int pages)
{
    Req *r = ctx;
    return arena_printf(r->arena, _(r, "Page %s of %s"), number_text(r, page, 0, 0),
                        number_text(r, pages, 0, 0));
}

/* "Library, Rue Haute 1, 1000 Brussels": the parts that are known. */
static const char *location_text(Req *r, const Location *l)
{
    Buf b;
    buf_init(&b, r->arena, 128);
    const char *parts[] = {l->name, l->address};
    for (int i = 0; i < 2; i++) {
        if (!parts[i] || !*parts[i])
            continue;
        if (b.len)
            buf_adds(&b, ", ");
        buf_adds(&b, parts[i]);
    }
    if (l->municipality && *l->municipality) {
        if (b.len)
            buf_adds(&b, ", ");
        if (l->postcode && *l->postcode)
            buf_printf(&b, "%s ", l->postcode);
        buf_adds(&b, l->municipality);
    }
    return b.len ? b.data : "";
}

/* GET /orgs/{org}/sessions/{id}/sign-in-sheet: the PDF to print, named after the
 * session's Brussels date. */
static enum MHD_Result sign_in_sheet(Req *r, SessionCtx *s)
{
    char *name;
    Rows names = ROWS_FROM(r->arena, &name);
    if (q_sheet_names(r->db, r->org_id, s->id, r->arena, &name, rows_collect, &names) < DB_NONE)
        return reply_error(r, ERR_DB);
    Location loc;
    const char *where = "";
    DbStatus st = q_tsession_location(r->db, r->org_id, s->id, r->arena, &loc);
    if (st < DB_NONE)
        return reply_error(r, ERR_DB);
    if (st == DB_ONE)
        where = location_text(r, &loc);

    Sheet sheet = {
        .font_path = r->app->set.pdf_font,
        .label = {.title = _(r, "Sign-in sheet"),
                  .programme = _(r, "Programme"),
                  .cohort = _(r, "Cohort"),
                  .date = _(r, "Date"),
                  .location = _(r, "Location"),
                  .number = _(r, "No."),
                  .name = _(r, "Name"),
                  .signature = _(r, "Signature"),
                  .arrival = _(r, "Arrival time"),
                  .trainer_name = _(r, "Trainer's name"),
                  .trainer_signature = _(r, "Trainer's signature"),
                  .empty = _(r, "Nobody is enrolled in this cohort yet.")},
        .org = r->org_name ? r->org_name : "",
        .programme = programme_title(r, &s->programme),
        .cohort = s->cohort.name,
        .when = session_when(r, s->starts_at, s->ends_at),
        .location = where,
        .names = (const char **)names.data,
        .nnames = (size_t)names.n,
        .page_label = page_label,
        .ctx = r,
    };
    char *pdf;
    size_t len;
    unsigned long err;
    switch (sheet_pdf(&sheet, r->arena, &pdf, &len, &err)) {
    case SHEET_OK:
        break;
    case SHEET_NO_FONT:
        log_warn("%s: cannot load the font %s (setting pdf_font): libharu error 0x%04lx", r->id,
                 sheet.font_path, err);
        return reply_error(r, ERR_INTERNAL);
    default:
        log_bug("%s: sign-in sheet: libharu error 0x%04lx", r->id, err);
        return reply_error(r, ERR_INTERNAL);
    }
    Date day;
    int minutes;
    char ymd[11];
    bxl_from_utc(s->starts_at, &day, &minutes);
    date_format(day, ymd);
    return reply_download(r, "application/pdf", arena_printf(r->arena, "sign-in-sheet-%s.pdf", ymd),
                          pdf, len);
}

enum MHD_Result page_sign_in_sheet(Req *r)
{
    return with_session(r, sign_in_sheet);
}
