/** @jest-environment jsdom */
// One number everywhere: for random tables, the JX functions in a cell, the checker's computed score,
// the pane's summary, the CLI's text and JSON, and the report give the same figure at the same printed
// precision.
import fc from "fast-check";
import { render } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { budgetScoreFn, execRate, score, weightedScore } from "../../src/functions/functions";
import { fmt } from "../../src/messages";
import { toJson } from "../../src/output/json";
import { toText } from "../../src/output/text";
import { PROFILES, scoreIndicator } from "../../src/scoring";
import { Summary } from "../../src/taskpane/components/Summary";
import { buildReport, reportText, type CellValue } from "../../src/workbook";
import { checkOne, gridOf } from "../support/fixtures";
import { randomTable, sheetOf } from "../support/random-table";
import { mulberry32 as prng } from "../../src/workbook";

function ruleScore(target: CellValue, actual: CellValue, format: string | undefined, weight: number): number | null {
  const a = format?.includes("%") && typeof actual === "number" ? `${Math.round(actual * 10000) / 100}%` : actual;
  const r = scoreIndicator(target, a, weight, PROFILES.central);
  return r.ok ? r.score : null;
}

test("JX functions, checker, pane, CLI and report agree on every figure of random tables", () => {
  let compared = 0;
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.constantFrom("blank", "rule"), (seed, scores) => {
      const table = randomTable(prng(seed), ruleScore, { scores: scores as "blank" | "rule", name: "随机项目" });
      const grid = gridOf(sheetOf("自评表", [table]));
      const report = checkOne(grid);
      const e = report.evaluation!;
      const value = (a1: string) => grid.value(Number(/\d+/.exec(a1)![0]) - 1, a1.charCodeAt(0) - 65);

      // Cell by cell, as Excel hands the cells to the functions (0.97 formatted as 97% arrives as 0.97).
      const execCell = value(table.rateCell.replace("H", "F"));
      const budgetCell = value(table.rateCell.replace("H", "E"));
      expect(execRate(execCell, budgetCell)).toBeCloseTo(report.budget!.rate!, 12);
      expect(budgetScoreFn(execCell, budgetCell)).toBe(report.budget!.score);
      table.indicators.forEach((ind, k) => {
        const r = e.indicators[k].result;
        if (!r?.ok) return;
        expect(score(value(ind.target), value(ind.actual), value(ind.weight))).toBe(r.score);
        compared++;
      });
      if (e.indicators.every((i) => i.result?.ok) && scores === "blank") {
        const col = (f: "target" | "actual" | "weight") => table.indicators.map((ind) => [value(ind[f])]);
        const total =
          Math.round((budgetScoreFn(execCell, budgetCell) + weightedScore(col("weight"), col("target"), col("actual"))) * 100) / 100;
        expect(total).toBe(report.total!.score);
      }

      // The same total, printed the same way, on every surface.
      if (report.total?.score === null || report.total?.score === undefined) return;
      const shown = fmt.score(report.total.score);
      const json = toJson([{ file: "随机.xlsx", sheets: [report] }]) as { files: Array<{ sheets: Array<{ total: { score: number } }> }> };
      expect(json.files[0].sheets[0].total.score).toBe(report.total.score);
      expect(toText([{ file: "随机.xlsx", sheets: [report] }]).join("\n")).toContain(`总分 ${shown}（`);
      expect(reportText(buildReport([report]))).toContain(`自评得分 ${shown} 分`);
      const pane = render(
        <FluentProvider theme={webLightTheme}>
          <Summary sheet={{ grid, report }} />
        </FluentProvider>,
      );
      expect(pane.getByTestId("total").textContent!.startsWith(shown)).toBe(true);
      pane.unmount();
    }),
    { numRuns: 40, seed: 7 },
  );
  expect(compared).toBeGreaterThan(100);
});
