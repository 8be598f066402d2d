// The web checker (dist/checker/) in Chromium, over http and from file://: the example workbooks, files
// from other writers, generated workbooks whose formulas have no cached results (IronCalc in the page's
// worker), a Word file renamed .xlsx and a text file. Every result, the 汇总.xlsx, the filled workbooks
// and the report equal what selfeval makes of the same files; no request leaves the page's origin; no
// console error; a batch of 200 workbooks streams its results while the page stays usable.
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { unzipSync } from "fflate";
import type { Browser, Download, Page } from "playwright-core";
import { checkFile, main } from "../../src/cli/main";
import { fileJson } from "../../src/output/json";
import { readWorkbook } from "../../src/io/read";
import { declarationSheet, fullSelfEvaluationSheet, monitoringSheet, systemExport } from "../support/system-export";
import { FORMULAS_WORKBOOK, REF_WORKBOOK } from "../support/generated-workbooks";
import { launch, serveDist } from "../support/browser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generate } = require("../../scripts/bench-cli");

const ROOT = path.resolve(__dirname, "../..");
const CHECKER = path.join(ROOT, "dist", "checker");
const ARTIFACTS = path.join(ROOT, "test-artifacts");

import type {} from "../../src/checker/App";

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let dir: string;
let files: string[];
let expected: unknown[];

/** selfeval run in the file's folder on its bare name, as a reviewer would: the page too knows only names. */
async function inFolder<T>(file: string, run: (name: string) => Promise<T>): Promise<T> {
  const cwd = process.cwd();
  process.chdir(path.dirname(file));
  try {
    return await run(path.basename(file));
  } finally {
    process.chdir(cwd);
  }
}

let summaries = 0;
/** `selfeval check --summary` (and more options) on files of one folder, run there on their bare names, as the page knows them. */
async function cliSummary(list: string[], ...options: string[]): Promise<Uint8Array> {
  const out = path.join(dir, `summary-${summaries++}.xlsx`);
  await inFolder(list[0], (first) =>
    main(["check", "--summary", out, ...options, ...[first, ...list.slice(1).map((f) => path.basename(f))]], {
      out: () => undefined,
      err: () => undefined,
    }),
  );
  return new Uint8Array(fs.readFileSync(out));
}

const cliJson = (file: string) => inFolder(file, async (name) => fileJson(await checkFile(name)));

interface Opened {
  page: Page;
  requests: string[];
  problems: string[];
}

async function open(url: string): Promise<Opened> {
  const page = await browser.newPage({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const requests: string[] = [];
  const problems: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.getByRole("button", { name: "选择文件" }).waitFor();
  return { page, requests, problems };
}

async function checkAll(page: Page, list: string[]): Promise<unknown[]> {
  await page.setInputFiles("[data-testid=files]", list);
  await page.waitForFunction((n) => window.__jxChecker?.done === n && window.__jxChecker.total === n, list.length, { timeout: 120_000 });
  return page.evaluate(() => window.__jxChecker!.results);
}

async function save(download: Download): Promise<Uint8Array> {
  const file = path.join(dir, `download-${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return new Uint8Array(fs.readFileSync(file));
}

/** A workbook's cells, sheet by sheet, as the reader sees them: how two 汇总.xlsx are compared. */
const cellsOf = (bytes: Uint8Array) =>
  readWorkbook(bytes).grids.map((g) => ({ name: g.name, cells: [...g.entries()].sort((a, b) => a.row - b.row || a.col - b.col) }));

/** A package's parts and their bytes, without the zip's own timestamps. */
const partsOf = (bytes: Uint8Array) =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString("base64")]));

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "checker-"));
  const foreign = path.join(ROOT, "test/fixtures/foreign");
  for (const f of fs.readdirSync(path.join(ROOT, "examples")).filter((x) => x.endsWith(".xlsx")))
    fs.copyFileSync(path.join(ROOT, "examples", f), path.join(dir, f));
  for (const f of ["export-like.xls", "libreoffice-features.ods", "openpyxl-features.xlsx", "word-renamed.xlsx"])
    fs.copyFileSync(path.join(foreign, f), path.join(dir, f));
  await writeWorkbook(FORMULAS_WORKBOOK, path.join(dir, "formulas.xlsx"));
  await writeWorkbook(REF_WORKBOOK, path.join(dir, "ref.xlsx"));
  await writeWorkbook(systemExport(), path.join(dir, "system-export.xlsx"));
  fs.writeFileSync(path.join(dir, "说明.txt"), "这不是工作簿。\n");
  files = fs
    .readdirSync(dir)
    .sort()
    .map((f) => path.join(dir, f));
  expected = [];
  for (const f of files) expected.push(await cliJson(f));
  server = await serveDist("dist/checker");
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(["http", "file"])(
  "over %s: every file's result is selfeval check's, and 汇总.xlsx is selfeval check --summary's",
  async (scheme) => {
    const url = scheme === "http" ? `${server.origin}/index.html` : pathToFileURL(path.join(CHECKER, "index.html")).href;
    const { page, requests, problems } = await open(url);
    expect(await page.textContent("#privacy")).toContain("不会上传到任何地方");
    const results = await checkAll(page, files);
    expect(results).toEqual(expected);

    // The page shows each recognised table's findings (none filtered), and names every unreadable file.
    const shown = await page.locator("li[data-rule]").count();
    const all = (expected as Array<{ sheets: Array<{ kind: string; findings: unknown[] }> }>).flatMap((f) =>
      f.sheets.filter((s) => s.kind !== "unknown"),
    );
    expect(shown).toBe(all.reduce((n, s) => n + s.findings.length, 0));
    expect(await page.getByTestId("file-error").allTextContents()).toEqual([
      expect.stringMatching(/“word-renamed\.xlsx”是 Word 文档/),
      expect.stringMatching(/“说明\.txt”/),
    ]);
    expect(await page.textContent("#progress")).toMatch(/检查完成：12 个文件，\d+ 张自评表，2 个文件无法读取/);
    // A system export's 申报表 and 监控表 are named by their kind, with no findings.
    const exported = page.locator(`section[data-file="system-export.xlsx"]`);
    expect(await exported.locator("[data-kind=declaration]").textContent()).toContain("项目支出绩效目标申报表");
    expect(await exported.locator("[data-kind=monitoring]").textContent()).toContain("项目支出绩效目标执行监控表2019年度 · 绩效指标 14 个");
    expect(await exported.locator("[data-kind] li[data-rule]").count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /汇总/ }).click()]);
    expect(download.suggestedFilename()).toBe("汇总.xlsx");
    expect(cellsOf(await save(download))).toEqual(cellsOf(await cliSummary(files)));
    if (scheme === "http") await page.screenshot({ path: path.join(ARTIFACTS, "checker.png") });

    for (const u of requests)
      expect({ u, own: scheme === "http" ? u.startsWith(server.origin) || u.startsWith("blob:") : /^(file|blob|data):/.test(u) }).toEqual({
        u,
        own: true,
      });
    expect(problems).toEqual([]);
    await page.close();
  },
);

test("per file: the filled workbook, the fixed one and the report are selfeval fill's, fill --fix's and report's", async () => {
  const { page, problems } = await open(`${server.origin}/index.html`);
  const central = path.join(dir, "central-weiquan-2022.xlsx");
  const xls = path.join(dir, "export-like.xls");
  await checkAll(page, [central, xls]);
  const section = (name: string) => page.locator(`section[data-file="${name}"]`);
  const take = async (name: string, button: string) => {
    const [d] = await Promise.all([page.waitForEvent("download"), section(name).getByRole("button", { name: button }).click()]);
    return { name: d.suggestedFilename(), bytes: await save(d) };
  };
  let made = 0;
  const cli = async (...argv: string[]) => {
    const out = path.join(dir, `cli-${made++}${argv[0] === "report" ? ".docx" : ".xlsx"}`);
    expect(await main([...argv, "-o", out], { out: () => undefined, err: () => undefined })).toBe(0);
    return new Uint8Array(fs.readFileSync(out));
  };

  const filled = await take("central-weiquan-2022.xlsx", "下载填写文字后的工作簿");
  expect(filled.name).toBe("central-weiquan-2022（已填写）.xlsx");
  expect(partsOf(filled.bytes)).toEqual(partsOf(await cli("fill", central)));
  await page.getByText(/已下载“central-weiquan-2022（已填写）\.xlsx”。写入了 \d+ 个单元格.*原文件没有改动/).waitFor();

  const fixed = await take("central-weiquan-2022.xlsx", "下载修正并填写后的工作簿");
  expect(fixed.name).toBe("central-weiquan-2022（已修正）.xlsx");
  expect(partsOf(fixed.bytes)).toEqual(partsOf(await cli("fill", "--fix", central)));

  const report = await take("central-weiquan-2022.xlsx", "下载自评报告");
  expect(report.name).toMatch(/自评报告\.docx$/);
  const document = (bytes: Uint8Array) => Buffer.from(unzipSync(bytes)["word/document.xml"]).toString("utf8");
  expect(document(report.bytes)).toBe(document(await cli("report", central)));

  // A .xls becomes a new .xlsx, as selfeval fill makes it.
  const converted = await take("export-like.xls", "下载填写文字后的工作簿");
  expect(converted.name).toBe("export-like（已填写）.xlsx");
  expect(cellsOf(converted.bytes)).toEqual(cellsOf(await cli("fill", xls)));
  expect(problems).toEqual([]);
  await page.close();
});

test("filters by severity and rule, sorts, counts each rule across the batch, and prints without its controls", async () => {
  const { page } = await open(`${server.origin}/index.html`);
  await checkAll(page, files);
  const rows = await page
    .getByTestId("by-rule")
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-rule"), Number(tr.children[3].textContent)]));
  const counts = new Map<string, number>();
  for (const f of expected as Array<{ sheets: Array<{ kind: string; findings: Array<{ rule: string }> }> }>)
    for (const s of f.sheets.filter((x) => x.kind !== "unknown"))
      for (const x of s.findings) counts.set(x.rule, (counts.get(x.rule) ?? 0) + 1);
  expect(Object.fromEntries(rows)).toEqual(Object.fromEntries(counts));
  expect(rows.map((r) => r[1])).toEqual([...rows.map((r) => r[1])].sort((a, b) => Number(b) - Number(a)));

  await page.getByRole("combobox", { name: "级别" }).selectOption("error");
  const severities = await page.locator("li[data-rule]").evaluateAll((li) => li.map((x) => x.getAttribute("data-severity")));
  expect(severities.length).toBeGreaterThan(0);
  expect(new Set(severities)).toEqual(new Set(["error"]));
  await page.getByRole("combobox", { name: "级别" }).selectOption("all");
  const rule = String(rows[0][0]);
  await page.getByRole("combobox", { name: "规则" }).selectOption(rule);
  expect(await page.locator("li[data-rule]").count()).toBe(counts.get(rule));
  expect(new Set(await page.locator("li[data-rule]").evaluateAll((li) => li.map((x) => x.getAttribute("data-rule"))))).toEqual(
    new Set([rule]),
  );

  await page.getByRole("combobox", { name: "排序" }).selectOption("name");
  const names = await page.locator("section[data-file]").evaluateAll((s) => s.map((x) => x.getAttribute("data-file")!));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "zh-CN")));

  await page.emulateMedia({ media: "print" });
  expect(await page.getByRole("button", { name: "选择文件" }).isVisible()).toBe(false);
  expect(await page.locator("li[data-rule]").first().isVisible()).toBe(true);
  await page.close();
});

test("a batch of 200 workbooks streams its results while the page stays usable", async () => {
  const batch = path.join(dir, "batch");
  fs.mkdirSync(batch);
  await generate(batch, 200);
  const list = fs
    .readdirSync(batch)
    .sort()
    .map((f) => path.join(batch, f));
  const { page, problems } = await open(`${server.origin}/index.html`);
  await page.setInputFiles("[data-testid=files]", list);
  // While the worker checks, the page answers: progress moves as results come back, the list and the
  // overview show the results so far, and a filter can be changed.
  const seen = new Set<number>();
  const listed = new Set<number>();
  const charted = new Set<number>();
  let interacted = false;
  for (;;) {
    const done = Number(await page.locator("#progress").getAttribute("data-done"));
    seen.add(done);
    if (done === list.length) break;
    listed.add(await page.locator("section[data-file]:has([data-sheet])").count());
    charted.add(Number(await page.getByTestId("overview").getAttribute("data-tables")));
    if (!interacted && done > 0) {
      await page.getByRole("combobox", { name: "级别" }).selectOption("warning");
      interacted = (await page.getByRole("combobox", { name: "级别" }).inputValue()) === "warning";
    }
    await page.waitForTimeout(50);
  }
  expect(interacted).toBe(true);
  expect(seen.size).toBeGreaterThan(5);
  expect([...listed].some((n) => n > 0 && n < list.length)).toBe(true);
  expect([...charted].some((n) => n > 0 && n < list.length)).toBe(true);
  expect(await page.textContent("#progress")).toMatch(/检查完成：200 个文件/);
  const results = (await page.evaluate(() => window.__jxChecker!.results)) as Array<{ file: string }>;
  expect(results.map((r) => r.file)).toEqual(list.map((f) => path.basename(f)));
  expect(results[17]).toEqual(await cliJson(list[17]));
  expect(problems).toEqual([]);
  await page.close();
});

test("across files: a 自评表 in one file and its 申报表 and 监控表 in another are compared as selfeval check compares them", async () => {
  const folder = path.join(dir, "cross");
  fs.mkdirSync(folder);
  const self = path.join(folder, "自评.xlsx");
  const plans = path.join(folder, "申报与监控.xlsx");
  await writeWorkbook({ sheets: [fullSelfEvaluationSheet({ E13: "≥45场" })] }, self);
  await writeWorkbook({ sheets: [declarationSheet(), monitoringSheet()] }, plans);
  const out: string[] = [];
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    await main(["check", "--json", "自评.xlsx", "申报与监控.xlsx"], { out: (l) => out.push(l), err: () => undefined });
  } finally {
    process.chdir(cwd);
  }
  const cli = JSON.parse(out.join("\n"));
  expect(cli.crossFiles.length).toBeGreaterThan(0);

  const { page, problems } = await open(`${server.origin}/index.html`);
  // The 自评表 alone has nothing to be compared with; the 申报表 and 监控表 added later bring the comparison.
  await checkAll(page, [self]);
  await page.waitForFunction(() => window.__jxChecker?.crossFiles !== undefined);
  expect(await page.evaluate(() => window.__jxChecker!.crossFiles)).toEqual([]);
  await page.setInputFiles("[data-testid=files]", [plans]);
  await page.waitForFunction(() => window.__jxChecker?.total === 2 && window.__jxChecker.crossFiles !== undefined, undefined, {
    timeout: 60_000,
  });
  expect(await page.evaluate(() => window.__jxChecker!.crossFiles)).toEqual(cli.crossFiles);

  // Shown in the 自评表's file, under the CLI's heading, finding by finding in the CLI's words.
  const shown = page.locator(`section[data-file="自评.xlsx"] [data-testid=cross-files]`);
  expect(await shown.locator("h3").textContent()).toBe("跨文件核对（自评表与其他文件中同一项目、同一年度的申报表和监控表）");
  const findings = cli.crossFiles.flatMap((f: { sheets: Array<{ findings: Array<{ rule: string; cell: string; message: string }> }> }) =>
    f.sheets.flatMap((s) => s.findings),
  );
  expect(
    await shown
      .locator("li[data-rule]")
      .evaluateAll((li) => li.map((x) => [x.getAttribute("data-rule"), x.getAttribute("data-cell"), x.lastElementChild!.textContent])),
  ).toEqual(findings.map((f: { rule: string; cell: string; message: string }) => [f.rule, f.cell, f.message]));
  expect(await page.locator(`section[data-file="申报与监控.xlsx"] [data-testid=cross-files]`).count()).toBe(0);
  // 汇总.xlsx carries them as selfeval check --summary does (问题清单), beside 统计 and 复核优先.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /汇总/ }).click()]);
  const summary = cellsOf(await save(download));
  expect(JSON.stringify(summary)).toContain("cross.target");
  expect(summary).toEqual(cellsOf(await cliSummary([self, plans])));
  expect(problems).toEqual([]);
  await page.close();
});

test("复核优先 and the review sample: the ranked list says why, and 汇总.xlsx's 统计 and 复核优先 equal selfeval check --sample 20% --seed 7", async () => {
  const { page, problems } = await open(`${server.origin}/index.html`);
  await checkAll(page, files);
  const review = page.getByTestId("review");
  await review.waitFor();
  // The seed field comes filled with a random seed; the reviewer's own replaces it.
  expect(await page.getByTestId("sample-seed").inputValue()).toMatch(/^\d+$/);
  await page.getByTestId("sample-size").fill("20%");
  await page.getByTestId("sample-seed").fill("7");
  await page.getByRole("button", { name: "抽取复核样本" }).click();
  await page.locator("[data-testid=sample][data-seed='7']").waitFor();

  const out: string[] = [];
  await inFolder(files[0], (first) =>
    main(["check", "--json", "--sample", "20%", "--seed", "7", first, ...files.slice(1).map((f) => path.basename(f))], {
      out: (l) => out.push(l),
      err: () => undefined,
    }),
  );
  const cli = JSON.parse(out.join("\n")).review as {
    sample: { size: number };
    tables: Array<{ file: string; sheet: string; rank: number; priority: number; sampled: boolean; signals: string[] }>;
  };
  // The list: every table with a signal or in the sample, in the CLI's rank order, each signal with its reason.
  const listed = cli.tables.filter((t) => t.priority > 0 || t.sampled).slice(0, 30);
  expect(listed.length).toBeGreaterThan(0);
  expect(cli.tables.filter((t) => t.sampled).length).toBe(cli.sample.size);
  const entries = page.getByTestId("ranked").locator(":scope > li");
  expect(
    await entries.evaluateAll((li) =>
      li.map((x) => [
        x.getAttribute("data-file"),
        x.getAttribute("data-sheet"),
        Number(x.getAttribute("data-rank")),
        x.hasAttribute("data-sampled"),
      ]),
    ),
  ).toEqual(listed.map((t) => [t.file, t.sheet, t.rank, t.sampled]));
  const first = entries.first();
  expect(await first.locator("[data-signal]").evaluateAll((li) => li.map((x) => x.getAttribute("data-signal")))).toEqual(listed[0].signals);
  for (const reason of await first.locator("[data-signal]").allTextContents()) expect(reason.length).toBeGreaterThan(8);
  expect(Number(await page.getByTestId("sample").getAttribute("data-size"))).toBe(cli.sample.size);
  // Each sampled table is marked in its own result; a link jumps from the list to the file.
  expect(await page.locator("[data-testid=table-rank][data-sampled]").count()).toBe(cli.tables.filter((t) => t.sampled).length);
  await first.getByRole("link").click();
  expect(await page.evaluate(() => window.location.hash)).toMatch(/^#file-\d+$/);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /汇总/ }).click()]);
  const mine = cellsOf(await save(download));
  const theirs = cellsOf(await cliSummary(files, "--sample", "20%", "--seed", "7"));
  expect(mine.map((s) => s.name)).toEqual(expect.arrayContaining(["统计", "复核优先"]));
  expect(mine).toEqual(theirs);
  expect(problems).toEqual([]);
  await page.close();
});
