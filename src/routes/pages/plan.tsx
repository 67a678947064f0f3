/**
 * `/plans/:id`: what the organizers of a plan see and correct — the document's facts, the
 * ceremony and its countdown, the timeline month by month, what needs a look, every task with
 * its correction form, the document with line numbers, revisions, feeds and exports.
 */
import type { Context } from "hono";
import type { FC } from "hono/jsx";
import { ROLE_LABELS } from "../../schedule/build.ts";
import type { UnitRole } from "../../reader/types.ts";
import { listAudit } from "../../store/audit.ts";
import { getPlan, planSource } from "../../store/plans.ts";
import { everyEntry, schedulePage, type ScheduleRow } from "../../store/schedule.ts";
import { vietnamDay } from "../../timing/dates.ts";
import type { Resolution } from "../../timing/types.ts";
import { checkCeremonyOverride } from "../../reader/ceremony-override.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";
import { feedLinks } from "../feed-links.ts";
import { router } from "../openapi.ts";
import { correctTask, previewPhrase, restoreTask, setCeremony, rereaderOf } from "../plans/correct.ts";
import { planJson, type PlanJson } from "../plans/plan-json.ts";
import { countdownOf, type Countdown } from "../schedule/answers.ts";
import { ceremonyFromForm, readForm, taskPatchFromForm, text, unitLines } from "./forms.ts";
import { itemText, monthTitle, vietnameseDate, vietnamTime } from "./format.ts";
import { Csrf, Layout, marks, NotFound, type PageUser } from "./layout.tsx";
import { pageGet, pagePost, param, pathParams } from "./route.ts";
import { pageUser, requirePageWrite } from "./session.tsx";
import { SubscribeLinks } from "./subscribe.tsx";
import { resolveUnitLines } from "./units-input.ts";

type Task = PlanJson["tasks"][number];

interface Preview {
  key: string;
  phrase: string;
  resolution: Resolution;
}

interface PlanView {
  plan: PlanJson;
  user: PageUser;
  countdown: Countdown;
  entries: ScheduleRow[];
  lines: string[];
  trail: Awaited<ReturnType<typeof listAudit>>["events"];
  notice?: { tone: "ok" | "bad" | "info"; text: string };
  preview?: Preview;
  origin: string;
  privateFeeds: boolean;
}

const roleText = (role: string) => ROLE_LABELS[role as UnitRole] ?? role;

const Units: FC<{ units: Array<{ name: string; slug: string; role: string }> }> = ({ units }) =>
  units.length === 0 ? (
    <span class="muted">Chưa rõ đơn vị</span>
  ) : (
    <span>
      {units.map((u, i) => (
        <span>
          {i > 0 ? "; " : ""}
          <a href={`/units/${u.slug}`}>{u.name}</a> <span class="muted small">({roleText(u.role).toLowerCase()})</span>
        </span>
      ))}
    </span>
  );

function entryMarks(e: ScheduleRow) {
  return marks([
    [e.tentative, "dự kiến", "warn"],
    [e.assumed, "tạm tính", "warn"],
    [e.provisional, "chờ ngày lễ", "warn"],
    [e.done, "đã thực hiện", "ok"],
    [e.kind === "recurring", "định kỳ", "info"],
    [e.itemRole === "peak" || e.kind === "window", "cao điểm", "info"],
    [e.task.correctionJson !== null, "đã điều chỉnh", "info"],
  ]);
}

const Timeline: FC<{ entries: ScheduleRow[] }> = ({ entries }) => {
  const months = new Map<string, ScheduleRow[]>();
  for (const entry of entries) {
    const month = entry.start.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }
  if (months.size === 0) return <p class="muted">Chưa có việc nào có ngày.</p>;
  return (
    <div>
      {[...months].map(([month, items]) => (
        <section class="card">
          <h3>{monthTitle(month)}</h3>
          <ul class="plain">
            {items.map((e) => (
              <li>
                <strong>{itemText(e)}</strong> {entryMarks(e)}
                <br />
                <a href={`#task-${e.task.key}`}>{e.task.title}</a>
                <br />
                <span class="small">
                  <Units units={e.task.units.map(({ role, unit }) => ({ ...unit, role }))} />
                </span>
                <br />
                <span class="muted small">“{e.phrase}”</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
};

/** Lines of the document around a task or a warning, numbered. */
const Excerpt: FC<{ lines: string[]; from: number; to: number }> = ({ lines, from, to }) => {
  const first = Math.max(1, from - 2);
  const last = Math.min(lines.length, to + 2);
  const shown = [];
  for (let n = first; n <= last; n++) {
    shown.push(
      <span class={n >= from && n <= to ? "hit" : ""}>
        <span class="n">{n}</span>
        {lines[n - 1] ?? ""}
        {"\n"}
      </span>,
    );
  }
  return <pre class="doc">{shown}</pre>;
};

const CorrectionForm: FC<{ plan: PlanJson; task: Task; user: PageUser; preview?: Preview | undefined }> = ({ plan, task, user, preview }) => {
  const lead = task.units.filter((u) => u.role === "lead").map((u) => u.name).join("\n");
  const support = task.units.filter((u) => u.role !== "lead").map((u) => u.name).join("\n");
  const open = preview?.key === task.id;
  return (
    <details open={open}>
      <summary>Điều chỉnh nhiệm vụ này</summary>
      <form method="post" action={`/plans/${plan.id}/tasks/${encodeURIComponent(task.id)}/correction`}>
        <Csrf user={user} />
        <label for={`phrase-${task.id}`}>Thời gian mới (như văn bản viết, ví dụ “Chậm nhất ngày 10/4/2025”, “Trước lễ kỷ niệm 05 ngày”)</label>
        <input id={`phrase-${task.id}`} type="text" name="phrase" value={open ? preview!.phrase : ""} />
        {open ? (
          <p class={`notice ${preview!.resolution.items.length > 0 ? "info" : "bad"}`}>
            Xem trước: {preview!.resolution.items.length > 0 ? preview!.resolution.items.map((i) => itemText(i)).join("; ") : `chưa xếp được ngày — ${preview!.resolution.unresolved?.text ?? preview!.resolution.notes.join(" ")}`}
          </p>
        ) : null}
        <div class="grid">
          <div>
            <label for={`from-${task.id}`}>hoặc từ ngày</label>
            <input id={`from-${task.id}`} type="date" name="from" />
          </div>
          <div>
            <label for={`to-${task.id}`}>đến ngày (bỏ trống: hạn trong một ngày)</label>
            <input id={`to-${task.id}`} type="date" name="to" />
          </div>
        </div>
        <div class="grid">
          <div>
            <label for={`lead-${task.id}`}>Đơn vị chủ trì (mỗi dòng một đơn vị)</label>
            <textarea id={`lead-${task.id}`} name="lead">{lead}</textarea>
            <input type="hidden" name="leadBefore" value={lead} />
          </div>
          <div>
            <label for={`support-${task.id}`}>Đơn vị phối hợp</label>
            <textarea id={`support-${task.id}`} name="support">{support}</textarea>
            <input type="hidden" name="supportBefore" value={support} />
          </div>
        </div>
        <label for={`done-${task.id}`}>Tình trạng</label>
        <select id={`done-${task.id}`} name="done">
          <option value="">Giữ nguyên</option>
          <option value="yes">Đã thực hiện</option>
          <option value="no">Chưa thực hiện</option>
        </select>
        <label for={`note-${task.id}`}>Ghi chú (lưu trong nhật ký)</label>
        <input id={`note-${task.id}`} type="text" name="note" />
        <button type="submit" name="action" value="preview" class="secondary">Xem trước ngày</button>
        <button type="submit" name="action" value="save">Lưu điều chỉnh</button>
      </form>
    </details>
  );
};

const TaskCard: FC<{ plan: PlanJson; task: Task; user: PageUser; lines: string[]; preview?: Preview | undefined; excerpt?: boolean }> = ({ plan, task, user, lines, preview, excerpt }) => (
  <section class="card" id={`task-${task.id}`}>
    <h3>
      <a href={`/plans/${plan.id}/tasks/${encodeURIComponent(task.id)}`}>{task.id}</a> {task.title}
    </h3>
    <p class="small">
      <Units units={task.units} />
    </p>
    <ul class="small">
      {task.timing.length === 0 ? <li class="muted">Văn bản không ghi thời gian cho nhiệm vụ này.</li> : null}
      {task.timing.map((r) => (
        <li>
          “{r.phrase}” {marks([[r.tentative, "dự kiến", "warn"], [r.provisional, "chờ ngày lễ", "warn"], [r.done, "đã thực hiện", "ok"]])}
          {r.items.length > 0 ? <span> → {r.items.map((i) => itemText(i)).join("; ")}</span> : <span class="muted"> → chưa xếp được ngày{r.unresolved ? `: ${r.unresolved.text}` : ""}</span>}
        </li>
      ))}
    </ul>
    {task.correction ? (
      <div class="notice info small">
        Đã điều chỉnh bởi <strong>{task.correction.by}</strong> lúc {vietnamTime(new Date(task.correction.at))}
        {task.correction.note ? ` — ${task.correction.note}` : ""}. Văn bản ghi: {task.correction.document.timing.map((p) => `“${p}”`).join(", ") || "không ghi thời gian"};{" "}
        {task.correction.document.units.map((u) => `${u.name} (${roleText(u.role).toLowerCase()})`).join("; ") || "không ghi đơn vị"}.
        <form method="post" action={`/plans/${plan.id}/tasks/${encodeURIComponent(task.id)}/correction/delete`}>
          <Csrf user={user} />
          <button type="submit" class="secondary">Hoàn tác: theo văn bản</button>
        </form>
      </div>
    ) : null}
    {excerpt ? <Excerpt lines={lines} from={task.lines[0]} to={task.lines[1]} /> : null}
    <CorrectionForm plan={plan} task={task} user={user} preview={preview} />
  </section>
);

const CeremonyCard: FC<{ plan: PlanJson; countdown: Countdown; user: PageUser }> = ({ plan, countdown, user }) => {
  const ceremony = plan.ceremony;
  const start = ceremony?.start ?? "";
  return (
    <section class="card">
      <h2 style="margin-top:0">{ceremony ? ceremony.name : "Lễ chính"}</h2>
      {ceremony ? (
        <p>
          <strong>{start ? vietnameseDate(start) : "chưa có ngày"}</strong>
          {ceremony.end && ceremony.end !== start ? ` – ${vietnameseDate(ceremony.end)}` : ""}
          {ceremony.location ? ` · ${ceremony.location}` : ""}{" "}
          {marks([[ceremony.tentative, "dự kiến", "warn"], [!ceremony.tentative, "đã chốt", "ok"], [plan.ceremonySet !== null, "ban tổ chức đặt", "info"]])}
        </p>
      ) : (
        <p class="muted">Văn bản không nêu lễ chính; có thể đặt ngày bên dưới.</p>
      )}
      <p class="big">{countdown.days !== null ? countdown.text : ""}</p>
      {countdown.days === null ? <p class="muted">{countdown.text}</p> : null}
      <p>
        <a href={`/plans/${plan.id}/countdown`}>Màn hình đếm ngược</a>
      </p>
      <form method="post" action={`/plans/${plan.id}/ceremony`}>
        <Csrf user={user} />
        <div class="grid">
          <div>
            <label for="date">Ngày tổ chức</label>
            <input id="date" type="date" name="date" value={/^\d{4}-\d{2}-\d{2}/.test(start) ? start.slice(0, 10) : ""} required />
          </div>
          <div>
            <label for="time">Giờ bắt đầu</label>
            <input id="time" type="time" name="time" value={start.length > 10 ? start.slice(11, 16) : ""} />
          </div>
          <div>
            <label for="endTime">Giờ kết thúc</label>
            <input id="endTime" type="time" name="endTime" />
          </div>
        </div>
        <label for="location">Địa điểm</label>
        <input id="location" type="text" name="location" value={ceremony?.location ?? ""} />
        <button type="submit" name="action" value="set">Lưu ngày lễ</button>
        {plan.ceremonySet ? (
          <button type="submit" name="action" value="clear" class="secondary" formnovalidate>
            Bỏ ngày đã đặt (theo văn bản)
          </button>
        ) : null}
      </form>
    </section>
  );
};

const PlanPage: FC<PlanView> = ({ plan, user, countdown, entries, lines, trail, notice, preview, origin, privateFeeds }) => {
  const needsLook = plan.tasks.filter((t) => t.timing.length === 0 || t.timing.some((r) => r.items.length === 0));
  return (
    <Layout title={plan.title} user={user}>
      <p class="muted">
        Kế hoạch{plan.number ? ` số ${plan.number}` : ""}
        {plan.issuer ? ` · ${plan.issuer}` : ""}
        {plan.issued ? ` · ${plan.place ? `${plan.place}, ` : ""}${vietnameseDate(plan.issued)}` : ""}
      </p>
      <h1>{plan.title}</h1>
      {notice ? <p class={`notice ${notice.tone}`}>{notice.text}</p> : null}
      <p class="small">
        {plan.tasks.length} nhiệm vụ · {entries.length} mục có ngày · {needsLook.length + plan.warnings.length} điều cần xem lại · đã hiểu {Math.round(plan.coverage * 100)}% văn bản
        {plan.scope ? ` · ${plan.scope}` : ""}
        {plan.signer ? ` · người ký: ${plan.signer}` : ""}
      </p>
      {plan.occasions.length > 0 ? (
        <p class="small">
          Dịp kỷ niệm:{" "}
          {plan.occasions.map((o, i) => (
            <span>
              {i > 0 ? "; " : ""}
              {o.name} ({vietnameseDate(o.date)}){o.main ? " — dịp chính" : ""}
            </span>
          ))}
        </p>
      ) : null}
      <CeremonyCard plan={plan} countdown={countdown} user={user} />

      <h2>Lịch theo tháng</h2>
      <Timeline entries={entries} />

      <h2 id="review">Cần xem lại ({needsLook.length + plan.warnings.length})</h2>
      {needsLook.length + plan.warnings.length === 0 ? <p class="muted">Không có gì cần xem lại.</p> : null}
      {plan.warnings.map((w) => (
        <section class="card">
          <p>
            <span class="mark warn">dòng {w.line}</span> {w.message}
          </p>
          <Excerpt lines={lines} from={w.line} to={w.line} />
        </section>
      ))}
      {needsLook.map((task) => (
        <TaskCard plan={plan} task={task} user={user} lines={lines} preview={preview} excerpt />
      ))}

      <h2>Nhiệm vụ ({plan.tasks.length})</h2>
      {plan.tasks.filter((t) => !needsLook.includes(t)).map((task) => (
        <TaskCard plan={plan} task={task} user={user} lines={lines} preview={preview} />
      ))}

      <h2>Lịch và xuất tệp</h2>
      <section class="card">
        {privateFeeds ? <p class="muted">Lịch riêng: xin địa chỉ có mã bí mật từ người quản trị.</p> : <SubscribeLinks links={feedLinks(origin, { kind: "plan", id: plan.id }, { name: plan.title })} />}
        <p>
          Xuất lịch của kế hoạch: <a href={`/plans/${plan.id}/schedule.xlsx`}>Excel (.xlsx)</a> · <a href={`/plans/${plan.id}/schedule.csv`}>CSV</a> · <a href={`/api/plans/${plan.id}`}>JSON</a>
        </p>
      </section>

      <h2>Các lần nhận văn bản và thay đổi</h2>
      <section class="card">
        <ul class="small">
          {plan.documents.map((d, i) => (
            <li>
              {i === 0 ? "Bản đầu" : `Bản sửa đổi ${i}`}: {d.fileName} ({Math.ceil(d.size / 1024)} KB), nhận lúc {vietnamTime(new Date(d.receivedAt))}
            </li>
          ))}
        </ul>
        <ul class="small">
          {trail.map((event) => (
            <li>
              {vietnamTime(new Date(event.at))} — {event.actor}: {ACTION_WORDS[event.action] ?? event.action}
              {event.subject ? ` ${event.subject}` : ""}
              {event.note ? ` (${event.note})` : ""}
            </li>
          ))}
        </ul>
      </section>

      <h2>Văn bản</h2>
      <details>
        <summary>Xem toàn văn ({lines.length} dòng)</summary>
        <pre class="doc">
          {lines.map((line, i) => (
            <span>
              <span class="n">{i + 1}</span>
              {line}
              {"\n"}
            </span>
          ))}
        </pre>
      </details>
    </Layout>
  );
};

const ACTION_WORDS: Record<string, string> = {
  "plan.imported": "nhập kế hoạch",
  "plan.revised": "nhận bản sửa đổi",
  "ceremony.set": "đặt ngày lễ",
  "ceremony.cleared": "bỏ ngày lễ đã đặt",
  "task.corrected": "điều chỉnh nhiệm vụ",
  "task.correction-removed": "hoàn tác điều chỉnh nhiệm vụ",
  "feed-token.issued": "cấp địa chỉ lịch riêng",
  "feed-token.revoked": "thu hồi địa chỉ lịch riêng",
};

async function planView(c: Context<AppEnv>, id: string, extra: Pick<PlanView, "notice" | "preview"> = {}): Promise<PlanView | null> {
  const stored = await getPlan(c.var.db, id);
  if (!stored) return null;
  const origin = publicOrigin(c);
  const [user, countdown, entries, source, trail] = await Promise.all([
    pageUser(c),
    countdownOf(c.var.db, id, c.var.now, origin),
    schedulePage(c.var.db, everyEntry({ planIds: [id] }, vietnamDay(c.var.now)), null, 5000),
    planSource(c.var.db, id),
    listAudit(c.var.db, { planId: id, limit: 50 }),
  ]);
  return { plan: planJson(stored, origin), user, countdown, entries: entries.slice(0, 5000), lines: (source?.text ?? "").split("\n"), trail: trail.events, origin, privateFeeds: c.var.settings.privateFeeds, ...extra };
}

export async function renderPlan(c: Context<AppEnv>, id: string, status: 200 | 400 | 401 | 403 | 404 | 422 = 200, extra: Pick<PlanView, "notice" | "preview"> = {}) {
  const view = await planView(c, id, extra);
  if (!view) return notFound(c);
  return c.html(<PlanPage {...view} />, status);
}

async function notFound(c: Context<AppEnv>) {
  return c.html(<NotFound user={await pageUser(c)} what="kế hoạch" back={{ href: "/", label: "Về trang chủ" }} />, 404);
}

const NOTICES: Record<string, string> = {
  imported: "Đã nhập kế hoạch. Xem lịch theo tháng và mục “Cần xem lại” bên dưới.",
  revised: "Đã nhận bản sửa đổi: lịch đã cập nhật.",
  same: "Văn bản này đã nhập trước đây: không có gì thay đổi.",
  ceremony: "Đã lưu ngày lễ: mọi việc tính theo lễ đã dời theo.",
  "ceremony-cleared": "Đã bỏ ngày lễ đã đặt: theo lại văn bản.",
  corrected: "Đã lưu điều chỉnh: lịch của các đơn vị đã cập nhật.",
  restored: "Đã hoàn tác: nhiệm vụ theo lại văn bản.",
  samples: "Đã nhập các kế hoạch mẫu. Ngày giờ của buổi lễ trong kế hoạch này lấy theo văn bản, đặt như ban tổ chức sẽ đặt: xem màn hình đếm ngược, lịch của từng đơn vị, và các kế hoạch khác ở trang chủ.",
};

/** A write refused: the page again, saying why (sign-in first when that is the reason). */
async function refused(c: Context<AppEnv>, id: string, error: unknown) {
  if (!(error instanceof ApiError)) throw error;
  if (error.code === "sign-in-needed") return c.redirect(`/sign-in?next=${encodeURIComponent(`/plans/${id}`)}`, 303);
  const status = ([400, 401, 403, 404, 422] as const).find((s) => s === error.status) ?? 400;
  return renderPlan(c, id, status, { notice: { tone: "bad", text: error.message } });
}

const idParams = pathParams("id");
const taskParams = pathParams("id", "key");

export const planPages = router()
  .openapi(pageGet("/plans/{id}", "Trang của một kế hoạch: lễ và đếm ngược, lịch theo tháng, cần xem lại, nhiệm vụ và điều chỉnh, văn bản", idParams), async (c) => {
    const id = param(c, "id");
    const done = c.req.query("done");
    return (await renderPlan(c, id, 200, done && NOTICES[done] ? { notice: { tone: "ok", text: NOTICES[done]! } } : {})) as never;
  })
  .openapi(pagePost("/plans/{id}/ceremony", "Đặt (hoặc bỏ) ngày, giờ, địa điểm của lễ", { date: "Ngày (YYYY-MM-DD)", time: "Giờ bắt đầu (HH:MM)", endTime: "Giờ kết thúc", location: "Địa điểm", action: "set | clear", csrf: "Mã biểu mẫu" }, idParams), async (c) => {
    const id = param(c, "id");
    try {
      const form = await readForm(c);
      const actor = await requirePageWrite(c, form);
      const clear = text(form, "action") === "clear";
      let ceremony = null;
      if (!clear) {
        const checked = checkCeremonyOverride(ceremonyFromForm(form));
        if (!checked.ok) throw new ApiError(400, "invalid-ceremony", checked.message);
        ceremony = checked.value;
      }
      await setCeremony(c.var.db, rereaderOf(c), c.var.now, id, ceremony, actor.name);
      return c.redirect(`/plans/${id}?done=${clear ? "ceremony-cleared" : "ceremony"}`, 303) as never;
    } catch (error) {
      return (await refused(c, id, error)) as never;
    }
  })
  .openapi(pagePost("/plans/{id}/tasks/{key}/correction", "Điều chỉnh một nhiệm vụ (xem trước, rồi lưu)", { phrase: "Thời gian mới", from: "Từ ngày", to: "Đến ngày", lead: "Đơn vị chủ trì, mỗi dòng một", support: "Đơn vị phối hợp", done: "yes | no", note: "Ghi chú", action: "preview | save", csrf: "Mã biểu mẫu" }, taskParams), async (c) => {
    const [id, key] = [param(c, "id"), param(c, "key")];
    try {
      const form = await readForm(c);
      if (text(form, "action") === "preview") {
        const phrase = text(form, "phrase");
        if (!phrase) throw new ApiError(400, "invalid-request", "Nhập thời gian mới để xem trước.");
        return (await renderPlan(c, id, 200, { preview: { key, phrase, resolution: await previewPhrase(c.var.db, id, phrase) } })) as never;
      }
      const actor = await requirePageWrite(c, form);
      const patch = taskPatchFromForm(form);
      // The unit boxes come filled in: only what the person changed there is a correction of the units.
      const unitsEdited = normalized(text(form, "lead")) !== normalized(text(form, "leadBefore")) || normalized(text(form, "support")) !== normalized(text(form, "supportBefore"));
      const lines = unitsEdited ? unitLines(form) : undefined;
      const units = lines ? await resolveUnitLines(c.var.db, lines) : undefined;
      const body = { ...patch, ...(units ? { units } : {}) };
      if (body.timing === undefined && body.units === undefined && body.done === undefined) throw new ApiError(400, "invalid-request", "Chưa có gì để điều chỉnh: nhập thời gian mới, đổi đơn vị hoặc tình trạng.");
      await correctTask(c.var.db, rereaderOf(c), c.var.now, id, key, body, actor.name);
      return c.redirect(`/plans/${id}?done=corrected#task-${encodeURIComponent(key)}`, 303) as never;
    } catch (error) {
      return (await refused(c, id, error)) as never;
    }
  })
  .openapi(pagePost("/plans/{id}/tasks/{key}/correction/delete", "Hoàn tác điều chỉnh của một nhiệm vụ", { csrf: "Mã biểu mẫu" }, taskParams), async (c) => {
    const [id, key] = [param(c, "id"), param(c, "key")];
    try {
      const actor = await requirePageWrite(c, await readForm(c));
      await restoreTask(c.var.db, rereaderOf(c), c.var.now, id, key, actor.name);
      return c.redirect(`/plans/${id}?done=restored`, 303) as never;
    } catch (error) {
      return (await refused(c, id, error)) as never;
    }
  });

function normalized(value: string): string {
  return value.split(/\r?\n/).map((line) => line.trim()).filter(Boolean).join("\n");
}
