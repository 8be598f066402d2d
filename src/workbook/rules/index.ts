// The rules: types (types.ts), what families build rules with (helpers.ts, fixes.ts), one file per
// family, the catalogue (registry.ts) and the runner (run.ts).
export * from "./registry";
export * from "./run";
export type {
  Audience,
  Column,
  Family,
  Finding,
  Fix,
  Issue,
  MatchHow,
  Partner,
  Partners,
  Rule,
  RuleContext,
  Unmatched,
  RuleId,
  Severity,
  Signal,
  SignalOther,
  SimilarText,
  ReviewContext,
  Subject,
} from "./types";
