// Layout rules: is this a 自评表 at all, and does it have the columns the arithmetic needs.
import { RULE_TEXT } from "../../messages/rules";
import { defineRule, issue } from "./helpers";

export const LAYOUT_RULES = [
  defineRule({
    id: "layout.not-recognized",
    family: "layout",
    severity: "info",
    fixable: false,
    check: (s) => (s.kind === "unknown" ? [issue("A1", RULE_TEXT["layout.not-recognized"].message)] : []),
  }),
  defineRule({
    id: "layout.missing-column",
    family: "layout",
    severity: "error",
    fixable: false,
    check: (s) => {
      if (s.kind === "department") {
        const t = s.evaluation.table;
        return t.missing.map((what) => issue(t.header, RULE_TEXT["layout.missing-column"].message(what)));
      }
      if (s.kind !== "project") return [];
      const t = s.evaluation.table;
      const out = [];
      if (!t.funds)
        out.push(issue(t.indicatorHeader, RULE_TEXT["layout.missing-column"].message(RULE_TEXT["layout.missing-column"].fundsSection)));
      else for (const what of t.funds.missing) out.push(issue(t.funds.header, RULE_TEXT["layout.missing-column"].message(what)));
      for (const what of t.indicatorMissing) out.push(issue(t.indicatorHeader, RULE_TEXT["layout.missing-column"].message(what)));
      return out;
    },
  }),
];
