// The port contract, run against both hosts in every mode the evidence leaves open (test/support/hosts.ts,
// EXCEL_MODES and WPS_MODES; docs/developer/host-evidence.md, "Fake modes"): the Excel port on a strict fake
// Excel at ExcelApi 1.13, 1.17 and 1.20, and the WPS port on a strict fake WPS (synchronous ET object model). Each
// host coerces typed strings as a spreadsheet does, drops writes into merged interiors, refuses writes on
// protected sheets. What a port reads must be what the CLI reads from the file; every write is read back
// and reported as it landed; undo puts back value, formula, text-ness and number format exactly.
import { PortError } from "../../src/hosts/port";
import { gridOf, loadExample, checkOne } from "../support/fixtures";
import { hostSheet, type HostSheet } from "../support/host";
import { HOSTS, centralFixes as batch } from "../support/hosts";

const central = loadExample("central-weiquan-2022.js");
const centralSheets = central.sheets.map((s) => hostSheet(s));

function sheet(name: string, cells: HostSheet["cells"], merges: string[] = [], extra: Partial<HostSheet> = {}): HostSheet {
  return { name, cells, merges, ...extra };
}

describe.each(HOSTS)("$name", (host) => {
  describe("reading", () => {
    test("the active sheet: values, number formats and merges, the same findings as from the file", async () => {
      const { port } = host.open(centralSheets);
      const grid = await port.readActiveSheet();
      expect(grid.name).toBe("自评表");
      expect(grid.value(14, 5)).toBe(0.9);
      expect(grid.cell(14, 5)?.format).toBe("0%");
      expect(grid.mergeAt(12, 1)).toEqual({ top: 12, left: 1, bottom: 16, right: 1 });
      expect(grid.merges).toHaveLength(gridOf(central.sheets[0]).merges.length);
      expect(checkOne(grid).findings).toEqual(checkOne(gridOf(central.sheets[0])).findings);
    });

    test("every sheet, in order", async () => {
      const sheets = Array.from({ length: 5 }, (_, i) => ({ ...centralSheets[0], name: `项目${i + 1}` }));
      const { port } = host.open(sheets);
      expect((await port.readAllSheets()).map((g) => g.name)).toEqual(sheets.map((s) => s.name));
    });

    test("an empty sheet reads as an empty grid", async () => {
      const { port } = host.open([sheet("空表", {})]);
      expect((await port.readActiveSheet()).rowCount).toBe(0);
    });

    test("a one-cell sheet and a sheet not starting at A1", async () => {
      const { port } = host.open([sheet("一格", { C3: { v: "只有一格" } }), sheet("偏移", { D5: { v: 1 }, E7: { v: "x" } }, ["D6:E6"])]);
      const [one, offset] = await port.readAllSheets();
      expect([...one.entries()]).toEqual([{ row: 2, col: 2, value: "只有一格" }]);
      expect(offset.value(4, 3)).toBe(1);
      expect(offset.value(6, 4)).toBe("x");
      expect(offset.merges).toEqual([{ top: 5, left: 3, bottom: 5, right: 4 }]);
    });

    test("formulas, error values, dates and text numbers read as the CLI reads them from the file", async () => {
      const { port } = host.open([
        sheet("表", {
          A1: { v: 45291, f: "yyyy/m/d" },
          A2: { v: 0.9996, f: "0.00%" },
          A3: { v: "99.96%", text: true },
          A4: { v: 93.59, formula: "=SUM(B1:B2)" },
          A5: { v: "", error: "#REF!", formula: "=B9+#REF!" },
          A6: { v: "", error: "#N/A" },
          A7: { v: "", formula: '=IF(B1>0,"","x")' },
          A8: { v: true },
          B1: { v: 90 },
          B2: { v: 3.59 },
        }),
      ]);
      const grid = await port.readActiveSheet();
      expect([...grid.entries()].filter((e) => e.col === 0).sort((a, b) => a.row - b.row)).toEqual([
        { row: 0, col: 0, value: "2023年12月31日" },
        { row: 1, col: 0, value: 0.9996, format: "0.00%" },
        { row: 2, col: 0, value: "99.96%" },
        { row: 3, col: 0, value: 93.59, formula: "SUM(B1:B2)" },
        { row: 4, col: 0, value: null, error: "#REF!", formula: "B9+#REF!" },
        { row: 5, col: 0, value: null, error: "#N/A" },
        { row: 6, col: 0, value: "", formula: 'IF(B1>0,"","x")' },
        { row: 7, col: 0, value: true },
      ]);
    });

    test("merged areas of every shape, each found once", async () => {
      const cells: HostSheet["cells"] = {};
      for (let r = 1; r <= 40; r++) for (const c of "ABCDEFGH") cells[`${c}${r}`] = { v: `${c}${r}` };
      const merges = ["A1:H1", "B3:B17", "C3:D4", "E20:H40", "A39:A40", "G2:G2"].filter((m) => !m.endsWith("G2:G2"));
      const { port } = host.open([sheet("合并", cells, merges)]);
      const grid = await port.readActiveSheet();
      const text = (a: { top: number; left: number; bottom: number; right: number }) => `${a.top}:${a.left}:${a.bottom}:${a.right}`;
      expect(grid.merges.map(text).sort()).toEqual(
        [
          { top: 0, left: 0, bottom: 0, right: 7 },
          { top: 2, left: 1, bottom: 16, right: 1 },
          { top: 2, left: 2, bottom: 3, right: 3 },
          { top: 19, left: 4, bottom: 39, right: 7 },
          { top: 38, left: 0, bottom: 39, right: 0 },
        ]
          .map(text)
          .sort(),
      );
    });
  });

  describe("writing", () => {
    test("every cell is read back; the snapshot puts the cells back", async () => {
      const h = host.open(centralSheets);
      const report = await h.port.write(batch());
      expect(h.valueOf("自评表", "H15")).toBe(9.47);
      expect(h.valueOf("自评表", "H21")).toBe(93.59);
      expect(report.outcomes).toEqual([
        { sheet: "自评表", cell: "H15", landed: true, now: 9.47 },
        { sheet: "自评表", cell: "H21", landed: true, now: 93.59 },
      ]);
      expect(report.snapshot.cells.map((c) => [c.cell, c.before.value, c.after.value])).toEqual([
        ["H15", 9, 9.47],
        ["H21", 93.12, 93.59],
      ]);
      const undone = await h.port.restore(report.snapshot);
      expect(undone.outcomes.every((o) => o.landed)).toBe(true);
      expect(h.valueOf("自评表", "H15")).toBe(9);
      expect(h.valueOf("自评表", "H21")).toBe(93.12);
    });

    test("a write the host drops into a merged area's interior is reported as not written, with why", async () => {
      const h = host.open([sheet("表", { A1: { v: "存在问题" } }, ["B1:D3"])]);
      const report = await h.port.write([
        {
          sheet: "表",
          writes: [
            { cell: "C2", value: "草稿", reason: "draft:problems" },
            { cell: "B1", value: "草稿", reason: "draft:problems" },
          ],
          expected: {},
        },
      ]);
      // A host that clips merged areas at the range asked (not documented either way) names the part it saw.
      const area =
        "mode" in host && (host.mode as { clipMerges?: boolean }).clipMerges ? /合并单元格 B1:(C2|C3|D2|D3) 中间/ : /合并单元格 B1:D3 中间/;
      expect(report.outcomes[0]).toMatchObject({ cell: "C2", landed: false, why: expect.stringMatching(area) });
      expect(report.outcomes[1]).toMatchObject({ cell: "B1", landed: true, now: "草稿" });
      expect(report.snapshot.cells.map((c) => c.cell)).toEqual(["B1"]);
      expect(h.valueOf("表", "C2")).toBe("");
    });

    test("a write that does not land for a reason the pane cannot see is found by reading it back", async () => {
      const h = host.open(centralSheets, { ignoreWrites: ["自评表!H15"] });
      const report = await h.port.write(batch());
      expect(report.outcomes[0]).toMatchObject({
        cell: "H15",
        landed: false,
        now: 9,
        why: expect.stringMatching(/没有保存写入的内容，单元格现为“9”/),
      });
      expect(report.outcomes[1]).toMatchObject({ cell: "H21", landed: true });
      expect(report.snapshot.cells.map((c) => c.cell)).toEqual(["H21"]);
    });

    // Whether the host says a sheet is protected before the write, or only refuses the write (Excel: a sheet
    // protected after the check; WPS: ProtectContents unanswered), the command is refused whole, naming the sheet.
    test("a protected sheet: nothing is written and the message names the sheet and says what to do", async () => {
      const h = host.open([{ ...centralSheets[0], protected: true }]);
      const before = ["H15", "H21"].map((c) => h.cellOf("自评表", c));
      const err = await h.port.write(batch()).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortError);
      expect([
        "工作表「自评表」受保护，未做任何修改：请在“审阅”选项卡点击“撤消工作表保护”后再试。",
        "工作表「自评表」拒绝写入，未做任何修改：它可能受保护，请在“审阅”选项卡点击“撤消工作表保护”后再试。",
      ]).toContain((err as Error).message);
      expect(["H15", "H21"].map((c) => h.cellOf("自评表", c))).toEqual(before);
    });

    test("a protected sheet among others: nothing is written on any of them", async () => {
      const h = host.open([
        sheet("甲", { A1: { v: 1 }, A2: { v: "37.24", text: true }, A3: { v: "" } }),
        sheet("乙", { B1: { v: 2 } }, [], { protected: true }),
      ]);
      const cells = (): unknown[] => [...["A1", "A2", "A3"].map((c) => h.cellOf("甲", c)), h.cellOf("乙", "B1")];
      const before = cells();
      const err = await h.port
        .write([
          {
            sheet: "甲",
            writes: [
              { cell: "A1", value: 9.5, format: "0.00", reason: "x" },
              { cell: "A2", value: "已完成", reason: "x" },
              { cell: "A3", value: 95, formula: "A1*10", reason: "x" },
            ],
            expected: {},
          },
          { sheet: "乙", writes: [{ cell: "B1", value: 3, reason: "x" }], expected: {} },
        ])
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(PortError);
      expect((err as Error).message).toMatch(/^工作表「.*乙」.*未做任何修改/);
      expect(cells()).toEqual(before);
    });

    test("a cell changed since the check: nothing is written", async () => {
      const h = host.open(centralSheets);
      await expect(h.port.write(batch({ H15: 9, H21: 90 }))).rejects.toThrow(/H21 在校验之后被修改过，未做任何修改/);
      expect(h.valueOf("自评表", "H15")).toBe(9);
    });

    test("a sheet renamed or deleted: a Chinese message, nothing written", async () => {
      const h = host.open(centralSheets);
      await expect(h.port.write([{ ...batch()[0], sheet: "旧名字" }])).rejects.toThrow(/找不到该工作表/);
    });

    test("text that looks like a formula, number, percentage, date or error is written as text", async () => {
      const h = host.open(centralSheets);
      const texts = ["=JX.SCORE(1,2,3)", "99.96%", "37.24", "TRUE", "-5", "1,234", "2023-12-31", "#N/A"];
      const cells = texts.map((_, i) => `K${i + 1}`);
      const report = await h.port.write([
        { sheet: "自评表", writes: texts.map((t, i) => ({ cell: cells[i], value: t, reason: "draft:completion" })), expected: {} },
      ]);
      expect(report.outcomes.every((o) => o.landed)).toBe(true);
      for (const [i, t] of texts.entries()) expect(h.cellOf("自评表", cells[i])).toMatchObject({ value: t, formula: null, text: true });
    });
  });

  describe("undo restores each cell exactly: value, formula, text-ness and number format", () => {
    const cases: Array<[string, HostSheet["cells"][string]]> = [
      ["a number with a percent format", { v: 0.9996, f: "0.00%" }],
      ["text that reads like a percentage", { v: "99.96%", text: true }],
      ["text that reads like a number", { v: "37.24", text: true }],
      ["a text-formatted number", { v: "37.24", f: "@" }],
      ["a formula", { v: 93.12, formula: "=SUM(B1:B2)", f: "0.00" }],
      ["a JX formula", { v: 9.47, formula: '=JX.SCORE("≥95%",0.9,10)' }],
      ["plain text", { v: "详见附件" }],
      ["text that starts with =", { v: "=不是公式", text: true }],
      ["an empty cell with a format", { v: "", f: "0.00" }],
      ["an empty cell", { v: "" }],
      ["a logical value", { v: true }],
      ["a date", { v: 45291, f: "yyyy/m/d" }],
    ];

    test.each(cases)("%s, under a number, a text and a formula write", async (_name, cell) => {
      for (const write of [{ value: 9.5, format: "0.00" }, { value: "已完成" }, { value: 95, formula: "B1*10" }]) {
        const h = host.open([sheet("表", { A1: cell, B1: { v: 9.5 }, B2: { v: 83.62 } })]);
        const before = h.cellOf("表", "A1");
        const report = await h.port.write([{ sheet: "表", writes: [{ cell: "A1", reason: "x", ...write }], expected: {} }]);
        // A formula typed into a text-formatted cell stays text: the read-back says it did not land.
        const keptAsText = !!write.formula && before.format === "@";
        expect(report.outcomes[0]).toMatchObject({
          landed: !keptAsText,
          ...(keptAsText ? { why: expect.stringMatching(/没有保存写入的内容/) } : {}),
        });
        const undone = await h.port.restore(report.snapshot);
        expect(undone.outcomes).toEqual([expect.objectContaining({ cell: "A1", landed: true })]);
        expect({ write, after: h.cellOf("表", "A1") }).toEqual({ write, after: before });
      }
    });

    test("a cell a person changed after the write keeps their change, and undo says so", async () => {
      const h = host.open(centralSheets);
      const report = await h.port.write([
        {
          sheet: "自评表",
          writes: [
            { cell: "H15", value: 9.47, reason: "indicator.score" },
            { cell: "H21", value: 93.59, reason: "total.sum" },
          ],
          expected: {},
        },
      ]);
      await h.type("自评表", "H21", 88);
      const undone = await h.port.restore(report.snapshot);
      expect(undone.outcomes).toEqual([
        expect.objectContaining({ cell: "H15", landed: true }),
        expect.objectContaining({ cell: "H21", landed: false, why: "H21 在写入之后又被修改过，保留现在的内容，未恢复。" }),
      ]);
      expect(h.valueOf("自评表", "H15")).toBe(9);
      expect(h.valueOf("自评表", "H21")).toBe(88);
    });
  });

  test("select activates the sheet and selects the cell", async () => {
    const h = host.open(centralSheets);
    await h.port.select("填表说明", "A2");
    expect(h.selection()).toEqual({ sheet: "填表说明", cell: "A2" });
    expect((await h.port.readActiveSheet()).name).toBe("填表说明");
  });

  test("the profile is kept", async () => {
    const h = host.open(centralSheets, {}, { "jx.profile": "hebei" });
    expect(h.port.loadSetting("jx.profile")).toBe("hebei");
    await h.port.saveSetting("jx.profile", "sichuan");
    expect(h.port.loadSetting("jx.profile")).toBe("sichuan");
  });
});
