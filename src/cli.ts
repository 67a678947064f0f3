/**
 * `lich`: the command line. Exit status 0 on success, 1 when the input could not be used
 * (with the reason on stderr), 2 for wrong usage.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { renderDocumentFeed } from "./cli/document-feed.ts";
import { parseDocument } from "./cli/parse.ts";
import { InputError } from "./cli/errors.ts";
import { writeFeeds } from "./cli/feeds.ts";
import { importFiles } from "./cli/import.ts";
import { resolveArguments, resolveJsonLines } from "./cli/resolve.ts";
import { unitsJsonLines } from "./cli/units.ts";
import { createTokenCommand, listTokensCommand, revokeTokenCommand } from "./cli/tokens.ts";
import { demoCommand } from "./cli/demo.ts";
import { startServer } from "./server.ts";
import { databaseFault } from "./store/faults.ts";

const USAGE = `Cách dùng: lich <lệnh> [tùy chọn]

  serve [--port N]                      chạy dịch vụ (mặc định cổng 8787, CSDL ./data/lich.db)
  import FILE...                        nhập kế hoạch vào cơ sở dữ liệu
  demo                                  nhập các kế hoạch mẫu (thư mục examples/) và chỉ chỗ xem
  parse FILE --json                     đọc kế hoạch, in kết quả JSON
  ics FILE [--unit SLUG] [--out PATH]   lịch .ics của một kế hoạch (không cần cơ sở dữ liệu)
  feeds [--out DIR]                     ghi mọi lịch máy chủ phục vụ ra tệp (mặc định thư mục feeds/)
  resolve "<cụm từ>" [--issued D] [--occasion D]... [--ceremony D|DTHH:MM] [--field "<tên mục>"] [--year N] --json
                                        xác định ngày của một cụm từ thời gian
  resolve --jsonl                       nhiều cụm từ: mỗi dòng vào {"phrase", "context"}, mỗi dòng ra một kết quả
  token create --name "<tên>" [--admin] tạo mã truy cập có tên cho việc ghi (in mã một lần)
  token list                            các mã truy cập: tên, ngày tạo, lần dùng gần nhất
  token revoke "<tên>"                  thu hồi mã truy cập
  units --jsonl                         chuẩn hóa tên đơn vị: mỗi dòng vào {"text", "context": {"scope", "issuer"}}, mỗi dòng ra {"units": [...]}
`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "serve": {
      const { values } = parse(rest, { port: { type: "string" } }, 0);
      const port = stringOption(values.port);
      await startServer(port ? { port: Number(port) } : {});
      return -1; // keeps running
    }
    case "import": {
      const { positionals } = parse(rest, {}, 1, Infinity);
      const report = await importFiles(positionals);
      for (const line of report.lines) (line.startsWith("Lỗi ") ? console.error : console.log)(line);
      if (report.failed > 0) process.stderr.write(`lich: ${report.failed}/${positionals.length} tệp không nhập được.\n`);
      return report.failed > 0 ? 1 : 0;
    }
    case "demo": {
      parse(rest, {}, 0);
      for (const line of await demoCommand(new Date())) console.log(line);
      return 0;
    }
    case "parse": {
      const { positionals } = parse(rest, { json: { type: "boolean" } }, 1);
      const file = positionals[0]!;
      console.log(JSON.stringify(await parseDocument(readInput(file), path.basename(file))));
      return 0;
    }
    case "ics": {
      const { values, positionals } = parse(rest, { unit: { type: "string" }, out: { type: "string" } }, 1);
      const file = positionals[0]!;
      const out = stringOption(values.out);
      const text = await renderDocumentFeed(readInput(file), path.basename(file), stringOption(values.unit));
      if (out) writeFileSync(out, text);
      else process.stdout.write(text);
      return 0;
    }
    case "feeds": {
      const { values } = parse(rest, { out: { type: "string" } }, 0);
      const written = await writeFeeds(stringOption(values.out) ?? "feeds");
      console.log(`Đã ghi ${written.length} lịch vào ${stringOption(values.out) ?? "feeds"}/`);
      return 0;
    }
    case "resolve": {
      const { values, positionals } = parse(
        rest,
        {
          json: { type: "boolean" },
          jsonl: { type: "boolean" },
          issued: { type: "string" },
          occasion: { type: "string", multiple: true },
          ceremony: { type: "string" },
          field: { type: "string" },
          year: { type: "string" },
        },
        0,
        1,
      );
      if (values.jsonl) {
        if (positionals.length > 0) throw new UsageError("--jsonl đọc cụm từ từ đầu vào chuẩn, không nhận cụm từ trong tham số.");
        const { invalid } = await resolveJsonLines(process.stdin, process.stdout);
        if (invalid > 0) process.stderr.write(`lich: ${invalid} dòng không hợp lệ (đã trả lời bằng {"error": ...}).\n`);
        return invalid > 0 ? 1 : 0;
      }
      if (positionals.length !== 1) throw new UsageError("Cần đúng một cụm từ thời gian (hoặc --jsonl).");
      console.log(
        resolveArguments(positionals[0]!, {
          ...(stringOption(values.issued) ? { issued: stringOption(values.issued)! } : {}),
          ...(Array.isArray(values.occasion) ? { occasion: values.occasion as string[] } : {}),
          ...(stringOption(values.ceremony) ? { ceremony: stringOption(values.ceremony)! } : {}),
          ...(stringOption(values.field) ? { field: stringOption(values.field)! } : {}),
          ...(stringOption(values.year) ? { year: stringOption(values.year)! } : {}),
        }),
      );
      return 0;
    }
    case "units": {
      const { values } = parse(rest, { jsonl: { type: "boolean" } }, 0);
      if (!values.jsonl) throw new UsageError("lich units đọc từ đầu vào chuẩn: dùng --jsonl.");
      const invalid = await unitsJsonLines(process.stdin, process.stdout);
      if (invalid > 0) process.stderr.write(`lich: ${invalid} dòng không hợp lệ (đã trả lời bằng {"error": ...}).\n`);
      return invalid > 0 ? 1 : 0;
    }
    case "token": {
      const [action, ...args] = rest;
      if (action === "create") {
        const { values } = parse(args, { name: { type: "string" }, admin: { type: "boolean" } }, 0);
        const name = stringOption(values.name);
        if (!name) throw new UsageError('Cần tên: lich token create --name "Ban Tổ chức tỉnh".');
        for (const line of await createTokenCommand(name, values.admin === true, new Date())) console.log(line);
        return 0;
      }
      if (action === "list") {
        parse(args, {}, 0);
        for (const line of await listTokensCommand()) console.log(line);
        return 0;
      }
      if (action === "revoke") {
        const { positionals } = parse(args, {}, 1);
        for (const line of await revokeTokenCommand(positionals[0]!, new Date())) console.log(line);
        return 0;
      }
      throw new UsageError("Dùng: lich token create --name \"<tên>\" [--admin] | lich token list | lich token revoke \"<tên>\".");
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      process.stdout.write(USAGE);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`Không có lệnh "${command}".`);
  }
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>["options"];

function parse(args: string[], options: Options, min: number, max = min) {
  let parsed: { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: options ?? {}, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.positionals.length < min || parsed.positionals.length > max) {
    throw new UsageError(min === 1 && max === 1 ? "Cần đúng một tệp." : `Số tham số không đúng (${parsed.positionals.length}).`);
  }
  return parsed;
}

function stringOption(value: string | boolean | string[] | undefined): string | null {
  return typeof value === "string" ? value : null;
}

function readInput(file: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new InputError(`Không đọc được tệp ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`lich: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else if (error instanceof InputError) {
      process.stderr.write(`lich: ${error.message}\n`);
      process.exitCode = 1;
    } else if ((error as NodeJS.ErrnoException).code && (error as NodeJS.ErrnoException).syscall) {
      // A file the command could not read or write: say which and why, no stack trace.
      const failure = error as NodeJS.ErrnoException;
      process.stderr.write(`lich: không ${failure.syscall === "open" || failure.syscall === "write" || failure.syscall === "mkdir" ? "ghi hoặc mở" : "dùng"} được ${failure.path ?? "tệp"} (${failure.code}).\n`);
      process.exitCode = 1;
    } else {
      const fault = databaseFault(error);
      // The stack is for developers: set LICH_DEBUG=1 to see it.
      process.stderr.write(`lich: ${fault ? fault.message : `lỗi không mong đợi: ${(error as Error).message ?? String(error)}`}\n${process.env.LICH_DEBUG ? `${(error as Error).stack}\n` : ""}`);
      process.exitCode = 1;
    }
  },
);
