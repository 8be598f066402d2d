// A fake of the Excel JavaScript object model, small but strict: properties must be loaded and
// synced before they are read, writes apply at sync, a batch touching a protected sheet fails whole.
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
    const parts = text.split(":");
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

  function createFakeExcel(data, options) {
    options = options || {};
    const versions = options.apiVersions || ["1.1", "1.13", "1.20"];
    const state = {
      syncs: 0,
      runs: [],
      selection: null,
      active: data.active || 0,
      settings: Object.assign({}, data.settings || {}),
      sheets: data.sheets.map((s) => ({
        name: s.name,
        protected: !!s.protected,
        cells: new Map(
          Object.entries(s.cells).map(([a1, v]) => [
            a1,
            v !== null && typeof v === "object" ? { v: v.v, f: v.f || "General" } : { v: v, f: "General" },
          ]),
        ),
        merges: (s.merges || []).map(parseRange),
      })),
    };

    function sheetByName(name) {
      return state.sheets.find((s) => s.name === name);
    }

    function cellAt(sheet, row, col) {
      return sheet.cells.get(toA1(row, col));
    }

    function usedArea(sheet) {
      let area = null;
      for (const [a1, c] of sheet.cells) {
        if (c.v === "" || c.v === null || c.v === undefined) continue;
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

    function makeContext(_runOptions) {
      const context = {
        _toLoad: new Set(),
        _ops: [],
        _checks: [],
        workbook: null,
        sync() {
          state.syncs++;
          return Promise.resolve().then(() => {
            for (const check of context._checks.splice(0)) check();
            // A batch is applied whole or not at all.
            for (const op of context._ops)
              if (op.sheet.protected && op.kind === "write")
                throw officeError("AccessDenied", "The cell or chart you're trying to change is protected.");
            for (const op of context._ops.splice(0)) op.apply();
            for (const obj of context._toLoad) {
              obj._resolve();
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
          "address",
          "rowIndex",
          "columnIndex",
          "rowCount",
          "columnCount",
          "isNullObject",
        ]);
        range._resolve = function () {
          if (isNull) {
            this._values.isNullObject = true;
            this._loaded.add("isNullObject");
            return;
          }
          const values = [];
          const formats = [];
          for (let r = area.top; r <= area.bottom; r++) {
            const rowV = [];
            const rowF = [];
            for (let c = area.left; c <= area.right; c++) {
              const cell = cellAt(sheet, r, c);
              rowV.push(cell && cell.v !== null && cell.v !== undefined ? cell.v : "");
              rowF.push(cell ? cell.f : "General");
            }
            values.push(rowV);
            formats.push(rowF);
          }
          Object.assign(this._values, {
            values,
            numberFormat: formats,
            address: sheet.name + "!" + rangeText(area),
            rowIndex: area.top,
            columnIndex: area.left,
            rowCount: area.bottom - area.top + 1,
            columnCount: area.right - area.left + 1,
            isNullObject: false,
          });
        };
        Object.defineProperty(range, "isNullObject", {
          get() {
            if (!this._loaded.has("isNullObject") && !this._loaded.size)
              throw officeError("PropertyNotLoaded", "isNullObject is not available before sync");
            return !!isNull;
          },
        });
        range._set = function (name, value) {
          if (name !== "values" && name !== "numberFormat") throw new Error("cannot set " + name);
          context._ops.push({
            kind: "write",
            sheet,
            apply() {
              for (let r = area.top; r <= area.bottom; r++) {
                for (let c = area.left; c <= area.right; c++) {
                  const v = value[r - area.top][c - area.left];
                  const a1 = toA1(r, c);
                  const cell = sheet.cells.get(a1) || { v: "", f: "General" };
                  if (name === "values") cell.v = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
                  else cell.f = v;
                  sheet.cells.set(a1, cell);
                }
              }
            },
          });
        };
        range.select = function () {
          context._ops.push({ kind: "select", sheet, apply: () => (state.selection = { sheet: sheet.name, cell: rangeText(area) }) });
        };
        range.getMergedAreasOrNullObject = function () {
          if (!versions.includes("1.13")) throw officeError("ApiNotFound", "getMergedAreasOrNullObject needs ExcelApi 1.13");
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
            if (hits.length > 512) throw officeError("GeneralException", "More than 512 merged areas.");
            this.isNullObject = hits.length === 0;
            // Some hosts may clip an area to the range asked about; options.clipMerges plays that host.
            const shown = options.clipMerges
              ? hits.map((m) => ({
                  top: Math.max(m.top, area.top),
                  left: Math.max(m.left, area.left),
                  bottom: Math.min(m.bottom, area.bottom),
                  right: Math.min(m.right, area.right),
                }))
              : hits;
            this.areas = { items: shown.map((m) => ({ address: sheet.name + "!" + rangeText(m) })) };
          };
          return areas;
        };
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
        ws.getRange = function (address) {
          return makeRange(lazy(), parseRange(address), false);
        };
        ws.getRangeByIndexes = function (row, col, rows, cols) {
          return makeRange(lazy(), { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }, false);
        };
        ws.activate = function () {
          const sheet = lazy();
          context._ops.push({ kind: "activate", sheet, apply: () => (state.active = state.sheets.indexOf(sheet)) });
        };
        const protection = loadable({ _context: context }, ["protected"]);
        protection._resolve = function () {
          this._values.protected = lazy().protected;
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
      worksheets.getActiveWorksheet = function () {
        const sheet = state.sheets[state.active];
        return makeWorksheet(() => sheet);
      };
      worksheets.getItem = function (name) {
        return makeWorksheet(() => sheetByName(name));
      };
      context.workbook = { worksheets };
      return context;
    }

    const Excel = {
      run(a, b) {
        const runOptions = typeof a === "function" ? {} : a;
        const batch = typeof a === "function" ? a : b;
        if (runOptions.mergeUndoGroup && !versions.includes("1.20"))
          return Promise.reject(officeError("InvalidArgument", "mergeUndoGroup needs ExcelApi 1.20"));
        state.runs.push(runOptions);
        return Promise.resolve().then(() => batch(makeContext(runOptions)));
      },
    };

    const Office = {
      HostType: { Excel: "Excel" },
      context: {
        requirements: {
          isSetSupported(name, version) {
            return name === "ExcelApi" && versions.includes(version);
          },
        },
        document: {
          settings: {
            get: (key) => (key in state.settings ? state.settings[key] : null),
            set: (key, value) => (state.settings[key] = value),
            saveAsync: (cb) => cb && cb({ status: "succeeded" }),
          },
        },
      },
      onReady(cb) {
        const info = { host: "Excel", platform: "OfficeOnline" };
        return Promise.resolve().then(() => {
          if (cb) cb(info);
          return info;
        });
      },
    };

    /** The cell as the fake holds it, for assertions. */
    function valueOf(sheetName, a1) {
      const cell = sheetByName(sheetName).cells.get(a1);
      return cell ? cell.v : "";
    }

    return { Excel, Office, state, valueOf };
  }

  if (typeof module !== "undefined" && module.exports) module.exports = { createFakeExcel };
  else root.createFakeExcel = createFakeExcel;
})(typeof globalThis !== "undefined" ? globalThis : this);
