// The JX custom functions. Each is JSDoc (read by custom-functions-metadata-plugin, which also
// registers it) plus one call into src/scoring. Chinese metadata: functions-zh-CN.source.json.
import { MESSAGES } from "../messages";
import {
  OPERATOR_SYMBOL,
  budgetScore,
  completion,
  executionRate,
  findProfile,
  profileChoices,
  gradeOf,
  parseValue,
  round,
  scoreIndicator,
  type CellInput,
  type Profile,
} from "../scoring";
import { excelError, fromFailure, guard } from "./errors";

/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands cells over as `any`; the metadata generator requires the keyword. */
type Cell = number | string | boolean | null;

function profileOrThrow(name: Cell | undefined): Profile {
  const profile = findProfile(name);
  if (!profile) {
    throw excelError("value", MESSAGES.profileUnknown(String(name), profileChoices()));
  }
  return profile;
}

function scoreOrThrow(target: CellInput, actual: CellInput, weight: CellInput, profile: Profile): number {
  const result = scoreIndicator(target, actual, weight, profile);
  if (!result.ok) throw fromFailure(result);
  return result.score;
}

/**
 * Budget execution rate: executed ÷ budget, not capped at 100%.
 * @customfunction EXECRATE EXECRATE
 * @param {any} executed Amount executed (number or text such as "240万元").
 * @param {any} budget Full-year (adjusted) budget.
 * @returns {number} The execution rate as a fraction, e.g. 0.9976.
 */
export function execRate(executed: any, budget: any): number {
  return guard(() => {
    const result = executionRate(executed, budget);
    if (!result.ok) throw fromFailure(result);
    return result.rate;
  });
}

/**
 * Budget execution score: min(rate, 100%) × weight, rounded to 2 decimals.
 * @customfunction BUDGETSCORE BUDGETSCORE
 * @param {any} executed Amount executed.
 * @param {any} budget Full-year (adjusted) budget.
 * @param {any} [weight] Points for budget execution (default: the profile's, 10 in the central profile).
 * @param {string} [profile] Scoring profile: {{profiles}}.
 * @returns {number} The budget execution score.
 */
export function budgetScoreFn(executed: any, budget: any, weight?: any, profile?: string): number {
  return guard(() => {
    const p = profileOrThrow(profile ?? null);
    const w = weight === null || weight === undefined || weight === "" ? p.executionRateWeight : parseWeight(weight);
    const result = budgetScore(executed, budget, w);
    if (!result.ok) throw fromFailure(result);
    return result.score;
  });
}

function parseWeight(weight: Cell): number {
  const v = parseValue(weight);
  if (v.kind === "quantity" && v.value >= 0) return v.value;
  throw excelError("value", MESSAGES.weightUnreadable(String(weight)));
}

/**
 * Indicator score by the official rules (positive, reverse, zero and qualitative indicators).
 * @customfunction SCORE SCORE
 * @param {any} target Annual target, e.g. "≥95%", "不超过10次", "合规".
 * @param {any} actual Actual result, e.g. 0.97, "60个", "达成预期指标".
 * @param {any} weight The indicator's points.
 * @param {string} [profile] Scoring profile: {{profiles}}.
 * @returns {number} The score, rounded to 2 decimals.
 */
export function score(target: any, actual: any, weight: any, profile?: string): number {
  return guard(() => scoreOrThrow(target, actual, weight, profileOrThrow(profile ?? null)));
}

/**
 * Completion ratio actual ÷ target for a quantitative indicator, not capped.
 * @customfunction COMPLETION COMPLETION
 * @param {any} target Annual target, e.g. ">=500人".
 * @param {any} actual Actual result, e.g. "1700人".
 * @returns {number} The completion ratio as a fraction, e.g. 3.4.
 */
export function completionFn(target: any, actual: any): number {
  return guard(() => {
    const result = completion(target, actual);
    if (!result.ok) throw fromFailure(result);
    return result.completion;
  });
}

/**
 * Sum of indicator scores over ranges of weights, targets and actuals; rows with a blank weight are skipped.
 * @customfunction WEIGHTEDSCORE WEIGHTEDSCORE
 * @param {any[][]} weights Range of the indicators' points.
 * @param {any[][]} targets Range of annual targets.
 * @param {any[][]} actuals Range of actual results.
 * @param {string} [profile] Scoring profile: {{profiles}}.
 * @returns {number} The total of the indicator scores.
 */
export function weightedScore(weights: any[][], targets: any[][], actuals: any[][], profile?: string): number {
  return guard(() => {
    const p = profileOrThrow(profile ?? null);
    if (!sameShape(weights, targets) || !sameShape(weights, actuals)) throw excelError("value", MESSAGES.rangeShapes);
    let total = 0;
    weights.forEach((row, i) =>
      row.forEach((weight, j) => {
        if (parseValue(weight).kind === "blank") return;
        const result = scoreIndicator(targets[i][j], actuals[i][j], weight, p);
        if (!result.ok) {
          const where = row.length > 1 ? i * row.length + j + 1 : i + 1;
          throw excelError(result.kind, MESSAGES.rowError(where, result.message));
        }
        total += result.score;
      }),
    );
    return round(total);
  });
}

function sameShape(a: Cell[][], b: Cell[][]): boolean {
  return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((row, i) => row.length === b[i].length);
}

/**
 * Grade for a total score: 优 (≥ 90), 良 (≥ 80), 中 (≥ 60) or 差.
 * @customfunction GRADE GRADE
 * @param {any} total The total score.
 * @returns {string} 优, 良, 中 or 差.
 */
export function grade(total: any): string {
  return guard(() => {
    const v = parseValue(total);
    if (v.kind === "blank") throw excelError("na", MESSAGES.gradeUnreadable(""));
    if (v.kind !== "quantity" || (v.unit !== "" && v.unit !== "分")) {
      throw excelError("value", MESSAGES.gradeUnreadable(String(total)));
    }
    if (v.value < 0) throw excelError("value", MESSAGES.gradeNegative(v.value));
    return gradeOf(v.value);
  });
}

/**
 * Shows how a target or actual is read: operator, value and unit.
 * @customfunction PARSE PARSE
 * @param {any} text A target or actual, e.g. "95%以上".
 * @returns {any[][]} One row: operator (≥ > = < ≤ or 定性), value, unit.
 */
export function parse(text: any): any[][] {
  return guard(() => {
    const v = parseValue(text);
    switch (v.kind) {
      case "blank":
        throw excelError("na", MESSAGES.parseBlank);
      case "quantity":
        return [[OPERATOR_SYMBOL[v.op], v.value, v.unit]];
      case "deadline":
        return [[OPERATOR_SYMBOL[v.op], v.text, MESSAGES.deadlineUnit]];
      default:
        return [[MESSAGES.qualitativeLabel, v.text, v.grade ? MESSAGES.grades[v.grade] : ""]];
    }
  });
}
