// End to end: the built dist/taskpane.html in Chromium, with an in-page fake Excel host holding a
// workbook read from a fixture .xlsx (values, formats, merges). Check, go to a cell, fix, fill, undo.
import fs from "fs";
import os from "os";
import path from "path";
import type { Browser, Page } from "playwright-core";
import { readWorkbook } from "../../src/io/read";
import { toA1 } from "../../src/workbook";
import { loadExample } from "../support/fixtures";
import { launch, serveDist } from "../support/browser";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

const FAKE =
  fs.readFileSync(path.join(__dirname, "../support/fake-excel.js"), "utf8") +
  "\n" +
  fs.readFileSync(path.join(__dirname, "fake-office.js"), "utf8");
const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

let browser: Browser;
let server: { origin: string; close: () => Promise<void> };
let workbook: unknown;

/** The fixture .xlsx as the fake host holds it: every value with its number format, and the merges. */
async function workbookJson(file: string) {
  const { grids } = readWorkbook(new Uint8Array(fs.readFileSync(file)));
  return {
    sheets: grids.map((grid) => {
      const cells: Record<string, { v: unknown; f?: string }> = {};
      for (const e of grid.entries()) cells[toA1(e.row, e.col)] = { v: e.value ?? "", f: e.format };
      return { name: grid.name, cells, merges: grid.merges.map((m) => `${toA1(m.top, m.left)}:${toA1(m.bottom, m.right)}`) };
    }),
  };
}

async function open(apiVersions: string[], width = 380): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.addInitScript(
    ({ wb, versions }) => {
      const w = window as unknown as Record<string, unknown>;
      w.__fakeWorkbook = wb;
      w.__fakeApiVersions = versions;
    },
    { wb: workbook, versions: apiVersions },
  );
  await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: FAKE }));
  await page.goto(`${server.origin}/taskpane.html`);
  await page.getByRole("button", { name: "校验当前工作表" }).waitFor();
  return { page, requests };
}

const fake = (page: Page, expr: string) => page.evaluate(expr);
const cell = (page: Page, sheet: string, a1: string) =>
  page.evaluate(
    ([s, a]) => (window as unknown as { __fakeExcel: { valueOf: (s: string, a: string) => unknown } }).__fakeExcel.valueOf(s, a),
    [sheet, a1],
  );

beforeAll(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-"));
  const file = path.join(dir, "central.xlsx");
  await writeWorkbook(loadExample("central-weiquan-2022.js"), file);
  workbook = await workbookJson(file);
  server = await serveDist();
  browser = await launch();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("check, go to a cell, fix all, fill, undo — on a host without undo groups", async () => {
  const { page, requests } = await open(["1.1", "1.13"]);
  await page.getByRole("button", { name: "校验当前工作表" }).click();
  await page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  expect(await page.getByTestId("total").textContent()).toContain("93.59");
  expect(await page.getByTestId("grade").textContent()).toBe("优");
  expect(await fake(page, "__fakeExcel.state.syncs")).toBe(2);

  // Clicking a finding selects its cell in Excel.
  await page.getByRole("button", { name: /H15.*案件办结率/ }).click();
  await page.waitForFunction(
    () => (window as unknown as { __fakeExcel: { state: { selection: unknown } } }).__fakeExcel.state.selection !== null,
  );
  expect(await fake(page, "__fakeExcel.state.selection")).toEqual({ sheet: "自评表", cell: "H15" });
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane.png"), fullPage: true });

  // 全部修正 shows the new values first, then writes them in one Excel.run.
  await page.getByRole("button", { name: "全部修正" }).click();
  const items = await page.getByTestId("preview-item").allTextContents();
  expect(items).toEqual(["H159 → 9.47", "H2193.12 → 93.59"]);
  await page.getByRole("button", { name: "确认写入" }).click();
  await page.getByText("已写入 2 个单元格").waitFor();
  expect(await cell(page, "自评表", "H15")).toBe(9.47);
  expect(await cell(page, "自评表", "H21")).toBe(93.59);

  // 填写文字: edit one draft, untick another, write only what is ticked.
  await page.getByRole("button", { name: "填写文字", exact: true }).click();
  const drafts = page.getByTestId("draft");
  expect(await drafts.count()).toBe(4);
  await page.getByRole("textbox", { name: "F11 草稿" }).fill("全年开展维权宣传活动62场。");
  await page.getByRole("checkbox", { name: "I17" }).uncheck();
  await page.getByRole("button", { name: /写入所选（1 处）/ }).click();
  await page.getByText("已写入 1 个单元格").waitFor();
  expect(await cell(page, "自评表", "F11")).toBe("全年开展维权宣传活动62场。");
  expect(await cell(page, "自评表", "I17")).toBe("");
  expect(await cell(page, "自评表", "I15")).toBe("部分案件因当事人原因尚在调解中，将跟踪至办结。");

  // Without ExcelApi 1.20 the pane keeps what it replaced and offers to put it back.
  await page.getByRole("button", { name: "撤销上次修改" }).click();
  await page.getByText("已恢复上次修改前的内容").waitFor();
  expect(await cell(page, "自评表", "F11")).toBe("");
  await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-after.png"), fullPage: true });

  for (const url of requests) expect(url.startsWith(server.origin)).toBe(true);
  expect(requests.length).toBeGreaterThan(2);
  await page.close();
});

test("with ExcelApi 1.20 a command is one undo group, and the pane says Ctrl+Z", async () => {
  const { page } = await open(["1.1", "1.13", "1.20"]);
  await page.getByRole("button", { name: "校验全部工作表" }).click();
  await page.getByText("工作表「填表说明」不是绩效自评表").waitFor();
  expect(await fake(page, "__fakeExcel.state.syncs")).toBe(3);
  await page.getByRole("listitem").filter({ hasText: "H15" }).getByRole("button", { name: "修正" }).click();
  await page.getByRole("button", { name: "确认写入" }).click();
  await page.getByText("Ctrl+Z").waitFor();
  const runs = (await fake(page, "__fakeExcel.state.runs")) as Array<Record<string, unknown>>;
  expect(runs.filter((r) => r.mergeUndoGroup)).toHaveLength(1);
  expect(await page.getByRole("button", { name: "撤销上次修改" }).count()).toBe(0);
  await page.close();
});

test.each([320, 450])("fits %i px without sideways scrolling, and works from the keyboard", async (width) => {
  const { page } = await open(["1.1", "1.13", "1.20"], width);
  // Tab to the profile selector, then to 校验当前工作表, and press Enter.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("校验当前工作表");
  await page.keyboard.press("Enter");
  await page.getByText("“人均服务成本”得分 4.5 低于分值 5").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  // Findings are buttons in the tab order: Enter on one selects its cell.
  await page.getByRole("button", { name: /I17.*人均服务成本/ }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(
    () => (window as unknown as { __fakeExcel: { state: { selection: unknown } } }).__fakeExcel.state.selection !== null,
  );
  expect(await fake(page, "__fakeExcel.state.selection")).toEqual({ sheet: "自评表", cell: "I17" });
  await page.close();
});

test("生成自评报告 downloads a Word document made in the page, from our own origin", async () => {
  const { page, requests } = await open(["1.1", "1.13", "1.20"]);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "生成自评报告" }).click()]);
  expect(download.suggestedFilename()).toBe("2022年度部门整体支出绩效自评报告.docx");
  const file = path.join(ARTIFACTS, "自评报告.docx");
  await download.saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 2).toString()).toBe("PK");
  await page.getByText(/已生成“2022年度部门整体支出绩效自评报告\.docx”/).waitFor();
  // The Word writer was loaded on demand, from our own origin.
  expect(requests.some((u) => /\/report\.js$/.test(u))).toBe(true);
  for (const url of requests) expect(url.startsWith(server.origin) || url.startsWith("blob:")).toBe(true);
  await page.close();
});
