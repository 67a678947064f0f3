/**
 * Routes are declared with their zod schemas (`@hono/zod-openapi`): the same schemas validate
 * each request and describe it in `/openapi.json`. A request that fails validation is a 400
 * naming each field, in the one error shape of the service.
 */
import { OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppEnv } from "./context.ts";
import { ApiError } from "./errors.ts";

export { z };

// Validation messages are read by people: in Vietnamese (zod's own locale).
z.config(z.locales.vi());

const WHERE: Record<string, string> = { query: "tham số", param: "đường dẫn", json: "nội dung JSON", header: "tiêu đề", form: "biểu mẫu" };

export function router(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (result.success) return;
      const details = result.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message }));
      const fields = details.map((d) => `"${d.path || "(toàn bộ)"}": ${d.message}`).join("; ");
      throw new ApiError(400, "invalid-request", `Yêu cầu không hợp lệ (${WHERE[result.target] ?? result.target}) — ${fields}.`, details);
    },
  });
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ description: "Mã lỗi tiếng Anh cho chương trình", example: "plan-not-found" }),
      message: z.string().openapi({ description: "Thông báo tiếng Việt cho người đọc", example: 'Không có kế hoạch mã "p_000000000000".' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional().openapi({ description: "Lỗi kiểm tra dữ liệu: từng trường và lý do" }),
    }),
  })
  .openapi("Error");

const ERROR_TEXT: Record<number, string> = {
  400: "Yêu cầu không hợp lệ: `details` nêu từng trường",
  401: "Thiếu mã truy cập (Authorization: Bearer …)",
  403: "Mã truy cập sai, đã thu hồi, hoặc không đủ quyền",
  404: "Không tìm thấy",
  409: "Xung đột với dữ liệu hiện có",
  410: "Mã đồng bộ hết hạn hoặc không nhận ra: đồng bộ lại từ đầu",
  413: "Nội dung quá lớn",
  415: "Kiểu nội dung không nhận",
  422: "Tệp đúng kiểu nhưng không đọc được",
};

/** The error responses of a route, in the one error shape. */
export function errors(...statuses: number[]) {
  return Object.fromEntries(statuses.map((status) => [status, { description: ERROR_TEXT[status] ?? "Lỗi", content: { "application/json": { schema: ErrorSchema } } }]));
}

/** Writes take a bearer token (named with `lich token create`, or one of API_TOKENS). */
export const WRITE_SECURITY = [{ bearer: [] }];

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
