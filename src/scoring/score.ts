// The official scoring rules (domain §3) over parsed values. Pure and total: every input yields
// either a result or a reasoned failure, never an exception.
import { MESSAGES } from "../messages/functions";
import { DEFAULT_PROFILE, type Band, type Profile } from "./profiles";
import { alignToTarget, normalizeText, parseValue, type CellInput, type Grade, type Quantity, type Value } from "./values";

/**
 * Why a computation failed, in the vocabulary of Excel's error values. Excel shows a custom
 * message only with #VALUE! and #N/A, so everything that needs explaining uses one of those.
 */
export type FailureKind = "value" | "na";

export interface Failure {
  ok: false;
  kind: FailureKind;
  /** Which input is at fault, for the checker to point at the right cell. */
  input: "target" | "actual" | "weight" | "budget" | "executed" | "total";
  message: string;
}

export type Outcome<T> = ({ ok: true } & T) | Failure;

export type ScoreRule = "positive" | "zero" | "reverse" | "qualitative";

export interface IndicatorScore {
  score: number;
  rule: ScoreRule;
  /** For qualitative rules: the grade and the score band in points. */
  grade: Grade | null;
  band: { min: number; max: number } | null;
  /** a / t for quantitative targets, uncapped; null when undefined. */
  completion: number | null;
  /** Actual on the target's scale (0.97 → 97 for a percent target). */
  actualValue: number | null;
  overAchieved: boolean;
  unitMismatch: boolean;
}

const fail = (kind: FailureKind, input: Failure["input"], message: string): Failure => ({ ok: false, kind, input, message });

/** Half-up rounding that ignores binary noise (8.625 → 8.63, 17.777… → 17.78). */
export function round(x: number, decimals = 2): number {
  const factor = decimals === 2 ? 100 : 10 ** decimals;
  // The relative nudge lifts 1.005 × 100 = 100.49999999999999 back to its half.
  const scaled = Math.round(Math.abs(x) * factor * (1 + 1e-12));
  return x < 0 ? -scaled / factor : scaled / factor;
}

/** Reads a weight cell: a non-negative number, blank when empty. */
export function readWeight(input: CellInput): Outcome<{ weight: number | null }> {
  const v = parseValue(input);
  if (v.kind === "blank") return { ok: true, weight: null };
  if (v.kind === "quantity" && v.value >= 0 && (v.unit === "" || v.unit === "分")) return { ok: true, weight: v.value };
  return fail("value", "weight", MESSAGES.weightUnreadable(String(input)));
}

function readAmount(input: CellInput, which: "budget" | "executed"): Outcome<{ amount: Quantity | null }> {
  const v = parseValue(input);
  if (v.kind === "blank") return { ok: true, amount: null };
  if (v.kind === "quantity" && v.unit !== "%") return { ok: true, amount: v };
  const unreadable = which === "budget" ? MESSAGES.budgetUnreadable : MESSAGES.executedUnreadable;
  return fail("value", which, unreadable(String(input)));
}

/** 预算执行率 = 全年执行数 ÷ 全年预算数, uncapped. */
export function executionRate(executed: CellInput, budget: CellInput): Outcome<{ rate: number }> {
  const b = readAmount(budget, "budget");
  if (!b.ok) return b;
  const e = readAmount(executed, "executed");
  if (!e.ok) return e;
  if (!b.amount) return fail("na", "budget", MESSAGES.budgetMissing);
  if (b.amount.value <= 0) return fail("value", "budget", MESSAGES.budgetNotPositive(b.amount.value));
  if (!e.amount) return fail("na", "executed", MESSAGES.executedMissing);
  const executedValue = alignToTarget(b.amount, e.amount).value;
  if (executedValue < 0) return fail("value", "executed", MESSAGES.executedNegative(executedValue));
  return { ok: true, rate: executedValue / b.amount.value };
}

/** 预算执行率得分 = min(rate, 1) × weight, two decimals. */
export function budgetScore(
  executed: CellInput,
  budget: CellInput,
  weight: number = DEFAULT_PROFILE.executionRateWeight,
): Outcome<{ score: number; rate: number }> {
  const r = executionRate(executed, budget);
  if (!r.ok) return r;
  return { ok: true, rate: r.rate, score: points(Math.min(r.rate, 1), weight) };
}

/** How an actual grades against a qualitative (or deadline) target; null when it cannot tell. */
export function gradeActual(target: Value, actual: Value): Grade | null {
  if (actual.kind === "deadline") {
    if (target.kind !== "deadline") return null;
    return actual.ordinal <= target.ordinal ? "achieved" : "notAchieved";
  }
  if (actual.kind !== "qualitative") return null;
  if (actual.grade === "partial") return "partial";
  if (target.kind === "qualitative") {
    // A target that is itself a denial ("否", "无") is met by a denial.
    if (target.negative) return actual.negative ? "achieved" : actual.grade === "achieved" ? "notAchieved" : null;
    if (normalizeText(actual.text) === normalizeText(target.text)) return "achieved";
  }
  return actual.grade;
}

/** A fraction of the weight in points, two decimals, never above the weight itself. */
function points(fraction: number, weight: number): number {
  return Math.min(round(fraction * weight), weight);
}

function bandOf(band: Band, weight: number) {
  return { min: round(band.min * weight), max: round(band.max * weight) };
}

function qualitativeScore(grade: Grade, weight: number, profile: Profile): Outcome<IndicatorScore> {
  const band = profile.qualitativeBands[grade];
  return {
    ok: true,
    score: points(band.proposal, weight),
    rule: "qualitative",
    grade,
    band: bandOf(band, weight),
    completion: null,
    actualValue: null,
    overAchieved: false,
    unitMismatch: false,
  };
}

function quantityScore(target: Quantity, actual: Quantity, weight: number, profile: Profile): Outcome<IndicatorScore> {
  const aligned = alignToTarget(target, actual);
  const a = Math.max(aligned.value, 0);
  const t = target.value;
  let rule: ScoreRule;
  let fraction: number;
  if (target.op === "<=" || target.op === "<") {
    rule = "reverse";
    if (a <= t) fraction = 1;
    else if (t > 0 && a < 2 * t) fraction = 1 - (a - t) / t;
    else fraction = 0;
  } else if (target.op === "=" && t === 0) {
    rule = "zero";
    fraction = a <= 0 ? 1 : 0;
  } else {
    rule = "positive";
    fraction = a >= t || t <= 0 ? 1 : a / t;
  }
  const overAchieved = rule === "positive" && t > 0 && a >= profile.overAchievementRatio * t;
  return {
    ok: true,
    score: points(fraction, weight),
    rule,
    grade: null,
    band: null,
    completion: t !== 0 ? a / t : null,
    actualValue: aligned.value,
    overAchieved,
    unitMismatch: aligned.unitMismatch,
  };
}

/** The indicator score of domain §3 for parsed target and actual. */
export function scoreValues(
  target: Value,
  actual: Value,
  weight: number,
  profile: Profile = DEFAULT_PROFILE,
  /** The cells as written, for messages; parsed values are described when absent. */
  written?: { target: CellInput; actual: CellInput },
): Outcome<IndicatorScore> {
  if (target.kind === "blank") return fail("na", "target", MESSAGES.targetMissing);
  if (actual.kind === "blank") return fail("na", "actual", MESSAGES.actualMissing);
  if (target.kind === "quantity" && actual.kind === "quantity") return quantityScore(target, actual, weight, profile);
  const targetText = written ? String(written.target) : describe(target);
  const actualText = written ? String(written.actual) : describe(actual);
  if (target.kind === "qualitative" && actual.kind === "quantity") {
    // "合规" answered with "100%" (or a cell holding 1 shown as 100%): fully achieved, nothing less is clear.
    const full = actual.unit === "%" ? actual.value >= 100 : actual.bare && actual.value === 1;
    if (full && !target.negative) return qualitativeScore("achieved", weight, profile);
    return fail("value", "actual", MESSAGES.actualNotComparable(targetText, actualText));
  }
  // A quantitative target answered in words ("达成预期指标") is graded like a qualitative one.
  const grade = gradeActual(target, actual);
  if (grade) return qualitativeScore(grade, weight, profile);
  if (actual.kind === "qualitative") return fail("value", "actual", MESSAGES.actualUnreadable(actualText));
  return fail("value", "actual", MESSAGES.actualNotComparable(targetText, actualText));
}

/** The indicator score from raw cell values, as JX.SCORE receives them. */
export function scoreIndicator(
  target: CellInput,
  actual: CellInput,
  weight: CellInput,
  profile: Profile = DEFAULT_PROFILE,
): Outcome<IndicatorScore> {
  const w = readWeight(weight);
  if (!w.ok) return w;
  if (w.weight === null) return fail("na", "weight", MESSAGES.weightMissing);
  return scoreValues(parseValue(target), parseValue(actual), w.weight, profile, { target, actual });
}

/** 完成率 a / t for quantitative targets, uncapped. */
export function completion(target: CellInput, actual: CellInput): Outcome<{ completion: number }> {
  const t = parseValue(target);
  const a = parseValue(actual);
  if (t.kind === "blank") return fail("na", "target", MESSAGES.targetMissing);
  if (t.kind !== "quantity") return fail("na", "target", MESSAGES.completionQualitative(String(target)));
  if (a.kind === "blank") return fail("na", "actual", MESSAGES.actualMissing);
  if (a.kind !== "quantity") return fail("value", "actual", MESSAGES.actualNotComparable(String(target), String(actual)));
  if (t.value === 0) return fail("value", "target", MESSAGES.completionZeroTarget);
  return { ok: true, completion: alignToTarget(t, a).value / t.value };
}

/** 优 / 良 / 中 / 差 for a total score. */
export function gradeOf(total: number, profile: Profile = DEFAULT_PROFILE): string {
  return profile.grades.find((g) => total >= g.min)?.label ?? "差";
}

function describe(v: Value): string {
  switch (v.kind) {
    case "blank":
      return "";
    case "quantity":
      return `${v.value}${v.unit}`;
    default:
      return v.text;
  }
}
