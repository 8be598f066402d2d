// Golden fixtures per layout: the readable data in examples/data, and the exact model, findings and
// drafts it must produce. UPDATE_GOLDEN=1 rewrites them; review the diff before committing.
import fs from "fs";
import path from "path";
import { type CellRef, type SheetReport } from "../../src/workbook";
import { LAYOUT_EXAMPLES, gridOf, loadExample, checkOne } from "../support/fixtures";

const EXAMPLES = Object.values(LAYOUT_EXAMPLES);
const at = (ref: CellRef | null | undefined) => (ref ? ref.address : null);

/** What a reader needs to check the recogniser: every value with its address. */
function summary(r: SheetReport) {
  const t = r.model;
  if (!t || t.kind !== "project") return { sheet: r.sheet, kind: r.kind, findings: r.findings };
  return {
    sheet: r.sheet,
    kind: r.kind,
    layout: r.layout,
    profile: r.profile,
    projectName: r.projectName,
    model: {
      info: { department: t.department, implementer: t.implementer, year: t.year },
      funds: t.funds && {
        unit: t.funds.unit,
        budgetColumn: t.funds.budgetColumn,
        total: t.funds.total && {
          label: t.funds.total.label,
          budgetInitial: at(t.funds.total.budgetInitial),
          budget: at(t.funds.total.budget),
          executed: at(t.funds.total.executed),
        },
        parts: t.funds.parts.map((p) => p.label),
        weight: at(t.funds.weight),
        rate: at(t.funds.rate),
        score: at(t.funds.score),
        reason: at(t.funds.reason),
      },
      indicators: t.indicators.map((i) => ({
        level1: i.level1,
        level2: i.level2,
        name: i.name,
        target: [at(i.target), i.targetText],
        actual: [at(i.actual), i.actualText],
        weight: at(i.weight),
        score: at(i.score),
        reason: at(i.reason),
      })),
      goal: at(t.goal?.cell),
      completion: at(t.completion?.cell),
      problems: at(t.problems?.cell),
      improvements: at(t.improvements?.cell),
      conclusion: at(t.conclusion?.cell),
      total: t.total && { label: at(t.total.label), weight: at(t.total.weight), score: at(t.total.score) },
    },
    budget: r.budget,
    total: r.total,
    grade: r.grade,
    findings: r.findings,
    drafts: r.drafts,
  };
}

describe.each(EXAMPLES)("%s", (name) => {
  const data = loadExample(name);
  const actual = data.sheets.map((s) => summary(checkOne(gridOf(s))));
  const file = path.resolve(__dirname, "../golden/workbook", name.replace(/\.js$/, ".json"));
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, JSON.stringify(actual, null, 2) + "\n");

  test("matches its golden file", () => {
    expect(actual).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
  });
});

test("seed 003: budget.rate at its rate cell and no other error", () => {
  const r = checkOne(gridOf(loadExample("guangzhou-panyu-2021.js").sheets[0]));
  expect(r.findings.filter((f) => f.severity === "error")).toEqual([expect.objectContaining({ rule: "budget.rate", cell: "G8" })]);
  expect(r.budget?.rate).toBeCloseTo(130.44 / 130.76, 12);
  expect(r.total?.score).toBe(99.98);
  expect(r.grade).toBe("优");
});
