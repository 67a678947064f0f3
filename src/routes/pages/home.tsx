/**
 * `/`: for a browser, the home page — upload a plan (a file or pasted text), the plans with
 * their ceremony and countdown, a unit finder; for programs (no `text/html` in Accept), the
 * JSON index of the API.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { FC } from "hono/jsx";
import type { Ceremony } from "../../reader/types.ts";
import { planOverview } from "../../store/plans.ts";
import { toDayNumber, vietnamDay } from "../../timing/dates.ts";
import type { Resolution } from "../../timing/types.ts";
import type { AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { router, z } from "../openapi.ts";
import { rereaderOf } from "../plans/correct.ts";
import { importUpload } from "../plans/upload.ts";
import type { ReceivedDocument } from "../../store/importer.ts";
import { importSamples } from "../../store/samples.ts";
import { readForm, text } from "./forms.ts";
import { daysWords, vietnameseDate } from "./format.ts";
import { Csrf, Layout, marks, type PageUser } from "./layout.tsx";
import { pagePost } from "./route.ts";
import { pageUser, requirePageWrite } from "./session.tsx";


type Overview = Awaited<ReturnType<typeof planOverview>>[number];

function needsLook(plan: Overview): number {
  const tasks = plan.tasks.filter((t) => {
    const timing = JSON.parse(t.timingJson) as Resolution[];
    return timing.length === 0 || timing.some((r) => r.items.length === 0);
  }).length;
  return tasks + (JSON.parse(plan.warningsJson) as unknown[]).length;
}

const Home: FC<{ user: PageUser; plans: Overview[]; today: string; samples: number; message?: string | undefined }> = ({ user, plans, today, samples, message }) => (
  <Layout title="Lịch kế hoạch" user={user}>
    <h1>Lịch kế hoạch</h1>
    <p class="muted">Tải kế hoạch lên: dịch vụ đọc các nhiệm vụ, đơn vị và thời gian, rồi làm lịch cho từng đơn vị đăng ký trên Google, Outlook, Apple.</p>
    {message ? <p class="notice bad">{message}</p> : null}
    <section class="card">
      <h2 style="margin-top:0">Tải kế hoạch lên</h2>
      <form method="post" action="/plans" enctype="multipart/form-data">
        <Csrf user={user} />
        <label for="file">Tệp kế hoạch (.docx, .doc, .pdf có chữ, .txt)</label>
        <input id="file" type="file" name="file" accept=".docx,.doc,.pdf,.txt,text/plain,application/pdf,application/msword,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
        <label for="paste">hoặc dán toàn văn kế hoạch</label>
        <textarea id="paste" name="text" placeholder="ỦY BAN NHÂN DÂN …&#10;KẾ HOẠCH …"></textarea>
        <button type="submit">Tải lên và đọc</button>
        {user.signInNeeded && !user.actor ? <p class="small muted">Cần <a href="/sign-in?next=/">đăng nhập</a> trước khi tải lên.</p> : null}
      </form>
    </section>
    <section class="card">
      <h2 style="margin-top:0">Tìm đơn vị</h2>
      <form method="get" action="/units" class="inline">
        <input type="search" name="q" placeholder="ví dụ: so van hoa" aria-label="Tên đơn vị" style="flex:1;min-width:10rem" />
        <button type="submit">Tìm</button>
      </form>
    </section>
    <h2>Các kế hoạch ({plans.length})</h2>
    {plans.length === 0 ? <p class="muted">Chưa có kế hoạch nào.</p> : null}
    {plans.length === 0 && samples > 0 ? (
      <section class="card">
        <h2 style="margin-top:0">Xem thử với kế hoạch mẫu</h2>
        <p>{samples} kế hoạch thật đã ban hành (một xã, một đoàn thanh niên xã, một tỉnh, một trường; nguồn ở thư mục examples/): nhập cả {samples} để xem dòng thời gian, lịch của từng đơn vị và màn hình đếm ngược.</p>
        <form method="post" action="/samples">
          <Csrf user={user} />
          <button type="submit">Nhập {samples} kế hoạch mẫu</button>
        </form>
      </section>
    ) : null}
    <ul class="plain">
      {plans.map((plan) => {
        const ceremony = plan.ceremonyJson ? (JSON.parse(plan.ceremonyJson) as Ceremony) : null;
        const day = ceremony?.start && /^\d{4}-\d{2}-\d{2}/.test(ceremony.start) ? ceremony.start.slice(0, 10) : null;
        const look = needsLook(plan);
        return (
          <li>
            <a href={`/plans/${plan.id}`}>
              <strong>{plan.title}</strong>
            </a>
            <br />
            <span class="small muted">
              {plan.number ? `Số ${plan.number}` : "Không số"}
              {plan.issuer ? ` · ${plan.issuer}` : ""}
              {plan.issued ? ` · ${vietnameseDate(plan.issued)}` : ""} · {plan.tasks.length} nhiệm vụ
            </span>
            <br />
            <span class="small">
              {ceremony ? `${ceremony.name}: ${ceremony.start ? vietnameseDate(ceremony.start) : "chưa có ngày"}` : "Không có lễ chính"}
              {day ? ` — ${daysWords(toDayNumber(day) - toDayNumber(today))}` : ""}{" "}
              {marks([[ceremony?.tentative === true, "dự kiến", "warn"], [look > 0, `${look} cần xem lại`, "bad"]])}
            </span>
          </li>
        );
      })}
    </ul>
  </Layout>
);

const INDEX = {
  service: "lich-kehoach",
  description: "Lịch kế hoạch: lịch đăng ký theo từng đơn vị từ các kế hoạch hành chính.",
  links: {
    docs: "/docs", openapi: "/openapi.json", plans: "/api/plans", schedule: "/api/schedule", units: "/api/units", occasions: "/api/occasions",
    resolve: "/api/timing/resolve", changes: "/api/changes", feedTokens: "/api/feed-tokens", allFeed: "/feeds/all.ics", health: "/health",
  },
};

const home = createRoute({
  method: "get",
  path: "/",
  tags: ["Trang"],
  summary: "Trang chủ (trình duyệt) hoặc mục lục của API (chương trình: không có text/html trong Accept)",
  responses: {
    200: {
      description: "Trang chủ, hoặc mục lục JSON",
      content: { "text/html": { schema: z.string() }, "application/json": { schema: z.object({ service: z.string(), description: z.string(), links: z.record(z.string(), z.string()) }) } },
    },
  },
});

async function renderHome(c: Context<AppEnv>, status: 200 | 400 | 403 | 413 | 415 | 422 = 200, message?: string) {
  const [user, plans] = await Promise.all([pageUser(c), planOverview(c.var.db)]);
  const samples = plans.length === 0 ? (c.var.deps.samples?.().length ?? 0) : 0;
  return c.html(<Home user={user} plans={plans} today={vietnamDay(c.var.now)} samples={samples} message={message} />, status);
}

export const homePages = router()
  .openapi(home, async (c) => {
    if (!(c.req.header("accept") ?? "").includes("text/html")) return c.json(INDEX, 200) as never;
    return (await renderHome(c)) as never;
  })
  .openapi(pagePost("/samples", "Nhập các kế hoạch mẫu (thư mục examples/) vào dịch vụ còn trống", { csrf: "Mã biểu mẫu" }), async (c) => {
    try {
      const form = await readForm(c);
      const actor = await requirePageWrite(c, form);
      const samples = c.var.deps.samples?.() ?? [];
      if (samples.length === 0) throw new ApiError(400, "no-samples", "Dịch vụ này không có kế hoạch mẫu (thư mục examples/).");
      const importer = (received: ReceivedDocument, who: string) => importUpload(c, received, who);
      const outcomes = await importSamples(samples, c.var.now, actor.name, { importer, reread: rereaderOf(c) });
      const first = outcomes.find((o) => o.ok && samples.find((s) => s.fileName === o.fileName)?.ceremony) ?? outcomes.find((o) => o.ok);
      return c.redirect(first?.ok ? `/plans/${first.planId}?done=samples` : "/", 303) as never;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === "sign-in-needed") return c.redirect("/sign-in?next=/", 303) as never;
      const status = ([400, 403, 413, 415, 422] as const).find((s) => s === error.status) ?? 400;
      return (await renderHome(c, status, error.message)) as never;
    }
  })
  .openapi(pagePost("/plans", "Tải một kế hoạch lên từ trang chủ (tệp hoặc văn bản dán vào)", { file: "Tệp .docx, .pdf, .txt", text: "hoặc toàn văn", csrf: "Mã biểu mẫu" }, undefined, true), async (c) => {
    try {
      const form = await readForm(c);
      const actor = await requirePageWrite(c, form);
      const file = form.file;
      const pasted = text(form, "text");
      let bytes: Uint8Array;
      let fileName: string;
      let mediaType: string;
      if (file instanceof File && file.size > 0) {
        bytes = new Uint8Array(await file.arrayBuffer());
        fileName = file.name || "ke-hoach.txt";
        mediaType = file.type;
      } else if (pasted) {
        bytes = new TextEncoder().encode(pasted);
        fileName = "ke-hoach-dan-vao.txt";
        mediaType = "text/plain";
      } else {
        throw new ApiError(400, "missing-file", "Chọn tệp kế hoạch hoặc dán toàn văn vào ô bên dưới.");
      }
      if (bytes.byteLength > c.var.settings.maxUploadBytes) throw new ApiError(413, "too-large", `Tệp quá lớn: tối đa ${Math.round(c.var.settings.maxUploadBytes / 1024 / 1024)} MB.`);
      const received = { bytes, fileName, mediaType, receivedAt: c.var.now };
      const outcome = await importUpload(c, received, actor.name);
      const done = outcome.created ? "imported" : outcome.revision ? "revised" : "same";
      return c.redirect(`/plans/${outcome.planId}?done=${done}`, 303) as never;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.code === "sign-in-needed") return c.redirect("/sign-in?next=/", 303) as never;
      const status = ([400, 403, 413, 415, 422] as const).find((s) => s === error.status) ?? 400;
      return (await renderHome(c, status, error.message)) as never;
    }
  });
