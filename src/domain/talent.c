/* talent.c — the talent pool's rules that are not a statement (see talent.h). */
#include "domain/talent.h"

#include <string.h>

static const char crockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

void talent_handle(const unsigned char rnd[TALENT_HANDLE_RANDOM], char out[TALENT_HANDLE_SIZE])
{
    uint64_t bits = 0;
    for (int i = 0; i < TALENT_HANDLE_RANDOM; i++)
        bits = bits << 8 | rnd[i];
    memcpy(out, "TP-", 3);
    char *p = out + 3;
    for (int i = 0; i < 8; i++) { /* 8 x 5 bits, the highest first */
        if (i == 4)
            *p++ = '-';
        *p++ = crockford[(bits >> (35 - 5 * i)) & 31];
    }
    *p = '\0';
}

bool talent_handle_valid(const char *s)
{
    if (!s || strlen(s) != TALENT_HANDLE_SIZE - 1 || strncmp(s, "TP-", 3) || s[7] != '-')
        return false;
    for (int i = 3; i < TALENT_HANDLE_SIZE - 1; i++)
        if (i != 7 && !strchr(crockford, s[i]))
            return false;
    return true;
}

TalentShow talent_show_check(TalentVisibility v, bool approved, int nchosen)
{
    if (v == TALENT_NONE)
        return TALENT_SHOW_OK;
    if (!approved)
        return TALENT_SHOW_NO_PROFILE;
    if (v == TALENT_SOME && nchosen < 1)
        return TALENT_SHOW_NO_PARTNER;
    return TALENT_SHOW_OK;
}

bool talent_request_answerable(TalentRequestStatus s)
{
    return s == TREQ_PENDING;
}

bool talent_reveals_identity(TalentRequestStatus s)
{
    return s == TREQ_ACCEPTED;
}

int64_t talent_may_ask_from(bool has_last, TalentRequestStatus last, int64_t answered_at)
{
    if (!has_last)
        return 0;
    if (last != TREQ_DECLINED)
        return -1;
    return answered_at + (int64_t)TALENT_ASK_AGAIN_DAYS * 86400;
}
