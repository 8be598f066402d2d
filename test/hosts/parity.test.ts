// The pane's findings equal `selfeval check` on every test workbook, at every ExcelApi level the
// manifest admits (1.13, the oldest; 1.17, Office 2024; 1.20, Microsoft 365) and in WPS: the same file,
// opened in a strict fake Excel or a strict fake WPS (serial dates, error values, formulas with their
// results, text numbers kept as text) and read through the host's port, gives the same grid and so the
// same findings as the CLI.
import fs from "fs";
import os from "os";
import path from "path";
import { checkFile } from "../../src/cli/main";
import { officePort } from "../../src/hosts/excel/office";
import { checkGrids } from "../../src/taskpane/session";
import { checkWorkbook, type Finding } from "../../src/workbook";
import { CLEAN_CENTRAL, CLEAN_DEPARTMENT } from "../support/rule-cases";
import { loadExample, withCells } from "../support/fixtures";
import { hostWorkbookOf, installExcel } from "../support/host";
import { openWps } from "../support/hosts";
import { FORMULAS_WORKBOOK, REF_WORKBOOK } from "../support/generated-workbooks";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { writeWorkbook } = require("../../scripts/make-examples");

const root = path.resolve(__dirname, "../..");
const LEVELS = ["1.13", "1.17", "1.20"];
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "pane-parity-"));
  const central = loadExample("central-weiquan-2022.js");
  const sheet = central.sheets[0];
  const made: Array<[string, unknown]> = [
    ["formulas.xlsx", FORMULAS_WORKBOOK],
    ["ref.xlsx", REF_WORKBOOK],
    [
      "jx-saved.xlsx",
      {
        sheets: [
          {
            ...sheet,
            cells: {
              ...sheet.cells,
              H15: { formula: "JX.SCORE(E15,F15,G15)", result: 9.47 },
              H21: { formula: "SUM(I6,H13:H20)", result: 93.59 },
            },
          },
        ],
      },
    ],
    [
      "dates-and-text.xlsx",
      {
        sheets: [
          {
            ...withCells(CLEAN_CENTRAL, { G6: "10", G16: "5", H16: "5.0", B3: 45291 }),
            formats: { ...(CLEAN_CENTRAL.formats ?? {}), B3: 'yyyy"年"m"月"d"日"' },
          },
        ],
      },
    ],
    ["department-over.xlsx", { sheets: [withCells(CLEAN_DEPARTMENT, { F13: 6, F45: 103.4 })] }],
  ];
  for (const [name, data] of made) await writeWorkbook(data, path.join(dir, name));
  const foreign = path.join(root, "test/fixtures/foreign");
  files = [
    ...fs
      .readdirSync(path.join(root, "examples"))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(root, "examples", f)),
    ...made.map(([name]) => path.join(dir, name)),
    ...[
      "export-like.xlsx",
      "export-like.xls",
      "export-like.et",
      "libreoffice-features.xlsx",
      "libreoffice-features.ods",
      "openpyxl-features.xlsx",
    ].map((f) => path.join(foreign, f)),
  ];
});

const key = (f: Finding) => ({ rule: f.rule, cell: f.cell, severity: f.severity, fix: f.fix ?? null });

test.each([...LEVELS.map((l) => `Excel at ExcelApi ${l}`), "WPS 表格"])(
  "in %s the pane finds what selfeval check finds, on every test workbook",
  async (host) => {
    let compared = 0;
    for (const file of files) {
      const { sheets, grids } = await hostWorkbookOf(new Uint8Array(fs.readFileSync(file)));
      let port;
      if (host === "WPS 表格") port = openWps(sheets).port;
      else {
        installExcel(sheets, { apiVersion: host.split(" ").pop() });
        port = officePort();
      }
      expect(port.support().ok).toBe(true);
      const pane = checkGrids(await port.readAllSheets(), "auto").map((s) => s.report);
      // The same grids, checked as one workbook (cross-checks included): with the pane's words, the pane's findings exactly.
      const fromFile = checkWorkbook(grids, { audience: "pane" });
      expect({ file, findings: pane.map((r) => [r.sheet, r.table, r.findings]) }).toEqual({
        file,
        findings: fromFile.map((r) => [r.sheet, r.table, r.findings]),
      });
      // And selfeval check itself reports the same findings, cell for cell, with the same fixes.
      const cli = await checkFile(file);
      expect(cli.error).toBeUndefined();
      expect({ file, findings: pane.map((r) => r.findings.map(key)) }).toEqual({
        file,
        findings: cli.sheets.map((r) => r.findings.map(key)),
      });
      expect(pane.map((r) => r.total)).toEqual(cli.sheets.map((r) => r.total));
      compared += pane.reduce((n, r) => n + r.findings.length, 0);
    }
    expect(compared).toBeGreaterThan(50);
  },
);
