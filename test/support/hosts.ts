// Both hosts the pane runs in, behind one harness, so one contract suite runs against each: the strict
// fake Excel (Office.js, at its oldest supported level) through the Excel port, and the strict fake WPS
// (ET object model) through the WPS port. Each holds the same workbook, given as test/support/host.ts gives it.
import { officePort } from "../../src/hosts/excel/office";
import { wpsPort } from "../../src/hosts/wps/et";
import type { HostPort, SheetWrites } from "../../src/hosts/port";
import { installExcel, type HostSheet } from "./host";
import { createFakeEt, type FakeEtOptions } from "./fake-et";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { evaluate } = require("./fake-excel");

export interface HostCellState {
  value: unknown;
  formula: string | null;
  format: string;
  text: boolean;
}

export interface OpenHost {
  port: HostPort;
  cellOf: (sheet: string, a1: string) => HostCellState;
  valueOf: (sheet: string, a1: string) => unknown;
  /** A person types into a cell, outside the pane. */
  type: (sheet: string, a1: string, value: unknown) => Promise<void>;
  selection: () => { sheet: string; cell: string } | null;
}

export interface Harness {
  name: string;
  open: (sheets: HostSheet[], options?: { ignoreWrites?: string[] }, settings?: Record<string, string>) => OpenHost;
}

type ExcelContext = {
  workbook: { worksheets: { getItem: (n: string) => { getRange: (a: string) => { values: unknown } } } };
  sync: () => Promise<void>;
};

export const EXCEL: Harness = {
  name: "Excel（ExcelApi 1.13）",
  open(sheets, options = {}, settings = {}) {
    const fake = installExcel(sheets, { apiVersion: "1.13", ...options }, settings);
    return {
      port: officePort(),
      cellOf: fake.cellOf,
      valueOf: fake.valueOf,
      selection: () => fake.state.selection,
      type: (sheet, a1, value) =>
        (fake.Excel as { run: (b: (c: ExcelContext) => Promise<void>) => Promise<void> }).run(async (context) => {
          context.workbook.worksheets.getItem(sheet).getRange(a1).values = [[value]];
          await context.sync();
        }),
    };
  },
};

/** A page's localStorage, in memory. */
export function memoryStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
    items,
  };
}

export function openWps(sheets: HostSheet[], options: FakeEtOptions = {}, settings: Record<string, string> = {}) {
  const fake = createFakeEt({ sheets }, options, { evaluate });
  const storage = memoryStorage(Object.fromEntries(Object.entries(settings).map(([k, v]) => [`jx-selfeval:${k}`, v])));
  return { fake, storage, port: wpsPort(fake.Application as unknown as Parameters<typeof wpsPort>[0], { storage }) };
}

export const WPS: Harness = {
  name: "WPS 表格",
  open(sheets, options: FakeEtOptions = {}, settings = {}) {
    const { fake, port } = openWps(sheets, options, settings);
    return {
      port,
      cellOf: fake.cellOf,
      valueOf: fake.valueOf,
      selection: () => fake.state.selection,
      type: async (sheet, a1, value) => {
        const book = fake.Application.ActiveWorkbook as Et.Workbook;
        (book.Worksheets.Item(sheet) as Et.Worksheet).Range(a1).Value2 = value as string;
      },
    };
  },
};

/** The fake WPS giving a flat array for a one-row or one-column range (host-evidence.md row 9 leaves it open). */
export const WPS_FLAT: Harness = {
  name: "WPS 表格（一行或一列的 Value2 为一维数组）",
  open: (sheets, options = {}, settings = {}) => WPS.open(sheets, { value2Shape: "1d", ...options } as FakeEtOptions, settings),
};

export const HOSTS = [EXCEL, WPS, WPS_FLAT];

/** The two fixes of the central example (H15 rounded, H21 the sum), expecting the values it was checked with. */
export const centralFixes = (expected: Record<string, number> = { H15: 9, H21: 93.12 }): SheetWrites[] => [
  {
    sheet: "自评表",
    writes: [
      { cell: "H15", value: 9.47, reason: "indicator.score" },
      { cell: "H21", value: 93.59, reason: "total.sum" },
    ],
    expected,
  },
];
