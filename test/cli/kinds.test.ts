// selfeval check on a system export (a 申报表, a 监控表 and a 自评表 in one workbook, written here by
// ExcelJS): the text names each table's kind, the JSON carries the kinds and their figures and validates
// against the shipped schema, 汇总.xlsx has a row per table, and the 自评表 is reported as when alone.
import fs from "fs";
import os from "os";
import path from "path";
import Ajv2020 from "ajv/dist/2020";
import { main } from "../../src/cli/main";
import { checkFile } from "../../src/cli/files";
import schema from "../../src/output/check.schema.json";
import { summaryRows } from "../../src/output/summary";
import { SUMMARY } from "../../src/messages";
import { declarationSheet, fullSelfEvaluationSheet, monitoringSheet, selfEvaluationSheet, systemExport } from "../support/system-export";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

let dir: string;
const file = (name: string) => path.join(dir, name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: () => undefined });
  return { code, out: out.join("\n") };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-kinds-"));
  await writeWorkbook(systemExport(), file("export.xlsx"));
  await writeWorkbook(systemExport({ textAmounts: true, columnFunds: true }, { textAmounts: true, tick: "√" }), file("export-text.xlsx"));
  await writeWorkbook({ sheets: [selfEvaluationSheet()] }, file("alone.xlsx"));
  await writeWorkbook({ sheets: [fullSelfEvaluationSheet({ E13: "≥45场" })] }, file("自评.xlsx"));
  await writeWorkbook({ sheets: [declarationSheet(), monitoringSheet()] }, file("申报与监控.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("selfeval check on a system export", () => {
  test("the text names the 申报表 and the 监控表 with their project, year and indicators, and lists no finding for them", async () => {
    const { out } = await run("check", file("export.xlsx"));
    expect(out).toContain("工作表「项目支出绩效目标申报表」：项目支出绩效目标申报表（不是自评表，只读取，不校验）");
    expect(out).toContain("工作表「目标执行监控」：项目支出绩效目标执行监控表（不是自评表，只读取，不校验）");
    expect(out).toContain("2019年度，绩效指标 14 个");
    expect(out).toContain("年度资金总额 48.00 万元");
    expect(out).toContain("年初预算数 48.00 万元，1-7月执行数 20.00 万元，全年预计执行数 48.00 万元");
    expect(out).toContain("工作表「项目支出绩效自评表」：项目支出绩效自评表（中央模板）");
    expect(out).toContain("工作表「绩效指标库」：不是绩效自评表，未校验。");
    const plan = out.split("\n").findIndex((l) => l.includes("目标执行监控」"));
    expect(out.split("\n")[plan + 4]).not.toMatch(/^\s+\[/);
  });

  test.each(["export.xlsx", "export-text.xlsx"])(
    "%s: the JSON names the kinds, carries their figures and validates against the schema",
    async (name) => {
      const { out } = await run("check", "--json", file(name));
      const json = JSON.parse(out);
      const ajv = new Ajv2020({ allErrors: true });
      ajv.addKeyword("x-version");
      const validate = ajv.compile(schema);
      expect(validate(json) ? [] : validate.errors).toEqual([]);
      const sheets = json.files[0].sheets;
      expect(sheets.map((s: { kind: string }) => s.kind)).toEqual(["unknown", "declaration", "monitoring", "project", "unknown"]);
      expect(sheets[1]).toEqual({
        sheet: "项目支出绩效目标申报表",
        table: 1,
        range: expect.any(String),
        kind: "declaration",
        projectName: "妇女儿童维权服务项目",
        year: 2019,
        funds: { total: 48, fiscal: 48, carryover: 0, other: name === "export.xlsx" ? null : 0, medium: 150 },
        indicators: 14,
        findings: [],
      });
      expect(sheets[2]).toMatchObject({
        kind: "monitoring",
        year: 2019,
        funds: { budget: 48, midYear: 20, midYearRate: 0.4167, forecast: 48 },
        indicators: 14,
        likelihood: { certain: 12, possible: 1, impossible: 1 },
        findings: [],
      });
    },
  );

  test("the 自评表's findings and figures are the same as in a workbook of its own, plus the cross-checks with its 申报表 and 监控表", async () => {
    const together = JSON.parse((await run("check", "--json", file("export.xlsx"))).out).files[0].sheets[3];
    const alone = JSON.parse((await run("check", "--json", file("alone.xlsx"))).out).files[0].sheets[0];
    const isCross = (f: { rule: string }) => f.rule.startsWith("cross.");
    const { partners, ...rest } = together;
    // The cross findings, and the review signal that restates them (review.targets-changed), come with the 申报表 only.
    const restated = (s: { id: string }) => s.id === "review.targets-changed";
    expect({
      ...rest,
      findings: together.findings.filter((f: { rule: string }) => !isCross(f)),
      signals: together.signals.filter((s: { id: string }) => !restated(s)),
    }).toEqual(alone);
    expect(together.signals.filter(restated)).toEqual([
      expect.objectContaining({ reason: expect.stringContaining("11 项申报的指标未列出"), weight: 2 }),
    ]);
    expect(partners).toEqual({
      declaration: { sheet: "项目支出绩效目标申报表", how: "name-year" },
      monitoring: { sheet: "目标执行监控", how: "name-year" },
      targets: { planned: 14, listed: 3 },
    });
    expect(together.findings.filter(isCross).map((f: { rule: string }) => f.rule)).toEqual(Array(11).fill("cross.missing"));
  });

  test("汇总.xlsx has a row per table, its 类型 naming the kind, with no 总分 or 等级 for the 申报表 and the 监控表", async () => {
    const report = await checkFile(file("export.xlsx"));
    const rows = summaryRows([report]);
    const type = SUMMARY.columns.indexOf("类型");
    expect(rows.slice(1).map((r) => r[type])).toEqual([SUMMARY.declaration, SUMMARY.monitoring, SUMMARY.project]);
    for (const r of rows.slice(1, 3)) {
      expect(r.slice(2, 8)).toEqual(["妇女儿童维权服务项目", null, null, 0, 0, 0]);
      expect(r[SUMMARY.columns.indexOf("说明")]).toBe(SUMMARY.planNote);
    }
  });

  test("selfeval report covers the 自评表 only", async () => {
    const { code, out } = await run("report", file("export.xlsx"), "-o", file("报告.docx"));
    expect(code).toBe(0);
    expect(out).toContain("依据 1 张项目支出绩效自评表");
  });
});

describe("selfeval check on a batch whose 申报表 and 监控表 are in another file", () => {
  test("the text ends with the cross-checks between files, naming the other file", async () => {
    const { code, out } = await run("check", file("自评.xlsx"), file("申报与监控.xlsx"));
    expect(code).toBe(0);
    const section = out.indexOf("跨文件核对");
    expect(section).toBeGreaterThan(0);
    expect(out.slice(section)).toContain("cross.target");
    expect(out.slice(section)).toContain(
      `已对照：申报表（文件“${file("申报与监控.xlsx")}”的工作表“项目支出绩效目标申报表”，按项目名称和年度对应）`,
    );
    expect(out.slice(section)).toContain(`文件“${file("申报与监控.xlsx")}”的工作表“项目支出绩效目标申报表”H13`);
  });

  test("the JSON carries them in crossFiles and validates against the schema", async () => {
    const { out } = await run("check", "--json", file("自评.xlsx"), file("申报与监控.xlsx"));
    const json = JSON.parse(out);
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addKeyword("x-version");
    const validate = ajv.compile(schema);
    expect(validate(json) ? [] : validate.errors).toEqual([]);
    expect(json.files[0].sheets[0].findings.filter((f: { rule: string }) => f.rule.startsWith("cross."))).toEqual([]);
    expect(json.crossFiles).toHaveLength(1);
    expect(json.crossFiles[0].sheets[0].findings.map((f: { rule: string }) => f.rule)).toEqual(["cross.target"]);
  });

  test("one file alone has no cross-file section", async () => {
    const { out } = await run("check", "--json", file("自评.xlsx"));
    expect(JSON.parse(out).crossFiles).toBeUndefined();
  });
});
