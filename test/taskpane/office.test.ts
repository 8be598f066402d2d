// The excel/ adapter against a fake Excel object model: what it reads, what it writes, and how many
// context.sync calls it takes.
import { BAND_ROWS, MAX_CELLS_PER_SHEET, officePort } from "../../src/taskpane/excel/office";
import { PortError } from "../../src/taskpane/excel/port";
import { toA1 } from "../../src/workbook";
import { gridOf, loadExample, checkOne } from "../support/fixtures";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createFakeExcel } = require("../support/fake-excel");

type Fake = {
  Excel: unknown;
  Office: unknown;
  state: { syncs: number; runs: Array<Record<string, unknown>>; selection: unknown; active: number };
  valueOf: (s: string, a: string) => unknown;
};

function sheetData(
  name: string,
  cells: Record<string, unknown>,
  merges: string[] = [],
  formats: Record<string, string> = {},
  extra: Record<string, unknown> = {},
) {
  const out: Record<string, { v: unknown; f?: string }> = {};
  for (const [a1, v] of Object.entries(cells)) out[a1] = { v, f: formats[a1] };
  for (const [a1, f] of Object.entries(formats)) if (!(a1 in out)) out[a1] = { v: "", f };
  return { name, cells: out, merges, ...extra };
}

function install(
  sheets: unknown[],
  apiVersions = ["1.1", "1.13", "1.20"],
  settings: Record<string, string> = {},
  clipMerges = false,
): Fake {
  const fake: Fake = createFakeExcel({ sheets, settings }, { apiVersions, clipMerges });
  const g = globalThis as unknown as Record<string, unknown>;
  g.Excel = fake.Excel;
  g.Office = fake.Office;
  return fake;
}

const central = loadExample("central-weiquan-2022.js");
const centralSheets = central.sheets.map((s) => sheetData(s.name, s.cells, s.merges, s.formats ?? {}));

describe("reading", () => {
  test("the active sheet in 2 syncs: values, number formats and merges, the same report as from the file", async () => {
    const fake = install(centralSheets);
    const grid = await officePort().readActiveSheet();
    expect(fake.state.syncs).toBe(2);
    expect(grid.name).toBe("自评表");
    expect(grid.value(14, 5)).toBe(0.9);
    expect(grid.cell(14, 5)?.format).toBe("0%");
    expect(grid.mergeAt(12, 1)).toEqual({ top: 12, left: 1, bottom: 16, right: 1 });
    const fromPort = checkOne(grid).findings;
    const fromData = checkOne(gridOf(central.sheets[0])).findings;
    expect(fromPort).toEqual(fromData);
  });

  test("the whole workbook in 3 syncs, whatever its size", async () => {
    const sheets = Array.from({ length: 50 }, (_, i) => ({ ...centralSheets[0], name: `项目${i + 1}` }));
    const fake = install(sheets);
    const grids = await officePort().readAllSheets();
    expect(grids.map((g) => g.name)).toEqual(sheets.map((s) => s.name));
    expect(fake.state.syncs).toBe(3);
  });

  test("an empty sheet reads as an empty grid", async () => {
    const fake = install([sheetData("空表", {})]);
    const grid = await officePort().readActiveSheet();
    expect(grid.rowCount).toBe(0);
    expect(fake.state.syncs).toBe(2);
  });

  test("more than 512 merged areas: each band asks for its own, still 2 syncs; a merge across bands is joined", async () => {
    const cells: Record<string, unknown> = {};
    const merges: string[] = [];
    for (let r = 1; r <= 1500; r++) {
      cells[`A${r}`] = `行${r}`;
      cells[`B${r}`] = r;
      merges.push(`B${r}:C${r}`);
    }
    cells[`D${BAND_ROWS - 5}`] = "跨两段的合并单元格";
    merges.push(`D${BAND_ROWS - 5}:D${BAND_ROWS + 10}`);
    const fake = install([sheetData("大表", cells, merges)]);
    const grid = await officePort().readActiveSheet();
    expect(fake.state.syncs).toBe(2);
    expect(grid.merges.length).toBe(1501);
    expect(grid.mergeAt(BAND_ROWS + 3, 3)).toEqual({ top: BAND_ROWS - 6, left: 3, bottom: BAND_ROWS + 9, right: 3 });
  });

  test("a host that clips merged areas at band boundaries: pieces are joined, neighbours are not", async () => {
    const cells: Record<string, unknown> = {
      A1: "表头",
      C1: "宽",
      [`A${BAND_ROWS - 1}`]: "跨段",
      [`B${BAND_ROWS}`]: "上",
      [`B${BAND_ROWS + 1}`]: "下",
      [`A${BAND_ROWS + 20}`]: "尾",
    };
    const merges = [`A${BAND_ROWS - 1}:A${BAND_ROWS + 4}`, `B${BAND_ROWS}:C${BAND_ROWS}`, `B${BAND_ROWS + 1}:C${BAND_ROWS + 1}`];
    install([sheetData("表", cells, merges)], undefined, {}, true);
    const grid = await officePort().readActiveSheet();
    expect(grid.mergeAt(BAND_ROWS + 2, 0)).toEqual({ top: BAND_ROWS - 2, left: 0, bottom: BAND_ROWS + 3, right: 0 });
    expect(grid.mergeAt(BAND_ROWS, 1)).toEqual({ top: BAND_ROWS, left: 1, bottom: BAND_ROWS, right: 2 });
    expect(grid.merges).toHaveLength(3);
  });

  test("a huge sheet is read up to the payload bound, in the same 2 syncs", async () => {
    const cells: Record<string, unknown> = {};
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 30; c++) cells[toA1(r, c)] = r * 30 + c;
    const fake = install([sheetData("巨表", cells)]);
    const grid = await officePort().readActiveSheet();
    expect(fake.state.syncs).toBe(2);
    expect(grid.rowCount * 30).toBeLessThanOrEqual(MAX_CELLS_PER_SHEET);
    expect(grid.value(0, 0)).toBe(0);
  });

  test("without ExcelApi 1.13 the values are read and merges skipped", async () => {
    install(centralSheets, ["1.1"]);
    const grid = await officePort().readActiveSheet();
    expect(grid.merges).toEqual([]);
    expect(checkOne(grid).kind).toBe("project");
  });
});

describe("writing", () => {
  const batch = (expected: Record<string, unknown> = { H15: 9, H21: 93.12 }) => [
    {
      sheet: "自评表",
      writes: [
        { cell: "H15", value: 9.47, reason: "indicator.score" },
        { cell: "H21", value: 93.59, reason: "total.sum" },
      ],
      expected: expected as Record<string, number>,
    },
  ];

  test("one Excel.run, 2 syncs, one undo group where ExcelApi 1.20 is supported", async () => {
    const fake = install(centralSheets);
    const port = officePort();
    const snapshot = await port.write(batch());
    expect(fake.valueOf("自评表", "H15")).toBe(9.47);
    expect(fake.valueOf("自评表", "H21")).toBe(93.59);
    expect(fake.state.syncs).toBe(2);
    expect(fake.state.runs).toEqual([{ delayForCellEdit: true, mergeUndoGroup: true }]);
    expect(port.undoGroups()).toBe(true);
    expect(snapshot.cells.map((c) => [c.cell, c.value])).toEqual([
      ["H15", 9],
      ["H21", 93.12],
    ]);
  });

  test("without ExcelApi 1.20 the snapshot puts the cells back", async () => {
    const fake = install(centralSheets, ["1.1", "1.13"]);
    const port = officePort();
    expect(port.undoGroups()).toBe(false);
    const snapshot = await port.write(batch());
    expect(fake.state.runs[0]).toEqual({ delayForCellEdit: true });
    await port.restore(snapshot);
    expect(fake.valueOf("自评表", "H15")).toBe(9);
    expect(fake.valueOf("自评表", "H21")).toBe(93.12);
  });

  test("a protected sheet: nothing is written and the message says what to do", async () => {
    const fake = install([{ ...centralSheets[0], protected: true }]);
    await expect(officePort().write(batch())).rejects.toThrow(
      new PortError("工作表「自评表」受保护，未做任何修改：请在“审阅”选项卡点击“撤消工作表保护”后再试。"),
    );
    expect(fake.valueOf("自评表", "H15")).toBe(9);
  });

  test("a cell changed since the check: nothing is written", async () => {
    const fake = install(centralSheets);
    await expect(officePort().write(batch({ H15: 9, H21: 90 }))).rejects.toThrow(/H21 在校验之后被修改过，未做任何修改/);
    expect(fake.valueOf("自评表", "H15")).toBe(9);
  });

  test("a sheet renamed or deleted: a Chinese message, nothing written", async () => {
    install(centralSheets);
    await expect(officePort().write([{ ...batch()[0], sheet: "旧名字" }])).rejects.toThrow(/找不到该工作表/);
  });

  test("text that looks like a formula is written as text, never as a formula", async () => {
    const fake = install(centralSheets);
    await officePort().write([
      { sheet: "自评表", writes: [{ cell: "F11", value: "=JX.SCORE(1,2,3)", reason: "draft:completion" }], expected: { F11: null } },
    ]);
    expect(fake.valueOf("自评表", "F11")).toBe("=JX.SCORE(1,2,3)");
  });
});

test("select activates the sheet and selects the cell in one sync", async () => {
  const fake = install(centralSheets);
  await officePort().select("填表说明", "A2");
  expect(fake.state.selection).toEqual({ sheet: "填表说明", cell: "A2" });
  expect(fake.state.active).toBe(1);
  expect(fake.state.syncs).toBe(1);
});

test("the profile is kept in the document's settings", async () => {
  install(centralSheets, undefined, { "jx.profile": "hebei" });
  const port = officePort();
  expect(port.loadSetting("jx.profile")).toBe("hebei");
  await port.saveSetting("jx.profile", "sichuan");
  expect(port.loadSetting("jx.profile")).toBe("sichuan");
});
