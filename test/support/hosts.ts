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

/** The fake Excel's switches for what the evidence leaves open (test/support/fake-excel.js). */
export interface ExcelMode {
  apiVersion: string;
  undoGroup?: "undoNotSupported" | "ignored";
  clipMerges?: boolean;
  protectedAfterCheck?: boolean;
  failedSyncKeepsEarlier?: boolean;
}

export function excelHarness(name: string, mode: ExcelMode): Harness & { mode: ExcelMode } {
  return {
    name,
    mode,
    open(sheets, options = {}, settings = {}) {
      const fake = installExcel(sheets, { ...mode, ...options }, settings);
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
}

export const EXCEL = excelHarness("Excel（ExcelApi 1.13）", { apiVersion: "1.13" });

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

/** The fake WPS's switches for what the evidence leaves open (test/support/fake-et.ts). */
export type WpsMode = Pick<FakeEtOptions, "value2Shape" | "partlyMerged" | "errorsAs" | "prefixCharacter" | "protectContents">;

export function wpsHarness(name: string, mode: WpsMode): Harness & { mode: WpsMode } {
  return {
    name,
    mode,
    open(sheets, options: FakeEtOptions = {}, settings = {}) {
      const { fake, port } = openWps(sheets, { ...mode, ...options }, settings);
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
}

export const WPS = wpsHarness("WPS 表格", {});

/**
 * Every mode the evidence leaves open, each met at least once and every two switches of a host in every pair
 * of answers (docs/developer/host-evidence.md, "Fake modes"). Excel: the ExcelApi level (1.13, 1.17, 1.20 with
 * working, refused or silently ignored undo groups), whether merged areas are clipped at the range asked, a
 * sheet protected after the check, and whether a refused sync keeps what was queued before. WPS: Value2's
 * shape for one row, MergeCells for a partly merged range, error values as COM codes or text, PrefixCharacter
 * answered / throwing / missing, ProtectContents answered or not.
 */
export const EXCEL_MODES = [
  EXCEL,
  excelHarness("Excel（ExcelApi 1.17；合并区域按所问范围截断；校验后才受保护，失败的同步保留其前的写入）", {
    apiVersion: "1.17",
    clipMerges: true,
    protectedAfterCheck: true,
    failedSyncKeepsEarlier: true,
  }),
  excelHarness("Excel（ExcelApi 1.20，撤销合并为一步；校验后才受保护）", { apiVersion: "1.20", protectedAfterCheck: true }),
  excelHarness("Excel（ExcelApi 1.20，撤销组被拒绝 UndoNotSupported；合并区域截断）", {
    apiVersion: "1.20",
    undoGroup: "undoNotSupported",
    clipMerges: true,
    failedSyncKeepsEarlier: true,
  }),
  excelHarness("Excel（ExcelApi 1.20，npm 版 office.js 默默忽略撤销组）", { apiVersion: "1.20", undoGroup: "ignored", clipMerges: true }),
];

const wpsName = (m: WpsMode) =>
  `WPS 表格（Value2 ${m.value2Shape ?? "2d"}，MergeCells ${m.partlyMerged ?? "null"}，错误值 ${m.errorsAs ?? "com"}，` +
  `PrefixCharacter ${m.prefixCharacter ?? "ok"}，ProtectContents ${m.protectContents ?? "reported"}）`;

/** A pairwise cover of the five WPS switches (one with three answers): 6 combinations. */
const WPS_COVER: WpsMode[] = [
  {},
  { value2Shape: "1d", partlyMerged: "false", errorsAs: "text", protectContents: "unavailable" },
  { prefixCharacter: "throws", partlyMerged: "false", protectContents: "unavailable" },
  { prefixCharacter: "throws", value2Shape: "1d", errorsAs: "text" },
  { prefixCharacter: "missing", errorsAs: "text", protectContents: "unavailable" },
  { prefixCharacter: "missing", value2Shape: "1d", partlyMerged: "false" },
];
export const WPS_MODES = WPS_COVER.map((m) => wpsHarness(wpsName(m), m));

export const HOSTS: Harness[] = [...EXCEL_MODES, ...WPS_MODES];

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
