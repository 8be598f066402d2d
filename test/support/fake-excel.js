// A fake of the Excel JavaScript object model, small but strict, that behaves like the oldest host it is
// told to be: properties must be loaded and synced before they are read; writes apply at sync and a batch
// touching a protected sheet fails whole; typed strings are coerced as Excel coerces them ("99.96%" becomes
// 0.9996 unless the cell is text); writes into a merged area's interior are dropped without a word, and
// merged areas are answered only where their top-left cell lies in the range asked, as Excel answers them;
// APIs above the given ExcelApi level do not exist (merged areas need 1.13, undo groups 1.20), and
// isSetSupported answers for that level and every one below it, as Office does. options.undoGroup makes a
// 1.20 host whose undo groups do not work: "ignored" (the library drops the option), "unknown" (the option
// is refused), "undoNotSupported" (Excel refuses the group when the batch writes). options.protectedAfterCheck
// and options.failedSyncKeepsEarlier play what no source settles about protected sheets (see the sync).
// Runs in node (jest) and in the browser (end-to-end tests), and counts every context.sync.
(function (root) {
  "use strict";

  function toA1(row, col) {
    let name = "";
    let c = col + 1;
    while (c > 0) {
      const rem = (c - 1) % 26;
      name = String.fromCharCode(65 + rem) + name;
      c = Math.floor((c - 1) / 26);
    }
    return name + (row + 1);
  }

  function fromA1(a1) {
    const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1);
    if (!m) throw new Error("bad address " + a1);
    let col = 0;
    for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, col: col - 1 };
  }

  function parseRange(text) {
    const parts = text.replace(/\$/g, "").split(":");
    const a = fromA1(parts[0]);
    const b = fromA1(parts[1] || parts[0]);
    return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
  }

  function rangeText(area) {
    const a = toA1(area.top, area.left);
    const b = toA1(area.bottom, area.right);
    return a === b ? a : a + ":" + b;
  }

  function officeError(code, message) {
    const err = new Error(message || code);
    err.code = code;
    err.name = "RichApi.Error";
    return err;
  }

  const EMPTY = { v: "", formula: null, f: "General", quote: false, error: null };

  /** What Excel stores when a person (or values = [[s]]) types s into a cell of format `format`. */
  function typed(s, format) {
    if (s === null || s === undefined || s === "") return { v: "", formula: null, quote: false, error: null };
    if (typeof s === "number" || typeof s === "boolean") return { v: s, formula: null, quote: false, error: null };
    if (format === "@") return { v: s, formula: null, quote: false, error: null };
    if (s.startsWith("'")) return { v: s.slice(1), formula: null, quote: true, error: null };
    if (s.startsWith("=") && s.length > 1) return { v: "", formula: s, quote: false, error: null };
    const pct = /^([+-]?\d+(?:\.(\d+))?)%$/.exec(s);
    if (pct)
      return {
        v: Number(pct[1]) / 100,
        formula: null,
        quote: false,
        error: null,
        format: pct[2] ? "0." + "0".repeat(pct[2].length) + "%" : "0%",
      };
    if (/^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s))
      return { v: Number(s.replace(/,/g, "")), formula: null, quote: false, error: null };
    if (/^(TRUE|FALSE)$/i.test(s)) return { v: /^TRUE$/i.test(s), formula: null, quote: false, error: null };
    return { v: s, formula: null, quote: false, error: null };
  }

  /** A very small formula evaluator: + - * /, numbers, cell references, SUM/MIN/MAX over ranges, ROUND. */
  function evaluate(formula, sheet) {
    const src = formula.replace(/^=/, "");
    let i = 0;
    const peek = () => src[i];
    const num = (v) =>
      typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === "" ? 0 : Number.isFinite(Number(v)) ? Number(v) : NaN;
    function refValue(a1) {
      const c = sheet.cells.get(a1.replace(/\$/g, "").toUpperCase());
      return c ? c.v : "";
    }
    function args() {
      const out = [];
      i++; // (
      while (peek() !== ")") {
        const start = i;
        const m = /^\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+/i.exec(src.slice(i));
        if (m) {
          const area = parseRange(m[0]);
          i += m[0].length;
          const list = [];
          for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) list.push(refValue(toA1(r, c)));
          out.push(list);
        } else {
          i = start;
          out.push(expr());
        }
        if (peek() === ",") i++;
      }
      i++; // )
      return out;
    }
    function atom() {
      const rest = src.slice(i);
      let m;
      if (peek() === "(") {
        i++;
        const v = expr();
        i++;
        return v;
      }
      if (peek() === "-") {
        i++;
        return -num(atom());
      }
      if ((m = /^(SUM|MIN|MAX|ROUND)\(/i.exec(rest))) {
        i += m[1].length;
        const a = args();
        const flat = a
          .flatMap((x) => (Array.isArray(x) ? x : [x]))
          .map(num)
          .filter((x) => !Number.isNaN(x));
        const name = m[1].toUpperCase();
        if (name === "SUM") return flat.reduce((s, x) => s + x, 0);
        if (name === "MIN") return Math.min(...flat);
        if (name === "MAX") return Math.max(...flat);
        const f = 10 ** num(a[1]);
        return Math.round(num(a[0]) * f) / f;
      }
      if ((m = /^\d+(\.\d+)?/.exec(rest))) {
        i += m[0].length;
        return Number(m[0]);
      }
      if ((m = /^\$?[A-Z]{1,3}\$?\d+/i.exec(rest))) {
        i += m[0].length;
        return num(refValue(m[0]));
      }
      throw new Error("cannot evaluate " + formula);
    }
    function term() {
      let v = atom();
      while (peek() === "*" || peek() === "/") {
        const op = src[i++];
        const w = atom();
        v = op === "*" ? v * w : v / w;
      }
      return v;
    }
    function expr() {
      let v = term();
      while (peek() === "+" || peek() === "-") {
        const op = src[i++];
        const w = term();
        v = op === "+" ? v + w : v - w;
      }
      return v;
    }
    const v = expr();
    if (i !== src.length || Number.isNaN(v)) throw new Error("cannot evaluate " + formula);
    return Math.round(v * 1e12) / 1e12;
  }

  /** Properties readable only after load() and sync(), as in Office.js. */
  function loadable(target, names) {
    target._loaded = new Set();
    target._pending = new Set();
    target._values = {};
    for (const name of names) {
      Object.defineProperty(target, name, {
        get() {
          if (!this._loaded.has(name))
            throw officeError("PropertyNotLoaded", "The property '" + name + "' is not available. Call load() and sync() first.");
          return this._values[name];
        },
        set(v) {
          this._set(name, v);
        },
        configurable: true,
      });
    }
    target.load = function (props) {
      const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : props || [];
      for (const p of list) this._pending.add(p);
      this._context._toLoad.add(this);
      return this;
    };
    return target;
  }

  /** Bytes of a value as JSON, as it would travel between the pane and Excel on the web. */
  function jsonBytes(value) {
    const text = JSON.stringify(value, (k, v) => (k.startsWith("_") ? undefined : v)) || "";
    return typeof TextEncoder !== "undefined" ? new TextEncoder().encode(text).length : text.length;
  }

  /** The size of one loaded property's answer (a null object's properties carry nothing). */
  function answerBytes(obj, prop) {
    if (Object.prototype.hasOwnProperty.call(obj._values, prop)) return jsonBytes(obj._values[prop]);
    const base = prop.split("/")[0];
    const own = Object.getOwnPropertyDescriptor(obj, base);
    return own && !own.get ? jsonBytes(own.value) : 0;
  }

  // "Excel on the web has a payload size limit for requests and responses of 5MB"
  // (office-js-docs-pr resource-limits-and-performance-optimization.md; host-evidence.md row 17).
  const PAYLOAD_LIMIT = 5 * 1000 * 1000;

  function createFakeExcel(data, options) {
    options = options || {};
    // The host's ExcelApi level: isSetSupported answers true for it and every level below, as Office does.
    const level = options.apiVersion || (options.apiVersions ? options.apiVersions[options.apiVersions.length - 1] : "1.20");
    const minor = (v) => Number(String(v || "1.1").split(".")[1] || 0);
    const has = (v) => minor(v) <= minor(level);
    const platform = options.platform || "OfficeOnline";
    const state = {
      syncs: 0,
      largestRequest: 0,
      largestResponse: 0,
      refusedPayloads: 0,
      runs: [],
      selection: null,
      active: data.active || 0,
      editing: false,
      opened: [],
      results: new Map(),
      settings: Object.assign({}, data.settings || {}),
      sheets: data.sheets.map((s) => ({
        name: s.name,
        protected: !!s.protected,
        cells: new Map(
          Object.entries(s.cells).map(([a1, v]) => {
            if (v !== null && typeof v === "object")
              return [
                a1,
                {
                  v: v.v === undefined || v.v === null ? "" : v.v,
                  formula: v.formula || null,
                  f: v.f || "General",
                  quote: !!v.text,
                  error: v.error || null,
                },
              ];
            return [a1, Object.assign({}, EMPTY, { v: v === null || v === undefined ? "" : v })];
          }),
        ),
        merges: (s.merges || []).map(parseRange),
      })),
    };

    const sheetByName = (name) => state.sheets.find((s) => s.name === name);
    const cellAt = (sheet, row, col) => sheet.cells.get(toA1(row, col));
    const mergeOf = (sheet, row, col) => sheet.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);

    /** Recomputes every formula the little evaluator understands (others keep their cached value). */
    function recalc(sheet) {
      for (const cell of sheet.cells.values()) {
        if (!cell.formula || /JX\./i.test(cell.formula)) continue;
        try {
          cell.v = evaluate(cell.formula, sheet);
          cell.error = null;
        } catch {
          // Left as it was: the fake knows only simple formulas.
        }
      }
    }

    function usedArea(sheet) {
      let area = null;
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
      return area;
    }

    function makeContext(runOptions) {
      const context = {
        _toLoad: new Set(),
        _ops: [],
        _checks: [],
        workbook: null,
        sync() {
          state.syncs++;
          return Promise.resolve().then(() => {
            for (const check of context._checks.splice(0)) check();
            // Excel on the web only ("This error only occurs in Office on the web", application-specific-api-
            // error-handling.md): the request's writes, then each loaded object's answer, against 5 MB.
            const web = platform === "OfficeOnline";
            const request = context._ops.reduce((n, op) => n + (op.bytes || 0), 0) + 200 * context._toLoad.size;
            if (web && request > PAYLOAD_LIMIT) {
              state.refusedPayloads++;
              context._ops.length = 0;
              context._toLoad.clear();
              throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
            }
            if (state.editing && context._ops.some((op) => op.kind === "write")) {
              context._ops.length = 0;
              throw officeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
            }
            // A write to a protected sheet fails the sync with AccessDenied (the code Excel's service gives for
            // it: microsoft-graph-docs issue 4546; host-evidence.md, "Excel error code AccessDenied"). Whether
            // the operations queued before it in the batch stay done is not documented: by default nothing
            // of the batch is applied; options.failedSyncKeepsEarlier applies those before it.
            const denied = context._ops.findIndex((op) => op.sheet.protected && op.kind === "write");
            if (denied >= 0) {
              const ops = context._ops.splice(0);
              if (options.failedSyncKeepsEarlier) {
                const touched = new Set();
                for (const op of ops.slice(0, denied)) {
                  op.apply();
                  if (op.kind === "write") touched.add(op.sheet);
                }
                touched.forEach(recalc);
              }
              for (const obj of context._toLoad) obj._pending.clear();
              context._toLoad.clear();
              throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
            }
            // An API without undo inside a merged undo group: "the UndoNotSupported error is thrown"
            // (office-js-docs-pr excel-add-ins-undo-capabilities.md; host-evidence.md row 14).
            if (runOptions.mergeUndoGroup && options.undoGroup === "undoNotSupported" && context._ops.some((op) => op.kind === "write"))
              throw officeError("UndoNotSupported", "The JavaScript API request failed due to lack of support for the undo operation.");
            const touched = new Set();
            for (const op of context._ops.splice(0)) {
              op.apply();
              if (op.kind === "write") touched.add(op.sheet);
            }
            touched.forEach(recalc);
            state.largestRequest = Math.max(state.largestRequest, request);
            let response = 0;
            for (const obj of context._toLoad) {
              obj._resolve();
              for (const p of obj._pending) response += answerBytes(obj, p);
            }
            if (web && response > PAYLOAD_LIMIT) {
              state.refusedPayloads++;
              for (const obj of context._toLoad) obj._pending.clear();
              context._toLoad.clear();
              throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
            }
            // The largest request and answer that went through, for the tests.
            state.largestResponse = Math.max(state.largestResponse, response);
            for (const obj of context._toLoad) {
              for (const p of obj._pending) obj._loaded.add(p.split("/")[0]);
              obj._pending.clear();
            }
            context._toLoad.clear();
          });
        },
      };

      function makeRange(sheet, area, isNull) {
        const range = loadable({ _context: context }, [
          "values",
          "numberFormat",
          "formulas",
          "valueTypes",
          "address",
          "rowIndex",
          "columnIndex",
          "rowCount",
          "columnCount",
        ]);
        range._resolve = function () {
          if (isNull) return;
          const grid = (fn) => {
            const out = [];
            for (let r = area.top; r <= area.bottom; r++) {
              const row = [];
              for (let c = area.left; c <= area.right; c++) row.push(fn(cellAt(sheet, r, c) || EMPTY));
              out.push(row);
            }
            return out;
          };
          Object.assign(this._values, {
            values: grid((cell) => (cell.error ? cell.error : cell.v)),
            numberFormat: grid((cell) => cell.f),
            formulas: grid((cell) => (cell.formula ? cell.formula : cell.error ? cell.error : cell.v)),
            valueTypes: grid((cell) =>
              cell.error
                ? "Error"
                : cell.v === ""
                  ? "Empty"
                  : typeof cell.v === "number"
                    ? "Double"
                    : typeof cell.v === "boolean"
                      ? "Boolean"
                      : "String",
            ),
            address: sheet.name + "!" + rangeText(area),
            rowIndex: area.top,
            columnIndex: area.left,
            rowCount: area.bottom - area.top + 1,
            columnCount: area.right - area.left + 1,
          });
        };
        Object.defineProperty(range, "isNullObject", {
          get() {
            if (!this._loaded.size && !this._pending.size)
              throw officeError("PropertyNotLoaded", "isNullObject is not available before sync");
            return !!isNull;
          },
        });
        range._set = function (name, value) {
          if (!["values", "numberFormat", "formulas"].includes(name)) throw new Error("cannot set " + name);
          context._ops.push({
            kind: "write",
            sheet,
            bytes: jsonBytes(value),
            apply() {
              for (let r = area.top; r <= area.bottom; r++) {
                for (let c = area.left; c <= area.right; c++) {
                  const m = mergeOf(sheet, r, c);
                  // Excel keeps a merged area's content in its top-left cell; a write anywhere else in it is lost.
                  if (m && (m.top !== r || m.left !== c)) continue;
                  // A cell the host silently refuses (options.ignoreWrites), for the read-back tests.
                  if ((options.ignoreWrites || []).includes(sheet.name + "!" + toA1(r, c))) continue;
                  const v = value[r - area.top][c - area.left];
                  const a1 = toA1(r, c);
                  const cell = Object.assign({}, sheet.cells.get(a1) || EMPTY);
                  if (name === "numberFormat") cell.f = v;
                  else {
                    const t = typed(v, cell.f);
                    // A formula the fake cannot compute (JX.*) shows the result it showed before in this workbook,
                    // as Excel would compute the same result from the same inputs; else the cell's last value.
                    if (cell.formula && !cell.error) state.results.set(cell.formula, cell.v);
                    const previous = cell.error ? "" : cell.v;
                    cell.v = t.formula ? (state.results.has(t.formula) ? state.results.get(t.formula) : previous) : t.v;
                    cell.formula = t.formula;
                    cell.quote = t.quote;
                    cell.error = null;
                    if (t.format && cell.f === "General") cell.f = t.format;
                  }
                  sheet.cells.set(a1, cell);
                }
              }
            },
          });
        };
        range.select = function () {
          context._ops.push({ kind: "select", sheet, apply: () => (state.selection = { sheet: sheet.name, cell: rangeText(area) }) });
        };
        if (has("1.13")) {
          range.getMergedAreasOrNullObject = function () {
            const areas = { _context: context, _loaded: new Set(), _pending: new Set(), _values: {} };
            areas.load = function (props) {
              this._pending.add(props);
              context._toLoad.add(this);
              return this;
            };
            areas._resolve = function () {
              const hits = sheet.merges.filter(
                (m) => m.top <= area.bottom && m.bottom >= area.top && m.left <= area.right && m.right >= area.left,
              );
              // Excel answers only the merged areas whose top-left cell lies in the range, so an interior cell
              // alone gets a null object (https://github.com/OfficeDev/office-js/issues/3611, host-evidence.md
              // row 12). Whether it clips an area to the range is not documented: options.clipMerges is a host
              // that does, piece by piece (each piece then starts inside the range).
              const shown = (
                options.clipMerges
                  ? hits.map((m) => ({
                      top: Math.max(m.top, area.top),
                      left: Math.max(m.left, area.left),
                      bottom: Math.min(m.bottom, area.bottom),
                      right: Math.min(m.right, area.right),
                    }))
                  : hits
              ).filter((m) => m.top >= area.top && m.left >= area.left);
              // "more than 512 … will fail" (excel.range.yml, getMergedAreasOrNullObject; host-evidence.md row 12).
              if (shown.length > 512) throw officeError("GeneralException", "More than 512 merged areas.");
              this.isNullObject = shown.length === 0;
              this.areas = { items: shown.map((m) => ({ address: sheet.name + "!" + rangeText(m) })) };
            };
            return areas;
          };
        }
        return range;
      }

      function makeWorksheet(getSheet) {
        const ws = loadable({ _context: context }, ["name"]);
        ws._resolve = function () {
          const sheet = getSheet();
          if (!sheet) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
          this._values.name = sheet.name;
        };
        ws._set = function () {
          throw new Error("read-only");
        };
        const lazy = () => {
          const sheet = getSheet();
          if (!sheet) {
            context._checks.push(() => {
              throw officeError("ItemNotFound", "The requested resource doesn't exist.");
            });
            return { name: "?", protected: false, cells: new Map(), merges: [] };
          }
          return sheet;
        };
        ws.getUsedRangeOrNullObject = function () {
          const sheet = lazy();
          const area = usedArea(sheet);
          return makeRange(sheet, area, !area);
        };
        ws.getRange = (address) => makeRange(lazy(), parseRange(address), false);
        ws.getRangeByIndexes = (row, col, rows, cols) =>
          makeRange(lazy(), { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }, false);
        ws.activate = function () {
          const sheet = lazy();
          context._ops.push({ kind: "activate", sheet, apply: () => (state.active = state.sheets.indexOf(sheet)) });
        };
        const protection = loadable({ _context: context }, ["protected"]);
        // options.protectedAfterCheck: the sheet is protected only after the pane asked (another author on
        // the web protects it between the two syncs of a command), so the answer says it is not.
        protection._resolve = function () {
          this._values.protected = options.protectedAfterCheck ? false : lazy().protected;
        };
        ws.protection = protection;
        return ws;
      }

      const worksheets = { _context: context, _loaded: new Set(), _pending: new Set(), _values: {} };
      worksheets.load = function (props) {
        this._pending.add(props);
        context._toLoad.add(this);
        return this;
      };
      worksheets._resolve = function () {
        this.items = state.sheets.map((s) => {
          const ws = makeWorksheet(() => s);
          ws._values.name = s.name;
          ws._loaded.add("name");
          return ws;
        });
      };
      worksheets.getActiveWorksheet = () => makeWorksheet(() => state.sheets[state.active]);
      worksheets.getItem = (name) => makeWorksheet(() => sheetByName(name));
      context.workbook = { worksheets };
      return context;
    }

    const Excel = {
      run(a, b) {
        const runOptions = typeof a === "function" ? {} : a;
        const batch = typeof a === "function" ? a : b;
        if (runOptions.mergeUndoGroup && (!has("1.20") || options.undoGroup === "unknown"))
          return Promise.reject(officeError("InvalidArgument", "mergeUndoGroup is not a known run option"));
        // A host claiming ExcelApi 1.20 under an office.js without mergeUndoGroup (the npm copy, 1.1.110, has
        // none; host-evidence.md row 16): the option is dropped without a word, each sync its own undo step.
        const applied =
          options.undoGroup === "ignored"
            ? Object.fromEntries(Object.entries(runOptions).filter(([k]) => k !== "mergeUndoGroup"))
            : runOptions;
        state.runs.push(applied);
        return Promise.resolve().then(() => batch(makeContext(applied)));
      },
    };

    const Office = {
      HostType: { Excel: "Excel" },
      PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
      context: {
        platform,
        diagnostics: { platform, version: options.version || "16.0" },
        requirements: {
          isSetSupported(name, version) {
            if (name === "ExcelApi") return has(version || "1.1");
            if (name === "OpenBrowserWindowApi") return !!options.openBrowserWindow;
            return false;
          },
        },
        ui: options.openBrowserWindow ? { openBrowserWindow: (url) => state.opened.push(url) } : {},
        document: {
          settings: {
            get: (key) => (key in state.settings ? state.settings[key] : null),
            set: (key, value) => (state.settings[key] = value),
            saveAsync: (cb) => cb && cb({ status: "succeeded" }),
          },
        },
      },
      onReady(cb) {
        const info = { host: "Excel", platform };
        return Promise.resolve().then(() => {
          if (cb) cb(info);
          return info;
        });
      },
    };

    /** The cell as the fake holds it, for assertions. */
    function valueOf(sheetName, a1) {
      const cell = sheetByName(sheetName).cells.get(a1);
      return cell ? (cell.error ? cell.error : cell.v) : "";
    }

    function cellOf(sheetName, a1) {
      const cell = sheetByName(sheetName).cells.get(a1) || EMPTY;
      return { value: cell.error ? cell.error : cell.v, formula: cell.formula, format: cell.f, text: cell.quote || cell.f === "@" };
    }

    return { Excel, Office, state, valueOf, cellOf, level };
  }

  if (typeof module !== "undefined" && module.exports) module.exports = { createFakeExcel, typed, evaluate };
  else {
    root.createFakeExcel = createFakeExcel;
    // The formula evaluator, for the fake WPS (fake-et.ts) loaded beside this file.
    root.fakeSpreadsheet = { evaluate };
  }
})(typeof globalThis !== "undefined" ? globalThis : this);
