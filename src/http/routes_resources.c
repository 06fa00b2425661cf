/* routes_resources.c — the part of the route table (see routes.c) for the library of
 * learning resources: the organisation's resources (staff), and the public catalogue with
 * each resource's page, download and link (anyone; who may see a resource is checked by
 * its handlers, domain/resources.h). */
#include "http/routes.h"
#include "pages/resources/resources.h"

const Route routes_resources[] = {
    GET("/orgs/{org}/resources", page_resources, MEMBER(TRAINING_VIEW)),
    GET("/orgs/{org}/resources/new", page_resource_new, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/resources", page_resource_create, MEMBER(TRAINING_EDIT)),
    GET("/orgs/{org}/resources/{id}", page_resource, MEMBER(TRAINING_VIEW)),
    POST("/orgs/{org}/resources/{id}", page_resource_update, MEMBER(TRAINING_EDIT)),
    POST("/orgs/{org}/resources/{id}/remove", page_resource_remove, MEMBER(TRAINING_EDIT)),

    GET("/resources", page_library),
    GET("/resources/{id}", page_library_resource),
    GET("/resources/{id}/file", page_resource_file),
    GET("/resources/{id}/open", page_resource_open),
    {0},
};
