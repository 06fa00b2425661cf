/* flows/calls/proposal.c — an organisation's proposals (see proposal.h). */
#include "flows/calls/proposal.h"

#include <sodium.h>
#include <string.h>
#include <strings.h>

#include "core/arena.h"
#include "core/buf.h"
#include "html/fmt.h"
#include "q/calls/proposal.h"

static bool is_pdf_name(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && !strcasecmp(name + n - 4, ".pdf");
}

Outcome flow_proposal_file_put(const Flow *f, int64_t proposal_id, int64_t item_id,
                               const Upload *file)
{
    Outcome o = outcome_ok();
    o.id = proposal_id;
    const char *field = arena_printf(f->arena, "file-%lld", (long long)item_id);
    if (!file || !file->filename || !*file->filename || file->len == 0) {
        outcome_field(&o, field, F_(f, "Choose a PDF file to upload."));
        return o;
    }
    if (file->len > ATTACHMENT_MAX) {
        int64_t tenths = (int64_t)(file->len * 10 / (1024 * 1024)); /* cut, not rounded */
        const char *size = arena_printf(f->arena, "%s MB",
                                        number_in(f->arena, f->who->lang, tenths, 1, 1));
        outcome_field(&o, field, arena_printf(f->arena, F_(f, "%s is %s: the limit is 5 MB."),
                                              file->filename, size));
        return o;
    }
    if (!is_pdf_name(file->filename) || file->len < 5 || memcmp(file->data, "%PDF-", 5)) {
        outcome_field(&o, field,
                      arena_printf(f->arena, F_(f, "%s is not a PDF file."), file->filename));
        return o;
    }
    unsigned char hash[crypto_hash_sha256_BYTES];
    char hex[2 * crypto_hash_sha256_BYTES + 1];
    crypto_hash_sha256(hash, (const unsigned char *)file->data, file->len);
    hex_encode(hash, sizeof hash, hex);
    DbStatus st = q_file_put(f->db, f->who->org_id, proposal_id, item_id, file->filename,
                             file->data, file->len, hex, f->who->account_id, f->now);
    if (st < DB_NONE)
        outcome_db(&o, st);
    else if (st == DB_NONE)
        outcome_field(&o, field,
                      F_(f, "This proposal is submitted: it can no longer be changed."));
    return o;
}
