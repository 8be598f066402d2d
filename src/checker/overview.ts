// The batch at a glance (issue 21 §1): how many tables of each kind, how the 总分 (as printed and as
// recomputed) and the budget execution rates spread, the share of each 等级, and the rules that fire most.
// Pure: the page's entries in, numbers out; the charts (components/Overview.tsx) draw these numbers and
// print them beside each chart.
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

/** 总分 bands, lowest first: below 60 is 差, 90 and over 优; the high scores are split finer, where reviewers look. */
export const SCORE_BANDS: Array<{ label: string; below: number }> = [
  { label: "60 以下", below: 60 },
  { label: "60–70", below: 70 },
  { label: "70–80", below: 80 },
  { label: "80–90", below: 90 },
  { label: "90–95", below: 95 },
  { label: "95–100", below: 100 },
  { label: "100 分", below: Infinity },
];

/** Execution rate bands (a fraction), lowest first; exactly 100 % has its own. */
export const RATE_BANDS: Array<{ label: string; below: number }> = [
  { label: "50% 以下", below: 0.5 },
  { label: "50%–80%", below: 0.8 },
  { label: "80%–90%", below: 0.9 },
  { label: "90%–100%", below: 1 - 1e-9 },
  { label: "100%", below: 1 + 1e-9 },
  { label: "100% 以上", below: Infinity },
];

export const NO_RATE = "未填或无法计算";
export const NO_GRADE = "未评定";
const GRADE_ORDER = ["优", "良", "中", "差"];
export const KIND_ORDER = ["project", "department", "declaration", "monitoring"] as const;

const bandOf = (bands: Array<{ below: number }>, x: number) => bands.findIndex((b) => x < b.below);

export function overview(entries: Entry[], kindNames: Record<string, string>, top = 10): Overview {
  const tables = entries.flatMap((e) => e.result?.sheets ?? []);
  const selves = tables.filter((s) => s.kind === "project" || s.kind === "department");
  const kinds = KIND_ORDER.map((kind) => ({ kind, label: kindNames[kind] ?? kind, count: tables.filter((s) => s.kind === kind).length }));

  const scores = SCORE_BANDS.map((b) => ({ label: b.label, printed: 0, recomputed: 0 }));
  const rates = [...RATE_BANDS.map((b) => ({ label: b.label, count: 0 })), { label: NO_RATE, count: 0 }];
  const grades = new Map<string, number>(GRADE_ORDER.map((g) => [g, 0]));
  let ungraded = 0;
  for (const s of selves) {
    if (s.kind !== "project" && s.kind !== "department") continue;
    if (s.total?.printed != null) scores[bandOf(SCORE_BANDS, s.total.printed)].printed++;
    if (s.total?.score != null) scores[bandOf(SCORE_BANDS, s.total.score)].recomputed++;
    const rate = rateOf(s);
    rates[rate === null ? rates.length - 1 : bandOf(RATE_BANDS, rate)].count++;
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
