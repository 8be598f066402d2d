// Review signals (issue 21, family `review`): what a 财政局 reviewer would look at first in a batch of 自评表.
// They are catalogue entries like every rule (ids, docs, --select/--ignore) but not findings: runSignals
// (run.ts) turns their issues into Signals with the rule's weight, and the batch step (src/workbook/review)
// ranks the tables by the sum of their weights. Several restate findings the table already has (a total that
// does not add up, targets changed against the 申报表, narratives missing): context.review.findings; the
// batch step adds the cross-checks between files and the narratives that read alike across the batch.
import { FINDING_WORDS, RULE_TEXT, someOf } from "../../messages/rules";
import { readPrinted, actualDisplay, targetDisplay, type Evaluation, type IndicatorEvaluation } from "../evaluate";
import type { DepartmentEvaluation } from "../department";
import { normalizeText } from "../../scoring/values";
import { defineRule, issue, nameOf } from "./helpers";
import type { Finding, Issue, ReviewContext, RuleContext, Subject } from "./types";

/** The thresholds the signals use (docs/user/review.md explains them). */
export const REVIEW_LIMITS = {
  /** review.high-score-low-spend: a self-score at least this … */
  highScore: 90,
  /** … with budget execution below this (a fraction). */
  lowRate: 0.8,
  /** review.over-achievement: an actual at least this many times a positive quantity target. */
  overRatio: 3,
  /** review.similar-narrative: Jaccard similarity of character 3-grams, and the shortest text compared (characters after normalising). */
  similarity: 0.9,
  minChars: 40,
} as const;

const review = (c: RuleContext): ReviewContext | undefined => c.review;
const findingsOf = (c: RuleContext, rules: string[], errorsOnly = false): Finding[] =>
  (review(c)?.findings ?? []).filter((f) => rules.includes(f.rule) && (!errorsOnly || f.severity === "error"));

type Figure = { value: number; cell: string };

/** The first of the figures there is (the one a signal prefers, else the other), in its cell. */
function firstOf(cell: string, ...values: Array<number | null | undefined>): Figure | null {
  const value = values.find((v) => v !== null && v !== undefined);
  return value === undefined || value === null ? null : { value, cell };
}

/** Where a table's 总分 is: its score cell, else its label. */
const totalCell = (total: { label: { address: string }; score: { address: string } | null } | null | undefined) =>
  total?.score?.address ?? total?.label.address ?? "A1";

/** The self-score as the unit wrote it, else the rules' total; and the cell it is in. */
const selfScore = (e: Evaluation) => firstOf(totalCell(e.table.total), e.printedTotal?.value, e.total);

/** The execution rate (a fraction) computed from the funds, else as printed; and the cell it is in. */
function executionRate(e: Evaluation): Figure | null {
  const b = e.budget;
  if (!b || b.unknown) return null;
  const cell = e.table.funds?.rate?.address ?? b.executedCell?.address ?? e.table.funds?.header.address ?? "A1";
  return firstOf(cell, b.rate, b.printedRate ? b.printedRate.value / 100 : null);
}

/** A department table's self-score (as written, else the rules' total) and the cell it is in. */
const departmentScore = (e: DepartmentEvaluation) =>
  firstOf(totalCell(e.table.total), readPrinted(e.table.total?.score ?? null)?.value, e.total);

/** A department's spending rate: its 合计 line's, computed from the funds, else as printed. No 合计 line: none. */
function departmentRate(e: DepartmentEvaluation): Figure | null {
  const l = e.lines.find((x) => x.line.kind === "total");
  if (!l) return null;
  const cell = l.line.rate?.address ?? l.line.executed?.address ?? l.line.labelCell.address;
  return firstOf(cell, l.rate, l.printedRate ? l.printedRate.value / 100 : null);
}

/** The self-score and the budget execution (or spending) rate of a 自评表 of either kind. */
function scoreAndRate(s: Subject): { score: Figure | null; rate: Figure | null } | null {
  if (s.kind === "project") return { score: selfScore(s.evaluation), rate: executionRate(s.evaluation) };
  if (s.kind === "department") return { score: departmentScore(s.evaluation), rate: departmentRate(s.evaluation) };
  return null;
}

/** What a 自评表 scores item by item: a project's indicators with a weight, a department's framework items (not bonus rows). */
function fullMarks(s: Subject): { count: number; cells: string[] } | null {
  if (s.kind === "project") {
    const e = s.evaluation;
    const list = weighted(e);
    if (list.length < e.indicators.length || !list.every((i) => (shownScore(i) ?? -1) >= i.weight! - 0.005)) return null;
    return { count: list.length, cells: list.map((i) => i.indicator.score?.address ?? i.indicator.nameCell.address) };
  }
  if (s.kind === "department") {
    // An item per score cell: rows sharing a merged 得分 cell are one item.
    const items = [
      ...new Map(s.evaluation.table.rows.filter((r) => r.kind === "item").map((r) => [r.score?.address ?? r.nameCell.address, r])).values(),
    ];
    const read = items.map((r) => ({ score: readPrinted(r.score), points: readPrinted(r.points) }));
    if (!read.every((x) => x.score && x.points && x.points.value > 0 && x.score.value >= x.points.value - 0.005)) return null;
    return { count: items.length, cells: items.map((r) => r.score!.address) };
  }
  return null;
}

const weighted = (e: Evaluation) => e.indicators.filter((i) => !i.unknown && i.weight !== null && i.weight > 0);
/** The score an indicator shows: the printed one, else the one the rules accept. */
const shownScore = (i: IndicatorEvaluation) => i.printedScore?.value ?? i.accepted;

/** Targets any result meets: "≥0", ">0", or words that only say it will be done. */
const BY_DEFINITION_WORDS =
  /^(?:(?:达成|达到|实现|符合)?预期(?:目标|效果)?|(?:已|全部|按时|按期)?完成|合规|符合(?:要求|规定|标准)?|是|达标|有效|有|良好|好)$/;

export function byDefinition(i: IndicatorEvaluation): boolean {
  const t = i.target;
  if (t.kind === "quantity") return t.explicitOp && (t.op === ">=" || t.op === ">") && t.value === 0;
  if (t.kind === "qualitative") return BY_DEFINITION_WORDS.test(normalizeText(t.text).replace(/[\s\p{P}]/gu, ""));
  return false;
}

const project = (check: (e: Evaluation, c: RuleContext) => Issue[]) => (s: Subject, c: RuleContext) =>
  s.kind === "project" ? check(s.evaluation, c) : [];

export const REVIEW_RULES = [
  defineRule({
    id: "review.high-score-low-spend",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 3,
    check: (s) => {
      const { score, rate } = scoreAndRate(s) ?? {};
      if (!score || !rate || score.value < REVIEW_LIMITS.highScore || rate.value >= REVIEW_LIMITS.lowRate) return [];
      return [issue(score.cell, RULE_TEXT["review.high-score-low-spend"].reason(score.value, score.cell, rate.value, rate.cell))];
    },
  }),
  defineRule({
    id: "review.full-marks-unspent",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 2,
    check: (s) => {
      const rate = scoreAndRate(s)?.rate;
      const full = fullMarks(s);
      if (!full || full.count < 2 || !rate || rate.value * 100 >= 99.995) return [];
      const span = `${full.cells[0]}–${full.cells[full.cells.length - 1]}`;
      return [issue(full.cells[0], RULE_TEXT["review.full-marks-unspent"].reason(full.count, span, rate.value, rate.cell))];
    },
  }),
  defineRule({
    id: "review.total-mismatch",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 2,
    check: (s, c) => {
      const found = findingsOf(c, ["total.sum", "dept.total"], true);
      if (found.length === 0) return [];
      const text = RULE_TEXT["review.total-mismatch"];
      if (s.kind === "project") {
        const e = s.evaluation;
        if (!e.printedTotal || e.total === null) return [];
        return [issue(found[0].cell, text.reason(e.printedTotal.value, found[0].cell, e.printedSum, e.total))];
      }
      if (s.kind === "department") {
        const e = s.evaluation;
        const printed = readPrinted(e.table.total?.score ?? null);
        if (!printed || e.total === null) return [];
        return [issue(found[0].cell, text.reason(printed.value, found[0].cell, null, e.total))];
      }
      return [];
    },
  }),
  defineRule({
    id: "review.targets-changed",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 2,
    check: (_s, c) => {
      const partner = review(c)?.partner;
      const found = findingsOf(c, ["cross.target", "cross.missing", "cross.undeclared"]);
      if (found.length === 0 || !partner) return [];
      const n = (rule: string) => found.filter((f) => f.rule === rule).length;
      const text = RULE_TEXT["review.targets-changed"];
      const cells = someOf([...new Set(found.map((f) => f.cell))]);
      return [
        issue(
          found[0].cell,
          text.reason(
            text.where(partner.kind, partner.sheet, partner.file),
            n("cross.target"),
            n("cross.missing"),
            n("cross.undeclared"),
            cells,
          ),
        ),
      ];
    },
  }),
  defineRule({
    id: "review.targets-by-definition",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 2,
    check: project((e) => {
      const listed = e.indicators.filter((i) => !i.unknown && i.target.kind !== "blank");
      const trivial = listed.filter(byDefinition);
      if (trivial.length < 2 || trivial.length * 2 <= listed.length) return [];
      const targets = someOf([...new Set(trivial.map((i) => `“${targetDisplay(i.indicator)}”`))]);
      const cells = someOf(trivial.map((i) => i.indicator.target?.address ?? i.indicator.nameCell.address));
      const first = trivial[0].indicator.target ?? trivial[0].indicator.nameCell;
      return [issue(first, RULE_TEXT["review.targets-by-definition"].reason(trivial.length, listed.length, targets, cells))];
    }),
  }),
  defineRule({
    id: "review.over-achievement",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 1,
    check: project((e) => {
      const text = RULE_TEXT["review.over-achievement"];
      const far = e.indicators.filter((i) => {
        const r = i.result;
        return !i.unknown && r?.ok && r.rule === "positive" && r.completion !== null && r.completion >= REVIEW_LIMITS.overRatio;
      });
      if (far.length === 0) return [];
      const items = far.map((i) =>
        text.item(
          nameOf(i),
          targetDisplay(i.indicator),
          actualDisplay(i.indicator),
          i.result!.ok ? i.result!.completion! : 0,
          i.indicator.actual?.address ?? i.indicator.nameCell.address,
        ),
      );
      return [issue(far[0].indicator.actual ?? far[0].indicator.nameCell, text.reason(someOf(items, 2)))];
    }),
  }),
  defineRule({
    id: "review.narrative-missing",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 1,
    check: (s, c) => {
      const found = findingsOf(c, ["narrative.missing"]);
      if (found.length === 0) return [];
      const text = RULE_TEXT["review.narrative-missing"];
      const labels = new Map<string, string>();
      if (s.kind === "project") {
        const t = s.evaluation.table;
        for (const x of [t.goal, t.completion, t.problems, t.improvements, t.conclusion])
          if (x?.cell) labels.set(x.cell.address, String(x.label.value ?? "").replace(/\s+/g, ""));
      }
      const label = (cell: string) => labels.get(cell) ?? (s.kind === "department" ? FINDING_WORDS.departmentConclusionLabel : cell);
      return [issue(found[0].cell, text.reason(someOf(found.map((f) => text.item(label(f.cell), f.cell)))))];
    },
  }),
  defineRule({
    id: "review.similar-narrative",
    family: "review",
    severity: "info",
    fixable: false,
    weight: 3,
    // Only the batch step (src/workbook/review) knows the other tables: it hands the matches over in context.
    check: (_s, c) => {
      const similar = review(c)?.similar ?? [];
      if (similar.length === 0) return [];
      const [m] = similar;
      return [
        issue(
          m.cell,
          RULE_TEXT["review.similar-narrative"].reason(
            m.label,
            m.cell,
            m.other.file,
            m.other.sheet,
            m.other.cell,
            m.other.projectName,
            m.similarity,
            similar.length - 1,
          ),
        ),
      ];
    },
  }),
];
