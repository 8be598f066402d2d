// Reads targets and actuals as real 自评表 cells write them (domain §2).

export type Operator = ">=" | ">" | "=" | "<=" | "<";
export type Grade = "achieved" | "partial" | "notAchieved";

/** What a spreadsheet cell hands over: a number, text, a boolean or nothing. */
export type CellInput = number | string | boolean | null | undefined;

export interface Quantity {
  kind: "quantity";
  op: Operator;
  value: number;
  /** Canonical unit ("%" for 百分比 and percent formats), "" when none was written. */
  unit: string;
  /** False when no operator was written: "0次" reads as "= 0", anything else as "≥". */
  explicitOp: boolean;
  /** A bare number with no unit or percent format: may be a fraction of a percent target. */
  bare: boolean;
}

export interface Qualitative {
  kind: "qualitative";
  text: string;
  /** How the words grade themselves; null when they carry no verdict we recognise. */
  grade: Grade | null;
  /** The words deny ("不合规", "未建立", "否"). */
  negative: boolean;
}

/** A deadline such as "2023年12月前": year and month as one ordinal (year × 12 + month). */
export interface Deadline {
  kind: "deadline";
  op: "<=" | "=";
  ordinal: number;
  text: string;
}

export interface Blank {
  kind: "blank";
}

export type Value = Quantity | Qualitative | Deadline | Blank;

const EMPTY_LIKE = new Set(["", "—", "–", "-", "--", "——", "/", "*", "无", "、", "…", "n/a", "N/A"]);

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

/** Measure words that may follow a Chinese numeral ("两次"); anything else ("一般", "一些") is words. */
const CN_NUMERAL_UNITS = new Set(
  (
    "个 人 人次 次 项 件 场 场次 户 家 天 日 月 个月 年 亩 台 套 篇 册 小时 份 名 所 期 批 条 本 张 部 辆 座 处 " +
    "间 课时 学时 节 轮 周 分 分钟 起 例 类 种 万元 元 千元 亿元 工作日 个工作日"
  ).split(" "),
);

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const NEEDS_NFKC = /[\uff00-\uffef\u3000\u2000-\u200b]/;
const NEEDS_CLEANUP = /[\s\u00a0（），。；;]/;

/** Full-width forms to ASCII, all white space removed, Chinese punctuation unified. */
export function normalizeText(text: string): string {
  // Most cells need none of this; checking first keeps JX.SCORE fast on recalculation.
  let t = NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
  if (NEEDS_CLEANUP.test(t)) {
    t = t
      .replace(/[\s\u00a0\u3000]+/g, "")
      .replace(/[（]/g, "(")
      .replace(/[）]/g, ")")
      .replace(/[，]/g, ",")
      .replace(/[。；;]+$/g, "");
  }
  return t;
}

/** Small Chinese numerals ("两", "十二", "三百") as written in targets such as "不少于两次". */
export function parseChineseNumber(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else {
      const unit = CN_UNITS[ch];
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  if (digit >= 0) total += digit;
  return total;
}

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

function readQuantity(text: string): Quantity | null {
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

function readDeadline(text: string): Deadline | null {
  if (!text.includes("年")) return null;
  const m = DEADLINE_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  // "2023年12月前" and "2023年底" are deadlines; a bare "2023年11月" is the date something happened.
  return { kind: "deadline", op: m[4] ? "<=" : "=", ordinal: year * 12 + month, text };
}

// Denials of something bad are good news: "不超预算", "未发生安全事故", "无投诉".
const GOOD_DENIAL_RE =
  /^(不超|未超|无超|没有超|未发生|没有发生|无发生|未出现|没有出现|零|无(重大|较大|一般|任何)?(安全|质量|责任)?(事故|投诉|违规|违纪|违法|差错|超支|事件))/;
const NEGATIVE_RE = /^(不|未|否|没有|无|非)|未达成|未完成|未达到|未实现|效果较差|较差|不合规|不符合|不健全|未建立|未按/;
const PARTIAL_RE = /部分达成|部分完成|部分实现|部分达到|基本达成|基本完成|基本实现|基本达到|基本合规|基本符合|基本健全|一定效果|有所|一般/;
const ACHIEVED_RE =
  /达成|达到|完成|合规|健全|提高|提升|改善|正常|明显|显著|符合|严格执行|按时|及时|^是$|有效|良好|优秀|^较?好$|满意|建立|规范|落实|实现|保障|持续|到位|增强|优化|按计划|准确|安全|稳定|全覆盖/;

/** How qualitative words grade themselves (domain §2). */
export function gradeText(text: string): { grade: Grade | null; negative: boolean } {
  const t = normalizeText(text);
  if (/^(否|无|没有)$/.test(t)) return { grade: "notAchieved", negative: true };
  if (GOOD_DENIAL_RE.test(t)) return { grade: "achieved", negative: false };
  if (PARTIAL_RE.test(t)) return { grade: "partial", negative: false };
  if (NEGATIVE_RE.test(t)) return { grade: "notAchieved", negative: true };
  if (ACHIEVED_RE.test(t)) return { grade: "achieved", negative: false };
  return { grade: null, negative: false };
}

export interface ParseOptions {
  /** The cell's number format; a percent format turns 0.97 into 97 %. */
  numberFormat?: string;
}

/** A date format ("yyyy/m/d", "yyyy\"年\"m\"月\"", "mmm-yy"…): Excel then hands over a day serial. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(bare) && !/%/.test(bare) && !/^[#0.,\s]*$/.test(bare);
}

/** An Excel day serial (1900 date system) as a dated value, e.g. 45260 → 2023年11月30日. */
function dateOfSerial(serial: number): Deadline {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86_400_000);
  const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  return { kind: "deadline", op: "=", ordinal: y * 12 + m, text: `${y}年${m}月${d}日` };
}

export function isPercentFormat(format: string | undefined): boolean {
  return !!format && /%/.test(format.replace(/"[^"]*"|\\./g, ""));
}

/**
 * Reads one cell. Never throws: anything it cannot read as a number, a deadline or a grade
 * comes back as qualitative text with grade null, for the caller to report.
 */
export function parseValue(input: CellInput, options: ParseOptions = {}): Value {
  if (input === null || input === undefined) return { kind: "blank" };
  if (typeof input === "object") {
    // Excel hands a linked data type or entity over as an object; its basicValue is the cell's value.
    const basic = (input as { basicValue?: unknown }).basicValue;
    return basic !== undefined && typeof basic !== "object" ? parseValue(basic as CellInput, options) : { kind: "blank" };
  }
  if (typeof input === "boolean") {
    return { kind: "qualitative", text: input ? "是" : "否", grade: input ? "achieved" : "notAchieved", negative: !input };
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { kind: "blank" };
    if (isDateFormat(options.numberFormat)) return dateOfSerial(input);
    if (isPercentFormat(options.numberFormat)) {
      return { kind: "quantity", op: ">=", value: roundFloat(input * 100), unit: "%", explicitOp: false, bare: false };
    }
    return { kind: "quantity", op: input === 0 ? "=" : ">=", value: input, unit: "", explicitOp: false, bare: true };
  }
  const raw = String(input);
  const text = normalizeText(raw);
  if (EMPTY_LIKE.has(text)) return { kind: "blank" };
  const deadline = readDeadline(text);
  if (deadline) return deadline;
  const quantity = readQuantity(text);
  if (quantity) return quantity;
  const graded = gradeText(text);
  return { kind: "qualitative", text: raw.trim(), grade: graded.grade, negative: graded.negative };
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
