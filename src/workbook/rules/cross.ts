// Cross-checks (domain §8): the 自评表 against the project's 申报表 and 执行监控表 of the same project and
// year, handed over in context.partners (src/workbook/cross.ts matches them). Every finding points at the
// 自评表's cell and names the other table's. Without partners every rule here is silent.
import { CROSS_WORDS, RULE_TEXT } from "../../messages/rules";
import { actualDisplay, fundAmount, hasReason, unreadable, type Evaluation, type IndicatorEvaluation } from "../evaluate";
import { indicatorKey, sameTarget, targetValue, targetWords } from "../match";
import type { CellRef, DeclarationTable, MonitoringTable, PlannedIndicator } from "../model";
import { defineRule, issue, nameOf } from "./helpers";
import type { Issue, Partner, Partners, RuleContext, Subject } from "./types";

type Kind = "declaration" | "monitoring";
type AnyPartner = Partner<DeclarationTable> | Partner<MonitoringTable>;

/** A check on a 自评表 that has partners. */
const onPartners =
  (check: (e: Evaluation, p: Partners) => Issue[]) =>
  (s: Subject, c: RuleContext): Issue[] =>
    s.kind === "project" && c.partners && (c.partners.declaration || c.partners.monitoring) ? check(s.evaluation, c.partners) : [];

const where = (kind: Kind, p: AnyPartner, cell: CellRef | null | undefined) =>
  CROSS_WORDS.where(kind, p.sheet, cell?.address, p.file, p.how === "name-only");

/** The table the targets are compared with: the 申报表, else the 监控表. */
function reference(p: Partners): { kind: Kind; partner: AnyPartner; indicators: PlannedIndicator[] } | null {
  if (p.declaration) return { kind: "declaration", partner: p.declaration, indicators: p.declaration.table.indicators };
  if (p.monitoring) return { kind: "monitoring", partner: p.monitoring, indicators: p.monitoring.table.indicators };
  return null;
}

const keyed = (list: PlannedIndicator[]) => {
  const out = new Map<string, PlannedIndicator>();
  for (const i of list) {
    const k = indicatorKey(i.name);
    if (k && !out.has(k)) out.set(k, i);
  }
  return out;
};

const selfKeys = (e: Evaluation) => new Set(e.indicators.map((i) => indicatorKey(i.indicator.name)).filter((k) => k));

/** Amounts in 万元, as the 申报表 and 监控表 are read. */
const inWan = (e: Evaluation, v: number) => (e.table.funds?.unit === "元" ? v / 10000 : v);

/** The 自评表 row near which a missing indicator belongs: the last one of its 二级 (or 一级) group, else the header. */
function placeFor(e: Evaluation, planned: PlannedIndicator): CellRef {
  const rows = e.indicators.map((i) => i.indicator);
  const same = (a: string, b: string) => !!a && indicatorKey(a) === indicatorKey(b);
  const group = rows.filter((i) => same(i.level2, planned.level2));
  const level1 = rows.filter((i) => same(i.level1, planned.level1));
  return (group.at(-1) ?? level1.at(-1))?.nameCell ?? e.table.indicatorHeader;
}

const fullyMet = (i: IndicatorEvaluation) => i.weight !== null && i.weight > 0 && i.accepted !== null && i.accepted >= i.weight - 0.005;

export const CROSS_RULES = [
  defineRule({
    id: "cross.missing",
    family: "cross",
    severity: "warning",
    fixable: false,
    check: onPartners((e, p) => {
      const text = RULE_TEXT["cross.missing"];
      const have = selfKeys(e);
      if (have.size === 0) return [];
      const decl = p.declaration ? keyed(p.declaration.table.indicators) : new Map<string, PlannedIndicator>();
      const mon = p.monitoring ? keyed(p.monitoring.table.indicators) : new Map<string, PlannedIndicator>();
      const keys = [...new Set([...decl.keys(), ...mon.keys()])];
      if (keys.length === 0) return [];
      if (keys.every((k) => !have.has(k))) {
        const ref = reference(p)!;
        return [
          issue(e.table.indicatorHeader, text.none(ref.indicators.length, where(ref.kind, ref.partner, ref.partner.table.indicatorHeader))),
        ];
      }
      return keys
        .filter((k) => !have.has(k))
        .map((k) => {
          const d = decl.get(k);
          const m = mon.get(k);
          const places = [
            ...(d && p.declaration ? [where("declaration", p.declaration, d.nameCell)] : []),
            ...(m && p.monitoring ? [where("monitoring", p.monitoring, m.nameCell)] : []),
          ];
          const planned = (d ?? m)!;
          return issue(
            placeFor(e, planned),
            text.message(planned.name, planned.level2, targetWords(planned.targetText, planned.target), CROSS_WORDS.both(places)),
          );
        });
    }),
  }),
  defineRule({
    id: "cross.target",
    family: "cross",
    severity: "warning",
    fixable: false,
    needs: ["target"],
    check: onPartners((e, p) => {
      const ref = reference(p);
      if (!ref) return [];
      const planned = keyed(ref.indicators);
      const out: Issue[] = [];
      for (const i of e.indicators) {
        const d = planned.get(indicatorKey(i.indicator.name));
        if (!d || unreadable(i.indicator.target) || unreadable(d.target)) continue;
        if (sameTarget(i.target, targetValue(d.targetText, d.target)) !== false) continue;
        const declared = targetWords(d.targetText, d.target);
        out.push(
          issue(
            i.indicator.target ?? i.indicator.nameCell,
            RULE_TEXT["cross.target"].message(
              nameOf(i),
              targetWords(i.indicator.targetText, i.indicator.target),
              declared,
              where(ref.kind, ref.partner, d.target ?? d.nameCell),
              ref.kind === "declaration" ? "申报" : "监控表",
            ),
          ),
        );
      }
      return out;
    }),
  }),
  defineRule({
    id: "cross.undeclared",
    family: "cross",
    severity: "warning",
    fixable: false,
    check: onPartners((e, p) => {
      const ref = reference(p);
      if (!ref) return [];
      const planned = keyed(ref.indicators);
      if (planned.size === 0) return [];
      const have = selfKeys(e);
      // None of them match: cross.missing says so once.
      if ([...planned.keys()].every((k) => !have.has(k))) return [];
      return e.indicators
        .filter((i) => indicatorKey(i.indicator.name) && !planned.has(indicatorKey(i.indicator.name)))
        .map((i) =>
          issue(
            i.indicator.nameCell,
            RULE_TEXT["cross.undeclared"].message(nameOf(i), where(ref.kind, ref.partner, ref.partner.table.indicatorHeader)),
          ),
        );
    }),
  }),
  defineRule({
    id: "cross.budget",
    family: "cross",
    severity: "warning",
    fixable: false,
    check: onPartners((e, p) => {
      const own = fundAmount(e.table, "budgetInitial");
      if (own.unknown || own.value === null) return [];
      const declared = p.declaration?.table.funds.find((f) => f.part === "total")?.amount;
      const monitored = p.monitoring?.table.funds.find((f) => f.part === "total")?.budget;
      const [kind, partner, figure] =
        declared && declared.value !== null && p.declaration
          ? (["declaration", p.declaration, declared] as const)
          : monitored && monitored.value !== null && p.monitoring
            ? (["monitoring", p.monitoring, monitored] as const)
            : [null, null, null];
      if (!kind || figure.value === null) return [];
      const written = inWan(e, own.value);
      if (Math.abs(written - figure.value) <= 0.005 + 1e-9) return [];
      return [
        issue(
          own.cell,
          RULE_TEXT["cross.budget"].message(written, figure.value, where(kind, partner, figure.cell), CROSS_WORDS.kind[kind]),
        ),
      ];
    }),
  }),
  defineRule({
    id: "cross.midyear",
    family: "cross",
    severity: "warning",
    fixable: false,
    check: onPartners((e, p) => {
      const m = p.monitoring;
      if (!m) return [];
      const text = RULE_TEXT["cross.midyear"];
      const out: Issue[] = [];
      const total = m.table.funds.find((f) => f.part === "total");
      const executed = fundAmount(e.table, "executed");
      if (total && !executed.unknown && executed.value !== null) {
        const own = inWan(e, executed.value);
        const midYear = total.midYear.value;
        const forecast = total.forecast.value;
        if (midYear !== null && own < midYear - 0.005)
          out.push(issue(executed.cell, text.belowMidYear(own, midYear, where("monitoring", m, total.midYear.cell))));
        else if (forecast !== null && forecast > 0 && own < 0.9 * forecast && !hasReason(e.table.funds?.reason))
          out.push(issue(executed.cell, text.belowForecast(own, forecast, where("monitoring", m, total.forecast.cell))));
      }
      const monitored = keyed(m.table.indicators);
      for (const i of e.indicators) {
        const mi = monitored.get(indicatorKey(i.indicator.name)) as (typeof m.table.indicators)[number] | undefined;
        if (mi?.likelihood !== "完全不可能" || !fullyMet(i) || hasReason(i.indicator.reason)) continue;
        out.push(
          issue(
            i.indicator.actual ?? i.indicator.nameCell,
            text.impossible(nameOf(i), actualDisplay(i.indicator), where("monitoring", m, mi.likelihoodCell ?? mi.nameCell)),
          ),
        );
      }
      return out;
    }),
  }),
  defineRule({
    id: "cross.unmatched",
    family: "cross",
    severity: "info",
    fixable: false,
    check: (s, c) => {
      const list = c.partners?.unmatched ?? [];
      if (s.kind !== "project" || list.length === 0) return [];
      const text = RULE_TEXT["cross.unmatched"];
      const year = s.evaluation.table.year;
      const whys = [...new Set(list.map((u) => u.why))].map((w) =>
        w === "year" ? text.year(year) : w === "project" ? text.project : text.ambiguous,
      );
      const items = list.map((u) =>
        CROSS_WORDS.unmatchedItem(CROSS_WORDS.where(u.kind, u.sheet, undefined, u.file, false), u.projectName, u.year),
      );
      return [issue(s.evaluation.table.indicatorHeader, text.message(items, whys.join("；")))];
    },
  }),
];
