// Indicator quality review (seeds 001 and 002): what reviewers criticise in how targets are set.
// Info and warning findings only; they never change a score.
import { RULE_TEXT } from "../../messages/rules";
import { targetDisplay, type IndicatorEvaluation } from "../evaluate";
import { normalizeLevel } from "../labels";
import { defineRule, issue, nameOf, onProject } from "./helpers";

const readable = (list: IndicatorEvaluation[]) => list.filter((i) => !i.unknown);

/** Names that ask for a number: rates (but not 效率; written without lookbehind, which WPS's older Chromium cannot parse), counts, amounts, satisfaction. */
const ASKS_FOR_NUMBER = /(?:^|[^效])率|数量|人数|人次|次数|个数|件数|场次|户数|天数|金额|成本|比例|覆盖面|满意度|时长|费用/;
/** Indicators any project could report: they say little about this project's own results. */
export const GENERIC =
  /资金到位率|交办任务完成率|费用支付合规率|支付合规|资金使用合规|预算执行率|资金拨付及时率|拨付及时|按时完成率|任务完成率|工作正常开展|正常开展|项目完成率|合规率|制度健全/;

/** A satisfaction target below this (in percent) promises little. */
const SATISFACTION_FLOOR = 80;

const weighted = (list: IndicatorEvaluation[]) => list.reduce((s, i) => s + (i.weight ?? 0), 0);

export const QUALITY_RULES = [
  defineRule({
    id: "quality.unquantified",
    family: "quality",
    severity: "warning",
    fixable: false,
    needs: ["target"],
    check: onProject((e) =>
      readable(e.indicators).flatMap((i) =>
        i.target.kind === "qualitative" && ASKS_FOR_NUMBER.test(i.indicator.name)
          ? [issue(i.indicator.target, RULE_TEXT["quality.unquantified"].message(nameOf(i), targetDisplay(i.indicator)))]
          : [],
      ),
    ),
  }),
  defineRule({
    id: "quality.generic",
    family: "quality",
    severity: "warning",
    fixable: false,
    needs: ["weight"],
    check: onProject((e) => {
      if (e.indicators.some((i) => i.unknown)) return [];
      const total = weighted(e.indicators);
      const list = e.indicators.filter((i) => GENERIC.test(i.indicator.name));
      const share = total > 0 ? weighted(list) / total : 0;
      if (share <= 0.5) return [];
      return [issue(list[0].indicator.nameCell, RULE_TEXT["quality.generic"].message(list.map(nameOf), share))];
    }),
  }),
  defineRule({
    id: "quality.no-satisfaction",
    family: "quality",
    severity: "warning",
    fixable: false,
    check: onProject((e) => {
      if (!e.profile.expectsSatisfaction || e.indicators.length === 0) return [];
      const has = e.indicators.some((i) =>
        /满意度/.test(normalizeLevel(i.indicator.level1) + normalizeLevel(i.indicator.level2) + i.indicator.name),
      );
      return has ? [] : [issue(e.table.indicatorHeader, RULE_TEXT["quality.no-satisfaction"].message(e.profile.name))];
    }),
  }),
  defineRule({
    id: "quality.no-benefit",
    family: "quality",
    severity: "warning",
    fixable: false,
    check: onProject((e) => {
      if (e.indicators.length === 0) return [];
      const has = e.indicators.some((i) => normalizeLevel(i.indicator.level1) === "效益指标");
      return has ? [] : [issue(e.table.indicatorHeader, RULE_TEXT["quality.no-benefit"].message)];
    }),
  }),
  defineRule({
    id: "quality.all-met",
    family: "quality",
    severity: "info",
    fixable: false,
    needs: ["target", "actual", "weight", "score"],
    /** Every indicator met exactly — never more, never less — with full marks. */
    check: onProject((e) => {
      const scored = e.indicators.filter((i) => i.result?.ok);
      if (scored.length < 3 || e.indicators.some((i) => i.unknown)) return [];
      const exact = scored.every((i) => {
        const r = i.result;
        if (!r || !r.ok || r.score !== i.weight) return false;
        return r.rule === "qualitative"
          ? r.grade === "achieved"
          : r.completion === null || Math.abs(r.completion - 1) < 1e-9 || r.rule === "reverse" || r.rule === "zero";
      });
      return exact ? [issue(e.table.indicatorHeader, RULE_TEXT["quality.all-met"].message(scored.length))] : [];
    }),
  }),
  defineRule({
    id: "quality.target-low",
    family: "quality",
    severity: "info",
    fixable: false,
    needs: ["target"],
    // An over-achieved target is indicator.over-achievement's to report (one fact, one finding); this
    // rule is for targets that are low on their face: "≥0", or a satisfaction target below 80 %.
    check: onProject((e) =>
      readable(e.indicators).flatMap((i) => {
        const t = i.target;
        if (t.kind !== "quantity" || (t.op !== ">=" && t.op !== ">") || (i.result?.ok && i.result.overAchieved)) return [];
        const name = `${i.indicator.level2}${i.indicator.name}`;
        if (t.op === ">=" && t.value === 0 && t.explicitOp)
          return [issue(i.indicator.target, RULE_TEXT["quality.target-low"].zero(nameOf(i), targetDisplay(i.indicator)))];
        if (/满意/.test(name) && t.unit === "%" && t.value < SATISFACTION_FLOOR) {
          return [
            issue(
              i.indicator.target,
              RULE_TEXT["quality.target-low"].satisfaction(nameOf(i), targetDisplay(i.indicator), SATISFACTION_FLOOR),
            ),
          ];
        }
        return [];
      }),
    ),
  }),
];
