/** The schedule API's shapes: what is asked (query) and what is answered (entries, pages). */
import { z } from "../openapi.ts";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const KINDS = ["span", "deadline", "timed", "recurring", "window"] as const;
export const ROLES = ["lead", "support", "advise"] as const;
export const STATUSES = ["done", "open", "overdue"] as const;

/** `a,b` lists of known words. */
function listOf(words: readonly string[], name: string) {
  return z
    .string()
    .refine((value) => value.split(",").every((w) => words.includes(w.trim())), { message: `${name} phải là một hoặc nhiều giá trị ${words.join(", ")}, cách nhau bằng dấu phẩy` });
}

export const ScheduleFilterQuery = z.object({
  unit: z.string().min(1).max(200).optional().openapi({ description: "Mã (slug) đơn vị: các mục trong lịch của đơn vị đó. Không có: các mục chung của kế hoạch.", example: "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau" }),
  occasion: z.string().min(1).max(200).optional().openapi({ description: "Mã dịp kỷ niệm (GET /api/occasions): các kế hoạch kỷ niệm dịp đó", example: "2024-01-01-ky-niem-20-nam-thanh-lap-tinh-lai-chau" }),
  from: z.string().regex(ISO_DATE, "phải là ngày dạng YYYY-MM-DD").optional().openapi({ description: "Từ ngày (gồm ngày này): các mục kết thúc từ ngày này", example: "2023-10-01" }),
  to: z.string().regex(ISO_DATE, "phải là ngày dạng YYYY-MM-DD").optional().openapi({ description: "Đến ngày (gồm ngày này): các mục bắt đầu đến hết ngày này", example: "2023-10-31" }),
  kind: listOf(KINDS, "kind").optional().openapi({ description: "Loại mục: span (khoảng), deadline (hạn), timed (có giờ), recurring (định kỳ), window (cao điểm quanh dịp)", example: "deadline" }),
  role: listOf(ROLES, "role").optional().openapi({ description: "Vai trò: lead (chủ trì), support (phối hợp), advise (tham mưu)", example: "lead" }),
  status: z.enum(STATUSES).optional().openapi({ description: "done: đã thực hiện; open: chưa; overdue: quá hạn mà chưa thực hiện" }),
  limit: z.coerce.number().int().min(1).max(500).default(100).openapi({ description: "Số mục mỗi trang (1–500)", example: 100 }),
  cursor: z.string().max(2000).optional().openapi({ description: "Trang tiếp theo: giá trị `next` của trang trước (giữ nguyên các bộ lọc của nó)" }),
  syncToken: z.string().max(2000).optional().openapi({ description: "Đồng bộ dần: giá trị `syncToken` của lần trước; chỉ trả về những gì đã thêm, đổi hoặc bỏ từ đó" }),
});

export const AllScheduleQuery = ScheduleFilterQuery.extend({
  plan: z.string().min(1).max(100).optional().openapi({ description: "Mã kế hoạch", example: "p_6e4cf58b1858" }),
});

const Unit = z.object({ slug: z.string(), name: z.string() });

export const ScheduleEntrySchema = z
  .object({
    uid: z.string().openapi({ description: "UID của sự kiện lịch (giống trong các lịch .ics)", example: "0f3c2a9d41b7e6c8@lich-kehoach" }),
    removed: z.literal(false),
    plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }),
    task: z.object({ key: z.string().openapi({ example: "B.I.2.1.g" }), title: z.string(), url: z.string().openapi({ description: "Trang của nhiệm vụ" }) }),
    unit: Unit.nullable().openapi({ description: "Đơn vị của lịch chứa mục này; null: mục chung của kế hoạch" }),
    role: z.enum(["lead", "support", "advise", "plan"]).openapi({ description: "Vai trò của đơn vị; plan: mục chung" }),
    units: z.array(Unit.extend({ role: z.enum(ROLES) })).openapi({ description: "Mọi đơn vị của nhiệm vụ, với vai trò" }),
    kind: z.enum(KINDS),
    itemRole: z.enum(["main", "peak"]).nullable(),
    start: z.string().openapi({ description: "YYYY-MM-DD, hoặc YYYY-MM-DDTHH:MM+07:00 khi có giờ", example: "2023-10-29" }),
    end: z.string().openapi({ description: "Gồm cả ngày/giờ này (như trong hợp đồng `lich parse`)", example: "2023-10-29" }),
    allDay: z.boolean(),
    rrule: z.string().nullable().openapi({ description: "RFC 5545, không có tiền tố RRULE:" }),
    tentative: z.boolean().openapi({ description: "Dự kiến: có thể thay đổi" }),
    provisional: z.boolean().openapi({ description: "Tính từ một mốc chưa chốt (ngày lễ chưa có)" }),
    assumedDay: z.boolean().openapi({ description: "Ngày/giờ kế hoạch không ghi, tạm tính theo quy ước" }),
    done: z.boolean(),
    corrected: z.boolean().openapi({ description: "Ban tổ chức đã điều chỉnh nhiệm vụ này" }),
    phrase: z.string().openapi({ description: "Thời gian như văn bản ghi", example: "Trước ngày 29/10/2023" }),
    sequence: z.number().int().openapi({ description: "SEQUENCE của sự kiện: tăng mỗi lần mục thay đổi" }),
    updatedAt: z.string().openapi({ description: "Lần thay đổi gần nhất (ISO 8601)" }),
  })
  .openapi("ScheduleEntry");

export const TombstoneSchema = z
  .object({ uid: z.string(), removed: z.literal(true).openapi({ description: "Mục đã bỏ (hoặc không còn khớp bộ lọc): xoá khỏi bản sao" }) })
  .openapi("RemovedEntry");

export const SchedulePageSchema = z
  .object({
    entries: z.array(z.union([ScheduleEntrySchema, TombstoneSchema])),
    next: z.string().nullable().openapi({ description: "Còn trang sau: gửi lại trong `cursor` (hoặc trong `syncToken` khi đang đồng bộ)" }),
    syncToken: z.string().openapi({ description: "Gửi lại trong `syncToken` để chỉ nhận những thay đổi từ nay" }),
  })
  .openapi("SchedulePage");

export const UnresolvedSchema = z
  .object({
    plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }),
    unresolved: z.array(
      z.object({
        task: z.object({ key: z.string(), title: z.string(), url: z.string() }),
        phrase: z.string().nullable().openapi({ description: "Thời gian như văn bản ghi; null khi nhiệm vụ không ghi thời gian" }),
        reason: z.string().openapi({ description: "trigger (sau một việc khác), no-date, needs-anchor, not-understood, no-timing" }),
        text: z.string().openapi({ description: "Lý do, tiếng Việt" }),
        lines: z.tuple([z.number().int(), z.number().int()]),
      }),
    ),
  })
  .openapi("Unresolved");

const CountdownItem = z.object({ uid: z.string(), task: z.object({ key: z.string(), title: z.string(), url: z.string() }), kind: z.enum(KINDS), start: z.string(), end: z.string(), phrase: z.string() });

export const CountdownSchema = z
  .object({
    now: z.string().openapi({ description: "Thời điểm tính (ISO 8601)" }),
    ceremony: z
      .object({
        name: z.string(),
        start: z.string().nullable(),
        end: z.string().nullable(),
        location: z.string().nullable(),
        tentative: z.boolean(),
        source: z.enum(["organizers", "document"]).openapi({ description: "organizers: ban tổ chức đặt; document: đọc từ văn bản" }),
      })
      .nullable(),
    days: z.number().int().nullable().openapi({ description: "Số ngày lịch (giờ Việt Nam) đến lễ; âm khi đã qua; null khi lễ chưa có ngày", example: 40 }),
    hours: z.number().int().nullable().openapi({ description: "Số giờ trọn đến lúc bắt đầu" }),
    minutes: z.number().int().nullable().openapi({ description: "Số phút trọn đến lúc bắt đầu" }),
    text: z.string().openapi({ description: "Như người đọc thấy", example: "còn 40 ngày" }),
    dueIn7Days: z.array(CountdownItem),
    dueIn30Days: z.array(CountdownItem),
    overdue: z.array(CountdownItem),
    unresolved: UnresolvedSchema.shape.unresolved,
  })
  .openapi("Countdown");

export const PlanIdParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" }, example: "p_6e4cf58b1858" }) });

export const CountdownQuery = z.object({
  now: z.iso.datetime({ offset: true, message: "phải là thời điểm ISO 8601, ví dụ 2023-12-01T08:00:00+07:00" }).optional().openapi({ description: "Tính tại thời điểm này (mặc định: bây giờ)", example: "2023-12-01T08:00:00+07:00" }),
});
