// Quantities as targets write them ("≥110万元", "95%以上", "不超过10次", "90%-100%") and deadlines
// ("2023年12月前"); units aligned so an actual compares with its target.
import type { Deadline, Operator, Quantity } from "./value-types";
import { CN_NUMERAL_UNITS, parseChineseNumber } from "./words";

// Longer words first so 大于等于 wins over 大于 and 不低于 over 低于.
const PREFIX_OPS: Array<[string, Operator]> = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["不超出", "<="],
  ["控制在", "<="],
  ["达到", ">="],
  ["至少", ">="],
  ["≥", ">="],
  ["≧", ">="],
  [">=", ">="],
  ["=>", ">="],
  ["》", ">="],
  ["≤", "<="],
  ["≦", "<="],
  ["<=", "<="],
  ["=<", "<="],
  ["《", "<="],
  ["等于", "="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
  ["=", "="],
  [">", ">"],
  ["<", "<"],
];

const SUFFIX_OPS: Array<[string, Operator]> = [
  ["及以上", ">="],
  ["以上", ">="],
  ["之上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
];

/** Unit spellings mapped to one canonical unit. */
const UNIT_ALIASES: Record<string, string> = {
  "%": "%",
  "％": "%",
  百分比: "%",
  百分点: "%",
  "‰": "‰",
  元: "元",
  万元: "万元",
  千元: "千元",
  亿元: "亿元",
  日: "天",
  天: "天",
  个工作日: "天",
  工作日: "天",
};

/** Money units relative to 元, so "2400000元" against "≥270万元" compares correctly. */
const MONEY_SCALE: Record<string, number> = { 元: 1, 千元: 1e3, 万元: 1e4, 亿元: 1e8 };

const NUMBER_RE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)/;
const CN_NUMBER_RE = /^[零〇一二两三四五六七八九十百千]+/;
const DEADLINE_RE = /^(?:于|在)?(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?(前|之前|以前|底前|底|末|年底前|内|完成|前完成|底前完成)?$/;

function stripParentheses(text: string): string {
  if (!text.includes("(") && !text.includes("[")) return text;
  return text.replace(/\([^()]*\)/g, "").replace(/\[[^\]]*\]/g, "");
}

const NO_UNIT: Record<Operator | "none", { unit: string; op: Operator | null }> = {
  none: { unit: "", op: null },
  ">=": { unit: "", op: ">=" },
  ">": { unit: "", op: ">" },
  "=": { unit: "", op: "=" },
  "<=": { unit: "", op: "<=" },
  "<": { unit: "", op: "<" },
};

function readUnit(rest: string): { unit: string; op: Operator | null } | null {
  let text = stripParentheses(rest);
  let op: Operator | null = null;
  const last = text[text.length - 1];
  // Every suffix ends in 上, 下 or 内: most texts are settled by their last character.
  if (last === "上" || last === "下" || last === "内") {
    const found = SUFFIX_OPS.find(([word]) => text.endsWith(word));
    if (found) {
      op = found[1];
      text = text.slice(0, -found[0].length);
    }
  }
  // "（含）" and the like were stripped above; what remains must look like a unit, not a sentence.
  if (text === "") return NO_UNIT[op ?? "none"];
  if (text.length > 6 || /\d/.test(text)) return null;
  return { unit: UNIT_ALIASES[text] ?? text, op };
}

export function readQuantity(text: string): Quantity | null {
  let rest = text;
  let op: Operator | null = null;
  const opAt = findOperator(rest);
  if (opAt) {
    op = opAt.op;
    rest = rest.slice(opAt.end);
  }
  let value: number;
  const m = NUMBER_RE.exec(rest);
  if (m) {
    value = Number(m[1].replace(/,/g, ""));
    rest = rest.slice(m[1].length);
  } else {
    const cn = CN_NUMBER_RE.exec(rest);
    const parsed = cn ? parseChineseNumber(cn[0]) : null;
    if (parsed === null || !cn) return null;
    const unit = readUnit(rest.slice(cn[0].length));
    if (!unit || !CN_NUMERAL_UNITS.has(unit.unit)) return null;
    value = parsed;
    rest = rest.slice(cn[0].length);
  }
  // A range "90%-100%" or "90~100" keeps its lower bound: reaching it meets the target.
  const range = /[-~至到]/.test(rest) ? /^(%|[^\d]{0,3})?(?:-|~|至|到)[\d.]+/.exec(rest) : null;
  if (range && !op) {
    op = ">=";
    rest = rest.slice(range[0].length);
  }
  const unit = readUnit(rest);
  if (!unit) return null;
  if (!Number.isFinite(value)) return null;
  const explicitOp = op !== null || unit.op !== null;
  return {
    kind: "quantity",
    op: op ?? unit.op ?? (value === 0 ? "=" : ">="),
    value,
    unit: unit.unit,
    explicitOp,
    bare: unit.unit === "",
  };
}

/** PREFIX_OPS by first character, so finding an operator is one map look-up per position. */
const OPS_BY_FIRST_CHAR = new Map<string, Array<[string, Operator]>>();
for (const entry of PREFIX_OPS) {
  const list = OPS_BY_FIRST_CHAR.get(entry[0][0]) ?? [];
  list.push(entry);
  OPS_BY_FIRST_CHAR.set(entry[0][0], list);
}

/** The first operator in the text; text before it may only be a label ("满意度≥90%"). */
function findOperator(text: string): { op: Operator; end: number } | null {
  for (let i = 0; i < text.length && i <= 12; i++) {
    const ch = text[i];
    if ((ch >= "0" && ch <= "9") || ch === ".") return null;
    const candidates = OPS_BY_FIRST_CHAR.get(ch);
    if (!candidates) continue;
    for (const [word, op] of candidates) {
      if (text.startsWith(word, i)) return { op, end: i + word.length };
    }
  }
  return null;
}

export function readDeadline(text: string): Deadline | null {
  if (!text.includes("年")) return null;
  const m = DEADLINE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  // "2023年12月前" and "2023年底" are deadlines; a bare "2023年11月" is the date something happened.
  return { kind: "deadline", op: m[4] ? "<=" : "=", ordinal: year * 12 + month, text };
}

/** Removes binary noise such as 0.97 × 100 = 97.00000000000001 (keeps 12 significant digits). */
export function roundFloat(x: number): number {
  if (Number.isInteger(x)) return x;
  const magnitude = Math.abs(x);
  if (magnitude >= 1e-2 && magnitude < 1e6) return Math.round(x * 1e9) / 1e9;
  return Number(x.toPrecision(12));
}

/**
 * Brings an actual onto the target's unit. Percent targets accept fractions (0.97 for 97 %):
 * a bare number is read as whichever of x and 100 x lies nearer the target.
 */
export function alignToTarget(target: Quantity, actual: Quantity): { value: number; unitMismatch: boolean } {
  if (target.unit === "%" && actual.bare) {
    const asFraction = actual.value * 100;
    if (target.value > 0 && actual.value > 0) {
      const nearFraction = Math.abs(Math.log(asFraction / target.value));
      const nearPlain = Math.abs(Math.log(actual.value / target.value));
      return { value: nearFraction < nearPlain ? roundFloat(asFraction) : actual.value, unitMismatch: false };
    }
    return { value: actual.value <= 1 ? roundFloat(asFraction) : actual.value, unitMismatch: false };
  }
  if (target.unit in MONEY_SCALE && actual.unit in MONEY_SCALE) {
    return { value: roundFloat((actual.value * MONEY_SCALE[actual.unit]) / MONEY_SCALE[target.unit]), unitMismatch: false };
  }
  const unitMismatch = target.unit !== "" && actual.unit !== "" && target.unit !== actual.unit;
  return { value: actual.value, unitMismatch };
}

export const OPERATOR_SYMBOL: Record<Operator, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<" };

/** The canonical spelling of a quantity, e.g. "≥110万元"; parseValue reads it back unchanged. */
export function formatQuantity(q: Pick<Quantity, "op" | "value" | "unit">): string {
  return `${OPERATOR_SYMBOL[q.op]}${q.value}${q.unit}`;
}
