// The Excel driver, the only code (with read.ts and edit.ts beside it) that touches Office.js. Needs
// ExcelApi 1.13 (merged areas); one Ctrl+Z step per command where 1.20 has undo groups and they really work.
import { PANE } from "../../messages";
import type { HostDriver } from "../driver";
import { portOf } from "../transaction";
import { MAX_CELLS_PER_SHEET, PortError, type HostCandidate, type HostPort, type HostSupport } from "../port";
import { edit } from "./edit";
import { BAND_ROWS, readActiveSheet, readAllSheets } from "./read";

/** The ExcelApi level the pane needs: merged areas (Excel 2021, 2024, Microsoft 365). */
export const REQUIRED_API = "1.13";
export { BAND_ROWS, MAX_CELLS_PER_SHEET };

function supports(set: string, version: string): boolean {
  return typeof Office !== "undefined" && !!Office.context?.requirements?.isSetSupported(set, version);
}

/**
 * The office.js the pane loaded is the npm copy (OFFICE_JS=local): it has no mergeUndoGroup and ignores the
 * option without a word (@microsoft/office-js 1.1.110; host-evidence.md row 16), whatever the host supports.
 */
function bundledLibrary(): boolean {
  return typeof document !== "undefined" && document.querySelector('script[src$="office-js/office.js"]') !== null;
}

/** Set once Excel has refused an undo group in this pane: later commands are not grouped. */
let undoGroupsRefused = false;

/** One command's writes can be one Ctrl+Z step: ExcelApi 1.20, an office.js that knows the option, no refusal yet. */
function undoGroups(): boolean {
  return !undoGroupsRefused && supports("ExcelApi", "1.20") && !bundledLibrary();
}

/**
 * Excel refused the undo group itself: an API in the batch has no undo ("UndoNotSupported", a string, not in
 * Excel.ErrorCodes; host-evidence.md row 14), or the host or library does not know the option.
 */
function refusesUndoGroup(err: unknown): boolean {
  const { code = "", message = "" } = (err ?? {}) as { code?: string; message?: string };
  return code === "UndoNotSupported" || (/InvalidArgument|NotImplemented|ApiNotFound/.test(code) && /mergeUndoGroup/i.test(message));
}

function describe(err: unknown): string {
  const code = (err as { code?: string })?.code ?? "";
  if (err instanceof PortError) return err.message;
  if (code === "UndoNotSupported") return PANE.undoNotSupported;
  if (code === "InvalidOperationInCellEditMode") return PANE.cellEditMode;
  if (code === "AccessDenied") return PANE.protectedSheet("");
  if (code === "ItemNotFound") return PANE.sheetGone;
  return PANE.hostFailed("Excel", code || (err instanceof Error ? err.message : String(err)));
}

function platformName(): string {
  const p = typeof Office !== "undefined" ? Office.context?.platform : undefined;
  const P = typeof Office !== "undefined" ? Office.PlatformType : undefined;
  if (P && p === P.OfficeOnline) return PANE.hosts.excelWeb;
  if (P && p === P.Mac) return PANE.hosts.excelMac;
  if (P && p === P.PC) return PANE.hosts.excelWindows;
  return PANE.hosts.excel;
}

export const excelDriver: HostDriver = {
  app: "Excel",
  describe,

  support(): HostSupport {
    const ok = supports("ExcelApi", REQUIRED_API);
    const mac = typeof Office !== "undefined" && Office.context?.platform === Office.PlatformType?.Mac;
    return {
      ok,
      ...(ok ? {} : { message: PANE.hostTooOld }),
      undoGroups: undoGroups(),
      hostName: platformName(),
      downloads: !mac,
    };
  },

  readActiveSheet,
  readAllSheets,

  select: (sheet, cell) =>
    Excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    }),

  // The first grouped command tries the group; refused, it runs again ungrouped (the policy checks the cells
  // again, so a command refused part-way is not written twice), and later commands are not grouped.
  edit: async (kind, sheets, cells, body) => {
    const grouped = kind === "write" && undoGroups();
    try {
      return await edit(kind, grouped, sheets, cells, body);
    } catch (err) {
      if (!grouped || !refusesUndoGroup(err)) throw err;
      undoGroupsRefused = true;
      return edit(kind, false, sheets, cells, body);
    }
  },

  openInBrowser: (url: string) => {
    if (!browserWindow()) return false;
    try {
      Office.context.ui.openBrowserWindow(url);
      return true;
    } catch {
      return false;
    }
  },

  loadSetting: (key) => {
    const v = Office.context?.document?.settings?.get(key);
    return typeof v === "string" ? v : null;
  },

  saveSetting: (key, value) =>
    new Promise<void>((resolve) => {
      const settings = Office.context?.document?.settings;
      if (!settings) return resolve();
      settings.set(key, value);
      settings.saveAsync(() => resolve());
    }),
};

/** Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1): Windows and Mac, not Excel on the web. */
function browserWindow(): boolean {
  return supports("OpenBrowserWindowApi", "1.1") && typeof Office.context?.ui?.openBrowserWindow === "function";
}

/**
 * The port of a pane just opened: what an earlier pane learnt about undo groups is not carried over, and it
 * offers to open a page in the browser only where Excel can.
 */
export function officePort(): HostPort {
  undoGroupsRefused = false;
  const { openInBrowser, ...driver } = excelDriver;
  return portOf(browserWindow() ? { ...driver, openInBrowser } : driver);
}

/** Inside Excel once Office.js is ready; in another Office application, no port. */
export const excelHost: HostCandidate = {
  id: "excel",
  outside: PANE.outsideExcel,
  find(found) {
    if (typeof Office === "undefined") return false;
    void Office.onReady((info) => found(info.host === Office.HostType.Excel ? officePort() : null));
    return true;
  },
};
