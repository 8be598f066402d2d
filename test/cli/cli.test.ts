// selfeval check and fill on real .xlsx files written from the readable example data.
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { RULES } from "../../src/workbook";
import { loadExample, withCells } from "../support/fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

let dir: string;
const files: Record<string, string> = {};

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-"));
  for (const name of ["guangzhou-panyu-2021.js", "central-weiquan-2022.js", "sichuan-peixun-2023.js"]) {
    const data = loadExample(name);
    files[name] = path.join(dir, data.file);
    await writeWorkbook(data, files[name]);
  }
  const central = loadExample("central-weiquan-2022.js");
  const clean = {
    ...central,
    sheets: [withCells(central.sheets[0], { F11: "已完成。", I17: "租金上涨。", F13: "55场", F14: "520人次", H15: 9.47, H21: 93.59 })],
  };
  files.clean = path.join(dir, "clean.xlsx");
  await writeWorkbook(clean, files.clean);
  files.notXlsx = path.join(dir, "readme.xlsx");
  fs.writeFileSync(files.notXlsx, "这不是工作簿");
  files.empty = path.join(dir, "empty.xlsx");
  fs.writeFileSync(files.empty, "");
  files.corrupt = path.join(dir, "corrupt.xlsx");
  fs.writeFileSync(files.corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  files.encrypted = path.join(dir, "encrypted.xlsx");
  fs.copyFileSync(path.resolve(__dirname, "../fixtures/foreign/encrypted.xls"), files.encrypted);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("selfeval check", () => {
  test("a readable Chinese report per sheet; exit 1 when errors are found", async () => {
    const r = await run("check", files["guangzhou-panyu-2021.js"]);
    expect(r.code).toBe(1);
    expect(r.out).toContain("项目支出绩效自评表（广州格式）");
    expect(r.out).toContain("预算执行率 99.76%（130.44 ÷ 130.76）");
    expect(r.out).toContain("总分 99.98");
    expect(r.out).toContain("等级：优");
    expect(r.out).toMatch(/\[错误\] G8 .*99\.96%.*99\.76%.*（budget\.rate）/);
  });

  test("exit 0 when only warnings and infos remain", async () => {
    expect((await run("check", files.clean)).code).toBe(0);
    expect((await run("check", files["sichuan-peixun-2023.js"])).code).toBe(0);
  });

  test("--json has the documented shape", async () => {
    const r = await run("check", "--json", files["guangzhou-panyu-2021.js"], files["central-weiquan-2022.js"]);
    const json = JSON.parse(r.out);
    expect(json.files).toHaveLength(2);
    const [gz, central] = json.files;
    expect(gz.file).toBe(files["guangzhou-panyu-2021.js"]);
    expect(gz.sheets[0]).toMatchObject({ sheet: "项目支出绩效自评表", kind: "project", layout: "guangzhou", grade: "优" });
    expect(gz.sheets[0].budget.rate).toBeCloseTo(130.44 / 130.76, 10);
    expect(gz.sheets[0].total.score).toBe(99.98);
    const checks = gz.sheets[0].findings.filter((f: { rule: string }) => !f.rule.startsWith("quality."));
    expect(checks).toEqual([{ rule: "budget.rate", severity: "error", cell: "G8", message: expect.stringContaining("99.76%") }]);
    expect(gz.sheets[0].findings.map((f: { rule: string }) => f.rule)).toEqual([
      "budget.rate",
      "quality.unquantified",
      "quality.generic",
      "quality.all-met",
    ]);
    expect(central.sheets.map((s: { kind: string }) => s.kind)).toEqual(["project", "unknown"]);
    expect(central.sheets[1].findings[0]).toMatchObject({ rule: "layout.not-recognized", severity: "info", cell: "A1" });
  });

  test("--profile overrides the layout's profile", async () => {
    const r = JSON.parse((await run("check", "--json", "--profile", "central", files["guangzhou-panyu-2021.js"])).out);
    expect(r.files[0].sheets[0].profile).toBe("central");
    expect(r.files[0].sheets[0].findings.map((f: { rule: string }) => f.rule)).toContain("weights.profile");
    expect((await run("check", "--profile", "上海", files.clean)).code).toBe(2);
  });

  test("unusable inputs: a Chinese message each, exit 2, and the other files are still checked", async () => {
    const missing = path.join(dir, "nope.xlsx");
    const r = await run("check", "--json", files.notXlsx, files.empty, files.corrupt, files.encrypted, dir, missing, files.clean);
    expect(r.code).toBe(2);
    const json = JSON.parse(r.out);
    const errors = json.files.map((f: { error?: string }) => f.error);
    expect(errors[0]).toMatch(/是文本文件.*不是工作簿/);
    expect(errors[1]).toMatch(/空文件/);
    expect(errors[2]).toMatch(/无法读取，文件可能已损坏/);
    expect(errors[3]).toMatch(/设置了打开密码/);
    expect(errors[4]).toMatch(/是文件夹/);
    expect(errors[5]).toMatch(/找不到文件/);
    expect(errors[6]).toBeUndefined();
    expect(json.files[6].sheets[0].kind).toBe("project");
    const text = await run("check", files.empty);
    expect(text.err).toMatch(/empty\.xlsx.*空文件/);
    expect(text.out).not.toMatch(/空文件/);
  });

  test("usage errors are Chinese and exit 2", async () => {
    expect(await run("check")).toMatchObject({ code: 2, err: expect.stringContaining("没有指定要检查的文件") });
    expect(await run("frobnicate")).toMatchObject({ code: 2, err: expect.stringContaining("未知命令") });
    expect(await run("check", "--bogus", files.clean)).toMatchObject({
      code: 2,
      err: expect.stringContaining("参数有误（未知选项 --bogus）"),
    });
    expect(await run("help")).toMatchObject({ code: 0, out: expect.stringContaining("用法") });
  });
});

describe("selfeval rules and --select / --ignore", () => {
  test("rules prints the catalogue as a Chinese table; --json as an array of every rule", async () => {
    const text = await run("rules");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^规则\s+级别\s+可自动改正\s+名称/);
    expect(text.out).toMatch(/budget\.rate\s+错误\s+是\s+执行率计算/);
    const json = JSON.parse((await run("rules", "--json")).out);
    expect(json.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(json.find((r: { id: string }) => r.id === "dept.total")).toEqual({
      id: "dept.total",
      family: "dept",
      severity: "error",
      fixable: true,
      title: expect.stringMatching(/[\u4e00-\u9fff]/),
      docs: expect.stringMatching(/[\u4e00-\u9fff]/),
    });
    expect(json.some((r: { id: string }) => r.id.startsWith("quality."))).toBe(true);
  });

  test("rules ID prints one rule's docs; an unknown id is exit 2", async () => {
    const one = await run("rules", "budget.rate");
    expect(one.code).toBe(0);
    expect(one.out).toContain("执行率计算");
    expect(one.out).toContain("财预〔2020〕10号");
    const bad = await run("rules", "budget.rat");
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("budget.rat");
  });

  test("--select and --ignore keep or drop findings by id or family, and change the exit code", async () => {
    const all = JSON.parse((await run("check", "--json", files["guangzhou-panyu-2021.js"])).out).files[0].sheets[0].findings;
    expect(all.map((f: { rule: string }) => f.rule)).toContain("budget.rate");
    const quality = JSON.parse((await run("check", "--json", "--select", "quality", files["guangzhou-panyu-2021.js"])).out);
    expect(quality.files[0].sheets[0].findings.map((f: { rule: string }) => f.rule)).toEqual([
      "quality.unquantified",
      "quality.generic",
      "quality.all-met",
    ]);
    const ignored = await run("check", "--ignore", "budget.rate,quality", files["guangzhou-panyu-2021.js"]);
    expect(ignored.code).toBe(0);
    expect(ignored.out).not.toContain("budget.rate");
    expect(ignored.out).not.toContain("quality.");
    const both = JSON.parse(
      (await run("check", "--json", "--select", "quality", "--ignore", "quality.generic", files["guangzhou-panyu-2021.js"])).out,
    );
    expect(both.files[0].sheets[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["quality.unquantified", "quality.all-met"]);
  });

  test("an unknown rule or family is a clear error, exit 2, before any file is read", async () => {
    const r = await run("check", "--ignore", "qualty", files["guangzhou-panyu-2021.js"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("qualty");
    expect(r.out).toBe("");
  });

  test("fill --fix leaves alone what --ignore drops", async () => {
    const out = path.join(dir, "ignored.xlsx");
    const r = await run("fill", files["guangzhou-panyu-2021.js"], "-o", out, "--fix", "--ignore", "budget.rate");
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0].getCell("G8").value).toBe("99.96%");
  });
});

describe("selfeval report", () => {
  test("writes a .docx from the department and project tables, and never over an existing file", async () => {
    const dept = path.join(dir, "department.xlsx");
    await writeWorkbook(loadExample("department-2022.js"), dept);
    const out = path.join(dir, "自评报告.docx");
    const r = await run("report", dept, files["central-weiquan-2022.js"], "-o", out);
    expect(r).toMatchObject({ code: 0, out: expect.stringContaining("依据部门整体支出绩效自评表和 1 张项目支出绩效自评表") });
    const zip = fs.readFileSync(out);
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    expect(await run("report", dept, "-o", out)).toMatchObject({ code: 2, err: expect.stringContaining("已存在") });
    expect((await run("report", dept, "-o", out, "--force")).code).toBe(0);
  });

  test("refuses unusable inputs and inputs without tables, writing nothing", async () => {
    const out = path.join(dir, "never.docx");
    const r = await run("report", files.corrupt, files.clean, "-o", out);
    expect(r.code).toBe(2);
    expect(r.err).toContain("损坏");
    expect(r.err).toContain("未生成报告");
    expect(fs.existsSync(out)).toBe(false);
    expect(await run("report", files.clean, "-o", path.join(dir, "x.txt"))).toMatchObject({
      code: 2,
      err: expect.stringContaining(".docx 结尾"),
    });
    expect(await run("report", files.clean)).toMatchObject({ code: 2, err: expect.stringContaining("-o") });
  });
});

describe("selfeval fill", () => {
  async function load(file: string): Promise<ExcelJS.Workbook> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return wb;
  }

  function snapshot(ws: ExcelJS.Worksheet): Map<string, string> {
    const cells = new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        // A merged area's other cells echo its top-left value: compare their style and master only.
        const merged = cell.type === ExcelJS.ValueType.Merge;
        cells.set(
          cell.address,
          JSON.stringify(merged ? { master: cell.master.address, s: cell.style } : { v: cell.value, s: cell.style, t: cell.type }),
        );
      }),
    );
    return cells;
  }

  test("round trip: only the filled cells change; styles, merges and other sheets are kept", async () => {
    const input = files["central-weiquan-2022.js"];
    const before = fs.readFileSync(input);
    const out = path.join(dir, "filled.xlsx");
    const r = await run("fill", input, "-o", out, "--fix");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/已写入 .*填写文字 2 处，改正数值 2 处；2 处已有文字未改动/);
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const [a, b] = [await load(input), await load(out)];
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    const changed = new Set(["F11", "I17", "H15", "H21"]);
    for (const [i, wsA] of a.worksheets.entries()) {
      const wsB = b.worksheets[i];
      expect((wsB.model as unknown as { merges: string[] }).merges.sort()).toEqual(
        (wsA.model as unknown as { merges: string[] }).merges.sort(),
      );
      const [sa, sb] = [snapshot(wsA), snapshot(wsB)];
      for (const [address, cell] of sa) {
        if (i === 0 && changed.has(address)) continue;
        expect({ address, cell: sb.get(address) }).toEqual({ address, cell });
      }
      for (const address of changed) if (i === 0) expect(JSON.parse(sb.get(address)!).s).toEqual(JSON.parse(sa.get(address)!).s);
    }
    const ws = b.worksheets[0];
    expect(ws.getCell("H15").value).toBe(9.47);
    expect(ws.getCell("H21").value).toBe(93.59);
    expect(String(ws.getCell("F11").value)).toMatch(/^支出完成情况：年度支出预算数 43\.20万元/);
    expect(String(ws.getCell("I17").value)).toContain("【请填写");
    expect(ws.getCell("I15").value).toBe("部分案件因当事人原因尚在调解中，将跟踪至办结。");
    const after = JSON.parse((await run("check", "--json", out)).out);
    expect(after.files[0].sheets[0].findings.map((f: { rule: string }) => f.rule)).toEqual([
      "indicator.over-achievement",
      "indicator.over-achievement",
      "indicator.deviation",
    ]);
  });

  test("without --fix no number changes; --overwrite-text replaces text only when asked", async () => {
    const out = path.join(dir, "texts.xlsx");
    expect((await run("fill", files["guangzhou-panyu-2021.js"], "-o", out)).code).toBe(0);
    const ws = (await load(out)).worksheets[0];
    expect(ws.getCell("G8").value).toBe("99.96%");
    expect(ws.getCell("C21").value).toBe("疫情原因业务开展工作延迟。");
    const out2 = path.join(dir, "texts2.xlsx");
    expect((await run("fill", files["guangzhou-panyu-2021.js"], "-o", out2, "--overwrite-text", "--fix")).code).toBe(0);
    const ws2 = (await load(out2)).worksheets[0];
    expect(ws2.getCell("G8").value).toBe("99.76%");
    expect(String(ws2.getCell("C21").value)).toMatch(/^一是预算执行率为 99\.76%/);
  });

  test("never writes over the input or an existing file, and writes nothing for unusable input", async () => {
    const input = files.clean;
    expect(await run("fill", input, "-o", input)).toMatchObject({ code: 2, err: expect.stringContaining("不会覆盖原文件") });
    const existing = path.join(dir, "exists.xlsx");
    fs.writeFileSync(existing, "keep me");
    expect(await run("fill", input, "-o", existing)).toMatchObject({ code: 2, err: expect.stringContaining("已存在") });
    expect(fs.readFileSync(existing, "utf8")).toBe("keep me");
    expect(await run("fill", input)).toMatchObject({ code: 2, err: expect.stringContaining("-o") });
    const bad = path.join(dir, "never.xlsx");
    expect(await run("fill", files.corrupt, "-o", bad)).toMatchObject({ code: 2, err: expect.stringContaining("损坏") });
    expect(fs.existsSync(bad)).toBe(false);
    const notes = path.join(dir, "notes.xlsx");
    await writeWorkbook({ file: "notes.xlsx", sheets: [{ name: "说明", cells: { A1: "说明" }, merges: [] }] }, notes);
    expect(await run("fill", notes, "-o", bad)).toMatchObject({ code: 2, err: expect.stringContaining("没有可识别") });
    expect(fs.existsSync(bad)).toBe(false);
  });

  test("filled cells hold values, never JX. formulas", async () => {
    const out = path.join(dir, "values.xlsx");
    await run("fill", files["sichuan-peixun-2023.js"], "-o", out, "--fix", "--overwrite-text");
    const ws = (await load(out)).worksheets[0];
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as { formula?: string } | null;
        expect(typeof v === "object" && v !== null && "formula" in v ? String(v.formula) : "").not.toMatch(/JX\./i);
      }),
    );
    expect(String(ws.getCell("B24").value)).toMatch(/^项目自评得分 97\.54 分，评价等级为“优”/);
  });
});
