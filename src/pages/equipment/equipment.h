/* pages/equipment/equipment.h — the HTML handlers of an organisation's equipment: the
 * inventory and an item's record (staff), an item's page where it is lent and returned with
 * one tap on a phone (the page its QR label opens), what is out with the overdue first, and
 * the sheet of QR labels (PDF). */
#ifndef TRAJECT_PAGES_EQUIPMENT_H
#define TRAJECT_PAGES_EQUIPMENT_H

#include "html/layout.h"
#include "http/http.h"

/* items.c: the inventory, adding and changing an item's record */
PageFn page_equipment, page_item_form, page_item_save;

/* item.c: an item's page, lending, returning */
PageFn page_item, page_item_lend, page_item_return;

/* out.c: what is out, the overdue first */
PageFn page_equipment_out;

/* labels.c: the sheet of QR labels */
PageFn page_equipment_labels;

#endif
