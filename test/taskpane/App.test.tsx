/** @jest-environment jsdom */
// The pane against a fake of the excel/ port: what a 填报人 sees and what reaches Excel.
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { PortError, type ExcelPort, type SheetWrites } from "../../src/taskpane/excel/port";
import { gridOf, loadExample } from "../support/fixtures";
import { randomTable, sheetOf, type Rnd } from "../support/random-table";
import type { Grid } from "../../src/workbook";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { prng } = require("../../scripts/prng") as { prng: (seed: number) => Rnd };

const central = loadExample("central-weiquan-2022.js");
const defaultGrids = () => central.sheets.map(gridOf);

function fakePort(options: { undoGroups?: boolean; failWrite?: string; settings?: Record<string, string>; grids?: () => Grid[] } = {}) {
  const grids = options.grids ?? defaultGrids;
  const calls = {
    select: [] as Array<[string, string]>,
    write: [] as SheetWrites[][],
    restore: 0,
    saved: {} as Record<string, string>,
    reads: 0,
  };
  const port: ExcelPort = {
    readActiveSheet: async () => {
      calls.reads++;
      return grids()[0];
    },
    readAllSheets: async () => {
      calls.reads++;
      return grids();
    },
    select: async (sheet, cell) => {
      calls.select.push([sheet, cell]);
    },
    write: async (batch) => {
      if (options.failWrite) throw new PortError(options.failWrite);
      calls.write.push(batch);
      return {
        cells: batch.flatMap((b) =>
          b.writes.map((w) => ({ sheet: b.sheet, cell: w.cell, value: b.expected[w.cell] ?? null, format: "General" })),
        ),
      };
    },
    restore: async () => {
      calls.restore++;
    },
    undoGroups: () => options.undoGroups ?? true,
    loadSetting: (key) => options.settings?.[key] ?? null,
    saveSetting: async (key, value) => {
      calls.saved[key] = value;
    },
  };
  return { port, calls };
}

function show(port: ExcelPort | null, saveFile?: (name: string, blob: Blob) => void) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} saveFile={saveFile} />
    </FluentProvider>,
  );
}

async function checkActive() {
  fireEvent.click(screen.getByRole("button", { name: "校验当前工作表" }));
  await screen.findByText(/“人均服务成本”得分 4\.5 低于分值 5/);
}

test("outside Excel: a clear message and no buttons", () => {
  show(null);
  expect(screen.getByText(/当前不在 Excel 中/)).toBeTruthy();
  expect(screen.queryByRole("button", { name: "校验当前工作表" })).toBeNull();
});

test("校验当前工作表: the summary and the findings grouped by severity and section", async () => {
  show(fakePort().port);
  await checkActive();
  expect(screen.getByTestId("total").textContent).toBe("93.59（表中总分 93.12）");
  expect(screen.getByTestId("grade").textContent).toBe("优");
  const groups = screen.getAllByRole("region").map((r) => r.getAttribute("aria-label"));
  expect(groups).toEqual(expect.arrayContaining(["错误", "警告", "提示"]));
  const warnings = within(screen.getByRole("region", { name: "警告" }));
  expect(warnings.getByText("绩效指标")).toBeTruthy();
  expect(warnings.getByText("文字栏")).toBeTruthy();
  expect(within(screen.getByRole("region", { name: "提示" })).getByText("绩效指标")).toBeTruthy();
});

test("each finding shows its rule's title, and the rule's docs behind its info button", async () => {
  show(fakePort().port);
  await checkActive();
  const item = screen.getByText(/“案件办结率”的得分写为 9/).closest("li") as HTMLElement;
  expect(item.getAttribute("data-rule")).toBe("indicator.score");
  expect(within(item).getByTestId("rule-title").textContent).toContain("指标得分");
  fireEvent.click(within(item).getByRole("button", { name: /指标得分|信息|information/i }));
  expect(await screen.findByText(/正向指标 实际 ≥ 目标得满分/)).toBeTruthy();
});

test("clicking a finding selects its cell in Excel", async () => {
  const { port, calls } = fakePort();
  show(port);
  await checkActive();
  fireEvent.click(screen.getByRole("button", { name: /I17.*人均服务成本/ }));
  await waitFor(() => expect(calls.select).toEqual([["自评表", "I17"]]));
});

test("修正 shows the new value first and writes only after confirmation", async () => {
  const { port, calls } = fakePort();
  show(port);
  await checkActive();
  const item = screen.getByText(/“案件办结率”的得分写为 9/).closest("li")!;
  fireEvent.click(within(item as HTMLElement).getByRole("button", { name: "修正" }));
  expect(screen.getByTestId("preview-item").textContent).toBe("H159 → 9.47");
  expect(calls.write).toEqual([]);
  fireEvent.click(screen.getByRole("button", { name: "确认写入" }));
  await screen.findByText(/已写入 1 个单元格。如需撤销，可在 Excel 中按 Ctrl\+Z/);
  expect(calls.write).toEqual([
    [{ sheet: "自评表", writes: [{ cell: "H15", value: 9.47, reason: "indicator.score" }], expected: { H15: 9 } }],
  ]);
});

test("全部修正 lists every fix; 取消 writes nothing", async () => {
  const { port, calls } = fakePort();
  show(port);
  await checkActive();
  fireEvent.click(screen.getByRole("button", { name: "全部修正" }));
  expect(screen.getAllByTestId("preview-item").map((e) => e.textContent)).toEqual(["H159 → 9.47", "H2193.12 → 93.59"]);
  fireEvent.click(screen.getByRole("button", { name: "取消" }));
  expect(screen.queryByTestId("preview-item")).toBeNull();
  expect(calls.write).toEqual([]);
});

test("填写文字: every draft beside its cell; text a person wrote stays unticked; edits are what gets written", async () => {
  const { port, calls } = fakePort();
  show(port);
  await checkActive();
  fireEvent.click(screen.getByRole("button", { name: "填写文字", exact: true } as never));
  const drafts = screen.getAllByTestId("draft");
  expect(drafts).toHaveLength(4);
  const box = (cell: string) => screen.getByRole("checkbox", { name: cell }) as HTMLInputElement;
  expect(box("F11").checked).toBe(true);
  expect(box("I17").checked).toBe(true);
  expect(box("I15").checked).toBe(false);
  expect(box("I18").checked).toBe(false);
  expect(screen.getAllByText(/该单元格已有文字，勾选后将替换/)).toHaveLength(2);
  fireEvent.change(screen.getByRole("textbox", { name: "F11 草稿" }), { target: { value: "全年开展维权宣传活动62场。" } });
  fireEvent.click(box("I17"));
  fireEvent.click(screen.getByRole("button", { name: "写入所选（1 处）" }));
  await screen.findByText(/已写入 1 个单元格/);
  expect(calls.write).toEqual([
    [
      {
        sheet: "自评表",
        writes: [{ cell: "F11", value: "全年开展维权宣传活动62场。", reason: "draft:completion" }],
        expected: { F11: null },
      },
    ],
  ]);
});

test("where Excel cannot group undo, the pane offers 撤销上次修改", async () => {
  const { port, calls } = fakePort({ undoGroups: false });
  show(port);
  await checkActive();
  fireEvent.click(screen.getByRole("button", { name: "全部修正" }));
  fireEvent.click(screen.getByRole("button", { name: "确认写入" }));
  await screen.findByText(/请点击“撤销上次修改”/);
  fireEvent.click(screen.getByRole("button", { name: "撤销上次修改" }));
  await screen.findByText("已恢复上次修改前的内容。");
  expect(calls.restore).toBe(1);
});

test("a failed write shows its Chinese message and keeps the findings", async () => {
  const { port } = fakePort({ failWrite: "工作表「自评表」受保护，未做任何修改：请在“审阅”选项卡点击“撤消工作表保护”后再试。" });
  show(port);
  await checkActive();
  fireEvent.click(screen.getByRole("button", { name: "全部修正" }));
  fireEvent.click(screen.getByRole("button", { name: "确认写入" }));
  expect((await screen.findByRole("alert")).textContent).toContain("受保护，未做任何修改");
  expect(screen.getByText(/“人均服务成本”得分 4\.5/)).toBeTruthy();
});

test("the profile is read from and saved to the document, and re-checks the sheet", async () => {
  const { port, calls } = fakePort({ settings: { "jx.profile": "guangzhou" } });
  show(port);
  const select = screen.getByRole("combobox") as HTMLSelectElement;
  expect(select.value).toBe("guangzhou");
  await checkActive();
  const sheet = () => within(screen.getByRole("region", { name: "自评表" }));
  expect(sheet().getByText("广州")).toBeTruthy();
  await act(async () => {
    fireEvent.change(select, { target: { value: "hebei" } });
  });
  expect(calls.saved).toEqual({ "jx.profile": "hebei" });
  await waitFor(() => expect(sheet().getByText("河北")).toBeTruthy());
  expect(calls.reads).toBe(2);
});

test("校验全部工作表 shows every sheet, and says which are not tables", async () => {
  show(fakePort().port);
  fireEvent.click(screen.getByRole("button", { name: "校验全部工作表" }));
  await screen.findByText("工作表「填表说明」不是绩效自评表，未校验。");
  expect(screen.getByRole("region", { name: "自评表" })).toBeTruthy();
});

test("生成自评报告 builds a Word document from every table in the workbook and hands it over", async () => {
  const saved: Array<{ name: string; blob: Blob }> = [];
  show(fakePort().port, (name, blob) => saved.push({ name, blob }));
  fireEvent.click(screen.getByRole("button", { name: "生成自评报告" }));
  await screen.findByText(/已生成“.*自评报告\.docx”/);
  expect(saved).toHaveLength(1);
  expect(saved[0].name).toBe("2022年度部门整体支出绩效自评报告.docx");
  const buffer = await new Promise<ArrayBuffer>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.readAsArrayBuffer(saved[0].blob);
  });
  const bytes = new Uint8Array(buffer);
  expect(String.fromCharCode(bytes[0], bytes[1])).toBe("PK");
});

test("生成自评报告 on a workbook without tables says so and saves nothing", async () => {
  const saved: string[] = [];
  const { port } = fakePort();
  port.readAllSheets = async () => [defaultGrids()[1]];
  show(port, (name) => saved.push(name));
  fireEvent.click(screen.getByRole("button", { name: "生成自评报告" }));
  expect((await screen.findByRole("alert")).textContent).toContain("无法生成自评报告");
  expect(saved).toEqual([]);
});

test("a department table: its summary, findings and the conclusion draft", async () => {
  const { port } = fakePort();
  port.readActiveSheet = async () => gridOf(loadExample("department-2022.js").sheets[0]);
  show(port);
  fireEvent.click(screen.getByRole("button", { name: "校验当前工作表" }));
  await screen.findByTestId("total");
  expect(screen.getAllByText("部门整体支出绩效自评表")).toHaveLength(2);
  expect(screen.getByTestId("total").textContent).toBe("102.4（表中总分 102.4）");
  expect(screen.getByText("97.97%")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "填写文字", exact: true } as never));
  expect((screen.getByRole("textbox", { name: "B46 草稿" }) as HTMLTextAreaElement).value).toMatch(/^部门整体支出绩效自评总分为 102\.4 分/);
});

test("a sheet holding two projects shows each with its own summary and findings", async () => {
  const first = randomTable(prng(5), () => null, { name: "第一个项目", scores: "random" });
  const second = randomTable(prng(6), () => null, { name: "第二个项目", scores: "random", offset: first.lastRow + 2 });
  show(fakePort({ grids: () => [gridOf(sheetOf("两个项目", [first, second]))] }).port);
  fireEvent.click(screen.getByRole("button", { name: "校验当前工作表" }));
  expect(await screen.findByRole("heading", { name: "两个项目 · 第 1 张表：第一个项目" })).toBeTruthy();
  expect(screen.getByRole("heading", { name: "两个项目 · 第 2 张表：第二个项目" })).toBeTruthy();
  expect(screen.getAllByTestId("total")).toHaveLength(2);
});
