/// <reference types="et-jsapi-declare" />
// A fake of WPS 表格's JS object model (ET), small but strict, typed against the published typings
// (et-jsapi-declare): every call is synchronous; collections start at 1 (Item(0) fails); a one-cell range
// gives scalars, a larger one 2-D arrays, and NumberFormat/MergeCells give null when the cells differ;
// error values come back as COM error codes; typed strings are coerced as a spreadsheet coerces them
// ("99.96%" becomes 0.9996 unless the cell is text; "'…" keeps an apostrophe); writes into a merged
// area's interior are dropped without a word; a protected sheet refuses writes. Workbooks are given in
// the same form as the fake Excel's (test/support/host.ts), so one workbook can be opened in both.
// No imports: the browser tests load it as a script (transpiled), beside fake-excel.js.

export interface FakeCellData {
  v?: unknown;
  f?: string;
  formula?: string;
  text?: boolean;
  error?: string;
}

export interface FakeEtOptions {
  /** WPS's build, as Application.Build gives it. */
  build?: number;
  /** Whether this WPS has wps.AddCustomFunction (12.1.0.20540 and later). */
  customFunctions?: boolean;
  /** Cells ("Sheet!A1") the host silently refuses to change, for the read-back tests. */
  ignoreWrites?: string[];
  /** Cells ("Sheet!A1") whose write raises an error part-way through a command. */
  failWrites?: string[];
  /** How Value2 gives an error value: a COM error code (default) or its text. */
  errorsAs?: "com" | "text";
  /** No workbook open. */
  noWorkbook?: boolean;
  /** What MergeCells answers for a partly merged range: null as VBA documents it (default), or false. */
  partlyMerged?: "null" | "false";
  /** The open workbook's folder (Workbook.Path): "" for a workbook never saved. */
  workbookPath?: string;
  /** FileSystem: none, or one that writes a binary string as UTF-8 (so what is read back differs). */
  fileSystem?: false | "utf8";
  /**
   * FileSystem and full paths: "full" accepts them (default); "nameOnly" throws 'path cannot contains "/" or
   * "\\"' for any path with a separator, as some builds do. host-evidence.md row 3 ([docx-tool], code-index
   * ids 62832480506 / 62573761426): both behaviours are seen, no source says which builds.
   */
  fileSystemPaths?: "full" | "nameOnly";
  /**
   * What a custom function gets for an omitted optional argument: undefined (default) or COM's "parameter
   * not found" -2147352572. host-evidence.md row 1: no WPS evidence either way (COM precedent: xlwings).
   */
  omittedArg?: "undefined" | "paramNotFound";
  /**
   * Value2/Formula of a one-row or one-column range: a 2-D array as VBA documents it (default), or a flat
   * array. host-evidence.md row 9: nothing public on WPS's answer for 1×N and N×1.
   */
  value2Shape?: "2d" | "1d";
  /**
   * CustomTaskpane.Navigate to the same page with a new #fragment: the page hears a hashchange (default) or
   * is loaded again. host-evidence.md row 10: nothing public beyond the declaration (et-decl index.d.ts:180).
   */
  navigateReloads?: boolean;
  /**
   * The ribbon takes no clicks while a docked pane is visible. host-evidence.md row 2 ([AWD-notes],
   * code-index id 60817245873, WPS 365 12.1.0.28043): a single field report, so a switch.
   */
  ribbonBlockedWhilePaneVisible?: boolean;
  /**
   * Range.PrefixCharacter: answered (default), throws, or missing (undefined). host-evidence.md claim 10 and
   * the Et.Range.PrefixCharacter row: declared in the typings (lib.et.d.ts:1596), nothing public on builds.
   */
  prefixCharacter?: "ok" | "throws" | "missing";
  /**
   * Worksheet.ProtectContents: answered (default) or unavailable (throws). A protected sheet refuses writes
   * with a thrown error either way. host-evidence.md claim 10: nothing public on either.
   */
  protectContents?: "reported" | "unavailable";
  /**
   * What a cell shows when its custom function throws: "#VALUE!" (default) or the thrown error's message as
   * text. host-evidence.md claim 10: nothing public.
   */
  thrownShows?: "#VALUE!" | "message";
}

interface Shared {
  evaluate: (formula: string, sheet: { cells: Map<string, Cell> }) => number;
}

interface Cell {
  v: unknown;
  formula: string | null;
  f: string;
  quote: boolean;
  error: string | null;
}

interface Sheet {
  name: string;
  protected: boolean;
  cells: Map<string, Cell>;
  merges: Area[];
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// The members this fake gives, named as the typings name them (a misspelt member fails to compile).
const RANGE_MEMBERS: Array<keyof Et.Range> = [
  "Row",
  "Column",
  "Rows",
  "Columns",
  "Count",
  "Value2",
  "Formula",
  "NumberFormat",
  "MergeCells",
  "MergeArea",
  "PrefixCharacter",
  "Text",
  "HasFormula",
  "SpecialCells",
  "Areas",
  "Item",
  "Select",
  "Address",
];
const SHEET_MEMBERS: Array<keyof Et.Worksheet> = ["Name", "Index", "UsedRange", "Range", "Activate", "ProtectContents"];
const BOOK_MEMBERS: Array<keyof Et.Workbook> = ["Name", "Path", "Worksheets", "ActiveSheet"];
const FILE_MEMBERS: Array<keyof WPS.FileSystem> = ["Exists", "Remove", "writeAsBinaryString", "ReadFileAsArrayBuffer"];
const APP_MEMBERS: Array<keyof WPSMergedRoot> = [
  "ActiveWorkbook",
  "Build",
  "Version",
  "AddCustomFunction",
  "CreateTaskPane",
  "GetTaskPane",
  "PluginStorage",
  "ribbonUI",
  "FileSystem",
  "Env",
];
export const MEMBERS = { range: RANGE_MEMBERS, sheet: SHEET_MEMBERS, book: BOOK_MEMBERS, app: APP_MEMBERS, files: FILE_MEMBERS };

const EMPTY: Cell = { v: "", formula: null, f: "General", quote: false, error: null };
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A)$/;
const CVERR: Record<string, number> = {
  "#NULL!": 2000,
  "#DIV/0!": 2007,
  "#VALUE!": 2015,
  "#REF!": 2023,
  "#NAME?": 2029,
  "#NUM!": 2036,
  "#N/A": 2042,
};

function toA1(row: number, col: number): string {
  let name = "";
  let c = col + 1;
  while (c > 0) {
    const rem = (c - 1) % 26;
    name = String.fromCharCode(65 + rem) + name;
    c = Math.floor((c - 1) / 26);
  }
  return name + (row + 1);
}

function fromA1(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error("无效的单元格引用 " + a1);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

function parseRange(text: string): Area {
  const parts = text.replace(/\$/g, "").split(":");
  const a = fromA1(parts[0]);
  const b = fromA1(parts[1] || parts[0]);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function comCode(error: string): number {
  return 0x800a0000 | (CVERR[error] ?? 2015) | 0;
}

/** What a spreadsheet stores when s is typed into a cell of format `format`. */
function typed(s: unknown, format: string): Cell & { setFormat?: string } {
  const base = { formula: null, f: format, quote: false, error: null };
  if (s === null || s === undefined || s === "") return { ...base, v: "" };
  if (typeof s === "number" || typeof s === "boolean") return { ...base, v: s };
  const text = String(s);
  if (format === "@") return { ...base, v: text };
  if (text.startsWith("'")) return { ...base, v: text.slice(1), quote: true };
  if (text.startsWith("=") && text.length > 1) return { ...base, v: "", formula: text };
  if (ERROR_LITERAL.test(text)) return { ...base, v: "", error: text };
  const pct = /^([+-]?\d+(?:\.(\d+))?)%$/.exec(text);
  if (pct) return { ...base, v: Number(pct[1]) / 100, setFormat: pct[2] ? "0." + "0".repeat(pct[2].length) + "%" : "0%" };
  if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(text)) return { ...base, v: Number(text.replace(/,/g, "")) };
  if (/^(TRUE|FALSE)$/i.test(text)) return { ...base, v: /^TRUE$/i.test(text) };
  return { ...base, v: text };
}

export function createFakeEt(
  data: { sheets: Array<{ name: string; cells: Record<string, FakeCellData>; merges?: string[]; protected?: boolean }>; active?: number },
  options: FakeEtOptions = {},
  shared?: Shared,
) {
  const state = {
    calls: 0,
    active: data.active ?? 0,
    selection: null as { sheet: string; cell: string } | null,
    results: new Map<string, unknown>(),
    functions: new Map<string, { fn: (...args: unknown[]) => unknown; meta: unknown }>(),
    panes: [] as Array<{ ID: number; url: string; Visible: boolean; title?: string; loads: number }>,
    storage: new Map<string, string>(),
    invalidated: [] as string[],
    /** Files written through FileSystem, by path. */
    files: new Map<string, Uint8Array>(),
    sheets: data.sheets.map((s): Sheet => ({
      name: s.name,
      protected: !!s.protected,
      merges: (s.merges ?? []).map(parseRange),
      cells: new Map(
        Object.entries(s.cells).map(([a1, c]) => [
          a1,
          {
            v: c.v === undefined || c.v === null ? "" : c.v,
            formula: c.formula ?? null,
            f: c.f ?? "General",
            quote: !!c.text && c.f !== "@",
            error: c.error ?? null,
          },
        ]),
      ),
    })),
  };
  const call = () => {
    state.calls++;
  };
  const cellAt = (sheet: Sheet, r: number, c: number) => sheet.cells.get(toA1(r, c)) ?? EMPTY;
  const mergeOf = (sheet: Sheet, r: number, c: number) =>
    sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);

  function recalc(sheet: Sheet) {
    if (!shared) return;
    for (const cell of sheet.cells.values()) {
      if (!cell.formula || /JX\./i.test(cell.formula)) continue;
      try {
        cell.v = shared.evaluate(cell.formula, sheet);
        cell.error = null;
      } catch {
        // Kept as it was: the fake knows only simple formulas.
      }
    }
  }

  function value2Of(cell: Cell): unknown {
    if (cell.error) return options.errorsAs === "text" ? cell.error : comCode(cell.error);
    return cell.v === "" ? undefined : cell.v;
  }

  function formulaOf(cell: Cell): string {
    if (cell.formula) return cell.formula;
    if (cell.error) return cell.error;
    if (typeof cell.v === "boolean") return cell.v ? "TRUE" : "FALSE";
    return cell.v === "" || cell.v === null ? "" : String(cell.v);
  }

  function textOf(cell: Cell): string {
    if (cell.error) return cell.error;
    if (typeof cell.v === "boolean") return cell.v ? "TRUE" : "FALSE";
    return String(cell.v ?? "");
  }

  function makeRange(sheet: Sheet, area: Area) {
    const rows = area.bottom - area.top + 1;
    const cols = area.right - area.left + 1;
    const single = rows === 1 && cols === 1;
    const each = <T>(fn: (cell: Cell, r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = area.top; r <= area.bottom; r++) {
        const row: T[] = [];
        for (let c = area.left; c <= area.right; c++) row.push(fn(cellAt(sheet, r, c), r, c));
        out.push(row);
      }
      return out;
    };
    const uniform = <T>(fn: (cell: Cell, r: number, c: number) => T): T | null => {
      const all = each(fn).flat();
      return all.every((x) => x === all[0]) ? all[0] : null;
    };
    const shape = <T>(fn: (cell: Cell) => T): T | T[] | T[][] => {
      if (single) return fn(cellAt(sheet, area.top, area.left));
      const all = each(fn);
      // host-evidence.md row 9: a flat array for one row or one column in the "1d" mode.
      return options.value2Shape === "1d" && (rows === 1 || cols === 1) ? all.flat() : all;
    };
    /** Writes into every cell of the range (a scalar to all, or a 2-D array cell by cell). */
    const write = (value: unknown, apply: (cell: Cell, v: unknown) => Cell) => {
      // No source says what WPS raises here (host-evidence.md claim 10): a COM-style error, as VBA's 1004.
      if (sheet.protected) throw Object.assign(new Error("您试图更改的单元格或图表位于受保护的工作表中。"), { number: -2146827284 });
      for (let r = area.top; r <= area.bottom; r++)
        for (let c = area.left; c <= area.right; c++) {
          const a1 = toA1(r, c);
          if ((options.failWrites ?? []).includes(`${sheet.name}!${a1}`)) throw new Error("写入失败（模拟）");
          const m = mergeOf(sheet, r, c);
          // A merged area keeps its content in its top-left cell; a write anywhere else in it is lost.
          if (m && (m.top !== r || m.left !== c)) continue;
          if ((options.ignoreWrites ?? []).includes(`${sheet.name}!${a1}`)) continue;
          const v = Array.isArray(value) ? (value[r - area.top] as unknown[])[c - area.left] : value;
          sheet.cells.set(a1, apply({ ...cellAt(sheet, r, c) }, v));
        }
      recalc(sheet);
    };
    const typeInto = (cell: Cell, v: unknown): Cell => {
      const t = typed(v, cell.f);
      if (cell.formula && !cell.error) state.results.set(cell.formula, cell.v);
      const previous = cell.error ? "" : cell.v;
      const next: Cell = {
        v: t.formula ? (state.results.has(t.formula) ? state.results.get(t.formula) : previous) : t.v,
        formula: t.formula,
        quote: t.quote,
        error: t.error,
        f: t.setFormat && cell.f === "General" ? t.setFormat : cell.f,
      };
      return next;
    };

    const range = {
      get Row() {
        call();
        return area.top + 1;
      },
      get Column() {
        call();
        return area.left + 1;
      },
      get Rows() {
        call();
        return { Count: rows };
      },
      get Columns() {
        call();
        return { Count: cols };
      },
      get Count() {
        call();
        return rows * cols;
      },
      get Value2(): unknown {
        call();
        return shape(value2Of);
      },
      set Value2(v: unknown) {
        call();
        write(v, typeInto);
      },
      get Formula(): unknown {
        call();
        return shape(formulaOf);
      },
      set Formula(v: unknown) {
        call();
        write(v, typeInto);
      },
      get NumberFormat(): string | null {
        call();
        return uniform((cell) => cell.f);
      },
      set NumberFormat(v: string) {
        call();
        write(v, (cell, f) => ({ ...cell, f: String(f) }));
      },
      get MergeCells(): boolean | null {
        call();
        const all = each((_cell, r, c) => !!mergeOf(sheet, r, c)).flat();
        return all.every(Boolean) ? true : all.some(Boolean) ? (options.partlyMerged === "false" ? false : null) : false;
      },
      get MergeArea() {
        call();
        const m = mergeOf(sheet, area.top, area.left);
        return makeRange(sheet, m ?? { top: area.top, left: area.left, bottom: area.top, right: area.left });
      },
      get PrefixCharacter(): string {
        call();
        if (options.prefixCharacter === "throws") throw new Error("Unknown name.");
        if (options.prefixCharacter === "missing") return undefined as unknown as string;
        const cell = cellAt(sheet, area.top, area.left);
        return cell.quote ? "'" : "";
      },
      get Text(): string | null {
        call();
        return uniform(textOf);
      },
      get HasFormula(): boolean | null {
        call();
        return uniform((cell) => !!cell.formula);
      },
      SpecialCells(type: number, which?: number) {
        call();
        const hits: Area[] = [];
        each((cell, r, c) => {
          const kind = cell.formula ? -4123 : cell.v !== "" || cell.error ? 2 : 0;
          if (kind === type && (which !== 16 || cell.error)) hits.push({ top: r, left: c, bottom: r, right: c });
        });
        if (hits.length === 0) throw new Error("没有找到单元格。");
        return { Areas: { Count: hits.length, Item: (i: number) => item(sheet, hits, i) } };
      },
      get Areas() {
        call();
        return { Count: 1, Item: (i: number) => item(sheet, [area], i) };
      },
      Item(r: number, c = 1) {
        call();
        if (r < 1 || c < 1) throw new Error("索引超出范围。");
        return makeRange(sheet, { top: area.top + r - 1, left: area.left + c - 1, bottom: area.top + r - 1, right: area.left + c - 1 });
      },
      Address(rowAbsolute = true, colAbsolute = true) {
        call();
        const dollar = (a1: string) => {
          const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
          return `${colAbsolute ? "$" : ""}${m[1]}${rowAbsolute ? "$" : ""}${m[2]}`;
        };
        const a = dollar(toA1(area.top, area.left));
        return single ? a : `${a}:${dollar(toA1(area.bottom, area.right))}`;
      },
      Select() {
        call();
        state.active = state.sheets.indexOf(sheet);
        state.selection = {
          sheet: sheet.name,
          cell: single ? toA1(area.top, area.left) : `${toA1(area.top, area.left)}:${toA1(area.bottom, area.right)}`,
        };
        return true;
      },
    };
    return range;
  }

  function item(sheet: Sheet, list: Area[], i: number) {
    if (!Number.isInteger(i) || i < 1 || i > list.length) throw new Error("索引超出范围（集合从 1 开始）。");
    return makeRange(sheet, list[i - 1]);
  }

  function usedArea(sheet: Sheet): Area {
    let area: Area | null = null;
    for (const [a1, c] of sheet.cells) {
      if ((c.v === "" || c.v === null) && !c.formula && !c.error && c.f === "General") continue;
      const p = fromA1(a1);
      if (!area) area = { top: p.row, left: p.col, bottom: p.row, right: p.col };
      else {
        area.top = Math.min(area.top, p.row);
        area.left = Math.min(area.left, p.col);
        area.bottom = Math.max(area.bottom, p.row);
        area.right = Math.max(area.right, p.col);
      }
    }
    for (const m of sheet.merges) {
      if (!area) continue;
      area.bottom = Math.max(area.bottom, m.bottom);
      area.right = Math.max(area.right, m.right);
    }
    return area ?? { top: 0, left: 0, bottom: 0, right: 0 };
  }

  function makeSheet(sheet: Sheet) {
    return {
      get Name() {
        call();
        return sheet.name;
      },
      get Index() {
        call();
        return state.sheets.indexOf(sheet) + 1;
      },
      get ProtectContents() {
        call();
        if (options.protectContents === "unavailable") throw new Error("Unknown name.");
        return sheet.protected;
      },
      get UsedRange() {
        call();
        return makeRange(sheet, usedArea(sheet));
      },
      Range(address: string) {
        call();
        if (!state.sheets.includes(sheet)) throw new Error("工作表已被删除。");
        return makeRange(sheet, parseRange(address));
      },
      Activate() {
        call();
        state.active = state.sheets.indexOf(sheet);
      },
    };
  }

  const workbook = {
    get Name() {
      call();
      return "自评表.xlsx";
    },
    get Path() {
      call();
      return options.workbookPath ?? "D:\\绩效自评";
    },
    get Worksheets() {
      call();
      return {
        get Count() {
          call();
          return state.sheets.length;
        },
        Item(i: number | string) {
          call();
          const sheet = typeof i === "string" ? state.sheets.find((s) => s.name === i) : state.sheets[i - 1];
          if (!sheet || (typeof i === "number" && i < 1)) throw new Error("下标越界（集合从 1 开始）。");
          return makeSheet(sheet);
        },
      };
    },
    get ActiveSheet() {
      call();
      return makeSheet(state.sheets[state.active]);
    },
  };

  const ribbonUI = {
    Invalidate: () => state.invalidated.push("*"),
    InvalidateControl: (id: string) => state.invalidated.push(id),
    ActivateTab: () => undefined,
  };

  const Application: Record<string, unknown> = {
    get ActiveWorkbook() {
      call();
      return options.noWorkbook ? null : workbook;
    },
    // host-evidence.md row 8: ET's root has Workbooks (and no Documents/Presentations).
    get Workbooks() {
      call();
      return { Count: options.noWorkbook ? 0 : 1 };
    },
    Build: options.build ?? (options.customFunctions === false ? 19770 : 20540),
    Version: "12.1",
    Enum: { msoCTPDockPositionRight: 2 },
    PluginStorage: {
      setItem: (k: string, v: unknown) => state.storage.set(k, String(v)),
      getItem: (k: string) => state.storage.get(k) ?? null,
      removeItem: (k: string) => state.storage.delete(k),
    },
    CreateTaskPane(url: string, title?: string) {
      const pane = {
        ID: state.panes.length + 1,
        url,
        title,
        Visible: false,
        DockPosition: 0,
        Width: 0,
        /** How many times the pane's page was loaded (host-evidence.md row 10: Navigate may reload it). */
        loads: 1,
        Navigate: (u: string) => {
          const samePage = u.split("#")[0] === pane.url.split("#")[0];
          if (!samePage || options.navigateReloads) pane.loads++;
          pane.url = u;
        },
        Delete: () => undefined,
      };
      state.panes.push(pane);
      return pane;
    },
    GetTaskPane(id: number) {
      const pane = state.panes.find((p) => p.ID === Number(id));
      if (!pane) throw new Error("找不到任务窗格。");
      return pane;
    },
  };
  // host-evidence.md row 7 ([et-decl] index.d.ts:112 `readonly ribbonUI`; another add-in's notes, id
  // 62483448092): a getter only, so a template-style assignment throws in strict code.
  Object.defineProperty(Application, "ribbonUI", { get: () => ribbonUI, enumerable: true });
  /** Whether a ribbon click reaches the add-in now (host-evidence.md row 2: not while a docked pane shows, in that mode). */
  const ribbonTakesClicks = () => !(options.ribbonBlockedWhilePaneVisible && state.panes.some((p) => p.Visible));
  /** host-evidence.md row 3: some builds refuse any path with a separator. */
  const checkPath = (path: string) => {
    if (options.fileSystemPaths === "nameOnly" && /[\\/]/.test(path)) throw new Error('path cannot contains "/" or "\\"');
  };
  if (options.fileSystem !== false) {
    Application.FileSystem = {
      Exists: (path: string) => {
        checkPath(path);
        return state.files.has(path);
      },
      Remove: (path: string) => {
        checkPath(path);
        state.files.delete(path);
      },
      writeAsBinaryString: (path: string, data: string) => {
        checkPath(path);
        const bytes =
          options.fileSystem === "utf8" ? new TextEncoder().encode(data) : Uint8Array.from(data, (ch) => ch.charCodeAt(0) & 0xff);
        state.files.set(path, bytes);
        return true;
      },
      ReadFileAsArrayBuffer: (path: string) => {
        checkPath(path);
        const bytes = state.files.get(path);
        if (!bytes) throw new Error("文件不存在：" + path);
        return bytes.slice().buffer;
      },
    };
    Application.Env = { GetDesktopPath: () => "C:\\Users\\填报人\\Desktop" };
  }
  if (options.customFunctions !== false) {
    Application.AddCustomFunction = (namespace: string, name: string, fn: (...args: unknown[]) => unknown, meta?: unknown) => {
      if (typeof fn !== "function") throw new Error("AddCustomFunction 需要函数。");
      state.functions.set(`${namespace}.${name}`, { fn, meta });
    };
  }

  /**
   * A cell's formula calling a registered custom function with literal arguments (=JX.BUDGETSCORE(37.24,43.2)),
   * computed as WPS would: arguments left out are passed as the omitted value of `omittedArg` up to the
   * metadata's parameter count; a thrown error shows #VALUE!, or its message with thrownShows "message"
   * (host-evidence.md row 10: unknown, so the function must not rely on either); a Promise is refused (row 1: "只支持同步式调用", [kdocs-cf]).
   */
  function calculate(formula: string): unknown {
    const m = /^=([A-Za-z]+)\.([A-Za-z]+)\((.*)\)$/.exec(formula.trim());
    if (!m) throw new Error("只认识 =命名空间.函数(字面量,…) 形式的公式：" + formula);
    const entry = state.functions.get(`${m[1].toUpperCase()}.${m[2].toUpperCase()}`);
    if (!entry) return "#NAME?";
    const args: unknown[] =
      m[3].trim() === ""
        ? []
        : m[3].split(",").map((a) => {
            const t = a.trim();
            if (/^".*"$/.test(t)) return t.slice(1, -1);
            if (/^(TRUE|FALSE)$/i.test(t)) return /^TRUE$/i.test(t);
            return Number(t);
          });
    const count = ((entry.meta as { parameters?: unknown[] } | undefined)?.parameters ?? []).length;
    const omitted = options.omittedArg === "paramNotFound" ? -2147352572 : undefined;
    while (args.length < count) args.push(omitted);
    try {
      const result = entry.fn(...args);
      if (result && typeof (result as { then?: unknown }).then === "function") throw new Error("自定义函数只支持同步调用。");
      return result;
    } catch (err) {
      // host-evidence.md claim 10: #VALUE! (default) or, in the other mode, the error's message as text.
      return options.thrownShows === "message" ? String((err as Error)?.message ?? err) : "#VALUE!";
    }
  }

  /** The cell as the fake holds it, for assertions (the same shape as the fake Excel's). */
  function cellOf(sheetName: string, a1: string) {
    const sheet = state.sheets.find((s) => s.name === sheetName)!;
    const cell = sheet.cells.get(a1) ?? EMPTY;
    return { value: cell.error ? cell.error : cell.v, formula: cell.formula, format: cell.f, text: cell.quote || cell.f === "@" };
  }
  const valueOf = (sheetName: string, a1: string) => cellOf(sheetName, a1).value;

  // host-evidence.md row 8: the same root is both window.Application and window.wps.
  return { Application, wps: Application, state, cellOf, valueOf, typed, calculate, ribbonTakesClicks };
}
