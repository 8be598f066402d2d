// The reviewer's view of a batch (issue 21): every recognised 自评表 ranked by its review signals, a
// reproducible sample, and the batch's numbers (tables per kind, 等级, score and execution-rate bands, the most
// frequent rules). One function for the CLI (text, JSON, 汇总.xlsx) and the web checker's worker, so both give
// the same rows and the same sample for the same batch and seed. Pure: reports in, a review out.
import { isSelfEvaluation, type FileReport, type SheetReport } from "../check";
import { totalLineRate } from "../department";
import { projectKey } from "../match";
import { SIGNAL_RULES, ruleById, runSignals, type Signal, type SimilarText } from "../rules";
import { draw, mulberry32, newSeed } from "./prng";
import { findSimilar, type SimilarInput } from "./similar";

/** One 自评表 of the batch, as the 复核优先 list shows it. */
export interface ReviewRow {
  /** The file as given (a path in the CLI, a name in the browser), its sheet, and which table of the sheet. */
  file: string;
  sheet: string;
  table?: number;
  range?: string;
  kind: "project" | "department";
  projectName: string;
  /** 总分 as the table writes it, else the rules' total; and both as they are (null when absent or unreadable). */
  total: number | null;
  printedTotal: number | null;
  computedTotal: number | null;
  /** The budget execution rate, a fraction (0.862): a department table's 合计 line's; null when it cannot be computed. */
  rate: number | null;
  grade: string | null;
  /** Its signals (the table's own, then the batch's: targets changed against a 申报表 in another file, narratives alike). */
  signals: Signal[];
  /** The sum of its signals' weights; 0 without signals. */
  priority: number;
  /** 1, 2 …: by priority (highest first), ties in batch order. */
  rank: number;
  /** Its place in the batch (file order, then sheet order), from 0. */
  order: number;
  sampled: boolean;
}

/** A band of figures [min, max): max null for the top band; both null for "none" (no figure). */
export interface FigureBand {
  min: number | null;
  max: number | null;
}

export interface BatchStats {
  files: number;
  /** Files that could not be read. */
  unreadableFiles: number;
  /** Tables per kind, over every readable file (a sheet with no table counts as unknown). */
  kinds: Record<SheetReport["kind"], number>;
  /** The 自评表 (project and department) ranked in rows. */
  tables: number;
  /** 等级 counts in the order 优, 良, 中, 差, then "" for tables whose total could not be computed. */
  grades: Array<{ grade: string; count: number }>;
  /** 总分 bands (SCORE_BANDS) with the count of totals as printed and as recomputed by the rules. */
  scoreBands: Array<FigureBand & { printed: number; computed: number }>;
  /** Execution-rate bands (RATE_BANDS, fractions) of the 自评表 (a department's: its 合计 line); the last band (null, null) counts those without a rate. */
  rateBands: Array<FigureBand & { count: number }>;
  /** The most frequent rules among the findings (the batch's cross-checks between files included), at most 10. */
  topRules: Array<{ rule: string; title: string; count: number }>;
  /** How many tables carry each signal, in catalogue order (signals that never fired left out). */
  signals: Array<{ id: string; title: string; count: number }>;
}

export interface SampleInfo {
  seed: number;
  /** What was asked: a share (0.2 for 20 %) or a count. */
  share?: number;
  count?: number;
  /** How many tables the sample holds, how many of them were taken by priority, out of how many. */
  size: number;
  byPriority: number;
  population: number;
}

export interface BatchReview {
  /** One row per recognised 自评表, in rank order. */
  rows: ReviewRow[];
  stats: BatchStats;
  /** Present when a sample was asked for. */
  sample?: SampleInfo;
}

export interface ReviewOptions {
  /** A share (0 < share ≤ 1) or a count of the tables; no sample when absent. */
  sample?: { share?: number; count?: number };
  /** The sample's seed; a new one (shown in sample.seed) when absent. */
  seed?: number;
  /** Which signals and findings count (--select/--ignore): all when absent. */
  keep?: (id: string) => boolean;
  /** The batch's cross-checks between files (CrossBatch.finish): their 自评表 with the cross findings and signals. */
  crossFiles?: FileReport[];
}

/** 总分 bands: below 60, then tens up to 80, then fives; the top band is 95 and above. */
export const SCORE_BANDS: FigureBand[] = [
  { min: null, max: 60 },
  { min: 60, max: 70 },
  { min: 70, max: 80 },
  { min: 80, max: 85 },
  { min: 85, max: 90 },
  { min: 90, max: 95 },
  { min: 95, max: null },
];

/** Execution-rate bands (fractions); the last, (null, null), holds the tables without a rate. */
export const RATE_BANDS: FigureBand[] = [
  { min: null, max: 0.5 },
  { min: 0.5, max: 0.8 },
  { min: 0.8, max: 0.9 },
  { min: 0.9, max: 1 },
  { min: 1, max: null },
  { min: null, max: null },
];

const GRADES = ["优", "良", "中", "差"];

/** Whether a figure falls in a band (lower bound included, upper excluded); never for the "none" band. */
export const inBand = (b: FigureBand, x: number | null) =>
  x !== null && (b.min !== null || b.max !== null) && (b.min === null || x >= b.min - 1e-9) && (b.max === null || x < b.max - 1e-9);

const keyOf = (file: string, s: { sheet: string; table?: number }) => `${file}\u0000${s.sheet}\u0000${s.table ?? 0}`;

/** A 自评表's budget execution rate (a fraction): a project's, or its 合计 line's for a department table. */
function rateOfReport(s: SheetReport): number | null {
  if (s.kind === "project") return s.budget?.rate ?? null;
  if (s.kind === "department") return totalLineRate((s.department?.lines ?? []).map((l) => ({ label: l.line.label, rate: l.rate })));
  return null;
}

function rowOf(file: string, s: SheetReport, order: number, keep: (id: string) => boolean): ReviewRow {
  const printed = s.total?.printed ?? null;
  const computed = s.total?.score ?? null;
  return {
    file,
    sheet: s.sheet,
    ...(s.table !== undefined ? { table: s.table, range: s.range } : {}),
    kind: s.kind as ReviewRow["kind"],
    projectName: s.projectName ?? "",
    total: printed ?? computed,
    printedTotal: printed,
    computedTotal: computed,
    rate: rateOfReport(s),
    grade: s.grade ?? null,
    signals: (s.signals ?? []).filter((x) => keep(x.id)),
    priority: 0,
    rank: 0,
    order,
    sampled: false,
  };
}

/** The narratives alike across the batch, as each row's review.similar-narrative signal. */
function similarSignals(rows: ReviewRow[], reports: SheetReport[], keep: (id: string) => boolean): void {
  const rule = ruleById("review.similar-narrative");
  if (!rule || !keep(rule.id)) return;
  const inputs: Array<SimilarInput & { row: number; cell: string; label: string }> = [];
  reports.forEach((s, row) => {
    const project = projectKey(s.projectName ?? "");
    for (const n of s.narratives ?? []) inputs.push({ owner: row, project, text: n.text, row, cell: n.cell, label: n.label });
  });
  const found = findSimilar(inputs);
  const byRow = new Map<number, SimilarText[]>();
  found.forEach((m, i) => {
    if (!m) return;
    const self = inputs[i];
    const other = inputs[m.other];
    const r = rows[other.row];
    const list = byRow.get(self.row) ?? [];
    list.push({
      cell: self.cell,
      label: self.label,
      other: { file: r.file, sheet: r.sheet, cell: other.cell, projectName: r.projectName },
      similarity: m.similarity,
    });
    byRow.set(self.row, list);
  });
  for (const [row, similar] of byRow) {
    const first = similar[0].other;
    for (const signal of runSignals({ kind: "unknown" }, { audience: "cli", formulas: [], review: { findings: [], similar } }, [rule]))
      rows[row].signals.push({ ...signal, other: { file: first.file, sheet: first.sheet } });
  }
}

function stats(files: FileReport[], rows: ReviewRow[], crossFiles: FileReport[], keep: (id: string) => boolean): BatchStats {
  const kinds: BatchStats["kinds"] = { project: 0, department: 0, declaration: 0, monitoring: 0, unknown: 0 };
  const rules = new Map<string, number>();
  for (const f of [...files, ...crossFiles]) {
    for (const s of f.sheets) {
      if (files.includes(f)) kinds[s.kind]++;
      for (const x of s.findings) if (keep(x.rule)) rules.set(x.rule, (rules.get(x.rule) ?? 0) + 1);
    }
  }
  const signalCounts = new Map<string, number>();
  for (const r of rows) for (const id of new Set(r.signals.map((s) => s.id))) signalCounts.set(id, (signalCounts.get(id) ?? 0) + 1);
  return {
    files: files.length,
    unreadableFiles: files.filter((f) => f.error).length,
    kinds,
    tables: rows.length,
    grades: [...GRADES, ""].map((grade) => ({
      grade,
      count: rows.filter((r) => (grade ? r.grade === grade : !r.grade || !GRADES.includes(r.grade))).length,
    })),
    scoreBands: SCORE_BANDS.map((b) => ({
      ...b,
      printed: rows.filter((r) => inBand(b, r.printedTotal)).length,
      computed: rows.filter((r) => inBand(b, r.computedTotal)).length,
    })),
    rateBands: RATE_BANDS.map((b) => ({
      ...b,
      count: rows.filter((r) => (b.min === null && b.max === null ? r.rate === null : inBand(b, r.rate))).length,
    })),
    topRules: [...rules]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, 10)
      .map(([rule, count]) => ({ rule, title: ruleById(rule)?.title ?? "", count })),
    signals: [...signalCounts]
      .map(([id, count]) => ({ id, title: ruleById(id)?.title ?? "", count }))
      .sort((a, b) => order(a.id) - order(b.id)),
  };
}

/** A signal's place in the catalogue: rows and counts list signals in this order. */
const order = (id: string) => SIGNAL_RULES.findIndex((r) => r.id === id);

/** How many tables a sample of `share` or `count` holds out of `population`. */
export function sampleSize(population: number, sample: { share?: number; count?: number }): number {
  if (sample.count !== undefined) return Math.min(Math.max(Math.floor(sample.count), 0), population);
  const share = Math.min(Math.max(sample.share ?? 0, 0), 1);
  return Math.min(Math.ceil(share * population - 1e-9), population);
}

/**
 * The sample: half of it (rounded up) the highest-ranked tables that have a signal, the rest drawn at random
 * (mulberry32 with the seed) from all the other tables in batch order. Same batch in the same order and same
 * seed: same sample.
 */
function takeSample(rows: ReviewRow[], sample: { share?: number; count?: number }, seed: number): SampleInfo {
  const size = sampleSize(rows.length, sample);
  const flagged = rows.filter((r) => r.priority > 0);
  const byPriority = Math.min(Math.ceil(size / 2), flagged.length);
  for (const r of flagged.slice(0, byPriority)) r.sampled = true;
  const rest = rows.filter((r) => !r.sampled).sort((a, b) => a.order - b.order);
  for (const r of draw(rest, size - byPriority, mulberry32(seed))) r.sampled = true;
  return {
    seed,
    ...(sample.count !== undefined ? { count: sample.count } : { share: sample.share }),
    size,
    byPriority,
    population: rows.length,
  };
}

/** The batch reviewed: its 自评表 ranked by their signals, its numbers, and the sample when asked for. */
export function reviewBatch(files: FileReport[], options: ReviewOptions = {}): BatchReview {
  const keep = options.keep ?? (() => true);
  const crossFiles = options.crossFiles ?? [];
  const rows: ReviewRow[] = [];
  const reports: SheetReport[] = [];
  const index = new Map<string, number>();
  for (const f of files) {
    if (f.error) continue;
    for (const s of f.sheets) {
      if (!isSelfEvaluation(s)) continue;
      index.set(keyOf(f.file, s), rows.length);
      rows.push(rowOf(f.file, s, rows.length, keep));
      reports.push(s);
    }
  }
  // Targets changed against a 申报表 or 监控表 in another file of the batch: the cross-check's own signal.
  for (const f of crossFiles) {
    for (const s of f.sheets) {
      const i = index.get(keyOf(f.file, s));
      if (i === undefined) continue;
      const changed = (s.signals ?? []).filter((x) => x.id === "review.targets-changed" && keep(x.id));
      if (changed.length === 0) continue;
      const partner = s.partners?.declaration ?? s.partners?.monitoring;
      rows[i].signals = [
        ...rows[i].signals.filter((x) => x.id !== "review.targets-changed"),
        ...changed.map((x) => ({
          ...x,
          ...(partner ? { other: { ...(partner.file ? { file: partner.file } : {}), sheet: partner.sheet } } : {}),
        })),
      ];
    }
  }
  similarSignals(rows, reports, keep);
  for (const r of rows) {
    r.signals.sort((a, b) => order(a.id) - order(b.id));
    r.priority = r.signals.reduce((n, s) => n + s.weight, 0);
  }
  rows.sort((a, b) => b.priority - a.priority || a.order - b.order);
  rows.forEach((r, i) => (r.rank = i + 1));
  const review: BatchReview = { rows, stats: stats(files, rows, crossFiles, keep) };
  if (options.sample) review.sample = takeSample(rows, options.sample, options.seed ?? newSeed());
  return review;
}
