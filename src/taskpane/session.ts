// What the pane shows and writes, computed from grids and reports: plain functions, no React.
import { PROFILES, type ProfileId } from "../scoring";
import {
  callsJx,
  checkTables,
  crossCheck,
  fromA1,
  toA1,
  planFixes,
  type CellValue,
  type CellWrite,
  type Draft,
  type Finding,
  type Grid,
  type SheetReport,
} from "../workbook";
import type { SheetWrites } from "../hosts/port";

export type ProfileChoice = ProfileId | "auto";

export interface CheckedSheet {
  grid: Grid;
  report: SheetReport;
}

/** Every table of the workbook, checked; a 自评表 is cross-checked with the workbook's 申报表 and 监控表. */
export function checkGrids(grids: Grid[], profile: ProfileChoice): CheckedSheet[] {
  const checked = grids.flatMap((grid) =>
    checkTables(grid, { profile: profile === "auto" ? undefined : profile, audience: "pane" }).map((report) => ({ grid, report })),
  );
  const [crossed] = crossCheck([{ sheets: checked.map((c) => c.report) }], { audience: "pane" });
  return checked.map((c, i) => ({ grid: c.grid, report: crossed.sheets[i] }));
}

export function cellValue(grid: Grid, cell: string): CellValue {
  const { row, col } = fromA1(cell);
  return grid.value(row, col);
}

export function showValue(v: CellValue): string {
  return v === null ? "" : String(v);
}

/** Writes for one sheet, with the values the cells held when checked. */
export function sheetWrites(sheet: CheckedSheet, writes: CellWrite[]): SheetWrites {
  const expected: Record<string, CellValue> = {};
  for (const w of writes) expected[w.cell] = cellValue(sheet.grid, w.cell);
  return { sheet: sheet.report.sheet, writes, expected };
}

export function fixOne(sheet: CheckedSheet, finding: Finding): SheetWrites[] {
  if (!finding.fix) return [];
  return [
    sheetWrites(sheet, [
      { cell: finding.cell, value: finding.fix.value, ...(finding.fix.format ? { format: finding.fix.format } : {}), reason: finding.rule },
    ]),
  ];
}

export function fixAll(sheets: CheckedSheet[]): SheetWrites[] {
  return sheets.map((s) => sheetWrites(s, planFixes(s.report))).filter((b) => b.writes.length > 0);
}

export interface DraftChoice {
  key: string;
  sheet: CheckedSheet;
  draft: Draft;
  checked: boolean;
  text: string;
}

/** Every draft, ticked where the cell is empty; text a person wrote stays unticked. */
export function draftChoices(sheets: CheckedSheet[]): DraftChoice[] {
  return sheets.flatMap((s) =>
    s.report.drafts.map((d) => ({ key: `${s.report.sheet}!${d.cell}`, sheet: s, draft: d, checked: d.existing === null, text: d.text })),
  );
}

export function fillWrites(choices: DraftChoice[]): SheetWrites[] {
  const bySheet = new Map<CheckedSheet, CellWrite[]>();
  for (const c of choices) {
    if (!c.checked || !c.text.trim()) continue;
    const list = bySheet.get(c.sheet) ?? [];
    list.push({ cell: c.draft.cell, value: c.text, reason: `draft:${c.draft.field}` });
    bySheet.set(c.sheet, list);
  }
  return [...bySheet].map(([sheet, writes]) => sheetWrites(sheet, writes));
}

/** JX functions whose result spills: how many cells wide their one row is (JX.PARSE: operator, value, unit). */
const SPILL_WIDTH: Array<[RegExp, number]> = [[/(^|[^A-Za-z0-9_.])(JX\.|_xldudf_JX_)PARSE\s*\(/i, 3]];

function spillWidth(formula: string): number {
  return Math.max(1, ...SPILL_WIDTH.filter(([re]) => re.test(formula)).map(([, w]) => w));
}

/**
 * The cells a JX formula's result spilled into, when it did: the cells to its right, within the function's
 * width, with no formula of their own (or, should a host report it so, the anchor's); none when all are blank.
 */
function spillOf(grid: Grid, row: number, col: number, formula: string): string[] {
  const out: string[] = [];
  let shown = false;
  for (let c = col + 1; c < col + spillWidth(formula); c++) {
    const e = grid.cell(row, c);
    if (e?.formula !== undefined && e.formula !== formula) break;
    if (e && (e.value !== null || e.error !== undefined)) shown = true;
    out.push(toA1(row, c));
  }
  return shown ? out : [];
}

/**
 * 定稿: every JX formula on the checked sheets replaced by the value it shows now. Cells that show an
 * error value have no value to keep: they are listed apart, not written. A formula whose result spilled
 * (JX.PARSE) is left whole and listed: its other cells hold no formula of their own, so turning only the
 * first into a value would clear them, and undo could not bring the spill back.
 */
export function finalizeWrites(sheets: CheckedSheet[]): {
  batch: SheetWrites[];
  errors: string[];
  spills: string[];
  formulas: Map<string, string>;
} {
  const grids = [...new Set(sheets.map((s) => s.grid))];
  const batch: SheetWrites[] = [];
  const errors: string[] = [];
  const spills: string[] = [];
  const formulas = new Map<string, string>();
  for (const grid of grids) {
    const cells = [...grid.entries()]
      .filter((e) => e.formula !== undefined && callsJx(e.formula))
      .sort((a, b) => a.row - b.row || a.col - b.col);
    const writes: CellWrite[] = [];
    const expected: Record<string, CellValue> = {};
    const spilled = new Set<string>();
    for (const e of cells) {
      const cell = toA1(e.row, e.col);
      if (spilled.has(cell)) continue;
      const spill = e.error === undefined ? spillOf(grid, e.row, e.col, e.formula!) : [];
      if (spill.length > 0) {
        spill.forEach((c) => spilled.add(c));
        spills.push(`${grid.name}!${cell}:${spill[spill.length - 1]}`);
        continue;
      }
      if (e.error !== undefined || e.uncomputed) {
        errors.push(`${grid.name}!${cell}`);
        continue;
      }
      writes.push({ cell, value: e.value, reason: "formula.jx" });
      expected[cell] = e.value;
      formulas.set(`${grid.name}!${cell}`, e.formula!);
    }
    if (writes.length > 0) batch.push({ sheet: grid.name, writes, expected });
  }
  return { batch, errors, spills, formulas };
}

export function countWrites(batch: SheetWrites[]): number {
  return batch.reduce((n, b) => n + b.writes.length, 0);
}

export const SEVERITIES = ["error", "warning", "info"] as const;

/** Findings by severity, then by section (the rule id's prefix), in the order the rules run. */
export function groupFindings(findings: Finding[]): Array<{ severity: string; sections: Array<{ section: string; findings: Finding[] }> }> {
  return SEVERITIES.map((severity) => {
    const sections = new Map<string, Finding[]>();
    for (const f of findings.filter((x) => x.severity === severity)) {
      const section = f.rule.split(".")[0];
      sections.set(section, [...(sections.get(section) ?? []), f]);
    }
    return { severity, sections: [...sections].map(([section, list]) => ({ section, findings: list })) };
  }).filter((g) => g.sections.length > 0);
}

export const PROFILE_CHOICES: Array<{ value: ProfileChoice; label: string }> = [
  { value: "auto", label: "" },
  ...Object.values(PROFILES).map((p) => ({ value: p.id as ProfileChoice, label: p.name })),
];
