/* flows/competences/assessment.c — recording an assessment (see assessment.h). */
#include "flows/competences/assessment.h"

#include <string.h>

#include "domain/calendar.h"
#include "domain/evidence.h"
#include "flows/competences/framework.h"
#include "flows/credentials/rules.h"
#include "flows/tx.h"
#include "html/fmt.h"
#include "model/resources.h"
#include "q/competences/assessment.h"
#include "q/competences/framework.h"
#include "q/training/enrolment.h"

const char *flow_file_check(const Flow *f, const EvidenceFile *file, const char *field,
                            FileKind kind, Outcome *o)
{
    bool doc = kind == FILE_DOCUMENT;
    if (file->len > (doc ? RESOURCE_FILE_MAX : EVIDENCE_MAX)) {
        int64_t tenths = (int64_t)(file->len * 10 / (1024 * 1024)); /* cut, not rounded */
        const char *size =
            arena_printf(f->arena, "%s MB", number_in(f->arena, f->who->lang, tenths, 1, 1));
        outcome_field(
            o, field,
            doc ? arena_printf(f->arena, F_(f, "%s is %s: the limit is 8 MB."), file->name, size)
                : arena_printf(f->arena, F_(f, "%s is %s: the limit is 5 MB."), file->name, size));
        return NULL;
    }
    const char *type = doc ? document_type(file->name, file->data, file->len)
                           : evidence_type(file->name, file->data, file->len);
    if (!type)
        outcome_field(
            o, field,
            doc ? arena_printf(f->arena,
                               F_(f, "%s is not a PDF, ODT, ODP, DOCX, PPTX, PNG or JPEG file."),
                               file->name)
                : arena_printf(f->arena, F_(f, "%s is not a PDF, PNG or JPEG file."), file->name));
    return type;
}

const char *flow_evidence_check(const Flow *f, const EvidenceFile *file, const char *field,
                                Outcome *o)
{
    return flow_file_check(f, file, field, FILE_EVIDENCE, o);
}

const char *flow_link_or_file(const Flow *f, const char *url, const EvidenceFile *file,
                              bool *has_file, Outcome *o)
{
    *has_file = file && file->name && *file->name && file->len;
    if (!*has_file && !url)
        outcome_field(o, "url", F_(f, "Give a link to the work or choose a file."));
    if (url && !evidence_url_ok(url))
        outcome_field(o, "url", F_(f, "Give a web address that starts with https:// or http://."));
    return *has_file ? flow_evidence_check(f, file, "file", o) : NULL;
}

typedef struct AssessTx {
    Assessment *x;
    const void *data;
    int64_t id;
} AssessTx;

/* the assessment, and the credentials of the rules its level reaches, together */
static DbStatus assess_tx(const Flow *f, void *ctx)
{
    AssessTx *t = ctx;
    Db *db = f->db;
    DbStatus st = q_assessment_add(db, t->x, t->data, f->now, &t->id);
    if (st != DB_ONE)
        return st < DB_NONE ? st : DB_ERROR;
    return cred_issue_on_level(db, t->x->org_id, t->x->person_id, t->x->competence_id, t->x->level,
                               f->now, f->base_url);
}

Outcome flow_assessment_add(const Flow *f, Assessment *x, const EvidenceFile *file)
{
    Outcome o = outcome_ok();
    x->org_id = f->who->org_id;
    x->assessed_by = f->who->account_id;
    x->file_name = x->file_type = NULL;
    x->file_size = 0;
    Person p;
    DbStatus st = q_person_get(f->db, x->org_id, x->person_id, f->arena, &p);
    if (st != DB_ONE) {
        outcome_error(&o, st < DB_NONE ? ERR_DB : ERR_NOT_FOUND);
        return o;
    }
    Competence c;
    st = q_competence_get(f->db, x->org_id, x->competence_id, f->arena, &c);
    if (st < DB_NONE) {
        outcome_db(&o, st);
        return o;
    }
    if (st == DB_NONE || c.archived)
        outcome_field(&o, "competence_id",
                      arena_printf(f->arena, F_(f, "Choose one of the options for %s."),
                                   F_(f, "Competence")));
    else
        flow_level_check(f, x->competence_id, x->level, "level", &o);
    char today[11];
    bxl_date_text(f->now, today);
    if (x->assessed_on && strcmp(x->assessed_on, today) > 0)
        outcome_field(&o, "assessed_on",
                      F_(f, "The date of an assessment cannot be in the future."));
    if (x->evidence_url && !evidence_url_ok(x->evidence_url))
        outcome_field(&o, "evidence_url",
                      F_(f, "Give a web address that starts with https:// or http://."));
    bool has_file = file && file->name && *file->name && file->len;
    if (has_file && (x->file_type = (char *)flow_evidence_check(f, file, "file", &o))) {
        x->file_name = (char *)file->name;
        x->file_size = (int64_t)file->len;
    }
    if (!o.ok)
        return o;
    AssessTx t = {x, has_file ? file->data : NULL, 0};
    st = flow_tx(f, assess_tx, &t);
    if (st < DB_NONE)
        outcome_db(&o, st);
    o.id = t.id;
    return o;
}
