// What is particular to the WPS port, against the strict fake WPS (test/support/fake-et.ts): error values
// as COM codes or as text, the apostrophe WPS reports (so undo is exact even for text Excel would not
// coerce), a write that fails part-way, no workbook open, WPS without worksheet functions, and how many
// object-model calls a read costs (each one crosses from the page into WPS).
import { comError, FUNCTIONS_BUILD, normalFormat, wpsHost } from "../../../src/hosts/wps/et";
import { matrix } from "../../../src/hosts/wps/cells";
import type { HostPort } from "../../../src/hosts/port";
import { createFakeEt } from "../../support/fake-et";
import { toA1 } from "../../../src/workbook";
import { loadExample } from "../../support/fixtures";
import { hostSheet, type HostSheet } from "../../support/host";
import { openWps } from "../../support/hosts";
import { wpsPort } from "../../../src/hosts/wps/et";

const centralSheets = loadExample("central-weiquan-2022.js").sheets.map((s) => hostSheet(s));

test("error values read the same whether WPS gives them as COM error codes or as text", async () => {
  const sheets: HostSheet[] = [
    {
      name: "表",
      merges: [],
      cells: { A1: { v: "", error: "#DIV/0!", formula: "=1/0" }, A2: { v: "", error: "#N/A" }, A3: { v: "#N/A", text: true } },
    },
  ];
  const entries = [];
  for (const errorsAs of ["com", "text"] as const) {
    const { port } = openWps(sheets, { errorsAs });
    entries.push([...(await port.readActiveSheet()).entries()]);
  }
  expect(entries[0]).toEqual([
    { row: 0, col: 0, value: null, error: "#DIV/0!", formula: "1/0" },
    { row: 1, col: 0, value: null, error: "#N/A" },
    { row: 2, col: 0, value: "#N/A" },
  ]);
  expect(entries[1]).toEqual(entries[0]);
  expect(comError(0x800a0000 | 2042 | 0)).toBe("#N/A");
  expect(comError(2042)).toBeNull();
});

test("text typed with an apostrophe comes back from undo with it, even text WPS would not have converted", async () => {
  const { fake, port } = openWps([{ name: "表", merges: [], cells: { A1: { v: "详见附件", text: true } } }]);
  const before = fake.cellOf("表", "A1");
  expect(before.text).toBe(true);
  const report = await port.write([{ sheet: "表", writes: [{ cell: "A1", value: "已完成", reason: "x" }], expected: {} }]);
  expect(fake.cellOf("表", "A1")).toMatchObject({ value: "已完成", text: false });
  await port.restore(report.snapshot);
  expect(fake.cellOf("表", "A1")).toEqual(before);
});

test("a write WPS refuses part-way: the cells written are listed and can be undone, the rest say why", async () => {
  const { fake, port } = openWps(centralSheets, { failWrites: ["自评表!H21"] });
  const report = await port.write([
    {
      sheet: "自评表",
      writes: [
        { cell: "H15", value: 9.47, reason: "indicator.score" },
        { cell: "H21", value: 93.59, reason: "total.sum" },
        { cell: "I17", value: "原因", reason: "draft" },
      ],
      expected: {},
    },
  ]);
  expect(report.outcomes.map((o) => [o.cell, o.landed])).toEqual([
    ["H15", true],
    ["H21", false],
    ["I17", true],
  ]);
  expect(report.outcomes[1].why).toMatch(/WPS 表格 未能完成操作（写入失败（模拟））/);
  expect(report.snapshot.cells.map((c) => c.cell)).toEqual(["H15", "I17"]);
  await port.restore(report.snapshot);
  expect([fake.valueOf("自评表", "H15"), fake.valueOf("自评表", "I17")]).toEqual([9, ""]);
});

test("no workbook open: a Chinese message, nothing read", async () => {
  const { port } = openWps(centralSheets, { noWorkbook: true });
  await expect(port.readActiveSheet()).rejects.toThrow("WPS 表格中没有打开的工作簿：请先打开自评表所在的工作簿，再点“校验当前工作表”。");
});

test("WPS without worksheet functions: the pane is supported, with a note naming the build functions need", () => {
  const old = openWps(centralSheets, { customFunctions: false, build: 19770 }).port.support();
  expect(old).toMatchObject({ ok: true, undoGroups: false, hostName: " WPS 表格" });
  expect(old.note).toContain(FUNCTIONS_BUILD);
  expect(old.note).toContain("19770");
  expect(old.note).toMatch(/校验、定位、修正、填写文字和定稿照常可用/);
  expect(openWps(centralSheets).port.support().note).toBeUndefined();
});

test("a read costs object-model calls by sheet and by row holding merged cells, not by cell", async () => {
  const cells: HostSheet["cells"] = {};
  for (let r = 0; r < 2000; r++) for (let c = 0; c < 10; c++) cells[toA1(r, c)] = { v: r * 10 + c };
  const { fake, port } = openWps([{ name: "大表", merges: [], cells }]);
  const grid = await port.readActiveSheet();
  expect(grid.value(1999, 9)).toBe(19999);
  expect(fake.state.calls).toBeLessThan(40);

  // A 自评表 has merged cells in most rows: those rows are asked cell by cell, still well under 3 calls a cell.
  const table = openWps(centralSheets);
  const grids = await table.port.readAllSheets();
  const used = grids.reduce((n, g) => n + g.rowCount * g.colCount, 0);
  expect(table.fake.state.calls).toBeLessThan(3 * used);
});

test("a WPS whose MergeCells says false for a partly merged range: the port notices and asks cell by cell, missing no merged area", async () => {
  const normal = openWps(centralSheets);
  const expected = (await normal.port.readAllSheets()).map((g) => g.merges);
  const odd = openWps(centralSheets, { partlyMerged: "false" });
  const grids = await odd.port.readAllSheets();
  expect(grids.map((g) => g.merges)).toEqual(expected);
  expect(expected[0].length).toBe(centralSheets[0].merges.length);
  // The next read trusts what it learnt: no second probe, the same areas.
  const again = await odd.port.readActiveSheet();
  expect(again.merges).toEqual(expected[0]);
});

test("WPS in Chinese may call General “G/通用格式”: it is General, so a fix's percent format still goes in", async () => {
  expect(normalFormat("G/通用格式")).toBe("General");
  expect(normalFormat(null)).toBe("General");
  expect(normalFormat("0.00%")).toBe("0.00%");
  const { fake, port } = openWps([
    { name: "表", merges: [], cells: { A1: { v: 37.24, f: "G/通用格式" }, B1: { v: "", f: "G/通用格式" } } },
  ]);
  const grid = await port.readActiveSheet();
  expect(grid.cell(0, 0)).toEqual({ row: 0, col: 0, value: 37.24 });
  await port.write([{ sheet: "表", writes: [{ cell: "B1", value: 0.862, format: "0.00%", reason: "budget.rate" }], expected: {} }]);
  expect(fake.cellOf("表", "B1")).toMatchObject({ value: 0.862, format: "0.00%" });
});

describe("a report saved through WPS's own file access, read back", () => {
  const bytes = Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0xff, 0x80, 0x7f, 10, 13]);
  const name = "2022年度部门整体支出绩效自评报告.docx";

  test("beside the workbook, never over an existing file", async () => {
    const { fake, port } = openWps(centralSheets);
    expect(await port.saveFile!(name, bytes)).toBe(`D:\\绩效自评\\${name}`);
    expect(await port.saveFile!(name, bytes)).toBe(`D:\\绩效自评\\2022年度部门整体支出绩效自评报告 (2).docx`);
    expect([...fake.state.files.get(`D:\\绩效自评\\${name}`)!]).toEqual([...bytes]);
    expect(fake.state.files.size).toBe(2);
  });

  test("a workbook never saved: on the desktop", async () => {
    const { port } = openWps(centralSheets, { workbookPath: "" });
    expect(await port.saveFile!(name, bytes)).toBe(`C:\\Users\\填报人\\Desktop\\${name}`);
  });

  test("a file that does not read back as written is removed, and the message says the pane will download instead", async () => {
    const { fake, port } = openWps(centralSheets, { fileSystem: "utf8" });
    await expect(port.saveFile!(name, bytes)).rejects.toThrow(
      `自评报告没有按原样写入 D:\\绩效自评\\${name}，已删除该文件：改为用浏览器下载。`,
    );
    expect(fake.state.files.size).toBe(0);
  });

  test("a WPS that refuses full paths (host-evidence.md row 3): nothing written, a Chinese message, and the pane downloads", async () => {
    const { fake, port } = openWps(centralSheets, { fileSystemPaths: "nameOnly" });
    await expect(port.saveFile!(name, bytes)).rejects.toThrow(
      `这个版本的 WPS 不允许加载项按完整路径写文件，自评报告没有保存到 D:\\绩效自评\\${name}：改为用浏览器下载，请从下载位置把它移到工作簿旁边。`,
    );
    expect(fake.state.files.size).toBe(0);
    // The same workbook on a WPS that accepts full paths: saved beside it.
    expect(await openWps(centralSheets, { fileSystemPaths: "full" }).port.saveFile!(name, bytes)).toBe(`D:\\绩效自评\\${name}`);
  });

  test("no file access: null, and the pane offers a download", async () => {
    const { port } = openWps(centralSheets, { fileSystem: false });
    expect(await port.saveFile!(name, bytes)).toBeNull();
  });
});

test("Value2 of one row, one column or one cell is shaped by the range's rows and columns, whether WPS gives 2-D or flat arrays", async () => {
  expect(matrix([1, 2, 3], 1, 3)).toEqual([[1, 2, 3]]);
  expect(matrix([1, 2, 3], 3, 1)).toEqual([[1], [2], [3]]);
  expect(matrix([[1, 2, 3]], 1, 3)).toEqual([[1, 2, 3]]);
  expect(matrix(7, 1, 1)).toEqual([[7]]);
  expect(matrix(undefined, 1, 2)).toEqual([[undefined, undefined]]);
  const row: HostSheet[] = [
    { name: "行", merges: [], cells: { A1: { v: "预算数" }, B1: { v: 43.2 }, C1: { v: "执行数" }, D1: { v: 37.24 } } },
  ];
  const column: HostSheet[] = [{ name: "列", merges: [], cells: { A1: { v: "预算数" }, A2: { v: 43.2 }, A3: { v: 37.24 } } }];
  for (const sheets of [row, column, centralSheets]) {
    const grids = [];
    for (const value2Shape of ["2d", "1d"] as const)
      grids.push([...(await openWps(sheets, { value2Shape }).port.readActiveSheet()).entries()]);
    expect(grids[1]).toEqual(grids[0]);
  }
  const flat = openWps(row, { value2Shape: "1d" });
  expect((flat.fake.Application.ActiveWorkbook as Et.Workbook).ActiveSheet.UsedRange.Value2).toEqual(["预算数", 43.2, "执行数", 37.24]);
  expect([...(await flat.port.readActiveSheet()).entries()].map((e) => [e.row, e.col, e.value])).toEqual([
    [0, 0, "预算数"],
    [0, 1, 43.2],
    [0, 2, "执行数"],
    [0, 3, 37.24],
  ]);
});

describe("the pane finds WPS 表格 through window.Application or the global wps (host-evidence.md row 8)", () => {
  const g = globalThis as unknown as Record<string, unknown>;
  afterEach(() => delete g.window);
  const find = (window: Record<string, unknown>) => {
    g.window = window;
    let port: HostPort | null = null;
    const found = wpsHost.find((p) => (port = p));
    return { found, port: port as HostPort | null };
  };
  const sheets = [{ name: "表", merges: [], cells: {} }];

  test.each(["Application", "wps"])("only %s", (name) => {
    const fake = createFakeEt({ sheets });
    expect(find({ [name]: fake.Application }).found).toBe(true);
  });

  test("WPS 文字 (no workbooks) or a page with neither is not WPS 表格", () => {
    expect(find({}).found).toBe(false);
    expect(find({ Application: { CreateTaskPane: () => null, Documents: {} } }).found).toBe(false);
  });
});

describe("in-pane controls that do not depend on the ribbon", () => {
  test("收起窗格 hides the pane the ribbon opened", () => {
    const { fake, port } = openWps(centralSheets);
    const app = fake.Application as unknown as { CreateTaskPane: (u: string) => { ID: number; Visible: boolean }; PluginStorage: Storage };
    const pane = app.CreateTaskPane("taskpane.html");
    app.PluginStorage.setItem("jx-selfeval.taskpane", String(pane.ID));
    pane.Visible = true;
    port.closePane!();
    expect(pane.Visible).toBe(false);
    // No pane opened by the ribbon: nothing happens, nothing thrown.
    expect(() => openWps(centralSheets).port.closePane!()).not.toThrow();
  });

  test("the undo snapshot outlives the pane's page, per workbook, and undo still puts the cells back", async () => {
    const first = openWps(centralSheets);
    const report = await first.port.write([{ sheet: "自评表", writes: [{ cell: "H15", value: 9.47, reason: "x" }], expected: {} }]);
    first.port.undoStore!.save(report.snapshot);
    // The page loaded again: a new port over the same WPS and the same localStorage.
    const again = wpsPort(first.fake.Application as never, { storage: first.storage });
    const kept = again.undoStore!.load();
    expect(kept).toEqual(report.snapshot);
    await again.restore(kept!);
    expect(first.fake.valueOf("自评表", "H15")).toBe(9);
    again.undoStore!.save(null);
    expect(again.undoStore!.load()).toBeNull();
    // Another workbook (another folder) does not see it.
    first.port.undoStore!.save(report.snapshot);
    const other = openWps(centralSheets, { workbookPath: "E:\\其他" });
    const elsewhere = wpsPort(other.fake.Application as never, { storage: first.storage });
    expect(elsewhere.undoStore!.load()).toBeNull();
  });
});
