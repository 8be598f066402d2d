// Crafted and odd files in every format the reader accepts (scripts/crafted/make.js, generated here into a
// temporary folder): each is refused with its Chinese reason or read as it is, by the use case the web
// checker's worker runs (checkBytes) and by the CLI run as a user runs it, whose stderr carries that one
// message and nothing in English. Time and memory are measured by scripts/bench-crafted.js, not here.
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { readLimits } from "../../src/cli/args";
import { readWorkbook, ReadError, DEFAULT_LIMITS, XLS_COPY_LIMIT } from "../../src/io/read";
import { isOle } from "../../src/io/sniff";
import { checkBytes, type EngineEnv } from "../../src/usecases/check";
import { garbledSheetName, garbledText, odsDeclared } from "../../src/io/bounds";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeCrafted } = require("../../scripts/crafted/make");

interface Crafted {
  name: string;
  what: string;
  problem: string;
  file: string;
  args: string[];
}

const BIN = path.resolve(__dirname, "../../bin/selfeval.js");
let dir: string;
let files: Crafted[];
const byName = (name: string) => files.find((f) => f.name === name)!;
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(byName(name).file));

/** What each refusal says, in words only that message has. */
const SAYS: Record<string, RegExp> = {
  "too-many-cells": /个单元格，超过 \d+ 的上限（自评表通常只有几百个），为安全起见未读取/,
  "too-many-merges": /个合并区域，超过 \d+ 的上限（自评表通常只有几十个），为安全起见未读取/,
  "too-much-text": /的表格内容（不含图片）有 [\d.]+ MB，超过 28\.6 MB 的上限/,
  garbled: /读出的工作表名或单元格内容是乱码/,
  xlsb: /是二进制工作簿（\.xlsb），本工具不读取这种格式（无法保证读对）：请在 Excel 中另存为 \.xlsx 后再检查。$/,
  corrupt: /无法读取，文件可能已损坏或不完整/,
  "not-workbook": /是文本文件（或 CSV），不是工作簿/,
};

const toBuffer = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

/** The engine as the web checker's worker runs it (no native bytes) or, with `node`, as the CLI runs it. */
function envFor(c: Crafted, node = false): EngineEnv {
  const i = c.args.indexOf("--max-cells");
  return {
    limits: i >= 0 ? readLimits({ "max-cells": c.args[i + 1] }) : DEFAULT_LIMITS,
    formulas: async () => null,
    ...(node ? { native: toBuffer } : {}),
  };
}

/** In a browser an .xls past XLS_COPY_LIMIT is refused before its records are counted (it would cost ~40× its size). */
const BROWSER_XLS = /是 \.xls 格式，有 [\d.]+ MB，超过网页中读取 \.xls 的上限 6 MB.*另存为 \.xlsx/;

function cli(c: Crafted): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, "check", ...c.args, c.file]);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-crafted-"));
  files = writeCrafted(dir);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("crafted files: the web checker's use case", () => {
  test("there is a crafted file for every format the reader accepts, and for each refusal", () => {
    const names = files.map((f) => f.name);
    for (const ext of [".ods", ".xml", ".xls", ".xlsx", ".xlsb", ".csv"]) expect(names.some((n) => n.endsWith(ext))).toBe(true);
    expect(new Set(files.map((f) => f.problem))).toEqual(new Set([...Object.keys(SAYS), "read"]));
  });

  test("each is refused with its reason in Chinese, or read", async () => {
    for (const c of files) {
      const report = await checkBytes(c.name, new Uint8Array(fs.readFileSync(c.file)), envFor(c));
      if (c.problem === "read") {
        expect({ file: c.name, error: report.error, sheets: report.sheets.length > 0 }).toEqual({
          file: c.name,
          error: undefined,
          sheets: true,
        });
      } else {
        const bytes = new Uint8Array(fs.readFileSync(c.file));
        const says = isOle(bytes) && bytes.length > XLS_COPY_LIMIT ? BROWSER_XLS : SAYS[c.problem];
        expect({ file: c.name, error: report.error }).toEqual({ file: c.name, error: expect.stringMatching(says) });
        if (says === BROWSER_XLS) {
          const node = await checkBytes(c.name, bytes, envFor(c, true));
          expect(node.error).toMatch(SAYS[c.problem]);
        }
        expect(report.error!.startsWith(`“${c.name}”`)).toBe(true);
      }
    }
  });

  test("a refusal says what the file declares: the cells of repeats multiplied, of merge spans, of a table", () => {
    const cells = (name: string, limits = DEFAULT_LIMITS) => {
      try {
        readWorkbook(bytesOf(name), limits, { native: toBuffer });
      } catch (err) {
        return err instanceof ReadError ? [err.problem, err.figures.cells, err.figures.merges] : err;
      }
      return "read";
    };
    expect(cells("ods-repeat-nested.ods")).toEqual(["too-many-cells", 16384 * 1048576, undefined]);
    expect(cells("ods-repeat-rows.ods")).toEqual(["too-many-cells", 10_000_000, undefined]);
    expect(cells("ods-spanned.ods")).toEqual(["too-many-cells", 16384 * 1048576 + 1, undefined]);
    expect(cells("xml-merge-bomb.xml")).toEqual(["too-many-cells", 16001 * 1000001 + 1, undefined]);
    expect(cells("xml-merge-down.xml")).toEqual(["too-many-cells", 1000001 + 1, undefined]);
    expect(cells("html-cells.xls")).toEqual(["too-many-cells", 1_200_000, undefined]);
    expect(cells("html-span-bomb.xls")).toEqual(["too-many-cells", 16_000_000_000 + 1, undefined]);
    expect(cells("html-many-spans.xls")).toEqual(["too-many-merges", undefined, 20_000]);
    expect(cells("html-span-work.xls")).toEqual(["too-many-merges", undefined, 4_000]);
    expect(cells("xls-many-cells.xls")).toEqual(["too-many-cells", 5000 * 256 + 2, undefined]);
    expect(cells("xlsx-merge-bomb.xlsx")).toEqual(["too-many-cells", 16384 * 1048576, undefined]);
    // The same file under a limit it fits, and over one it does not.
    expect(cells("ods-small-limit.ods", readLimits({ "max-cells": "1000" }))).toEqual(["too-many-cells", 2000, undefined]);
    expect(cells("ods-small-limit.ods", readLimits({ "max-cells": "2000" }))).toBe("read");
  });

  test("what is read is read exactly: LibreOffice's trailing empty rows, ss:Index jumps, a huge DIMENSIONS, a chattering .xls", () => {
    const trailing = readWorkbook(bytesOf("ods-trailing-empty.ods")).grids[0];
    expect([trailing.rowCount, trailing.colCount, trailing.size]).toEqual([2, 2, 4]);
    expect([trailing.cell(0, 0)?.value, trailing.cell(0, 1)?.value, trailing.cell(1, 1)?.value]).toEqual(["项目名称", "测试项目", 100]);
    const open = readWorkbook(bytesOf("ods-repeat-empty-open.ods")).grids[0];
    expect([open.size, open.cell(1_000_000, 0)?.value]).toEqual([1, "x"]);
    const covered = readWorkbook(bytesOf("ods-covered.ods")).grids[0];
    expect([covered.size, covered.cell(0, 0)?.value]).toEqual([1, "x"]);
    const jump = readWorkbook(bytesOf("xml-index-jump.xml")).grids[0];
    expect([jump.size, jump.cell(0, 0)?.value, jump.cell(1048575, 16383)?.value]).toEqual([2, "项目名称", 1]);
    const dims = readWorkbook(bytesOf("xls-dimensions.xls")).grids[0];
    expect([dims.size, dims.cell(0, 1)?.value]).toEqual([2, "测试"]);
    for (const name of ["normal.xlsx", "normal.xls", "normal.ods"]) {
      const g = readWorkbook(bytesOf(name)).grids[0];
      expect([name, g.name, g.cell(1, 1)?.value, g.cell(2, 3)?.value]).toEqual([name, "自评表", "测试项目", 95]);
    }
  });

  test("the reading library's console notes never reach the console", () => {
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    );
    try {
      const read = readWorkbook(bytesOf("xls-chatter.xls"));
      expect(read.grids[0].cell(0, 0)?.value).toBe("项目名称");
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe("crafted files: the CLI as a user runs it", () => {
  test("exit 2 with the same one message as the checker for each refusal, exit 0 for what is read; nothing in English on stderr", async () => {
    const queue = [...files];
    const results: Array<{ c: Crafted; code: number | null; stdout: string; stderr: string }> = [];
    await Promise.all(
      [0, 1].map(async () => {
        for (let c = queue.shift(); c; c = queue.shift()) results.push({ c, ...(await cli(c)) });
      }),
    );
    for (const { c, code, stdout, stderr } of results) {
      const lines = stderr.split("\n").filter((l) => l.trim());
      if (c.problem === "read") {
        expect({ file: c.name, code, stderr: lines }).toEqual({ file: c.name, code: 0, stderr: [] });
        expect(stdout).toContain(`文件：${c.file}`);
      } else {
        const expected = (await checkBytes(c.file, new Uint8Array(fs.readFileSync(c.file)), envFor(c, true))).error;
        expect({ file: c.name, code, stderr: lines }).toEqual({ file: c.name, code: 2, stderr: [expected] });
      }
    }
  }, 180_000);
});

describe("bounds", () => {
  test("an ODS cell with content counts rows × columns; empty, covered and self-closed empty cells count nothing", () => {
    const row = (repeat: number, cells: string) => `<table:table-row table:number-rows-repeated="${repeat}">${cells}</table:table-row>`;
    const text = (cols: number) =>
      `<table:table-cell table:number-columns-repeated="${cols}" office:value-type="string"><text:p>x</text:p></table:table-cell>`;
    expect(odsDeclared(row(3, text(4))).cells).toBe(12);
    expect(odsDeclared(row(1e6, '<table:table-cell table:number-columns-repeated="1024"/>')).cells).toBe(0);
    expect(odsDeclared(row(1e6, '<table:table-cell table:number-columns-repeated="1024"></table:table-cell>')).cells).toBe(0);
    expect(odsDeclared(row(1e6, '<table:table-cell office:value-type="float" office:value="1"></table:table-cell>')).cells).toBe(1e6);
    expect(odsDeclared(row(1, '<table:covered-table-cell table:number-columns-repeated="99999"/>')).cells).toBe(0);
    expect(odsDeclared('<table:table-row table:number-rows-repeated="1e9">' + text(1) + "</table:table-row>").cells).toBe(1e9);
    // Any namespace prefix: the reader ignores it too.
    expect(odsDeclared(row(5, text(2)).replace(/table:/g, "t:")).cells).toBe(10);
  });

  test("garbage in a sheet name or a text is told from real text", () => {
    for (const name of ["", "\u0001\u0002", "a\ufffdb", "x\ud800", "x".repeat(101)]) expect(garbledSheetName(name)).toBe(true);
    for (const name of ["自评表", "Sheet1", "2023年 项目支出（一）", "😀"]) expect(garbledSheetName(name)).toBe(false);
    expect(garbledText("x".repeat(32768))).toBe(true);
    expect(garbledText("a\udc00")).toBe(true);
    expect(garbledText("\u0001\u0002\u0003\u0004abc")).toBe(true);
    expect(garbledText("x".repeat(32767))).toBe(false);
    expect(garbledText("偏差原因：\u0007疫情影响\t第二行\n")).toBe(false);
  });
});
