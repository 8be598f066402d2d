// The batch at a glance (issue 21 §1): how many tables of each kind, how the 总分 (as printed and as
// recomputed) and the budget execution rates spread, the share of each 等级, and the rules that fire most.
// Pure: the page's entries in, numbers out; the charts (components/Overview.tsx) draw these numbers and
// print them beside each chart.
import { REVIEW } from "../messages";
import { RATE_BANDS, SCORE_BANDS, inBand, type FigureBand } from "../workbook";
import { rateOf, ruleCounts, type Entry, type RuleCount } from "./batch";

export interface Band {
  label: string;
  count: number;
}

export interface Overview {
  /** 自评表 (project and department) in the batch. */
  tables: number;
  kinds: Array<Band & { kind: string }>;
  /** 总分 bands, each with the tables whose printed total and whose recomputed total fall in it. */
  scores: Array<{ label: string; printed: number; recomputed: number }>;
  /** 等级 as the rules give it, highest first, then those without one. */
  grades: Band[];
  /** Budget execution rate bands; the last counts the tables without a rate. */
  rates: Band[];
  /** The most frequent rules, most frequent first. */
  rules: RuleCount[];
}

// The bands are the 统计 sheet's (src/workbook/review): the page and 汇总.xlsx give the same numbers.
export const NO_GRADE = "未评定";
const GRADE_ORDER = ["优", "良", "中", "差"];
export const KIND_ORDER = ["project", "department", "declaration", "monitoring"] as const;

/** The band a figure falls in; a missing figure falls in the last band of RATE_BANDS, the one without bounds. */
const bandOf = (bands: FigureBand[], x: number | null) => (x === null ? bands.length - 1 : bands.findIndex((b) => inBand(b, x)));

export function overview(entries: Entry[], kindNames: Record<string, string>, top = 10): Overview {
  const tables = entries.flatMap((e) => e.result?.sheets ?? []);
  const selves = tables.filter((s) => s.kind === "project" || s.kind === "department");
  const kinds = KIND_ORDER.map((kind) => ({ kind, label: kindNames[kind] ?? kind, count: tables.filter((s) => s.kind === kind).length }));

  const scores = SCORE_BANDS.map((b) => ({ label: REVIEW.scoreBand(b), printed: 0, recomputed: 0 }));
  const rates = RATE_BANDS.map((b) => ({ label: REVIEW.rateBand(b), count: 0 }));
  const grades = new Map<string, number>(GRADE_ORDER.map((g) => [g, 0]));
  let ungraded = 0;
  for (const s of selves) {
    if (s.kind !== "project" && s.kind !== "department") continue;
    if (s.total?.printed != null) scores[bandOf(SCORE_BANDS, s.total.printed)].printed++;
    if (s.total?.score != null) scores[bandOf(SCORE_BANDS, s.total.score)].recomputed++;
    rates[bandOf(RATE_BANDS, rateOf(s))].count++;
    if (s.grade) grades.set(s.grade, (grades.get(s.grade) ?? 0) + 1);
    else ungraded++;
  }
  return {
    tables: selves.length,
    kinds,
    scores,
    grades: [...[...grades].map(([label, count]) => ({ label, count })), { label: NO_GRADE, count: ungraded }],
    rates,
    rules: ruleCounts(entries).slice(0, top),
  };
}

/** A share as the page prints it beside a chart: "12.5%" (one decimal), or "—" of nothing. */
export function share(count: number, of: number): string {
  return of === 0 ? "—" : `${Math.round((count / of) * 1000) / 10}%`;
}
