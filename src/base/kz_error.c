/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kzua/kzua.h"

kz_status kz_error_set(kz_error *err, kz_status code, const char *where, unsigned line,
                       const char *fmt, ...)
{
    if (!err)
        return code;
    err->code = code;
    snprintf(err->where, sizeof err->where, "%s", where ? where : "");
    err->line = line;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    return code;
}

const char *kz_status_name(kz_status code)
{
    switch (code) {
    case KZ_OK: return "ok";
    case KZ_EIO: return "i/o error";
    case KZ_EINPUT: return "bad input";
    case KZ_EUSAGE: return "usage error";
    case KZ_ELIMIT: return "resource limit";
    case KZ_EBUG: return "internal error";
    }
    return "unknown error";
}

const char *kz_version(void)
{
    return KZ_VERSION;
}
