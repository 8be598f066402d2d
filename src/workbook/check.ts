// One call from a sheet to everything a user sees: the table, its scores, findings and drafts.
import { PROFILES, gradeOf, type ProfileId } from "../scoring";
import { evaluateDepartment, looksLikeDepartment, recognizeDepartment, type DepartmentEvaluation } from "./department";
import { evaluate, readPrinted, type Evaluation } from "./evaluate";
import type { Grid } from "./grid";
import type { Layout, ProjectTable } from "./model";
import { departmentDrafts, draftNarratives, type Draft } from "./narrative";
import { collectLabels, recognize } from "./recognize";
import type { Finding } from "./finding";
import { runRules } from "./rules";

export interface CheckOptions {
  /** Overrides the profile the layout suggests (Guangzhou layout → guangzhou, …). */
  profile?: ProfileId;
  /** Skip narrative drafts when only the findings are wanted (selfeval check). */
  drafts?: boolean;
}

export interface SheetReport {
  sheet: string;
  kind: "project" | "department" | "unknown";
  layout?: Layout;
  profile?: ProfileId;
  projectName?: string;
  budget?: { budget: number | null; executed: number | null; rate: number | null; weight: number; score: number | null };
  total?: { score: number | null; printed: number | null };
  grade?: string | null;
  findings: Finding[];
  drafts: Draft[];
  /** The table and its evaluation, for shells that show or fix cells. */
  table?: ProjectTable;
  evaluation?: Evaluation;
  department?: DepartmentEvaluation;
}

export function checkSheet(grid: Grid, options: CheckOptions = {}): SheetReport {
  const labels = collectLabels(grid);
  if (looksLikeDepartment(labels)) {
    const dept = recognizeDepartment(grid, labels);
    if (dept) {
      const e = evaluateDepartment(dept);
      return {
        sheet: grid.name,
        kind: "department",
        projectName: dept.unitName,
        total: { score: e.total, printed: readPrinted(dept.total?.score ?? null)?.value ?? null },
        grade: gradeOf(e.total),
        findings: runRules({ kind: "department", evaluation: e }),
        drafts: options.drafts === false ? [] : departmentDrafts(e),
        department: e,
      };
    }
  }
  const table = recognize(grid, labels);
  if (table.kind !== "project") {
    return {
      sheet: grid.name,
      kind: "unknown",
      findings: runRules({ kind: "unknown" }),
      drafts: [],
    };
  }
  const profileId = options.profile ?? table.profile;
  const profile = PROFILES[profileId];
  const evaluation = evaluate(table, profile);
  const b = evaluation.budget;
  return {
    sheet: grid.name,
    kind: "project",
    layout: table.layout,
    profile: profileId,
    projectName: table.projectName,
    budget: b
      ? { budget: b.budget, executed: b.executed, rate: b.rate, weight: b.weight, score: b.score }
      : { budget: null, executed: null, rate: null, weight: profile.executionRateWeight, score: null },
    total: { score: evaluation.total, printed: evaluation.printedTotal?.value ?? null },
    grade: evaluation.total === null ? null : gradeOf(evaluation.total, profile),
    findings: runRules({ kind: "project", evaluation }),
    drafts: options.drafts === false ? [] : draftNarratives(evaluation),
    table,
    evaluation,
  };
}
