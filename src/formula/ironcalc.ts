// The formula engine behind src/workbook/formulas.ts: IronCalc (MIT/Apache-2.0), a spreadsheet engine
// written in Rust and compiled to WebAssembly. One model per workbook: every known value goes in as a
// value, the uncomputed formulas as formulas, and IronCalc evaluates them in dependency order.
import type { CellValue, FormulaEngine, FormulaResult, FormulaTarget, Grid } from "../workbook";

/** The parts of @ironcalc/wasm used here. */
export interface IronCalcModule {
  Model: new (name: string, locale: string, timezone: string, language: string) => IronCalcModel;
}

interface IronCalcModel {
  newSheet(): void;
  renameSheet(sheet: number, name: string): void;
  setUserInput(sheet: number, row: number, column: number, input: string): void;
  updateRangeStyle(range: { sheet: number; row: number; column: number; width: number; height: number }, path: string, value: string): void;
  evaluate(): void;
  getCellType(sheet: number, row: number, column: number): number;
  getFormattedCellValue(sheet: number, row: number, column: number): string;
  free(): void;
}

/** IronCalc's cell types (getCellType). */
const NUMBER = 1;
const TEXT = 2;
const BOOLEAN = 4;
const ERROR = 16;
/** Enough decimals that reading the formatted number back loses nothing a 自评表 shows. */
const EXACT = "0.000000000000000";
const ERRORS = new Set(["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/** A value as typed into a cell: text that could be read as something else is quoted. */
function input(value: CellValue): string | null {
  if (value === null) return null;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : null;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return value === "" ? null : `'${value}`;
}

export function ironcalcEngine(mod: IronCalcModule): FormulaEngine {
  return {
    compute(sheets: readonly Grid[], targets: readonly FormulaTarget[]): FormulaResult[] {
      const model = new mod.Model("workbook", "en", "UTC", "en");
      try {
        sheets.forEach((g, i) => {
          if (i > 0) model.newSheet();
          model.renameSheet(i, g.name);
        });
        const pending = new Set(targets.map((t) => `${t.sheet}:${t.row}:${t.col}`));
        sheets.forEach((g, i) => {
          for (const e of g.entries()) {
            if (pending.has(`${i}:${e.row}:${e.col}`)) continue;
            const text = e.error ?? input(e.value);
            if (text !== null) model.setUserInput(i, e.row + 1, e.col + 1, text);
          }
        });
        for (const t of targets) {
          model.setUserInput(t.sheet, t.row + 1, t.col + 1, `=${t.formula.replace(/^=/, "").replace(/_xlfn\.|_xlws\./g, "")}`);
          model.updateRangeStyle({ sheet: t.sheet, row: t.row + 1, column: t.col + 1, width: 1, height: 1 }, "num_fmt", EXACT);
        }
        model.evaluate();
        return targets.map((t) => read(model, t));
      } finally {
        model.free();
      }
    },
  };
}

function read(model: IronCalcModel, t: FormulaTarget): FormulaResult {
  const [s, r, c] = [t.sheet, t.row + 1, t.col + 1];
  const type = model.getCellType(s, r, c);
  const text = model.getFormattedCellValue(s, r, c);
  if (type === NUMBER) {
    const n = Number(text);
    return Number.isFinite(n) ? { value: n } : { unknown: text };
  }
  if (type === TEXT) return { value: text };
  if (type === BOOLEAN) return { value: text.toUpperCase() === "TRUE" };
  if (type === ERROR) return ERRORS.has(text) ? { error: text } : { unknown: text };
  return { unknown: String(type) };
}
