/**
 * `/api/plans`: upload a plan (new or revised), list, read, delete; set the ceremony date;
 * correct a task; the plan's audit trail.
 */
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { ReceivedDocument } from "../../store/importer.ts";
import { checkCeremonyOverride, type CeremonyOverride } from "../../reader/ceremony-override.ts";
import { listAudit } from "../../store/audit.ts";
import { deletePlan, getPlan, listPlans } from "../../store/plans.ts";
import { requireWriteAccess } from "../access.ts";
import { publicOrigin, type AppEnv } from "../context.ts";
import { ApiError, planNotFound } from "../errors.ts";
import { errors, json, router, WRITE_SECURITY, z } from "../openapi.ts";
import { PlanIdParam } from "../schedule/schemas.ts";
import { planJson } from "./plan-json.ts";
import { AuditPageSchema, AuditQuery, CeremonyBodySchema, PlanSchema, PlanSummarySchema, RevisionSchema } from "./schemas.ts";
import { setCeremony, rereaderOf } from "./correct.ts";
import { importUpload } from "./upload.ts";
import { taskCorrectionRoutes } from "./tasks.ts";


const upload = createRoute({
  method: "post",
  path: "/",
  tags: ["Kế hoạch"],
  summary: "Tải lên một kế hoạch (.docx, .pdf, .txt): kế hoạch mới, hoặc bản sửa đổi của kế hoạch đã có (cùng cơ quan và số)",
  description: "Gửi văn bản dạng `text/plain; charset=utf-8` (tên tệp trong tiêu đề `X-File-Name`), hoặc `multipart/form-data` với trường `file`. Cùng một tệp gửi lại: 200, không đổi gì.",
  security: WRITE_SECURITY,
  request: {
    body: {
      content: {
        "text/plain": { schema: z.string().openapi({ example: "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\n…\nKẾ HOẠCH\n…" }) },
        "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) },
        "multipart/form-data": { schema: z.object({ file: z.any().optional().openapi({ type: "string", format: "binary", description: "Tệp .docx, .doc, .pdf hoặc .txt" }) }) },
      },
    },
  },
  responses: {
    201: json(z.object({ created: z.literal(true), revision: RevisionSchema.nullable(), plan: PlanSchema }), "Kế hoạch mới"),
    200: json(z.object({ created: z.literal(false), revision: RevisionSchema.nullable(), plan: PlanSchema }), "Bản sửa đổi của kế hoạch đã có (hoặc đúng tệp đã gửi)"),
    ...errors(400, 401, 403, 413, 415, 422),
  },
});

const list = createRoute({
  method: "get",
  path: "/",
  tags: ["Kế hoạch"],
  summary: "Danh sách kế hoạch",
  responses: { 200: json(z.object({ plans: z.array(PlanSummarySchema) }), "Các kế hoạch, mới nhất trước") },
});

const read = createRoute({
  method: "get",
  path: "/{id}",
  tags: ["Kế hoạch"],
  summary: "Một kế hoạch: thông tin văn bản, dịp kỷ niệm, lễ, nhiệm vụ với đơn vị và thời gian, điều chỉnh, cảnh báo, lịch",
  request: { params: PlanIdParam },
  responses: { 200: json(z.object({ plan: PlanSchema }), "Kế hoạch"), ...errors(400, 404) },
});

const remove = createRoute({
  method: "delete",
  path: "/{id}",
  tags: ["Kế hoạch"],
  summary: "Xoá một kế hoạch: các sự kiện của nó rời khỏi mọi lịch",
  security: WRITE_SECURITY,
  request: { params: PlanIdParam },
  responses: { 200: json(z.object({ deleted: z.string() }), "Đã xoá"), ...errors(400, 401, 403, 404) },
});

const putCeremony = createRoute({
  method: "put",
  path: "/{id}/ceremony",
  tags: ["Kế hoạch"],
  summary: "Đặt ngày, giờ, địa điểm của lễ: mọi việc tính theo lễ dời theo",
  security: WRITE_SECURITY,
  request: { params: PlanIdParam, body: { required: true, content: { "application/json": { schema: CeremonyBodySchema } } } },
  responses: { 200: json(z.object({ revision: RevisionSchema, plan: PlanSchema }), "Các sự kiện đã dời, và kế hoạch"), ...errors(400, 401, 403, 404) },
});

const deleteCeremony = createRoute({
  method: "delete",
  path: "/{id}/ceremony",
  tags: ["Kế hoạch"],
  summary: "Bỏ ngày lễ đã đặt: trở về ngày văn bản ghi",
  security: WRITE_SECURITY,
  request: { params: PlanIdParam },
  responses: { 200: json(z.object({ revision: RevisionSchema, plan: PlanSchema }), "Các sự kiện đã dời, và kế hoạch"), ...errors(400, 401, 403, 404) },
});

const changes = createRoute({
  method: "get",
  path: "/{id}/changes",
  tags: ["Nhật ký"],
  summary: "Nhật ký thay đổi của một kế hoạch: nhập, sửa đổi, lễ, điều chỉnh nhiệm vụ, xoá — ai, khi nào, trước → sau",
  request: { params: PlanIdParam, query: AuditQuery },
  responses: { 200: json(AuditPageSchema, "Mới nhất trước"), ...errors(400) },
});

export const planRoutes = router()
  .openapi(upload, async (c) => {
    const actor = await requireWriteAccess(c);
    const received = await receiveDocument(c);
    const outcome = await importUpload(c, received, actor.name);
    const plan = outcome.stored ?? (await getPlan(c.var.db, outcome.planId));
    c.header("Location", `/api/plans/${outcome.planId}`);
    const body = { revision: outcome.revision, plan: planJson(plan!, publicOrigin(c)) };
    return outcome.created ? c.json({ created: true as const, ...body }, 201) : c.json({ created: false as const, ...body }, 200);
  })
  .openapi(list, async (c) => {
    const plans = await listPlans(c.var.db);
    return c.json(
      {
        plans: plans.map(({ _count, createdAt, updatedAt, ...plan }) => ({
          ...plan,
          taskCount: _count.tasks,
          createdAt: createdAt.toISOString(),
          updatedAt: updatedAt.toISOString(),
          url: `/api/plans/${plan.id}`,
        })),
      },
      200,
    );
  })
  .openapi(read, async (c) => {
    const { id } = c.req.valid("param");
    const plan = await getPlan(c.var.db, id);
    if (!plan) throw planNotFound(id);
    return c.json({ plan: planJson(plan, publicOrigin(c)) }, 200);
  })
  .openapi(remove, async (c) => {
    const actor = await requireWriteAccess(c);
    const { id } = c.req.valid("param");
    if (!(await deletePlan(c.var.db, id, { actor: actor.name, action: "plan.deleted", planId: id, at: c.var.now }))) throw planNotFound(id);
    return c.json({ deleted: id }, 200);
  })
  .openapi(putCeremony, async (c) => {
    const actor = await requireWriteAccess(c);
    const checked = checkCeremonyOverride(c.req.valid("json"));
    if (!checked.ok) throw new ApiError(400, "invalid-ceremony", checked.message);
    return c.json(await reread(c, checked.value, actor.name), 200);
  })
  .openapi(deleteCeremony, async (c) => {
    const actor = await requireWriteAccess(c);
    return c.json(await reread(c, null, actor.name), 200);
  })
  .openapi(changes, async (c) => {
    const { limit, before } = c.req.valid("query");
    const page = await listAudit(c.var.db, { planId: c.req.valid("param").id, limit, ...(before ? { before } : {}) });
    return c.json({ changes: page.events, next: page.next }, 200);
  })
  .route("/", taskCorrectionRoutes);

/** The plan read again with the organizers' ceremony date (or without it): what moved, and the plan. */
async function reread(c: Context<AppEnv>, ceremony: CeremonyOverride | null, actor: string) {
  const id = c.req.param("id")!;
  const outcome = await setCeremony(c.var.db, rereaderOf(c), c.var.now, id, ceremony, actor);
  const plan = await getPlan(c.var.db, id);
  return { revision: outcome, plan: planJson(plan!, publicOrigin(c)) };
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
