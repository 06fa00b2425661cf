/* flows/resources/resource.c — learning resources (see resource.h). */
#include "flows/resources/resource.h"

#include "domain/evidence.h"
#include "domain/resources.h"
#include "flows/tx.h"
#include "model/training.h"
#include "q/competences/framework.h"
#include "q/resources/resource.h"
#include "q/system/app.h"
#include "q/training/programme.h"

typedef struct SaveTx {
    Resource *r;
    const ResourceInput *x;
    const EvidenceFile *file; /* NULL: the file stays (or a video has none) */
    bool drop_file;
} SaveTx;

static DbStatus save_tx(const Flow *f, void *ctx)
{
    SaveTx *t = ctx;
    Resource *r = t->r;
    DbStatus st;
    if (!r->id) {
        st = q_resource_add(f->db, r, t->file ? t->file->data : NULL, f->who->account_id, f->now,
                            &r->id);
    } else {
        bool missed = false;
        st = q_resource_update(f->db, r, f->now);
        if (flow_tx_stop(&st, &missed))
            return st;
        if (t->file)
            st = q_resource_set_file(f->db, r->org_id, r->id, r->file_name, r->file_type,
                                     t->file->data, r->file_size);
        else if (t->drop_file)
            st = q_resource_set_file(f->db, r->org_id, r->id, NULL, NULL, NULL, 0);
        if (st >= DB_NONE)
            st = q_resource_competences_clear(f->db, r->org_id, r->id);
    }
    for (int i = 0; i < t->x->ncompetences && st >= DB_NONE; i++)
        st = q_resource_competence_add(f->db, r->org_id, r->id, t->x->competences[i]);
    return st < DB_NONE ? st : DB_ONE;
}

/* "Choose one of the options for <label>." beside field when value is -1 */
static void chosen(const Flow *f, int value, const char *field, const char *label, Outcome *o)
{
    if (value < 0)
        outcome_field(
            o, field,
            arena_printf(f->arena, F_(f, "Choose one of the options for %s."), F_(f, label)));
}

/* The checks that read the database: the programme and the competences. */
static bool references_ok(const Flow *f, const ResourceInput *x, Outcome *o)
{
    int64_t org = f->who->org_id;
    DbStatus st = DB_ONE;
    if (x->visibility == VIS_PROGRAMME) {
        Programme p;
        st = x->programme_id ? q_programme_get(f->db, org, x->programme_id, f->arena, &p) : DB_NONE;
        if (st == DB_NONE)
            outcome_field(o, "programme_id",
                          F_(f, "Choose the programme whose learners may see it."));
    }
    for (int i = 0; i < x->ncompetences && st >= DB_NONE; i++) {
        Competence c;
        st = q_competence_get(f->db, org, x->competences[i], f->arena, &c);
        if (st == DB_NONE || (st == DB_ONE && c.archived)) {
            chosen(f, -1, "competences", N_("Competences"), o);
            break;
        }
    }
    if (st < DB_NONE)
        outcome_db(o, st);
    return st >= DB_NONE;
}

Outcome flow_resource_save(const Flow *f, int64_t id, ResourceInput *x, const EvidenceFile *file)
{
    Outcome o = outcome_ok();
    Resource old = {0};
    if (id) {
        DbStatus st = q_resource_get(f->db, f->who->org_id, id, f->arena, &old);
        if (st != DB_ONE)
            return outcome_missing(st);
    }
    chosen(f, x->kind, "kind", N_("Type"), &o);
    if (!x->title || !*x->title)
        outcome_field(&o, "title", F_(f, "Give the resource a title."));
    chosen(f, x->audience, "audience", N_("Audience"), &o);
    chosen(f, x->lang, "lang", N_("Language"), &o);
    chosen(f, x->age_band, "age_band", N_("Age band"), &o);
    chosen(f, x->visibility, "visibility", N_("Who may see it"), &o);
    if (x->visibility != VIS_PROGRAMME)
        x->programme_id = 0;

    bool has_file = file && file->name && *file->name && file->len;
    Resource r = {.id = id,
                  .org_id = f->who->org_id,
                  .kind = x->kind,
                  .title = x->title,
                  .description = x->description ? x->description : "",
                  .audience = x->audience,
                  .lang = x->lang,
                  .age_band = x->age_band,
                  .topic = x->topic ? x->topic : "",
                  .visibility = x->visibility,
                  .programme_id = x->programme_id};
    SaveTx t = {.r = &r, .x = x};
    if (x->kind == RES_VIDEO) {
        if (!x->url)
            outcome_field(&o, "url", F_(f, "Give the web address of the video."));
        else if (!evidence_url_ok(x->url))
            outcome_field(&o, "url",
                          F_(f, "Give a web address that starts with https:// or http://."));
        r.url = x->url;
        t.drop_file = true;
    } else if (x->kind >= 0) {
        if (has_file &&
            (r.file_type = (char *)flow_file_check(f, file, "file", FILE_DOCUMENT, &o))) {
            r.file_name = (char *)file->name;
            r.file_size = (int64_t)file->len;
            t.file = file;
        } else if (!has_file && !old.file_name) {
            outcome_field(&o, "file",
                          F_(f, "Choose the file: a PDF, ODT, ODP, DOCX, PPTX, PNG or JPEG."));
        }
    }
    if (!references_ok(f, x, &o) || !o.ok)
        return o;
    DbStatus st = flow_tx(f, save_tx, &t);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    o.id = r.id;
    q_audit(f->db, f->who->org_id, f->who->account_id, id ? "resource_update" : "resource_add",
            r.title, f->now);
    return o;
}

Outcome flow_resource_remove(const Flow *f, int64_t id)
{
    Resource r;
    DbStatus st = q_resource_get(f->db, f->who->org_id, id, f->arena, &r);
    if (st != DB_ONE)
        return outcome_missing(st);
    Outcome o = outcome_of(q_resource_remove(f->db, f->who->org_id, id), ERR_NOT_FOUND, id);
    if (o.ok)
        q_audit(f->db, f->who->org_id, f->who->account_id, "resource_remove", r.title, f->now);
    return o;
}

bool flow_resource_visible(const Flow *f, const Resource *x, DbStatus *st)
{
    *st = DB_ONE;
    if (x->visibility == VIS_PUBLIC)
        return true;
    int64_t roles = -1, enrolled = 0;
    if (f->who->account_id &&
        (*st = q_resource_reader(f->db, f->who->account_id, x->org_id, x->programme_id, &roles,
                                 &enrolled)) < DB_NONE)
        return false;
    ResourceReader who = {.member = roles >= 0,
                          .staff = roles > 0 && (roles & ~(ROLE_LEARNER | ROLE_JURY)),
                          .enrolled = enrolled > 0};
    return resource_visible((Visibility)x->visibility, &who);
}

Outcome flow_resource_use(const Flow *f, int64_t id, bool file, bool count, ResourceUse *out)
{
    Resource x;
    DbStatus st = q_resource_find(f->db, id, f->arena, &x);
    if (st != DB_ONE)
        return outcome_missing(st);
    if (!flow_resource_visible(f, &x, &st))
        return outcome_missing(st < DB_NONE ? st : DB_NONE);
    *out = (ResourceUse){0};
    if (file) {
        st = q_resource_file(f->db, x.org_id, id, f->arena, &out->file_name, &out->file_type,
                             &out->data, &out->size);
        if (st != DB_ONE)
            return outcome_missing(st);
    } else if (!(out->url = x.url)) {
        return outcome_missing(DB_NONE);
    }
    if (!count)
        return outcome_of(DB_ONE, ERR_NOT_FOUND, id);
    return outcome_of(q_resource_count_use(f->db, x.org_id, id), ERR_NOT_FOUND, id);
}
