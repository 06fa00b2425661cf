/* pages/resources/resources.h — the HTML handlers of the library of learning resources:
 * the organisation's resources for its staff (list, add, change, remove), and the public
 * catalogue at /resources with each resource's page, its download and its link. */
#ifndef TRAJECT_PAGES_RESOURCES_H
#define TRAJECT_PAGES_RESOURCES_H

#include "html/layout.h"
#include "http/http.h"

/* staff.c */
PageFn page_resources, page_resource_new, page_resource_create, page_resource, page_resource_update,
    page_resource_remove;

/* catalogue.c */
PageFn page_library, page_library_resource, page_resource_file, page_resource_open;

#endif
