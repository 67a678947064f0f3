/**
 * `/openapi.json` (OpenAPI 3.1, generated from the routes' zod schemas) and `/docs`, its
 * interactive reference (Scalar), whose script the service serves itself: no CDN, no fonts
 * from another host.
 */
import { Scalar } from "@scalar/hono-api-reference";
import type { OpenAPIHono } from "@hono/zod-openapi";
import { Hono } from "hono";
import type { AppEnv } from "../context.ts";
import { ApiError } from "../errors.ts";

export const OPENAPI_INFO = {
  openapi: "3.1.0",
  info: {
    title: "Lịch kế hoạch — API",
    version: "1.0.0",
    description:
      "Biến kế hoạch hành chính thành lịch theo từng đơn vị. Đọc không cần mã; ghi (tải kế hoạch, đặt ngày lễ, điều chỉnh nhiệm vụ, đơn vị, mã lịch) cần `Authorization: Bearer <mã>` (mã có tên tạo bằng `lich token create --name …`, hoặc một mã trong API_TOKENS); khi máy chủ chưa có mã nào, chỉ nhận ghi từ chính máy chủ. Mọi lỗi có dạng `{\"error\": {\"code\", \"message\", \"details\"?}}`: `code` tiếng Anh cho chương trình, `message` tiếng Việt cho người đọc.",
  },
  tags: [
    { name: "Kế hoạch", description: "Tải lên, đọc, sửa đổi, điều chỉnh" },
    { name: "Lịch", description: "Các mục có ngày, đồng bộ dần, đếm ngược" },
    { name: "Lịch .ics", description: "Lịch đăng ký cho Google, Outlook, Apple" },
    { name: "Nhật ký", description: "Ai đã thay đổi gì, khi nào" },
  ],
};

export function docsRoutes(api: OpenAPIHono<AppEnv>, script: (() => Promise<string>) | undefined) {
  api.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer", description: "Mã truy cập (lich token create) hoặc một mã trong API_TOKENS" });
  let document: unknown;
  return new Hono<AppEnv>()
    .get("/openapi.json", (c) => {
      document ??= api.getOpenAPI31Document(OPENAPI_INFO);
      return c.json(document);
    })
    .get("/docs", Scalar({ url: "/openapi.json", cdn: "/docs/scalar.js", pageTitle: "Lịch kế hoạch — API", withDefaultFonts: false }))
    .get("/docs/scalar.js", async (c) => {
      if (!script) throw new ApiError(404, "docs-script-unavailable", "Bản dịch vụ này không kèm giao diện tài liệu: đọc /openapi.json.");
      c.header("Content-Type", "text/javascript; charset=utf-8");
      c.header("Cache-Control", "public, max-age=86400");
      return c.body(await script());
    });
}
