/* SPDX-License-Identifier: MIT */
/* JSON Lines: one object per record, "type" first, one per line. */
#include <string.h>

#include "kzua/render.h"

static void jsonl_rec(kz_sink *s, const kz_render_opts *o, void *st, const kz_rec *r)
{
    (void)o;
    (void)st;
    kz_json_object(s, r);
    kz_sink_puts(s, "\n");
}

const struct kz_renderer kz_renderer_jsonl = {
    .name = "jsonl",
    .summary = "JSON Lines: one record per line, each with \"type\"",
    .rec = jsonl_rec,
};
