// Reads every figure of a recognised table once and scores it by the rules: the shared ground for
// validation, fixes and narrative drafts.
import { PROFILES, type Profile } from "../scoring/profiles";
import { normalizeText, alignToTarget, parseValue, type Value } from "../scoring/values";
import { compareScore, formatDecimals, writtenDecimals } from "../scoring/precision";
import { round, scoreValues, type IndicatorScore, type Outcome } from "../scoring/score";
import { isUnreadable } from "./grid";
import type { CellRef, FundRow, Indicator, ProjectTable } from "./model";

/** A cell the checker cannot read: an error value, or a formula whose result is unknown. */
export const unreadable = (ref: CellRef | null | undefined): boolean => !!ref && isUnreadable(ref);

/** A cell that is really blank: never an error value or an uncomputed formula. */
export const isBlankRef = (ref: CellRef | null | undefined): boolean => !ref || (!unreadable(ref) && isBlankValue(ref.value));

/** A figure the table printed, with the decimals it shows. */
export interface Printed {
  value: number;
  decimals: number;
  text: string;
}

export interface BudgetEvaluation {
  /** A figure it needs (budget, executed, weight) cannot be read: nothing is derived from the block. */
  unknown: boolean;
  /** The denominator: the total row's (adjusted) budget, or the sum of its parts when the total is blank. */
  budget: number | null;
  executed: number | null;
  rate: number | null;
  weight: number;
  score: number | null;
  printedRate: Printed | null;
  printedScore: Printed | null;
  budgetCell: CellRef | null;
  executedCell: CellRef | null;
}

export interface IndicatorEvaluation {
  indicator: Indicator;
  /** Its target, actual or weight cannot be read: it is not scored, and nothing is derived from it. */
  unknown: boolean;
  target: Value;
  actual: Value;
  weight: number | null;
  result: Outcome<IndicatorScore> | null;
  printedScore: Printed | null;
  /** The score that stands: the printed one when the rules accept it, else the rule's. */
  accepted: number | null;
}

export interface Evaluation {
  table: ProjectTable;
  profile: Profile;
  budget: BudgetEvaluation | null;
  indicators: IndicatorEvaluation[];
  /** Budget score + Σ accepted indicator scores; null when nothing is scored or a figure cannot be read. */
  total: number | null;
  printedTotal: Printed | null;
  /** Σ of the scores as printed (budget and indicators); null when a printed score cannot be read. */
  printedSum: number | null;
  /**
   * Every indicator's 分值 reads 0 (a blank export types them "0.0"): there are no weights to score by,
   * so nothing is scored, and weights.sum says so once.
   */
  weightsZero: boolean;
  /** Every cell the table reads that cannot be read (error values, uncomputed formulas). */
  unreadable: CellRef[];
}

const EMPTY_LIKE = /^(|—|–|-|--|——|\/|\*|无)$/;

/**
 * How far a sum of figures printed to 0.01 may drift from a total printed to 0.01 by rounding alone
 * (0.005 a part): seed 000 prints 581.01 + 168.54 = 749.55 beside a total of 749.56.
 */
export function roundingSlack(parts: number): number {
  return (parts >= 2 ? 0.005 * parts : 0.005) + 1e-9;
}

export function isBlankValue(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && EMPTY_LIKE.test(v.trim()));
}

const NOT_A_REASON = /^(0|无|否|没有|暂无|不适用|无偏差|正常|\/|—|-|\*|n\/a|na)$/i;

/** "0", "无", "/" are not reasons, nor is a draft whose placeholder was never filled in. */
export function isMeaningfulReason(value: unknown): boolean {
  if (isBlankValue(value)) return false;
  const t = normalizeText(String(value));
  if (NOT_A_REASON.test(t) || t.includes("【请填写")) return false;
  return t.replace(/[^\p{L}]/gu, "").length >= 2;
}

/** A reason cell that holds a reason, or whose content cannot be read (then it is not judged here). */
export function hasReason(ref: CellRef | null | undefined): boolean {
  return !!ref && (unreadable(ref) || isMeaningfulReason(ref.value));
}

export function displayText(ref: CellRef | null): string {
  if (!ref || isBlankValue(ref.value)) return "";
  if (typeof ref.value === "number" && ref.format?.includes("%")) {
    const d = formatDecimals(ref.format) ?? 0;
    return `${(ref.value * 100).toFixed(d)}%`;
  }
  return String(ref.value).trim();
}

/** The target and actual as a person reads them: percent formats shown, split columns joined. */
/** Comparison signs in one notation, as the seeds print them: ">=" "=>" "＞＝" "≧" are "≥"; their mirrors "≤". */
export function oneNotation(text: string): string {
  return text.replace(/\s*(?:>\s*=|=\s*>|＞\s*[=＝]|>＝|≧)\s*/g, "≥").replace(/\s*(?:<\s*=|=\s*<|＜\s*[=＝]|<＝|≦)\s*/g, "≤");
}

/** A target as the product writes it in prose (drafts, report): the table's words, signs in one notation. */
export function targetDisplay(ind: Indicator): string {
  return oneNotation(typeof ind.targetText === "string" ? ind.targetText.trim() : displayText(ind.target));
}

export function actualDisplay(ind: Indicator): string {
  return typeof ind.actualText === "string" ? ind.actualText.trim() : displayText(ind.actual);
}

/** A printed number (score, weight, total): numbers, or text such as "15" or "15分". */
export function readPrinted(ref: CellRef | null): Printed | null {
  if (!ref || isBlankValue(ref.value)) return null;
  if (typeof ref.value === "number") {
    const written = writtenDecimals(ref.value);
    return { value: ref.value, decimals: Math.max(formatDecimals(ref.format) ?? written, written), text: displayText(ref) };
  }
  const text = String(ref.value).trim();
  const m = /^([+-]?\d+(?:\.\d+)?)\s*分?$/.exec(text.normalize("NFKC"));
  if (!m) return null;
  return { value: Number(m[1]), decimals: writtenDecimals(m[1]), text };
}

/** A printed rate in percent: "99.96%", 0.9996 with a percent format, or a bare 99.96. */
export function readPrintedRate(ref: CellRef | null, computed: number | null): Printed | null {
  if (!ref || isBlankValue(ref.value)) return null;
  const v = parseValue(ref.value as string | number, { numberFormat: ref.format });
  if (v.kind !== "quantity") return null;
  let value = v.value;
  let decimals: number;
  if (v.unit === "%") {
    decimals = typeof ref.value === "number" ? (formatDecimals(ref.format) ?? writtenDecimals(value)) : writtenDecimals(String(ref.value));
  } else {
    // A bare number: 0.9976 is a fraction, 99.76 is percent; take the reading nearer the computed rate.
    const asPercent = computed !== null && Math.abs(value * 100 - computed * 100) < Math.abs(value - computed * 100);
    if (asPercent || (computed === null && value <= 1.5)) {
      decimals = Math.max(0, writtenDecimals(value) - 2);
      value = round(value * 100, 10);
    } else decimals = writtenDecimals(value);
  }
  return { value, decimals, text: displayText(ref) || String(ref.value) };
}

/** An amount in the table's unit (万元 or 元); "1307600元" in a 万元 table reads as 130.76. */
export function readAmount(ref: CellRef | null, unit: string): number | null {
  if (!ref || isBlankValue(ref.value)) return null;
  const v = parseValue(ref.value as string | number, { numberFormat: ref.format });
  if (v.kind !== "quantity" || v.unit === "%") return null;
  return alignToTarget({ kind: "quantity", op: ">=", value: 0, unit, explicitOp: false, bare: false }, v).value;
}

/**
 * The total of a fund column: the total row's figure, or the parts' sum when the total is blank;
 * unknown when the figure it would use cannot be read.
 */
export function fundAmount(
  table: ProjectTable,
  column: "budget" | "budgetInitial" | "executed",
): { value: number | null; cell: CellRef | null; unknown: boolean } {
  const funds = table.funds;
  if (!funds) return { value: null, cell: null, unknown: false };
  const cell = funds.total ? funds.total[column] : null;
  if (unreadable(cell)) return { value: null, cell, unknown: true };
  const printed = readAmount(cell, funds.unit);
  if (printed !== null) return { value: printed, cell, unknown: false };
  if (funds.parts.some((p) => unreadable(p[column]))) return { value: null, cell, unknown: true };
  const parts = funds.parts.map((p) => readAmount(p[column], funds.unit)).filter((x): x is number => x !== null);
  return {
    value: parts.length
      ? round(
          parts.reduce((s, x) => s + x, 0),
          6,
        )
      : null,
    cell,
    unknown: false,
  };
}

export function partAmounts(table: ProjectTable, column: "budget" | "budgetInitial" | "executed"): Array<{ row: FundRow; value: number }> {
  const funds = table.funds;
  if (!funds || funds.parts.some((p) => unreadable(p[column]))) return [];
  return funds.parts
    .map((row) => ({ row, value: readAmount(row[column], funds.unit) }))
    .filter((x): x is { row: FundRow; value: number } => x.value !== null);
}

function evaluateBudget(table: ProjectTable, profile: Profile): BudgetEvaluation | null {
  const funds = table.funds;
  if (!funds || !funds.budgetColumn) return null;
  const budget = fundAmount(table, funds.budgetColumn);
  const executed = fundAmount(table, "executed");
  const unknown = budget.unknown || executed.unknown || unreadable(funds.weight);
  const printedWeight = unknown ? null : readPrinted(funds.weight);
  const weight = printedWeight ? printedWeight.value : profile.executionRateWeight;
  const rate =
    !unknown && budget.value !== null && budget.value > 0 && executed.value !== null ? Math.max(executed.value, 0) / budget.value : null;
  return {
    unknown,
    budget: unknown ? null : budget.value,
    executed: unknown ? null : executed.value,
    rate,
    weight,
    score: rate === null ? null : Math.min(round(Math.min(rate, 1) * weight), weight),
    printedRate: unreadable(funds.rate) ? null : readPrintedRate(funds.rate, rate),
    printedScore: unreadable(funds.score) ? null : readPrinted(funds.score),
    budgetCell: budget.cell,
    executedCell: executed.cell,
  };
}

/** Does a printed score stand under the rules (equal at two decimals, or inside a qualitative band)? */
export function scoreStands(printed: Printed, result: IndicatorScore): boolean {
  if (result.rule === "qualitative" && result.band) {
    return printed.value >= result.band.min - 1e-9 && printed.value <= result.band.max + 1e-9;
  }
  return Math.abs(printed.value - result.score) <= 0.005 + 1e-9;
}

function evaluateIndicator(ind: Indicator, profile: Profile): IndicatorEvaluation {
  const unknown = unreadable(ind.target) || unreadable(ind.actual) || unreadable(ind.weight);
  const target = unknown ? BLANK : parseValue(ind.targetText as string | number | null, { numberFormat: ind.target?.format });
  const actual = unknown ? BLANK : parseValue(ind.actualText as string | number | null, { numberFormat: ind.actual?.format });
  const printedWeight = unknown ? null : readPrinted(ind.weight);
  const weight = printedWeight ? printedWeight.value : null;
  const result =
    weight === null || unknown
      ? null
      : scoreValues(target, actual, weight, profile, { target: targetDisplay(ind), actual: actualDisplay(ind) });
  const printedScore = unreadable(ind.score) ? null : readPrinted(ind.score);
  let accepted: number | null = null;
  if (result && result.ok) accepted = printedScore && scoreStands(printedScore, result) ? printedScore.value : result.score;
  return { indicator: ind, unknown, target, actual, weight, result, printedScore, accepted };
}

const BLANK: Value = { kind: "blank" };

/** Every cell of a project table the checker reads, for reporting the ones it cannot. */
export function tableCells(table: ProjectTable): CellRef[] {
  const f = table.funds;
  const cells: Array<CellRef | null | undefined> = [
    ...(f ? [f.total, ...f.parts].flatMap((r) => (r ? [r.budgetInitial, r.budget, r.executed] : [])) : []),
    f?.weight,
    f?.rate,
    f?.score,
    f?.reason,
    ...table.indicators.flatMap((i) => [i.target, i.actual, i.weight, i.score, i.reason]),
    table.total?.weight,
    table.total?.score,
    ...[table.goal, table.completion, table.problems, table.improvements, table.conclusion].map((t) => t?.cell),
  ];
  const seen = new Set<string>();
  return cells.filter((c): c is CellRef => !!c && !seen.has(c.address) && !!seen.add(c.address));
}

/** Every indicator's 分值 cell reads 0 (a blank cell is not a typed 0: garbled rows are blank too). */
function weightsAllZero(table: ProjectTable): boolean {
  return table.indicators.length > 0 && table.indicators.every((i) => !unreadable(i.weight) && readPrinted(i.weight)?.value === 0);
}

export function evaluate(table: ProjectTable, profile: Profile = PROFILES[table.profile]): Evaluation {
  const budget = evaluateBudget(table, profile);
  const indicators = table.indicators.map((ind) => evaluateIndicator(ind, profile));
  const weightsZero = weightsAllZero(table);
  const scored = indicators.filter((i) => i.accepted !== null);
  const budgetScore = budget?.score ?? null;
  // A printed score that cannot be read could be the one that stands (a qualitative band admits many): no total.
  const unknown =
    !!budget?.unknown ||
    indicators.some((i) => i.unknown) ||
    [table.funds?.score, ...table.indicators.map((i) => i.score)].some(unreadable);
  const total =
    unknown || weightsZero || (budgetScore === null && scored.length === 0)
      ? null
      : round((budgetScore ?? 0) + scored.reduce((s, i) => s + (i.accepted ?? 0), 0));
  const printedScores = [table.funds?.score, ...table.indicators.map((i) => i.score)];
  const printedSum = printedScores.some(unreadable)
    ? null
    : round((budget?.printedScore?.value ?? 0) + indicators.reduce((s, i) => s + (i.printedScore?.value ?? 0), 0));
  const printedTotal = unreadable(table.total?.score) ? null : readPrinted(table.total?.score ?? null);
  return {
    table,
    profile,
    budget,
    indicators,
    total,
    printedTotal,
    printedSum,
    weightsZero,
    unreadable: tableCells(table).filter(unreadable),
  };
}

/** A printed score the rules correct, and whether it differs from the rule's only by rounding. */
export interface ScoreCorrection {
  cell: CellRef;
  /** Which rule reports it: budget.score, or the one indicator rule that speaks for the score. */
  rule: "budget.score" | "indicator.score" | "indicator.over-weight" | "indicator.band";
  roundingOnly: boolean;
}

/** The budget score's correction (budget.score), or null when the printed one stands or cannot be judged. */
export function budgetScoreCorrection(e: Evaluation): ScoreCorrection | null {
  const b = e.budget;
  const cell = e.table.funds?.score;
  if (!b || b.rate === null || b.score === null || !cell || unreadable(cell) || (e.weightsZero && b.weight === 0)) return null;
  const printed = b.printedScore;
  const agreement = printed ? compareScore(printed.value, printed.decimals, b.score) : "different";
  return agreement === "equal" ? null : { cell, rule: "budget.score", roundingOnly: agreement === "rounding" };
}

/** An indicator score's correction: at most one of over-weight, band and score speaks for it. */
export function indicatorScoreCorrection(i: IndicatorEvaluation): ScoreCorrection | null {
  const r = i.result;
  const cell = i.indicator.score;
  if (!r || !r.ok || i.weight === null || !cell || unreadable(cell)) return null;
  const p = i.printedScore;
  if (p && p.value > i.weight + 1e-9) return { cell, rule: "indicator.over-weight", roundingOnly: false };
  if (r.rule === "qualitative" && r.band && p)
    return p.value >= r.band.min - 1e-9 && p.value <= r.band.max + 1e-9 ? null : { cell, rule: "indicator.band", roundingOnly: false };
  const agreement = p ? compareScore(p.value, p.decimals, r.score) : "different";
  return agreement === "equal" ? null : { cell, rule: "indicator.score", roundingOnly: agreement === "rounding" };
}

/**
 * How a printed total that adds up the printed scores (at its printed precision) differs from the rules'
 * total: the corrections it carries, and whether some printed score has no rule score to compare with
 * (its indicator or the budget could not be scored). Null when the printed total is not the printed sum.
 */
export function totalFollowsScores(e: Evaluation): { corrections: ScoreCorrection[]; unscored: boolean; unexplained: boolean } | null {
  const t = e.printedTotal;
  if (!t || e.printedSum === null || compareScore(t.value, t.decimals, e.printedSum) === "different") return null;
  const b = e.budget;
  const items = [
    { printed: b?.printedScore?.value ?? 0, standing: b?.score ?? null, correction: budgetScoreCorrection(e) },
    ...e.indicators.map((i) => ({ printed: i.printedScore?.value ?? 0, standing: i.accepted, correction: indicatorScoreCorrection(i) })),
  ];
  const differing = items.filter((x) => Math.abs(x.printed - (x.standing ?? 0)) > 0.005 + 1e-9);
  return {
    corrections: differing.flatMap((x) => (x.correction ? [x.correction] : [])),
    unscored: differing.some((x) => x.standing === null),
    unexplained: differing.some((x) => !x.correction),
  };
}
