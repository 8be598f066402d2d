/// <reference types="et-jsapi-declare" />
// The WPS driver: WPS 表格's object model (ET) is synchronous and VBA-like (collections start at 1). It
// gives the pane the same port as Excel: each sheet read as the CLI reads the file (read.ts), every write
// read back, undo from our own snapshot (WPS has no undo grouping an add-in can use), files saved beside
// the workbook (files.ts). Only src/hosts/wps/ reads the ET object model.
import { PANE } from "../../messages";
import { cellState } from "../cells";
import type { HostDriver } from "../driver";
import { portOf } from "../transaction";
import { PortError, RefusedWhole, type HostCandidate, type HostPort, type HostSupport, type Snapshot, type UndoStore } from "../port";
import { hostCell } from "./cells";
import { saveFile } from "./files";
import { interiorOf, type MergeTrust } from "./merges";
import { hidePane } from "./pane";
import { readSheet } from "./read";

export { comError, normalFormat } from "./cells";

/** The first WPS build whose add-ins can register worksheet functions (wps.AddCustomFunction). */
export const FUNCTIONS_BUILD = "12.1.0.20540";
const APP = "WPS 表格";

type EtApplication = Pick<Et.Application, "ActiveWorkbook" | "Build" | "Version">;

function storage(): Storage | null {
  try {
    return typeof localStorage !== "undefined" ? localStorage : null;
  } catch {
    return null;
  }
}

/** Whether this WPS lets add-ins register worksheet functions. */
export function hasCustomFunctions(root: unknown): boolean {
  return typeof (root as { AddCustomFunction?: unknown } | undefined)?.AddCustomFunction === "function";
}

export interface WpsPortOptions {
  /** Where wps.AddCustomFunction would be (the global wps object); the application by default. */
  root?: unknown;
  /** Where the pane keeps its settings (the pane page's localStorage by default). */
  storage?: (Pick<Storage, "getItem" | "setItem"> & Partial<Pick<Storage, "removeItem">>) | null;
}

export function wpsDriver(app: EtApplication, options: WpsPortOptions = {}): HostDriver {
  const root = options.root ?? app;
  // Learnt on the first sheet with a merged area, then kept for this pane's life.
  const trust: MergeTrust = {};
  const store = options.storage !== undefined ? options.storage : storage();
  const workbook = (): Et.Workbook => {
    const wb = app.ActiveWorkbook;
    if (!wb) throw new PortError(PANE.noWorkbook(APP));
    return wb;
  };
  const sheets = (wb: Et.Workbook): Et.Worksheet[] => {
    const list = wb.Worksheets;
    const out: Et.Worksheet[] = [];
    for (let i = 1; i <= list.Count; i++) out.push(list.Item(i) as Et.Worksheet);
    return out;
  };
  /** The named sheets, the workbook's sheets listed once for all of them. */
  const sheetsNamed = (names: string[]): Map<string, Et.Worksheet> => {
    const all = sheets(workbook());
    const byName = new Map(all.map((ws) => [ws.Name, ws] as const));
    for (const name of names) if (!byName.has(name)) throw new PortError(PANE.sheetGone);
    return byName;
  };
  /** The last write's snapshot, kept per workbook in localStorage: a ribbon command may load the pane's page again. */
  const undoKey = (): string | null => {
    try {
      const wb = app.ActiveWorkbook;
      return wb ? `jx-selfeval:undo:${String(wb.Path ?? "")}|${String(wb.Name ?? "")}` : null;
    } catch {
      return null;
    }
  };
  const undoStore: UndoStore = {
    load(): Snapshot | null {
      const key = undoKey();
      const text = key ? store?.getItem(key) : null;
      if (!text) return null;
      try {
        const snapshot = JSON.parse(text) as Snapshot;
        return Array.isArray(snapshot?.cells) && snapshot.cells.length > 0 ? snapshot : null;
      } catch {
        return null;
      }
    },
    save(snapshot) {
      const key = undoKey();
      if (!key || !store) return;
      try {
        if (snapshot) store.setItem(key, JSON.stringify(snapshot));
        else store.removeItem?.(key);
      } catch {
        // A full localStorage: undo still works until the pane's page is loaded again.
      }
    },
  };
  const build = (): string => {
    try {
      return String(app.Build ?? "");
    } catch {
      return "";
    }
  };

  return {
    app: APP,
    describe: (err) => PANE.hostFailed(APP, err instanceof Error ? err.message : String(err)),

    support(): HostSupport {
      return {
        ok: true,
        undoGroups: false,
        hostName: PANE.hosts.wps,
        downloads: true,
        ...(hasCustomFunctions(root) ? {} : { note: PANE.wpsNoFunctions(build()) }),
      };
    },

    readActiveSheet: () => readSheet(workbook().ActiveSheet as Et.Worksheet, trust),

    readAllSheets: () => sheets(workbook()).map((ws) => readSheet(ws, trust)),

    select: (sheet, cell) => {
      const ws = sheetsNamed([sheet]).get(sheet)!;
      ws.Activate();
      ws.Range(cell).Select();
    },

    // Synchronous: each fact is read when the policy asks, through each cell's range fetched once.
    edit: async (_kind, names, refs, body) => {
      const byName = sheetsNamed([...names, ...refs.map((c) => c.sheet)]);
      const ranges: Et.Range[] = [];
      const range = (i: number): Et.Range => {
        if (!ranges[i]) ranges[i] = byName.get(refs[i].sheet)!.Range(refs[i].cell);
        return ranges[i];
      };
      const cell = (i: number) => hostCell(range(i), byName.get(refs[i].sheet));
      return body({
        isProtected: (s) => protectedSheet(byName.get(names[s])!) === true,
        state: (i) => cellState(cell(i)),
        interior: (i) => interiorOf(range(i)),
        write: (i, input) => {
          const r = range(i);
          try {
            if (input.format !== undefined) r.NumberFormat = input.format;
            if (input.formula) r.Formula = input.formula;
            else r.Value2 = input.value as string;
            return undefined;
          } catch (err) {
            // A sheet that did not say whether it is protected (or says so now) refuses the command whole:
            // the transaction puts back what this command already wrote.
            const ws = byName.get(refs[i].sheet)!;
            const now = protectedSheet(ws);
            if (now === true) throw new RefusedWhole(PANE.protectedSheet(refs[i].sheet));
            if (now === undefined) throw new RefusedWhole(PANE.sheetRefusedWrite(refs[i].sheet));
            return err instanceof Error ? err.message : String(err);
          }
        },
        readBack: async () => refs.map((_, i) => cellState(cell(i))),
      });
    },

    saveFile: (name, bytes) => saveFile(app, root, name, bytes),

    closePane: () => {
      try {
        hidePane(app as unknown as Parameters<typeof hidePane>[0]);
      } catch {
        // Nothing to hide: the pane was not opened by this add-in's ribbon.
      }
    },

    undoStore,

    loadSetting: (key) => store?.getItem(`jx-selfeval:${key}`) ?? null,

    saveSetting: async (key, value) => {
      store?.setItem(`jx-selfeval:${key}`, value);
    },
  };
}

/**
 * Whether WPS says the sheet is protected: undefined when it does not answer (ProtectContents is declared in
 * the typings, but no source says every build answers it; docs/developer/host-evidence.md, claim 10).
 */
function protectedSheet(ws: Et.Worksheet): boolean | undefined {
  try {
    const p = ws.ProtectContents as unknown;
    return typeof p === "boolean" ? p : undefined;
  } catch {
    return undefined;
  }
}

export function wpsPort(app: EtApplication, options: WpsPortOptions = {}): HostPort {
  return portOf(wpsDriver(app, options));
}

type WpsRoot = { CreateTaskPane?: unknown; PluginStorage?: unknown; Workbooks?: unknown; ActiveWorkbook?: unknown };
type WpsGlobals = { Application?: WpsRoot; wps?: WpsRoot };

/**
 * Inside WPS 表格: the add-in's root object, as window.Application or the global wps (the typings declare
 * both, docs/developer/host-evidence.md row 8), with the add-in API (CreateTaskPane or PluginStorage) and
 * ET's workbooks (WPS 文字 and 演示 have none). Application.Name is not asked: it is unreliable.
 */
export const wpsHost: HostCandidate = {
  id: "wps",
  outside: PANE.outsideWps,
  find(found) {
    const globals = (typeof window !== "undefined" ? window : {}) as unknown as WpsGlobals;
    const app = globals.Application ?? globals.wps;
    if (!app || typeof app !== "object") return false;
    if (typeof app.CreateTaskPane !== "function" && typeof app.PluginStorage !== "object") return false;
    if (typeof app.Workbooks === "undefined" && typeof app.ActiveWorkbook === "undefined") return false;
    found(wpsPort(app as unknown as EtApplication, { root: globals.wps ?? app }));
    return true;
  },
};
