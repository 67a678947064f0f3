/** `POST /api/timing/resolve`: one `{phrase, context}` → one resolution; an array → an array. */
import { createRoute } from "@hono/zod-openapi";
import { checkResolveRequest } from "../../timing/request.ts";
import { resolveTiming } from "../../timing/resolve.ts";
import { ApiError } from "../errors.ts";
import { errors, json, router, z } from "../openapi.ts";
import { ResolutionSchema } from "../plans/schemas.ts";

const MAX_BATCH = 10_000;

const ResolveRequestSchema = z
  .object({
    phrase: z.string().max(2000).openapi({ example: "Ra trước lễ kỷ niệm 05 ngày" }),
    context: z
      .object({
        issued: z.string().nullable().optional().openapi({ description: "Ngày ban hành: YYYY-MM hoặc YYYY-MM-DD", example: "2023-05-10" }),
        occasions: z.array(z.string()).nullable().optional().openapi({ description: "Ngày kỷ niệm YYYY-MM-DD; ngày đầu là dịp chính", example: ["2024-01-01"] }),
        ceremony: z.string().nullable().optional().openapi({ description: "Ngày lễ: YYYY-MM, YYYY-MM-DD hoặc YYYY-MM-DDTHH:MM", example: "2024-01" }),
        field: z.string().nullable().optional().openapi({ description: "Tên trường chứa cụm từ, ví dụ Thời gian hoàn thành" }),
        year: z.number().int().nullable().optional(),
        events: z.record(z.string(), z.string()).nullable().optional().openapi({ description: "Ngày của các sự kiện kế hoạch ghi một lần (khai mạc, bầu cử, đại hội…)" }),
        period: z.object({ start: z.string(), end: z.string() }).nullable().optional(),
      })
      .passthrough()
      .optional(),
  })
  .openapi("ResolveRequest");

const resolve = createRoute({
  method: "post",
  path: "/resolve",
  tags: ["Thời gian"],
  summary: "Đọc một cụm thời gian hành chính thành ngày (hoặc một danh sách, tối đa 10.000)",
  request: { body: { required: true, content: { "application/json": { schema: z.union([ResolveRequestSchema, z.array(ResolveRequestSchema)]) } } } },
  responses: { 200: json(z.union([ResolutionSchema, z.array(ResolutionSchema)]), "Kết quả, cùng thứ tự"), ...errors(400, 413) },
});

export const timingRoutes = router().openapi(resolve, async (c) => {
  const body = c.req.valid("json") as unknown;
  const requests = Array.isArray(body) ? body : [body];
  if (requests.length > MAX_BATCH) throw new ApiError(413, "too-many-phrases", `Tối đa ${MAX_BATCH} cụm từ mỗi lần.`);
  const resolutions = requests.map((request, index) => {
    const checked = checkResolveRequest(request);
    if (!checked.ok) {
      throw new ApiError(400, "invalid-request", `Yêu cầu${Array.isArray(body) ? ` thứ ${index + 1}` : ""} không hợp lệ: ${checked.message}.`);
    }
    return resolveTiming(checked.value.phrase, checked.value.context);
  });
  return c.json(Array.isArray(body) ? resolutions : resolutions[0]!, 200);
});
