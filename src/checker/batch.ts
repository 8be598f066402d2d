// The page's view of a batch: each chosen file with its result as `selfeval check --json` gives it, and
// what the page derives from those results (counts, the findings a filter keeps, the rules that recur).
import type { FindingJson, FileJson, TableJson } from "../output/json";
import { totalLineRate, type Severity } from "../workbook";

export type { Severity };

export interface Entry {
  id: number;
  name: string;
  result?: FileJson;
}

export const SEVERITIES: Severity[] = ["error", "warning", "info"];

/** A 自评表 (project or department), which the page checks, fills and reports; a 申报表 or 监控表 is only named. */
export function isSelfEvaluation(s: TableJson): boolean {
  return s.kind === "project" || s.kind === "department";
}

/** The findings a filter keeps, in the order shown. */
export function shown(findings: FindingJson[], severity: string, rule: string): FindingJson[] {
  return findings.filter((f) => (severity === "all" || f.severity === severity) && (rule === "all" || f.rule === rule));
}

export function counts(findings: FindingJson[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** How often a rule fired in the batch's tables, and in how many files. */
export interface RuleCount {
  rule: string;
  severity: Severity;
  count: number;
  files: number;
}

/** Each rule that fired, most frequent first: what reviewers look for (as in 汇总.xlsx). */
export function ruleCounts(entries: Entry[]): RuleCount[] {
  const by = new Map<string, { rule: string; severity: Severity; count: number; files: Set<number> }>();
  for (const e of entries)
    for (const s of (e.result?.sheets ?? []).filter((x) => x.kind !== "unknown"))
      for (const f of s.findings) {
        const r = by.get(f.rule) ?? { rule: f.rule, severity: f.severity, count: 0, files: new Set<number>() };
        r.count++;
        r.files.add(e.id);
        by.set(f.rule, r);
      }
  return [...by.values()]
    .map((r) => ({ rule: r.rule, severity: r.severity, count: r.count, files: r.files.size }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

/** The name a table goes by on the page: its sheet, which table when the sheet holds several, its project or unit. */
export function tableTitle(s: TableJson, all: TableJson[]): string {
  const several = all.filter((x) => x.sheet === s.sheet && x.kind !== "unknown").length > 1;
  const name = s.kind === "department" ? s.unitName : s.kind === "unknown" ? undefined : s.projectName;
  return `${s.sheet}${several ? ` · 第 ${s.table ?? 1} 张` : ""}${name ? `：${name}` : ""}`;
}

/** The execution rate a table shows: the project's, or the department's 合计 line's (as the 统计 sheet counts it). */
export function rateOf(s: TableJson): number | null {
  if (s.kind === "project") return s.budget?.rate ?? null;
  if (s.kind === "department") return totalLineRate(s.budget?.lines ?? []);
  return null;
}
