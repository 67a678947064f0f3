/** The plans API's shapes: a plan as `lich parse --json` gives it, plus its id, documents, feeds and corrections. */
import { isPlausibleDay } from "../../timing/dates.ts";
import { z } from "../openapi.ts";
import { KINDS, ROLES } from "../schedule/schemas.ts";

export const FeedLinksSchema = z
  .object({
    feedUrl: z.string().openapi({ example: "http://localhost:3000/feeds/plans/p_6e4cf58b1858.ics" }),
    webcalUrl: z.string().openapi({ description: "Apple Lịch, Outlook trên máy tính" }),
    googleCalendarUrl: z.string().nullable().openapi({ description: "Một nhấp để thêm vào Google Calendar; null khi địa chỉ quá dài" }),
    outlookUrl: z.string(),
    outlookComUrl: z.string(),
  })
  .openapi("FeedLinks");

export const TimingItemSchema = z
  .object({
    kind: z.enum(KINDS),
    start: z.string(),
    end: z.string(),
    role: z.enum(["main", "peak"]).optional(),
    rrule: z.string().optional(),
    anchor: z.string().optional(),
    rule: z.string().openapi({ description: "Quy ước cho ra ngày này" }),
  })
  .openapi("TimingItem");

export const ResolutionSchema = z
  .object({
    phrase: z.string().openapi({ example: "Trong quý III/2024" }),
    items: z.array(TimingItemSchema),
    tentative: z.boolean(),
    done: z.boolean(),
    provisional: z.boolean(),
    openEnded: z.boolean(),
    unresolved: z.object({ reason: z.string(), text: z.string() }).nullable(),
    notes: z.array(z.string()),
    durationMinutes: z.number().optional(),
  })
  .openapi("Resolution");

const TaskUnitRef = z.object({ name: z.string(), slug: z.string(), role: z.enum(ROLES) });

export const TaskCorrectionSchema = z
  .object({
    document: z.object({ timing: z.array(z.string()), units: z.array(TaskUnitRef) }).openapi({ description: "Điều văn bản ghi" }),
    set: z
      .object({
        timing: z.union([z.string(), z.array(z.object({ kind: z.string(), start: z.string(), end: z.string() }))]).optional(),
        units: z.array(TaskUnitRef).optional(),
        done: z.boolean().optional(),
      })
      .openapi({ description: "Điều ban tổ chức đặt" }),
    by: z.string().openapi({ description: "Tên mã truy cập, hoặc loopback", example: "Ban Tổ chức tỉnh" }),
    at: z.string(),
    note: z.string().nullable(),
  })
  .openapi("TaskCorrection");

export const TaskSchema = z
  .object({
    id: z.string().openapi({ description: "Mục trong dàn ý của kế hoạch", example: "B.I.2.1.g" }),
    title: z.string(),
    section: z.string(),
    lines: z.tuple([z.number().int(), z.number().int()]),
    timing: z.array(ResolutionSchema),
    units: z.array(TaskUnitRef.extend({ scope: z.string().nullable(), collective: z.boolean() })),
    correction: TaskCorrectionSchema.nullable(),
  })
  .openapi("Task");

export const PlanSchema = z
  .object({
    id: z.string().openapi({ example: "p_6e4cf58b1858" }),
    number: z.string().nullable().openapi({ example: "06/KH-BTC" }),
    issuer: z.string().nullable(),
    place: z.string().nullable(),
    issued: z.string().nullable().openapi({ example: "2023-05-10" }),
    title: z.string(),
    scope: z.string().nullable().openapi({ example: "tỉnh Lai Châu" }),
    signer: z.string().nullable(),
    recipients: z.array(z.string()),
    occasions: z.array(z.object({ name: z.string(), date: z.string(), origin: z.string().nullable(), years: z.number().nullable(), main: z.boolean() })),
    ceremony: z
      .object({ name: z.string(), start: z.string().nullable(), end: z.string().nullable(), tentative: z.boolean(), location: z.string().nullable(), participants: z.string().nullable() })
      .passthrough()
      .nullable(),
    ceremonySet: z.object({ start: z.string() }).passthrough().nullable().openapi({ description: "Ngày lễ ban tổ chức đặt; null: theo văn bản" }),
    tasks: z.array(TaskSchema),
    units: z.array(z.object({ name: z.string(), slug: z.string(), scope: z.string().nullable(), collective: z.boolean() }).passthrough()),
    feed: FeedLinksSchema,
    warnings: z.array(z.object({ line: z.number(), code: z.string(), message: z.string() })),
    coverage: z.number().openapi({ description: "Tỉ lệ dòng của văn bản đã hiểu được (0–1)" }),
    documents: z.array(z.object({ id: z.string(), sha256: z.string(), fileName: z.string(), mediaType: z.string(), size: z.number(), receivedAt: z.string() })),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Plan");

export const RevisionSchema = z
  .object({ revision: z.boolean(), created: z.number().int(), changed: z.number().int(), unchanged: z.number().int(), removed: z.number().int() })
  .openapi("Revision", { description: "Các sự kiện lịch đã thêm, đổi (SEQUENCE tăng), giữ nguyên, bỏ" });

export const PlanSummarySchema = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    place: z.string().nullable(),
    issued: z.string().nullable(),
    title: z.string(),
    coverage: z.number(),
    taskCount: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    url: z.string(),
  })
  .openapi("PlanSummary");

export const CeremonyBodySchema = z
  .object({
    start: z.string().openapi({ description: "YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM (giờ Việt Nam)", example: "2024-01-01T07:30" }),
    end: z.string().nullable().optional().openapi({ description: "Cùng dạng với start" }),
    location: z.string().max(300).nullable().optional().openapi({ example: "Quảng trường trung tâm tỉnh" }),
  })
  .openapi("CeremonySet");

const ISO_DAY_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;

const moment = z
  .string()
  .regex(ISO_DAY_OR_TIME, "phải là YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM")
  .refine((value) => isPlausibleDay(value.slice(0, 10)) && (value.length === 10 || (Number(value.slice(11, 13)) < 24 && Number(value.slice(14, 16)) < 60)), { message: "phải là một ngày giờ có thật, năm 1900–2100" });

export const ExplicitItemSchema = z.object({ kind: z.enum(["span", "deadline", "timed"]), start: moment, end: moment });

export const TaskPatchSchema = z
  .object({
    timing: z
      .union([z.string().trim().min(1).max(500), z.object({ items: z.array(ExplicitItemSchema).min(1).max(50) })])
      .optional()
      .openapi({ description: "Một cụm thời gian mới (đọc theo bối cảnh của kế hoạch, ví dụ \"Trước lễ kỷ niệm 05 ngày\"), hoặc các mục ngày cụ thể", example: "Chậm nhất ngày 20/10/2023" }),
    units: z
      .array(z.object({ slug: z.string().min(1).max(200).optional(), name: z.string().trim().min(1).max(300).optional(), role: z.enum(ROLES) }).refine((u) => (u.slug === undefined) !== (u.name === undefined), { message: "mỗi đơn vị cần đúng một trong hai: slug (đơn vị đã có) hoặc name (tên mới)" }))
      .max(100)
      .optional()
      .openapi({ description: "Thay các đơn vị của nhiệm vụ", example: [{ slug: "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau", role: "lead" }] }),
    done: z.boolean().optional().openapi({ description: "Đã thực hiện / chưa" }),
    note: z.string().max(1000).optional().openapi({ description: "Ghi chú lưu cùng điều chỉnh và trong nhật ký", example: "Theo Công văn số 12/BTC" }),
  })
  .refine((body) => body.timing !== undefined || body.units !== undefined || body.done !== undefined, { message: "cần ít nhất một trong timing, units, done" })
  .openapi("TaskPatch");

export const TaskKeyParams = z.object({
  id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" }, example: "p_6e4cf58b1858" }),
  key: z.string().min(1).max(200).openapi({ param: { name: "key", in: "path" }, example: "B.I.2.1.g" }),
});

export const AuditEventSchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().openapi({ description: "Tên mã truy cập, API_TOKENS, hoặc loopback", example: "Ban Tổ chức tỉnh" }),
    action: z.string().openapi({ example: "task.corrected" }),
    planId: z.string().nullable(),
    subject: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    note: z.string().nullable(),
  })
  .openapi("AuditEvent");

export const AuditPageSchema = z.object({ changes: z.array(AuditEventSchema), next: z.number().int().nullable().openapi({ description: "Trang sau: gửi lại trong `before`" }) }).openapi("AuditPage");

export const AuditQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().min(1).optional().openapi({ description: "Các thay đổi trước số thứ tự này (giá trị `next`)" }),
});
