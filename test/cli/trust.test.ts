// The engine on files it was not built for, through the CLI: workbooks written by a generator with
// formulas and no cached results, a broken 总分 formula, two projects on one sheet, an over-scored
// department item, a missing column. Every file is generated here (ExcelJS writes formulas without
// results, as provincial exports and scripts do).
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { PROFILES, scoreIndicator } from "../../src/scoring";
import type { CellValue } from "../../src/workbook";
import { CLEAN_CENTRAL, CLEAN_DEPARTMENT } from "../support/rule-cases";
import { FORMULAS_WORKBOOK, REF_WORKBOOK } from "../support/generated-workbooks";
import { loadExample, withCells } from "../support/fixtures";
import { randomTable, sheetOf } from "../support/random-table";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");
import { mulberry32 as prng } from "../../src/workbook";

let dir: string;
const file = (name: string) => path.join(dir, name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function json(...files: string[]) {
  return JSON.parse((await run("check", "--json", ...files)).out).files as Array<{
    file: string;
    sheets: Array<{
      sheet: string;
      table?: number;
      range?: string;
      kind: string;
      projectName?: string;
      budget?: { budget: number; rate: number };
      total?: { score: number | null; printed: number | null; printedError?: string };
      findings: Array<{ rule: string; cell: string; message: string }>;
    }>;
  }>;
}

function ruleScore(target: CellValue, actual: CellValue, format: string | undefined, weight: number): number | null {
  const a = format?.includes("%") && typeof actual === "number" ? `${Math.round(actual * 10000) / 100}%` : actual;
  const r = scoreIndicator(target, a, weight, PROFILES.central);
  return r.ok ? r.score : null;
}

const central = loadExample("central-weiquan-2022.js");

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-trust-"));
  const sheet = central.sheets[0];
  await writeWorkbook(central, file("values.xlsx"));
  await writeWorkbook(FORMULAS_WORKBOOK, file("formulas.xlsx"));
  await writeWorkbook(REF_WORKBOOK, file("ref.xlsx"));
  await writeWorkbook(
    { sheets: [{ ...sheet, cells: { ...sheet.cells, H13: { formula: "JX.SCORE(E13,F13,G13)" }, H21: { formula: "SUM(I6,H13:H20)" } } }] },
    file("jx.xlsx"),
  );
  const first = randomTable(prng(3), ruleScore, { name: "第一个项目", scores: "rule" });
  const second = randomTable(prng(4), ruleScore, { name: "第二个项目", scores: "random", offset: first.lastRow + 2, formulas: true });
  await writeWorkbook({ sheets: [sheetOf("两个项目", [first, second])] }, file("two.xlsx"));
  await writeWorkbook({ sheets: [sheetOf("第一个", [first])] }, file("first.xlsx"));
  await writeWorkbook(
    { sheets: [sheetOf("第二个", [randomTable(prng(4), ruleScore, { name: "第二个项目", scores: "random", formulas: true })])] },
    file("second.xlsx"),
  );
  await writeWorkbook({ sheets: [withCells(CLEAN_DEPARTMENT, { F13: 6, F45: 103.4 })] }, file("dept-over.xlsx"));
  await writeWorkbook(
    { sheets: [sheetOf("缺得分", [randomTable(prng(9), ruleScore, { scores: "random", drop: "得分" })])] },
    file("no-score.xlsx"),
  );
  await writeWorkbook({ sheets: [withCells(CLEAN_CENTRAL, { G6: "10", G16: "5", H16: "5.0" })] }, file("text-numbers.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("formulas without cached results (SUM, ROUND, IF, MIN, a cross-sheet reference) give the findings of the values", async () => {
  const [values, formulas] = await json(file("values.xlsx"), file("formulas.xlsx"));
  const strip = (f: Array<{ rule: string; cell: string; message: string }>) => f.map((x) => `${x.rule}@${x.cell} ${x.message}`);
  expect(strip(formulas.sheets[0].findings)).toEqual(strip(values.sheets[0].findings));
  expect(formulas.sheets[0].total).toEqual(values.sheets[0].total);
  expect(formulas.sheets[0].findings.some((f) => f.rule === "budget.rate" || f.rule === "total.missing")).toBe(false);
});

test("a 总分 that shows #REF! is one broken-formula finding with the SUM it should be", async () => {
  const [ref] = await json(file("ref.xlsx"));
  const t = ref.sheets[0];
  expect(t.findings.filter((f) => f.cell === "H21").map((f) => f.rule)).toEqual(["formula.error"]);
  expect(t.findings.find((f) => f.cell === "H21")!.message).toContain("=SUM(I6,H13:H20)");
  expect(t.total).toEqual({ score: 93.59, printed: null, printedError: "#REF!" });
  expect((await run("check", file("ref.xlsx"))).out).toContain("表中为 #REF!");
});

test("a formula no engine can compute is reported for what it is, and no advice is derived from it", async () => {
  const [jx] = await json(file("jx.xlsx"));
  const t = jx.sheets[0];
  expect(t.findings.filter((f) => ["H13", "H21"].includes(f.cell)).map((f) => `${f.rule}@${f.cell}`)).toEqual([
    "formula.uncomputed@H13",
    "formula.uncomputed@H21",
    "formula.jx@H13",
  ]);
  expect(t.findings.find((f) => f.rule === "formula.jx")?.message).toMatch(/本表有 1 个单元格用 JX 函数计算（H13）.*选择性粘贴 → 数值/);
  expect(t.total?.score).toBeNull();
  expect(t.findings.some((f) => f.rule.startsWith("total."))).toBe(false);
});

test("two projects on one sheet: each reported with its own name, budget, total and findings", async () => {
  const [two, first, second] = await json(file("two.xlsx"), file("first.xlsx"), file("second.xlsx"));
  expect(two.sheets.map((s) => [s.sheet, s.table, s.projectName])).toEqual([
    ["两个项目", 1, "第一个项目"],
    ["两个项目", 2, "第二个项目"],
  ]);
  expect(two.sheets[0].budget).toEqual(first.sheets[0].budget);
  expect(two.sheets[0].total).toEqual(first.sheets[0].total);
  expect(two.sheets[0].findings).toEqual(first.sheets[0].findings);
  expect(two.sheets[1].total).toEqual(second.sheets[0].total);
  expect(two.sheets[1].findings.map((f) => f.rule)).toEqual(second.sheets[0].findings.map((f) => f.rule));
  const text = (await run("check", file("two.xlsx"))).out;
  expect(text).toContain("工作表「两个项目」第 1 张表（A1:");
  expect(text).toContain("工作表「两个项目」第 2 张表（A");
  expect(text).toContain("项目：第二个项目");
});

test("the report covers both projects of the sheet", async () => {
  const out = file("two.docx");
  expect((await run("report", file("two.xlsx"), "-o", out)).code).toBe(0);
  expect(fs.existsSync(out)).toBe(true);
  expect((await run("report", file("two.xlsx"), "-o", file("two-again.docx"))).out).toContain("2 张项目支出绩效自评表");
});

test("a department item above its points: the findings and the total say the same capped figure", async () => {
  const [d] = await json(file("dept-over.xlsx"));
  const t = d.sheets[0];
  expect(t.total?.score).toBe(102.4);
  expect(t.findings.find((f) => f.rule === "dept.item-over")!.message).toContain("最多为 5");
  expect(t.findings.find((f) => f.rule === "dept.total")!.message).toContain("102.4");
});

test("a missing 得分 column is one finding, not a follow-on total", async () => {
  const [n] = await json(file("no-score.xlsx"));
  const rules = n.sheets[0].findings.map((f) => f.rule);
  expect(rules.filter((r) => r === "layout.missing-column")).toHaveLength(1);
  expect(rules.filter((r) => r.startsWith("total.") || r === "indicator.score")).toEqual([]);
});

test("weights and scores typed as text are numbers", async () => {
  const [t] = await json(file("text-numbers.xlsx"));
  expect(t.sheets[0].findings).toEqual([]);
});
