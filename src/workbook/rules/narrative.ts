// Narrative rule: the text cells a 自评表 asks for are filled in.
import { FINDING_WORDS, RULE_TEXT } from "../../messages/rules";
import { isBlankRef } from "../evaluate";
import { defineRule, issue } from "./helpers";
import type { Issue } from "./types";

export const NARRATIVE_RULES = [
  defineRule({
    id: "narrative.missing",
    family: "narrative",
    severity: "warning",
    fixable: false,
    check: (s, { audience }) => {
      if (s.kind === "department") {
        const c = s.evaluation.table.conclusion;
        return c && isBlankRef(c)
          ? [issue(c, RULE_TEXT["narrative.missing"].message(FINDING_WORDS.departmentConclusionLabel, audience))]
          : [];
      }
      if (s.kind !== "project") return [];
      const t = s.evaluation.table;
      const out: Issue[] = [];
      for (const text of [t.goal, t.completion, t.problems, t.improvements, t.conclusion]) {
        if (text?.cell && isBlankRef(text.cell)) {
          out.push(issue(text.cell, RULE_TEXT["narrative.missing"].message(String(text.label.value ?? "").replace(/\s+/g, ""), audience)));
        }
      }
      return out;
    },
  }),
];
