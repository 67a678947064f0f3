/** Pages for people: a task as a calendar event links to it (`Chi tiết: …`). */
import { createRoute } from "@hono/zod-openapi";
import { html, raw } from "hono/html";
import { ROLE_LABELS } from "../../schedule/build.ts";
import type { UnitRole } from "../../reader/types.ts";
import { getTask } from "../../store/plans.ts";
import type { Resolution } from "../../timing/types.ts";
import { publicOrigin } from "../context.ts";
import { feedLinks } from "../feed-links.ts";
import { router, z } from "../openapi.ts";
import { itemText } from "./format.ts";


const page = (title: string, body: ReturnType<typeof html>) => html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2328}h1{font-size:1.4rem}dt{font-weight:600;margin-top:.8rem}.muted{color:#59636e}ul{padding-left:1.2rem}</style>
</head>
<body>${body}</body>
</html>`;

const taskPageRoute = createRoute({
  method: "get",
  path: "/plans/{id}/tasks/{key}",
  tags: ["Trang"],
  summary: "Trang của một nhiệm vụ (liên kết \"Chi tiết\" của mỗi sự kiện lịch)",
  request: { params: z.object({ id: z.string().openapi({ param: { name: "id", in: "path" }, example: "p_6e4cf58b1858" }), key: z.string().openapi({ param: { name: "key", in: "path" }, example: "B.I.2.1.g" }) }) },
  responses: { 200: { description: "Trang HTML", content: { "text/html": { schema: z.string() } } }, 404: { description: "Không có nhiệm vụ này", content: { "text/html": { schema: z.string() } } } },
});

// HTML bodies are not JSON: the typed responses cannot describe them, so the handler answers a plain Response.
export const taskPage = router().openapi(taskPageRoute, async (c) => {
  const { id, key } = c.req.valid("param");
  const task = await getTask(c.var.db, id, key);
  if (!task) {
    return c.html(page("Không tìm thấy nhiệm vụ", html`<h1>Không tìm thấy nhiệm vụ</h1><p>Kế hoạch hoặc nhiệm vụ này không còn (có thể đã bỏ khỏi kế hoạch khi ban hành bản sửa đổi).</p>`), 404) as never;
  }
  const timing = JSON.parse(task.timingJson) as Resolution[];
  const plan = task.plan;
  const origin = publicOrigin(c);
  // Secret feed addresses are handed out one by one (POST /api/feed-tokens), never on a public page.
  const open = !c.var.settings.privateFeeds;
  const planLabel = `Kế hoạch${plan.number ? ` số ${plan.number}` : ""}`;
  return c.html(
    page(
      task.title,
      html`<p class="muted">${planLabel}: ${plan.title}</p>
<h1>${task.title}</h1>
<dl>
<dt>Mục</dt><dd>${task.key} — ${task.section} (dòng ${task.lineFrom}–${task.lineTo} của văn bản)</dd>
<dt>Thời gian</dt><dd>${
        timing.length === 0
          ? html`<span class="muted">Kế hoạch không ghi thời gian cho việc này.</span>`
          : html`<ul>${timing.map(
              (r) => html`<li>“${r.phrase}”${r.tentative ? " (dự kiến)" : ""}${r.done ? " (đã thực hiện)" : ""}<ul>${
                r.items.length > 0 ? r.items.map((i) => html`<li>${itemText(i)}</li>`) : html`<li class="muted">Chưa xác định được ngày${r.unresolved ? `: ${r.unresolved.text}` : ""}</li>`
              }${r.notes.map((n) => html`<li class="muted">${n}</li>`)}</ul></li>`,
            )}</ul>`
      }</dd>
<dt>Đơn vị</dt><dd>${task.units.length === 0 ? html`<span class="muted">Chưa rõ đơn vị: văn bản không giao nhiệm vụ này cho đơn vị nào</span>` : ""}<ul>${task.units.map(
        ({ unit, role }) =>
          html`<li>${unit.name} — ${ROLE_LABELS[role as UnitRole] ?? role}${
            open ? html` · <a href="${feedLinks(origin, { kind: "unit", slug: unit.slug }).webcalUrl}">đăng ký lịch</a>` : ""
          }</li>`,
      )}</ul></dd>
</dl>
<p>${open ? html`<a href="${feedLinks(origin, { kind: "plan", id: plan.id }).webcalUrl}">Đăng ký lịch của cả kế hoạch</a> · ` : ""}<a href="/api/plans/${raw(encodeURIComponent(plan.id))}">Dữ liệu (JSON)</a></p>`,
    ),
  ) as never;
});
