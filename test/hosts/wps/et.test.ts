// What is particular to the WPS port, against the strict fake WPS (test/support/fake-et.ts): error values
// as COM codes or as text, the apostrophe WPS reports (so undo is exact even for text Excel would not
// coerce), a write that fails part-way, no workbook open, WPS without worksheet functions, and how many
// object-model calls a read costs (each one crosses from the page into WPS).
import { comError, FUNCTIONS_BUILD, normalFormat } from "../../../src/hosts/wps/et";
import { toA1 } from "../../../src/workbook";
import { loadExample } from "../../support/fixtures";
import { hostSheet, type HostSheet } from "../../support/host";
import { openWps } from "../../support/hosts";

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

  test("no file access: null, and the pane offers a download", async () => {
    const { port } = openWps(centralSheets, { fileSystem: false });
    expect(await port.saveFile!(name, bytes)).toBeNull();
  });
});
