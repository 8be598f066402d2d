// Formula rules: a cell the table needs that shows an error value (#REF! …) or holds a formula whose
// result is unknown is reported once, for what it is; the other rules derive nothing from it.
import { FINDING_WORDS, RULE_TEXT } from "../../messages/rules";
import type { DepartmentTable } from "../department";
import { unreadable, type Evaluation } from "../evaluate";
import type { CellRef, ProjectTable } from "../model";
import { callsJx } from "../formulas";
import { scoreSumFormula } from "./fixes";
import { defineRule, issue } from "./helpers";
import type { Fix, Issue, Subject } from "./types";

const R = FINDING_WORDS.roles;

/** What each cell of a project table is, in words: "总分", "“案件办结率”的得分" … */
function projectRoles(t: ProjectTable): Map<string, string> {
  const roles = new Map<string, string>();
  const set = (ref: CellRef | null | undefined, role: string) => ref && !roles.has(ref.address) && roles.set(ref.address, role);
  const f = t.funds;
  for (const row of f ? [f.total, ...f.parts] : []) {
    if (!row) continue;
    const label = row.label.replace(/^其中/, "");
    set(row.budgetInitial, R.fund(label, FINDING_WORDS.fundColumns.budgetInitial));
    set(row.budget, R.fund(label, FINDING_WORDS.fundColumns.budget));
    set(row.executed, R.fund(label, FINDING_WORDS.fundColumns.executed));
  }
  set(f?.rate, R.rate);
  set(f?.score, R.budgetScore);
  set(f?.weight, R.budgetWeight);
  set(f?.reason, R.budgetReason);
  for (const i of t.indicators) {
    const name = i.name || i.nameCell.address;
    set(i.target, R.indicator(name, R.target));
    set(i.actual, R.indicator(name, R.actual));
    set(i.weight, R.indicator(name, R.weight));
    set(i.score, R.indicator(name, R.score));
    set(i.reason, R.indicator(name, R.reason));
  }
  set(t.total?.score, R.total);
  set(t.total?.weight, R.totalWeight);
  for (const text of [t.goal, t.completion, t.problems, t.improvements, t.conclusion]) {
    if (text) set(text.cell, String(text.label.value ?? "").replace(/\s+/g, ""));
  }
  return roles;
}

function departmentRoles(t: DepartmentTable): Map<string, string> {
  const roles = new Map<string, string>();
  const set = (ref: CellRef | null | undefined, role: string) => ref && !roles.has(ref.address) && roles.set(ref.address, role);
  for (const l of t.budgetLines) {
    set(l.budget, R.fund(l.label, FINDING_WORDS.fundColumns.budget));
    set(l.executed, R.fund(l.label, FINDING_WORDS.fundColumns.executed));
    set(l.rate, R.fund(l.label, R.rate));
  }
  for (const r of t.rows) {
    const name = r.name || r.level2 || r.level1;
    set(r.points, R.indicator(name, R.weight));
    set(r.score, R.indicator(name, R.score));
    set(r.reason, R.indicator(name, R.reason));
  }
  set(t.total?.score, R.total);
  set(t.total?.points, R.totalWeight);
  set(t.conclusion, FINDING_WORDS.departmentConclusionLabel);
  return roles;
}

/** What a broken cell should probably hold, as a formula: the total, the rate, the rate's score. */
function projectSuggestion(e: Evaluation, ref: CellRef): { formula: string; value: number | null } | null {
  const t = e.table;
  const f = t.funds;
  if (ref.address === t.total?.score?.address) {
    const scores = [f?.score, ...t.indicators.map((i) => i.score)].filter((c): c is CellRef => !!c);
    if (scores.length === 0 || scores.some(unreadable)) return null;
    return { formula: scoreSumFormula(e)!, value: e.printedSum };
  }
  const budget = f?.total && f.budgetColumn ? f.total[f.budgetColumn] : null;
  const executed = f?.total?.executed;
  if (!budget || !executed || unreadable(budget) || unreadable(executed)) return null;
  const rate = `${executed.address}/${budget.address}`;
  if (ref.address === f?.rate?.address) return { formula: rate, value: e.budget?.rate ?? null };
  if (ref.address === f?.score?.address && f.weight && !unreadable(f.weight)) {
    return { formula: `ROUND(MIN(${rate},1)*${f.weight.address},2)`, value: e.budget?.score ?? null };
  }
  return null;
}

function errorIssue(ref: CellRef, role: string, suggestion: { formula: string; value: number | null } | null): Issue {
  const fix: Fix | undefined = suggestion ? { value: suggestion.value, formula: suggestion.formula } : undefined;
  return issue(
    ref,
    RULE_TEXT["formula.error"].message(role, ref.address, ref.error!, ref.formula ?? null, suggestion?.formula ?? null),
    fix ? { fix } : {},
  );
}

function unreadableCells(s: Subject): { cells: CellRef[]; roles: Map<string, string> } | null {
  if (s.kind === "unknown" || s.evaluation.unreadable.length === 0) return null;
  if (s.kind === "project") return { cells: s.evaluation.unreadable, roles: projectRoles(s.evaluation.table) };
  return { cells: s.evaluation.unreadable, roles: departmentRoles(s.evaluation.table) };
}

export const FORMULA_RULES = [
  defineRule({
    id: "formula.error",
    family: "formula",
    severity: "error",
    fixable: true,
    check: (s) => {
      const u = unreadableCells(s);
      if (!u) return [];
      return u.cells
        .filter((c) => c.error !== undefined)
        .map((c) => errorIssue(c, u.roles.get(c.address) ?? c.address, s.kind === "project" ? projectSuggestion(s.evaluation, c) : null));
    },
  }),
  defineRule({
    id: "formula.uncomputed",
    family: "formula",
    severity: "warning",
    fixable: false,
    check: (s) => {
      const u = unreadableCells(s);
      if (!u) return [];
      return u.cells
        .filter((c) => c.error === undefined && c.uncomputed)
        .map((c) => issue(c, RULE_TEXT["formula.uncomputed"].message(u.roles.get(c.address) ?? c.address, c.address, c.formula ?? "")));
    },
  }),
  defineRule({
    id: "formula.jx",
    family: "formula",
    severity: "info",
    fixable: false,
    check: (_s, { formulas, audience }) => {
      const jx = formulas.filter((f) => callsJx(f.formula)).map((f) => f.address);
      return jx.length === 0 ? [] : [issue(jx[0], RULE_TEXT["formula.jx"].message(jx.length, jx, audience))];
    },
  }),
];
