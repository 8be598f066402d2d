// End to end: the built pane (dist/taskpane.html, production build) in Chromium, its office.js request
// answered by a strict fake Excel host holding a workbook read from a real .xlsx (serial dates, formats,
// formulas with their results, merges). The whole journey — validate, navigate, fix one, fix all, undo,
// fill, finalise — at ExcelApi 1.20 (Microsoft 365), 1.17 (Office 2024) and 1.13 (the oldest the
// manifest admits); below that, the pane says which Excel it needs. On every example workbook and at
// every level, the findings shown are the findings `selfeval check` reports.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { checkFile } from "../../src/cli/main";
import { decodeOutline, encodeOutline } from "../../src/report/link";
import { hostWorkbookOf, type HostSheet } from "../support/host";
import { launch, ownRequest, routeOfficeJs, serveDist } from "../support/browser";
import { loadExample } from "../support/fixtures";
import { paneJourney } from "../support/journey";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

const FAKE =
  fs.readFileSync(path.join(__dirname, "../support/fake-excel.js"), "utf8") +
  "\n" +
  fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");
const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const LEVELS = ["1.20", "1.17", "1.13"];

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let central: HostSheet[];
let examples: string[];

type Fake = { valueOf: (s: string, a: string) => unknown; cellOf: (s: string, a: string) => unknown; state: Record<string, unknown> };

async function open(
  sheets: HostSheet[],
  options: Record<string, unknown> = {},
  width = 380,
  origin = () => server.origin,
): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(
    ({ wb, opts }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__fakeWorkbook = wb;
      w.__fakeOptions = opts;
    },
    { wb: { sheets }, opts: { apiVersion: "1.20", ...options } },
  );
  await routeOfficeJs(page, FAKE);
  await page.goto(`${origin()}/taskpane.html`);
  await page.locator("#status").waitFor();
  return { page, requests };
}

const fake = <T = unknown>(page: Page, body: (f: Fake) => T) => page.evaluate(`(${body.toString()})(window.__fakeExcel)`) as Promise<T>;
const cell = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.valueOf(s, a), [sheet, a1]);
const cellState = (page: Page, sheet: string, a1: string) =>
  page.evaluate(([s, a]) => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.cellOf(s, a), [sheet, a1]);

/** The findings the pane shows, as "rule@cell" per table, in the order shown. */
async function shownFindings(page: Page): Promise<string[]> {
  return page
    .locator("li[data-rule]")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-rule")}@${li.getAttribute("data-cell")}`));
}

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-"));
  const file = path.join(dir, "central.xlsx");
  await writeWorkbook(loadExample("central-weiquan-2022.js"), file);
  central = (await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)))).sheets;
  // A JX formula, as a 填报人 who used the functions would have it, for 定稿.
  central[0].cells.H13 = { ...central[0].cells.H13, formula: "=JX.SCORE(E13,F13,G13)" };
  examples = fs
    .readdirSync(path.join(ROOT, "examples"))
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => path.join(ROOT, "examples", f));
  server = await serveDist();
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test.each(LEVELS)("ExcelApi %s: validate, navigate, fix one, fix all, undo, fill, finalise — every write read back", async (level) => {
  const { page, requests } = await open(central, { apiVersion: level });
  const groups = level === "1.20";
  expect(await page.textContent("#status")).toBe("已连接 Excel 网页版。打开自评表所在的工作表，点“校验当前工作表”开始。");

  await paneJourney(page, {
    value: (sheet, a1) => cell(page, sheet, a1),
    state: (sheet, a1) => cellState(page, sheet, a1),
    selection: () => fake(page, (f) => f.state.selection),
    undoGroups: groups,
    afterCheck: async () => expect(await fake(page, (f) => f.state.syncs)).toBe(2),
    afterNavigate: async () => {
      if (level === "1.13") await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png"), fullPage: true });
    },
  });
  await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${level}.png`), fullPage: true });

  const runs = (await fake(page, (f) => f.state.runs)) as Array<Record<string, unknown>>;
  expect(runs.some((r) => r.mergeUndoGroup)).toBe(groups);
  for (const url of requests) expect(ownRequest(url, server.origin)).toBe(true);
  await page.close();
});

test("below ExcelApi 1.13 the pane names the Excel it needs and offers nothing", async () => {
  const { page } = await open(central, { apiVersion: "1.12" });
  await page.locator("#status[data-state='unsupported']").waitFor();
  expect(await page.textContent("#status")).toMatch(/Excel 版本过旧.*Excel 2021、Excel 2024、Microsoft 365/);
  expect(await page.getByRole("button").count()).toBe(0);
  await page.close();
});

test.each(LEVELS)("ExcelApi %s: on every example workbook the pane shows what selfeval check reports", async (level) => {
  for (const file of examples) {
    const { sheets } = await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)));
    const { page } = await open(sheets, { apiVersion: level });
    await page.getByRole("button", { name: "校验全部工作表" }).click();
    await page.locator("section h2").first().waitFor();
    const cli = (await checkFile(file)).sheets.filter((s) => s.kind !== "unknown");
    const expected = cli.flatMap((s) => s.findings.map((f) => `${f.rule}@${f.cell}`));
    expect({ file, findings: await shownFindings(page) }).toEqual({ file, findings: expect.arrayContaining(expected) });
    expect((await shownFindings(page)).length).toBe(expected.length);
    await page.close();
  }
});

test.each([320, 450])("fits %i px without sideways scrolling, and works from the keyboard", async (width) => {
  const { page } = await open(central, {}, width);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("校验当前工作表");
  await page.keyboard.press("Enter");
  await page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  await page.getByRole("button", { name: /I17.*人均服务成本/ }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => (window as unknown as { __fakeExcel: Fake }).__fakeExcel.state.selection !== null);
  expect(await fake(page, (f) => f.state.selection)).toEqual({ sheet: "自评表", cell: "I17" });
  await page.close();
});

test("生成自评报告 downloads a Word document made in the page, from our own origin", async () => {
  const { page, requests } = await open(central);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "生成自评报告" }).click()]);
  expect(download.suggestedFilename()).toBe("2022年度部门整体支出绩效自评报告.docx");
  const file = path.join(ARTIFACTS, "自评报告.docx");
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  await page.getByText(/已生成“2022年度部门整体支出绩效自评报告\.docx”/).waitFor();
  expect(requests.some((u) => /\/report\.js$/.test(u))).toBe(true);
  for (const url of requests) expect(ownRequest(url, server.origin)).toBe(true);
  await page.close();
});

test("Excel for Mac: the pane opens the report page in the browser, and that page makes and saves the report", async () => {
  const { page } = await open(central, { platform: "Mac", openBrowserWindow: true, apiVersion: "1.17" });
  await page.getByRole("button", { name: "生成自评报告" }).click();
  await page.getByText(/已在浏览器中打开报告页面/).waitFor();
  const [opened] = (await fake(page, (f) => f.state.opened)) as string[];
  expect(new URL(opened).origin).toBe(server.origin);
  await page.close();

  const browserPage = await browser.newPage({ acceptDownloads: true });
  const requests: string[] = [];
  browserPage.on("request", (r) => requests.push(r.url()));
  const [download] = await Promise.all([browserPage.waitForEvent("download"), browserPage.goto(opened)]);
  expect(download.suggestedFilename()).toBe("2022年度部门整体支出绩效自评报告.docx");
  const file = path.join(ARTIFACTS, "自评报告-mac.docx");
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  expect(await browserPage.getByRole("button", { name: "下载自评报告" }).isEnabled()).toBe(true);
  expect(await browserPage.textContent("h1")).toBe(decodeOutline(new URL(opened).hash)!.title);
  // The outline travelled in the fragment: the server saw only the page and its scripts.
  for (const url of requests) expect(url.startsWith(server.origin) || url.startsWith("blob:")).toBe(true);
  expect(requests.every((u) => !u.includes("#"))).toBe(true);
  await browserPage.close();
});

test("the report page given a cut-off link says what to do, and offers no download", async () => {
  const page = await browser.newPage();
  const good = encodeOutline({ title: "测试报告", sections: [] });
  await page.goto(`${server.origin}/report.html#${good.slice(0, good.length - 8)}`);
  await page.getByText(/这个链接不完整，无法生成报告/).waitFor();
  expect(await page.getByRole("button", { name: "下载自评报告" }).isDisabled()).toBe(true);
  await page.close();
});

describe("the offline build (OFFICE_JS=local)", () => {
  let offline: { origin: string; close: () => Promise<void> };
  beforeAll(async () => {
    offline = await serveDist("dist-offline");
  });
  afterAll(async () => {
    await offline?.close();
  });

  test("the real office.js loads from the add-in's own server, and nothing else is asked of any other", async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${offline.origin}/taskpane.html`);
    await page.locator("#status[data-state='outside']").waitFor();
    expect(requests).toContain(`${offline.origin}/office-js/office.js`);
    for (const url of requests) expect(url.startsWith(offline.origin)).toBe(true);
    await page.close();
  });

  test("the journey's first steps work the same from the offline build", async () => {
    const { page, requests } = await open(central, { apiVersion: "1.13" }, 380, () => offline.origin);
    await page.getByRole("button", { name: "校验当前工作表" }).click();
    await page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
    for (const url of requests) expect(url.startsWith(offline.origin)).toBe(true);
    await page.close();
  });
});
