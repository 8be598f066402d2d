// Department rules (domain §6): the 部门整体支出绩效自评表's items, subtotals, bonus caps, total and
// budget block, against the region's framework.
import { FINDING_WORDS, RULE_TEXT } from "../../messages/rules";
import { compareRate, compareScore } from "../../scoring/precision";
import { round } from "../../scoring/score";
import { type DepartmentProfile, type FrameworkGroup } from "../../scoring/department-profiles";
import { bonusRuleOf, cappedScore, type DepartmentEvaluation, type FrameworkRow } from "../department";
import { hasReason, isBlankRef, readPrinted, roundingSlack, unreadable } from "../evaluate";
import { normalizeLabel } from "../labels";
import type { CellRef } from "../model";
import { keepFormula, rangeList, rateFix, rateFormula } from "./fixes";
import { defineRule, issue, onDepartment } from "./helpers";
import type { Issue } from "./types";

const printed = (ref: CellRef | null) => readPrinted(ref);
/** A row whose points or score cannot be read: its own formula.* finding says so, and nothing else does. */
const readableRow = (r: FrameworkRow) => !unreadable(r.points) && !unreadable(r.score);
const items = (e: DepartmentEvaluation) => e.table.rows.filter((r) => r.kind === "item" && readableRow(r));
const bonusRows = (e: DepartmentEvaluation) => e.table.rows.filter((r) => r.kind === "bonus" && readableRow(r));
const labelOf = (r: FrameworkRow) => r.name || r.level2;

function groupOf(profile: DepartmentProfile, level1: string, level2: string): FrameworkGroup | undefined {
  const l1 = profile.levels.find((l) => normalizeLabel(level1).includes(l.level1));
  return l1?.groups.find((g) => normalizeLabel(level2).includes(g.level2));
}

/** The points the framework gives an item, when the framework names it. */
function frameworkPoints(profile: DepartmentProfile, r: FrameworkRow): number | undefined {
  const group = groupOf(profile, r.level1, r.level2);
  if (!group) return undefined;
  if (!r.name) return group.items.length === 0 ? group.points : undefined;
  const name = normalizeLabel(r.name);
  return group.items.find((i) => name.includes(normalizeLabel(i.name)) || normalizeLabel(i.name).includes(name))?.points;
}

/** A bonus row's rule and how its printed score stands against it. */
function bonusVerdict(e: DepartmentEvaluation, r: FrameworkRow) {
  const s = printed(r.score);
  if (!s) return null;
  const rule = bonusRuleOf(e.profile, r);
  if (!rule) return null;
  const verdict =
    s.value > rule.cap + 1e-9 ? "cap" : Math.abs(s.value / rule.perItem - Math.round(s.value / rule.perItem)) > 1e-9 ? "unit" : "ok";
  return { score: s.value, rule, verdict };
}

export const DEPARTMENT_RULES = [
  defineRule({
    id: "dept.item-over",
    family: "dept",
    severity: "error",
    fixable: true,
    check: onDepartment((e) =>
      items(e).flatMap((r) => {
        const p = printed(r.points);
        const s = printed(r.score);
        if (p && s && s.value > p.value + 1e-9)
          return [
            issue(r.score, RULE_TEXT["dept.item-over"].message(labelOf(r), s.value, p.value), {
              fix: keepFormula(r.score, { value: p.value }),
            }),
          ];
        if (p && !s) return [issue(r.score, RULE_TEXT["dept.item-over"].missing(labelOf(r), p.value))];
        return [];
      }),
    ),
  }),
  defineRule({
    id: "dept.deduction",
    family: "dept",
    severity: "error",
    fixable: false,
    check: onDepartment((e) => {
      const out: Issue[] = [];
      for (const r of items(e)) {
        const p = printed(r.points);
        const s = printed(r.score);
        if (p && s && s.value < p.value - 1e-9 && !hasReason(r.reason)) {
          out.push(issue(r.reason ?? r.score, RULE_TEXT["dept.deduction"].message(labelOf(r), s.value, p.value)));
        }
      }
      for (const r of bonusRows(e)) {
        const b = bonusVerdict(e, r);
        if (b?.verdict === "ok" && b.score > 0 && !hasReason(r.reason)) {
          out.push(issue(r.reason ?? r.score, RULE_TEXT["dept.deduction"].bonusReason(b.rule.name)));
        }
      }
      return out;
    }),
  }),
  defineRule({
    id: "dept.points",
    family: "dept",
    severity: "error",
    fixable: false,
    check: onDepartment((e) => {
      const out: Issue[] = [];
      for (const r of items(e)) {
        const p = printed(r.points);
        const expected = frameworkPoints(e.profile, r);
        if (p && expected !== undefined && Math.abs(expected - p.value) > 1e-9) {
          out.push(
            issue(r.points, RULE_TEXT["dept.points"].message(labelOf(r), p.value, expected, e.profile.name), { severity: "warning" }),
          );
        }
      }
      if (items(e).length > 0 && e.points !== null && Math.abs(e.points - 100) > 1e-9) {
        out.push(issue(e.table.total?.points ?? e.table.header, RULE_TEXT["dept.points"].sum(e.points)));
      }
      return out;
    }),
  }),
  defineRule({
    id: "dept.subtotal",
    family: "dept",
    severity: "error",
    fixable: true,
    check: onDepartment((e) => {
      const out: Issue[] = [];
      for (const sub of e.table.rows.filter((x) => x.kind === "subtotal")) {
        const all = e.table.rows.filter((x) => x.kind === "item" && x.level1 === sub.level1);
        if (!all.every(readableRow)) continue;
        for (const [ref, count, what] of [
          [sub.score, cappedScore, RULE_TEXT["dept.subtotal"].scoreWhat],
          [sub.points, (x: FrameworkRow) => printed(x.points)?.value ?? 0, RULE_TEXT["dept.subtotal"].pointsWhat],
        ] as const) {
          const p = unreadable(ref) ? null : printed(ref);
          if (!p) continue;
          const sum = round(all.reduce((s, x) => s + count(x), 0));
          if (compareScore(p.value, p.decimals, sum) !== "equal") {
            const members = all
              .map((x) => (what === RULE_TEXT["dept.subtotal"].scoreWhat ? x.score : x.points))
              .filter((c): c is CellRef => !!c);
            const formula = members.length ? `SUM(${rangeList(members).join(",")})` : null;
            out.push(
              issue(ref, RULE_TEXT["dept.subtotal"].message(sub.level1, what, p.value, sum), {
                fix: keepFormula(ref, { value: sum }, formula),
              }),
            );
          }
        }
      }
      return out;
    }),
  }),
  defineRule({
    id: "dept.bonus",
    family: "dept",
    severity: "error",
    fixable: true,
    check: onDepartment((e) => {
      const out: Issue[] = [];
      const rows = bonusRows(e);
      for (const r of rows) {
        const b = bonusVerdict(e, r);
        if (b?.verdict === "cap")
          out.push(
            issue(r.score, RULE_TEXT["dept.bonus"].cap(b.rule.name, b.score, b.rule.cap), {
              fix: keepFormula(r.score, { value: b.rule.cap }),
            }),
          );
        else if (b?.verdict === "unit") out.push(issue(r.score, RULE_TEXT["dept.bonus"].unit(b.rule.name, b.score, b.rule.perItem)));
      }
      if (e.bonus !== null && e.bonus > e.profile.bonusCap + 1e-9)
        out.push(issue(rows[0]?.score, RULE_TEXT["dept.bonus"].total(e.bonus, e.profile.bonusCap)));
      return out;
    }),
  }),
  defineRule({
    id: "dept.total",
    family: "dept",
    severity: "error",
    fixable: true,
    check: onDepartment((e) => {
      const t = e.table;
      if (e.total === null || e.itemScore === null || e.bonus === null || unreadable(t.total?.score)) return [];
      const total = printed(t.total?.score ?? null);
      if (!total)
        return [
          issue(t.total?.score ?? t.total?.label ?? t.header, RULE_TEXT["dept.total"].missing(e.total), {
            fix: keepFormula(t.total?.score, { value: e.total }),
          }),
        ];
      if (compareScore(total.value, total.decimals, e.total) === "equal") return [];
      return [
        issue(t.total!.score, RULE_TEXT["dept.total"].message(total.value, e.itemScore, Math.min(e.bonus, e.profile.bonusCap), e.total), {
          fix: keepFormula(t.total!.score, { value: e.total }),
        }),
      ];
    }),
  }),
  defineRule({
    id: "dept.rate",
    family: "dept",
    severity: "error",
    fixable: true,
    check: onDepartment((e) =>
      e.lines.flatMap((l) => {
        if (l.rate === null || !l.line.rate || isBlankRef(l.line.rate) || unreadable(l.line.rate)) return [];
        if (l.printedRate && compareRate(l.printedRate.value, l.printedRate.decimals, l.rate * 100) === "equal") return [];
        return [
          issue(
            l.line.rate,
            RULE_TEXT["dept.rate"].message(l.line.label, l.printedRate?.text ?? String(l.line.rate.value), l.executed!, l.budget!, l.rate),
            {
              fix: rateFix(l.line.rate, l.rate, rateFormula(l.line.budget, l.line.executed)),
            },
          ),
        ];
      }),
    ),
  }),
  defineRule({
    id: "dept.budget-sum",
    family: "dept",
    severity: "error",
    fixable: false,
    check: onDepartment((e) => {
      const out: Issue[] = [];
      const line = (kind: string) => e.lines.find((l) => l.line.kind === kind);
      const [whole, basic, project] = [line("total"), line("basic"), line("project")];
      if (whole && basic && project) {
        for (const key of ["budget", "executed"] as const) {
          const [w, b, p] = [whole[key], basic[key], project[key]];
          if (w === null || b === null || p === null) continue;
          if (Math.abs(round(b + p, 6) - w) > roundingSlack(2))
            out.push(issue(whole.line[key], RULE_TEXT["dept.budget-sum"].message(FINDING_WORDS.fundColumns[key], w, b, p)));
        }
      }
      const parts = e.lines.filter((l) => l.line.kind === "basicPart");
      if (basic && parts.length >= 2) {
        for (const key of ["budget", "executed"] as const) {
          const whole = basic[key];
          const values = parts.map((p) => p[key]);
          if (whole === null || values.some((v) => v === null)) continue;
          const sum = round(
            values.reduce<number>((acc, v) => acc + (v ?? 0), 0),
            6,
          );
          if (Math.abs(sum - whole) > roundingSlack(values.length))
            out.push(issue(basic.line[key], RULE_TEXT["dept.budget-sum"].basic(FINDING_WORDS.fundColumns[key], whole, sum)));
        }
      }
      return out;
    }),
  }),
];
