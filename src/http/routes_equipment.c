/* routes_equipment.c — the part of the route table (see routes.c) for an organisation's
 * equipment and its loans: the inventory, an item's page where it is lent and returned,
 * what is out, and the sheet of QR labels; for the organisation's staff. */
#include "http/routes.h"
#include "pages/equipment/equipment.h"

const Route routes_equipment[] = {
    GET("/orgs/{org}/equipment", page_equipment, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/equipment", page_item_save, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/equipment/new", page_item_form, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/equipment/out", page_equipment_out, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/equipment/labels", page_equipment_labels, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/equipment/{id}", page_item, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/equipment/{id}", page_item_save, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/equipment/{id}/edit", page_item_form, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/equipment/{id}/lend", page_item_lend, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/equipment/{id}/return", page_item_return, MEMBER(TRAINING_EDIT)),
    {0},
};
