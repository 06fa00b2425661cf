/* labels.c — the sheet of QR labels of an organisation's equipment (PDF), every item's or
 * one item's (?item=id): each code opens the item's page for staff, from the installation's
 * base address, so that a phone held over the sticker lends or returns it in one tap. */
#include <stdlib.h>

#include "core/log.h"
#include "core/rows.h"
#include "html/fmt.h"
#include "pages/equipment/equipment.h"
#include "pdf/labels.h"
#include "q/equipment/item.h"

/* GET /orgs/{org}/equipment/labels */
enum MHD_Result page_equipment_labels(Req *r)
{
    int64_t one = 0;
    FieldSpec spec[] = {FIELD("item", F_ID, N_("Item"), .num = &one), {0}};
    FormErrors e;
    if (!query_read(r, spec, &e))
        return reply_error(r, ERR_NOT_FOUND);
    Item x;
    Rows items = ROWS_FROM(r->arena, &x);
    if (q_item_labels(r->db, r->org_id, one, r->arena, &x, rows_collect, &items) < DB_NONE)
        return reply_error(r, ERR_DB);
    if (!items.n)
        return reply_error(r, ERR_NOT_FOUND);
    Label *labels = arena_alloc(r->arena, sizeof *labels * (size_t)items.n);
    for (int i = 0; i < items.n; i++) {
        const Item *it = ROW(&items, Item, i);
        labels[i] = (Label){
            .title = it->label,
            .line1 =
                *it->serial ? arena_printf(r->arena, _(r, "Serial number %s"), it->serial) : "",
            .line2 = _(r, vocab_label(&equip_kinds, it->kind)),
            .url = arena_printf(r->arena, "%s/orgs/%lld/equipment/%lld", base_url(r),
                                (long long)r->org_id, (long long)it->id),
        };
    }
    LabelSheet sheet = {
        .font_path = r->app->set.pdf_font, .org = r->org_name, .labels = labels, .n = items.n};
    char *pdf;
    size_t len;
    switch (labels_pdf(&sheet, r->arena, &pdf, &len)) {
    case PDF_OK:
        break;
    case PDF_NO_FONT:
        log_warn("%s: cannot load the font %s (setting pdf_font)", r->id, sheet.font_path);
        return reply_error(r, ERR_INTERNAL);
    default:
        log_bug("%s: equipment labels: libharu failed", r->id);
        return reply_error(r, ERR_INTERNAL);
    }
    return reply_download(
        r, "application/pdf",
        one ? arena_printf(r->arena, "label-%lld.pdf", (long long)one) : "labels.pdf", pdf, len);
}
