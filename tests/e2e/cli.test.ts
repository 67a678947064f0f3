import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hasSeeds, SEED_004 } from "../helpers/shared.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function lich(...args: string[]) {
  return lichWith({}, ...args);
}

function lichWith(env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TZ: "UTC", ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("lich demo", () => {
  it("imports the sample plans of examples/ and says where to look; a second run finds them there", () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-demo-"));
    try {
      const env = { DATABASE_URL: `file:${path.join(directory, "lich.db")}` };
      const first = lichWith(env, "demo");
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout.match(/^Đã nhập examples\//gm)).toHaveLength(4);
      expect(first.stdout).toContain("http://localhost:8787/plans/p_fedf6ead6cfb/countdown?now=2026-01-10T01%3A00%3A00.000Z");
      expect(first.stdout).toMatch(/lịch một đơn vị +http:\/\/localhost:8787\/units\/ban-chap-hanh-doan-thanh-nien-cong-san-ho-chi-minh-xa-phuc-thinh/);
      const second = lichWith(env, "demo");
      expect(second.stdout.match(/^Đã có examples\//gm)).toHaveLength(4);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);
});

describe("lich CLI", () => {
  it("wrong usage exits 2 with the usage text", () => {
    const run = lich("frobnicate");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Không có lệnh "frobnicate"');
    expect(run.stderr).toContain("Cách dùng: lich");
  });

  it("token create prints a named token once, list shows it without the token, revoke stops it; the server takes it", async () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-cli-"));
    const env = { DATABASE_URL: `file:${path.join(directory, "lich.db")}` };
    try {
      const created = lichWith(env, "token", "create", "--name", "Ban Tổ chức tỉnh");
      expect(created.status, created.stderr).toBe(0);
      const token = created.stdout.split("\n")[1]!;
      expect(token).toMatch(/^lk_[A-Za-z0-9_-]{43}$/);
      expect(created.stdout.split("\n")[0]).toBe('Đã tạo mã truy cập "Ban Tổ chức tỉnh". Mã chỉ hiện một lần, hãy lưu lại:');
      const again = lichWith(env, "token", "create", "--name", "Ban Tổ chức tỉnh");
      expect([again.status, again.stderr]).toEqual([1, 'lich: Đã có mã truy cập tên "Ban Tổ chức tỉnh": thu hồi nó trước (lich token revoke "Ban Tổ chức tỉnh") hoặc chọn tên khác.\n']);
      const listed = lichWith(env, "token", "list");
      expect(listed.stdout).toMatch(/^TÊN\tQUẢN TRỊ\tTẠO LÚC\tDÙNG GẦN NHẤT\tTHU HỒI\nBan Tổ chức tỉnh\tkhông\t\d{4}-\d{2}-\d{2} \d{2}:\d{2}\t—\t—\n$/);
      expect(listed.stdout).not.toContain(token);

      const { startServer } = await import("../../src/server.ts");
      const server = await startServer({ port: 0, hostname: "127.0.0.1", databaseUrl: env.DATABASE_URL, env: {}, log: () => {} });
      try {
        const post = (headers: Record<string, string>) =>
          fetch(`${server.url}/api/plans`, { method: "POST", headers: { "content-type": "text/plain; charset=utf-8", ...headers }, body: readFileSync(path.join(ROOT, "tests/fixtures/plans/revision-v1.txt")) });
        expect((await post({})).status).toBe(401);
        expect((await post({ authorization: `Bearer ${token}` })).status).toBe(201);
        const trail = (await (await fetch(`${server.url}/api/changes`)).json()) as { changes: Array<{ actor: string; action: string }> };
        expect(trail.changes.map((c) => [c.action, c.actor])).toEqual([["plan.imported", "Ban Tổ chức tỉnh"], ["api-token.created", "lich token"]]);
        expect(lichWith(env, "token", "revoke", "Ban Tổ chức tỉnh").stdout).toBe('Đã thu hồi mã truy cập "Ban Tổ chức tỉnh".\n');
        expect((await post({ authorization: `Bearer ${token}` })).status).toBe(403);
      } finally {
        await server.close();
      }
      expect(lichWith(env, "token", "revoke", "Ban Tổ chức tỉnh").status).toBe(1);
      expect(lichWith(env, "token", "frobnicate").status).toBe(2);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  it("import goes on past a bad file, reports each file and exits 1", () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-cli-"));
    try {
      const env = { DATABASE_URL: `file:${path.join(directory, "lich.db")}` };
      const bad = path.join(directory, "hong.docx");
      writeFileSync(bad, "not a zip");
      const v1 = path.join(ROOT, "tests/fixtures/plans/revision-v1.txt");
      const v2 = path.join(ROOT, "tests/fixtures/plans/revision-v2.txt");
      const run = lichWith(env, "import", v1, bad, path.join(directory, "khong-co.txt"), v2);
      expect(run.status).toBe(1);
      expect(run.stdout.split("\n").filter(Boolean)).toEqual([
        `Đã nhập ${v1} → kế hoạch p_d69035b288b3`,
        `Bản sửa đổi (1 sự kiện mới, 3 thay đổi, 1 bỏ, 9 giữ nguyên): ${v2} → kế hoạch p_d69035b288b3`,
      ]);
      const errors = run.stderr.split("\n").filter(Boolean);
      expect(errors[0]).toMatch(new RegExp(`^Lỗi ${bad.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `));
      expect(errors[1]).toBe(`Lỗi ${path.join(directory, "khong-co.txt")}: không đọc được tệp (ENOENT)`);
      expect(errors[2]).toBe("lich: 2/4 tệp không nhập được.");
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 60_000);

  it("a file it cannot write exits 1 saying which, without a stack trace", () => {
    const run = lich("ics", path.join(ROOT, "tests/fixtures/plans/revision-v1.txt"), "--out", "/khong-co-thu-muc/x.ics");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("lich: không ghi hoặc mở được /khong-co-thu-muc/x.ics (ENOENT).\n");
  });

  it("a missing file exits 1 saying which", () => {
    const run = lich("parse", "khong-co.txt", "--json");
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("lich: Không đọc được tệp khong-co.txt: ENOENT\n");
  });

  it.skipIf(!hasSeeds)("parse FILE --json prints the contract", () => {
    const run = lich("parse", SEED_004, "--json");
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.source).toEqual({ name: "004_4bcf00a113bc2395.txt", sha256: expect.stringMatching(/^6e4cf58b1858[0-9a-f]{52}$/), lines: 480 });
    expect(output.plan).toMatchObject({ number: "06/KH-BTC", issued: "2023-05-10", ceremony: { start: "2024-01", tentative: true } });
    const issue = output.plan.tasks.find((t: { id: string }) => t.id === "B.I.2.2-1");
    expect(issue.timing[0]).toMatchObject({ phrase: "Ra trước lễ kỷ niệm 05 ngày", provisional: true, items: [{ kind: "span", start: "2023-12-27", end: "2023-12-27" }] });
  });

  it.skipIf(!hasSeeds)("ics FILE --unit SLUG --out PATH writes a unit calendar without a database, the same under any TZ", () => {
    const directory = mkdtempSync(path.join(os.tmpdir(), "lich-cli-"));
    try {
      const out = path.join(directory, "unit.ics");
      const run = lich("ics", SEED_004, "--unit", "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau", "--out", out);
      expect(run.status).toBe(0);
      const text = readFileSync(out, "utf8");
      expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(8);
      expect(text).toContain("DTSTAMP:20230509T170000Z\r\n");
      const stdout = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "ics", SEED_004, "--unit", "so-van-hoa-the-thao-va-du-lich-tinh-lai-chau"], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TZ: "Asia/Ho_Chi_Minh" },
      }).stdout;
      expect(stdout).toBe(text);
      const unknown = lich("ics", SEED_004, "--unit", "khong-co");
      expect(unknown.status).toBe(1);
      expect(unknown.stderr).toContain('Kế hoạch không có đơn vị "khong-co"');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  }, 30_000); // three CLI processes, each starting tsx: past the default 5 s when the suite runs beside it

  it("resolve PHRASE --json prints one resolution", () => {
    const run = lich("resolve", "Ra trước lễ kỷ niệm 05 ngày", "--issued", "2023-05-10", "--occasion", "2024-01-01", "--ceremony", "2024-01", "--json");
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ items: [{ kind: "span", start: "2023-12-27", end: "2023-12-27" }], provisional: true });
    const bad = lich("resolve", "tháng 5", "--issued", "mai", "--json");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("--issued");
  }, 30_000); // two CLI processes, each starting tsx: timed out at the default 5 s on a loaded machine

  it("resolve --jsonl answers 100,000 lines, one each, in order", () => {
    const phrases = ["tháng 9/2024", "quý III/2024", "Khi cấp trên phát động", "Tuần 1, 2 tháng 6 năm 2023"];
    const input = Array.from({ length: 100_000 }, (_, i) => JSON.stringify({ phrase: phrases[i % 4], context: { issued: "2024-02", year: 2000 + (i % 50) }, n: i })).join("\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "resolve", "--jsonl"], { cwd: ROOT, input: `${input}\n`, encoding: "utf8", maxBuffer: 1 << 30 });
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(100_000);
    for (const index of [0, 1, 2, 3, 4, 99_998, 99_999]) {
      const answer = JSON.parse(lines[index]!) as { phrase: string; items: Array<{ start: string }> };
      expect(answer.phrase).toBe(phrases[index % 4]);
      if (index % 4 === 3) expect(answer.items[0]!.start).toBe("2023-06-01");
    }
  }, 60_000);

  it("units --jsonl answers each line with canonical units", () => {
    const input = [
      JSON.stringify({ text: "Phòng LĐTB & XH huyện, UBND các xã, thị trấn", context: { scope: "huyện Phong Thổ" } }),
      JSON.stringify({ text: "Đơn vị phối hợp: Bộ Chỉ huy Quân sự tỉnh, các đơn vị có liên quan.", context: { scope: "tỉnh Lai Châu" } }),
      "{}",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "units", "--jsonl"], { cwd: ROOT, input, encoding: "utf8" });
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines[0].units).toEqual([
      { name: "Phòng Lao động - Thương binh và Xã hội huyện Phong Thổ", slug: "phong-lao-dong-thuong-binh-va-xa-hoi-huyen-phong-tho", scope: "huyện Phong Thổ", collective: false, role: "lead", aliases: ["Phòng LĐTB & XH huyện"] },
      { name: "Ủy ban nhân dân các xã, thị trấn", slug: "uy-ban-nhan-dan-cac-xa-thi-tran-huyen-phong-tho", scope: "huyện Phong Thổ", collective: true, role: "lead", aliases: ["UBND các xã, thị trấn"] },
    ]);
    expect(lines[1].units.map((u: { slug: string; role: string }) => [u.slug, u.role])).toEqual([
      ["bo-chi-huy-quan-su-tinh-lai-chau", "support"],
      ["cac-don-vi-co-lien-quan-tinh-lai-chau", "support"],
    ]);
    expect(lines[2].error.code).toBe("invalid-request");
  });
});


describe("lich feeds and lich ics against the server", () => {
  const ORIGIN = "https://lich.example";
  const NOW = "2025-03-05T01:00:00.000Z";
  const V1 = path.join(ROOT, "tests/fixtures/plans/revision-v1.txt");

  it("lich feeds --out writes the bytes the server serves, for every unit, plan, occasion and all", async () => {
    const { freshDb } = await import("../helpers/db.ts");
    const { testApp } = await import("../helpers/app.ts");
    const store = freshDb();
    const out = mkdtempSync(path.join(os.tmpdir(), "lich-feeds-"));
    try {
      const app = testApp(store.db, { now: new Date(NOW), settings: { publicBaseUrl: ORIGIN } });
      const posted = await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: readFileSync(V1) });
      expect(posted.status).toBe(201);
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "feeds", "--out", out], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC", DATABASE_URL: store.url, PUBLIC_BASE_URL: ORIGIN },
      });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const files = (await import("node:fs")).readdirSync(out, { recursive: true }).map(String).filter((f) => f.endsWith(".ics")).sort();
      expect(files).toEqual([
        "all.ics",
        "occasions/2025-04-20-50-nam-ngay-giai-phong-xa-muong-so.ics",
        expect.stringMatching(/^plans\/p_[0-9a-f]{12}\.ics$/),
        "units/cong-an-xa-muong-so.ics",
        "units/cong-chuc-van-hoa-xa-hoi-xa-muong-so.ics",
        "units/cong-chuc-van-phong-thong-ke-xa-muong-so.ics",
        "units/doan-thanh-nien-cong-san-ho-chi-minh-xa-muong-so.ics",
      ]);
      for (const file of files) {
        const served = await app.request(`/feeds/${file}`);
        expect(readFileSync(path.join(out, file), "utf8"), file).toBe(await served.text());
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
      await store.close();
    }
  });

  it("lich ics FILE --unit gives the server's events (UIDs, dates, texts, links) without a database", async () => {
    const { freshDb } = await import("../helpers/db.ts");
    const { testApp } = await import("../helpers/app.ts");
    const { parseFeed } = await import("../helpers/ical.ts");
    const store = freshDb();
    try {
      const app = testApp(store.db, { now: new Date(NOW), settings: { publicBaseUrl: ORIGIN } });
      await app.request("/api/plans", { method: "POST", headers: { "content-type": "text/plain; charset=utf-8" }, body: readFileSync(V1) });
      const unit = "cong-chuc-van-hoa-xa-hoi-xa-muong-so";
      const served = parseFeed(await (await app.request(`/feeds/units/${unit}.ics`)).text()).events;
      const result = spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", "ics", V1, "--unit", unit], {
        cwd: ROOT,
        encoding: "utf8",
        env: { ...process.env, TZ: "UTC", PUBLIC_BASE_URL: ORIGIN },
      });
      expect(result.status).toBe(0);
      const written = parseFeed(result.stdout).events;
      const shown = (events: typeof served) => events.map(({ lastModified: _l, ...event }) => event);
      expect(shown(written)).toEqual(shown(served));
      expect(written).toHaveLength(4);
    } finally {
      await store.close();
    }
  });
});
