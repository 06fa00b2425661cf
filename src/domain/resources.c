/* resources.c — who may see a learning resource (see resources.h). */
#include "domain/resources.h"

bool resource_visible(Visibility v, const ResourceReader *who)
{
    switch (v) {
    case VIS_PUBLIC:
        return true;
    case VIS_MEMBERS:
        return who->member;
    case VIS_PROGRAMME:
        return who->staff || who->enrolled;
    }
    return false;
}
