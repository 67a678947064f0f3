import { Hono, type Context } from "hono";
import { publicOrigin, requireWriteAccess, type AppEnv } from "../app.ts";
import { importDocument, rereadPlan, type ReceivedDocument } from "../importer.ts";
import { checkCeremonyOverride, type CeremonyOverride } from "../reader/ceremony-override.ts";
import { getPlan, listPlans } from "../store/plans.ts";
import { ApiError, readJsonBody } from "./errors.ts";
import { planJson } from "./plan-json.ts";

/** The kind of file is wrong (415); otherwise the file is of the right kind but unusable (422). */
const UNSUPPORTED = new Set(["unsupported-format", "legacy-word", "image-not-document"]);

export const planRoutes = new Hono<AppEnv>()
  .post("/", async (c) => {
    requireWriteAccess(c);
    const received = await receiveDocument(c);
    const outcome = await importDocument(c.var.db, received);
    if (!outcome.ok) throw new ApiError(UNSUPPORTED.has(outcome.code) ? 415 : 422, outcome.code, outcome.message);
    const plan = await getPlan(c.var.db, outcome.planId);
    c.header("Location", `/api/plans/${outcome.planId}`);
    return c.json({ created: outcome.created, revision: outcome.revision, plan: planJson(plan!, publicOrigin(c)) }, outcome.created ? 201 : 200);
  })
  .get("/", async (c) => {
    const plans = await listPlans(c.var.db);
    return c.json({
      plans: plans.map(({ _count, createdAt, updatedAt, ...plan }) => ({
        ...plan,
        taskCount: _count.tasks,
        createdAt: createdAt.toISOString(),
        updatedAt: updatedAt.toISOString(),
        url: `/api/plans/${plan.id}`,
      })),
    });
  })
  .put("/:id/ceremony", async (c) => {
    requireWriteAccess(c);
    const checked = checkCeremonyOverride(await readJsonBody(c));
    if (!checked.ok) throw new ApiError(400, "invalid-ceremony", checked.message);
    return answerReread(c, checked.value);
  })
  .delete("/:id/ceremony", async (c) => {
    requireWriteAccess(c);
    return answerReread(c, null);
  })
  .get("/:id", async (c) => {
    const plan = await getPlan(c.var.db, c.req.param("id"));
    if (!plan) throw new ApiError(404, "plan-not-found", `Không có kế hoạch mã "${c.req.param("id")}".`);
    return c.json({ plan: planJson(plan, publicOrigin(c)) });
  });

/** The plan read again with the organizers' ceremony date (or without it): what moved, and the plan. */
async function answerReread(c: Context<AppEnv>, ceremony: CeremonyOverride | null): Promise<Response> {
  const id = c.req.param("id")!;
  const outcome = await rereadPlan(c.var.db, id, c.var.now, ceremony);
  if (!outcome) throw new ApiError(404, "plan-not-found", `Không có kế hoạch mã "${id}".`);
  const plan = await getPlan(c.var.db, id);
  return c.json({ revision: outcome, plan: planJson(plan!, publicOrigin(c)) });
}

/** The document from a `text/plain` body, or from the multipart field `file`. */
async function receiveDocument(c: Context<AppEnv>): Promise<ReceivedDocument> {
  const type = c.req.header("content-type") ?? "";
  const receivedAt = c.var.now;
  if (type.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new ApiError(400, "invalid-multipart", "Không đọc được dữ liệu multipart gửi lên.");
    }
    const file = form.get("file") as unknown;
    if (!(file instanceof Blob)) {
      throw new ApiError(400, "missing-file", "Thiếu tệp: gửi kế hoạch trong trường \"file\" của biểu mẫu multipart.");
    }
    return { bytes: new Uint8Array(await file.arrayBuffer()), fileName: (file as File).name || "ke-hoach.txt", mediaType: file.type, receivedAt };
  }
  if (type === "" || type.startsWith("text/plain") || type.startsWith("application/octet-stream")) {
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength === 0) throw new ApiError(400, "empty-body", "Nội dung gửi lên rỗng: hãy gửi văn bản kế hoạch.");
    const fileName = c.req.header("x-file-name") ?? c.req.query("name") ?? "ke-hoach.txt";
    return { bytes, fileName: decodeURIComponentSafe(fileName), mediaType: type, receivedAt };
  }
  throw new ApiError(415, "unsupported-media-type", `Không nhận kiểu nội dung "${type}": dùng text/plain; charset=utf-8 hoặc multipart/form-data (trường "file").`);
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
