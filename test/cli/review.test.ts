// selfeval check --sample/--seed and the reviewer's sheets of 汇总.xlsx (issue 21): the sample is printed in
// text and JSON, the seed is shown (and chosen when not given), 统计 and 复核优先 are written and LibreOffice
// opens them, the same batch and seed write the same workbook, signals never change the exit code, and the
// batch's cross-checks between files reach the 问题清单 sheet.
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import * as XLSX from "@e965/xlsx";
import Ajv2020 from "ajv/dist/2020";
import { main } from "../../src/cli/main";
import schema from "../../src/output/check.schema.json";
import { REVIEW } from "../../src/messages";
import { CLEAN_CENTRAL } from "../support/rule-cases";
import { loadExample, withCells } from "../support/fixtures";
import { declarationSheet, fullSelfEvaluationSheet } from "../support/system-export";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

let dir: string;
const here = (name: string) => path.join(dir, name);

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

function sheet(file: string, name: string): unknown[][] {
  const wb = XLSX.read(fs.readFileSync(file));
  expect(wb.SheetNames).toContain(name);
  return XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, defval: null });
}

/** Ten 自评表 of ten projects (short goals of their own): every third prints 95 with a low execution rate, the others are clean. */
const TEN = Array.from({ length: 10 }, (_, i) => `表${i}.xlsx`);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-review-"));
  for (const [i, name] of TEN.entries()) {
    const changes: Record<string, number> = i % 3 === 0 ? { F6: 30, F7: 30, H21: 95 } : {};
    await writeWorkbook(
      { sheets: [withCells({ ...CLEAN_CENTRAL, name: "自评表" }, { ...changes, C3: `项目${i}`, B11: `完成项目${i}的年度任务。` })] },
      here(name),
    );
  }
  await writeWorkbook(loadExample("department-2022.js"), here("department.xlsx"));
  await writeWorkbook({ sheets: [fullSelfEvaluationSheet({ E13: "≥45场" })] }, here("自评.xlsx"));
  await writeWorkbook({ sheets: [declarationSheet()] }, here("申报.xlsx"));
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const batch = () => [...TEN.map(here), here("department.xlsx")];

describe("selfeval check --sample", () => {
  test("the text ends with the sample: size, share, seed, and each table drawn with its signals", async () => {
    const r = await run("check", "--sample", "30%", "--seed", "7", ...batch());
    expect(r.out).toMatch(/复核样本：从 11 张自评表中抽取 4 张（30%；其中 2 张按复核优先顺序选取，2 张随机抽取），抽样种子 7：/);
    const lines = r.out.split("\n");
    const from = lines.findIndex((l) => l.startsWith("复核样本"));
    expect(lines.slice(from + 1)).toHaveLength(4);
    expect(lines[from + 1]).toMatch(/^ {2}1\. 表0\.xlsx 工作表「自评表」（项目0）：复核信号 高分低执行、总分对不上（优先级 5）$/);
    expect(r.err).not.toContain("抽样种子");
  });

  test("signals change no exit code and no count of findings", async () => {
    const plain = await run("check", ...batch());
    const sampled = await run("check", "--sample", "5", "--seed", "1", ...batch());
    expect(sampled.code).toBe(plain.code);
    expect(sampled.out.split("\n").find((l) => l.startsWith("汇总："))).toBe(plain.out.split("\n").find((l) => l.startsWith("汇总：")));
  });

  test("without --seed a seed is chosen, shown on stderr, and reproduces the sample", async () => {
    const r = await run("check", "--sample", "3", ...batch());
    const seed = /抽样种子：(\d+)（未指定 --seed/.exec(r.err)?.[1];
    expect(seed).toBeDefined();
    const again = await run("check", "--sample", "3", "--seed", seed!, ...batch());
    const drawn = (out: string) => out.slice(out.indexOf("复核样本"));
    expect(drawn(again.out)).toBe(drawn(r.out));
  });

  test("JSON: each 自评表's signals and the review, valid against the schema", async () => {
    const r = await run("check", "--json", "--sample", "20%", "--seed", "3", ...batch());
    const json = JSON.parse(r.out);
    const ajv = new Ajv2020({ allErrors: true });
    ajv.addKeyword("x-version");
    expect(ajv.validate(schema, json) ? [] : ajv.errors).toEqual([]);
    expect(json.review.sample).toEqual({ seed: 3, share: 0.2, size: 3, byPriority: 2, population: 11 });
    expect(json.review.tables.filter((t: { sampled: boolean }) => t.sampled)).toHaveLength(3);
    expect(json.review.tables[0]).toMatchObject({ file: here("表0.xlsx"), rank: 1, priority: 5 });
    expect(json.files[0].sheets[0].signals.map((s: { id: string }) => s.id)).toEqual([
      "review.high-score-low-spend",
      "review.total-mismatch",
    ]);
    // Without --sample there is no review part, but the signals are there.
    const plain = JSON.parse((await run("check", "--json", here("表0.xlsx"))).out);
    expect(plain.review).toBeUndefined();
    expect(plain.files[0].sheets[0].signals).toHaveLength(2);
  });

  test("--ignore review.x and --select review choose signals as they choose rules", async () => {
    const ignored = JSON.parse((await run("check", "--json", "--ignore", "review.total-mismatch", here("表0.xlsx"))).out);
    expect(ignored.files[0].sheets[0].signals.map((s: { id: string }) => s.id)).toEqual(["review.high-score-low-spend"]);
    const only = await run("check", "--json", "--select", "review", here("表0.xlsx"));
    expect(only.code).toBe(0);
    const sheet0 = JSON.parse(only.out).files[0].sheets[0];
    expect(sheet0.findings).toEqual([]);
    expect(sheet0.signals).toHaveLength(2);
  });

  test.each([
    [["--sample", "0%"]],
    [["--sample", "120%"]],
    [["--sample", "abc"]],
    [["--sample", "0"]],
    [["--sample", "2", "--seed", "1.5"]],
    [["--sample", "2", "--seed", "4294967296"]],
    [["--seed", "7"]],
  ])("%j is a usage error, before any file is read", async (args) => {
    const r = await run("check", ...args, here("表0.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--sample|--seed/);
    expect(r.out).toBe("");
  });
});

describe("汇总.xlsx for a reviewer", () => {
  test("统计 and 复核优先: the numbers, the sample and its seed, one row per 自评表 in rank order", async () => {
    const out = here("汇总.xlsx");
    const r = await run("check", "--summary", out, "--sample", "30%", "--seed", "7", ...batch());
    expect(r.err).toContain("已写入汇总");
    const rank = sheet(out, REVIEW.rankSheet);
    // The eight columns in its order, then the rank and the priority it comes from.
    expect(rank[0]).toEqual(["文件", "工作表", "项目名称", "总分", "执行率", "信号", "原因", "抽样", "排名", "优先级"]);
    expect(rank.slice(1)).toHaveLength(11);
    expect(rank.slice(1).map((row) => row[8])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(rank[1].slice(0, 6)).toEqual(["表0.xlsx", "自评表", "项目0", 95, 30 / 43.2, "高分低执行、总分对不上"]);
    expect(rank[1][9]).toBe(5);
    expect(String(rank[1][6])).toContain("自评得分 95 分（H21），预算执行率 69.44%（H6）");
    expect(rank.slice(1).filter((row) => row[7] === "是")).toHaveLength(4);
    const stats = sheet(out, REVIEW.statsSheet);
    expect(stats[0]).toEqual(["类别", "项目", "数量", "占比"]);
    expect(stats).toContainEqual(["抽样", "抽样种子", 7, null]);
    expect(stats).toContainEqual(["抽样", "抽样比例", null, 0.3]);
    expect(stats).toContainEqual(["抽样", "样本张数", 4, 4 / 11]);
    expect(stats).toContainEqual(["表格类型", "项目支出绩效自评表", 10, 10 / 11]);
    expect(stats).toContainEqual(["复核信号", "高分低执行（review.high-score-low-spend）", 4, 4 / 11]);
    expect(stats).toContainEqual(["总分（表中所写）", "95 分及以上", 5, 5 / 11]); // four print 95, the department 102.4
    // The same batch and seed: the same workbook, byte for byte (the page writes it with the same function).
    const again = here("汇总2.xlsx");
    await run("check", "--summary", again, "--sample", "30%", "--seed", "7", ...batch());
    expect(fs.readFileSync(again).equals(fs.readFileSync(out))).toBe(true);
  });

  test("without --sample, 复核优先 ranks and 统计 says there is no sample", async () => {
    const out = here("无抽样.xlsx");
    await run("check", "--summary", out, ...batch());
    expect(
      sheet(out, REVIEW.rankSheet)
        .slice(1)
        .filter((row) => row[7] === "是"),
    ).toEqual([]);
    expect(sheet(out, REVIEW.statsSheet)).toContainEqual(["抽样", REVIEW.noSample, null, null]);
  });

  test("the batch's cross-checks between files are in 问题清单, and the 自评表 carries the signal naming the 申报表's file", async () => {
    const out = here("跨文件.xlsx");
    await run("check", "--summary", out, here("自评.xlsx"), here("申报.xlsx"));
    const findings = sheet(out, "问题清单");
    expect(findings.filter((row) => row[0] === "自评.xlsx" && row[3] === "cross.target")).toHaveLength(1);
    const rank = sheet(out, REVIEW.rankSheet);
    expect(rank[1][5]).toContain("指标与申报不同");
    expect(String(rank[1][6])).toContain("文件“申报.xlsx”的工作表“项目支出绩效目标申报表”");
  });

  test("LibreOffice opens 汇总.xlsx and reads the 统计 and 复核优先 sheets", () => {
    const csvDir = here("csv");
    execFileSync(
      "soffice",
      [
        "--headless",
        "--norestore",
        `-env:UserInstallation=file://${here("lo-profile")}`,
        "--convert-to",
        // The last token, -1, writes every sheet to its own file (LibreOffice 7.2 and later).
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        csvDir,
        here("汇总.xlsx"),
      ],
      { stdio: "ignore", timeout: 120000 },
    );
    const rank = fs.readFileSync(path.join(csvDir, "汇总-复核优先.csv"), "utf8").split("\n");
    expect(rank[0]).toBe("文件,工作表,项目名称,总分,执行率,信号,原因,抽样,排名,优先级");
    expect(rank[1]).toMatch(/^表0\.xlsx,自评表,项目0,95,/);
    const stats = fs.readFileSync(path.join(csvDir, "汇总-统计.csv"), "utf8");
    expect(stats).toContain("抽样,抽样种子,7");
  });
});
