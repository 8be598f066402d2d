// The batch at a glance, above the list (issue 21 §1): five charts drawn by Fluent UI's own charts
// (@fluentui/react-charts, loaded with the checker only), each with its numbers in a table beside it —
// readable, printed, and what a screen reader reads. The numbers come from ../overview.ts.
import * as React from "react";
import { DonutChart, GroupedVerticalBarChart, HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import { CHECKER, RULE_DOCS } from "../../messages";
import { share, type Overview as Numbers } from "../overview";
import { CHART_SIZE, useCheckerStyles } from "../styles";

/** Colour-blind-safe pairs on white (Okabe–Ito): printed vs recomputed, and one per 等级. */
const BLUE = "#0072B2";
const ORANGE = "#E69F00";
/** Horizontal bars named on the left (a rule's title, a kind of table), in the order given, with room for the names. */
const NAMED_BARS = {
  ...CHART_SIZE,
  hideLegend: true,
  margins: { left: 150, right: 24, top: 8, bottom: 32 },
  showYAxisLables: true,
  yAxisCategoryOrder: "data",
} as const;
const GRADE_COLORS = ["#009E73", "#56B4E9", "#E69F00", "#D55E00", "#999999"];

function Figure({
  id,
  title,
  head,
  rows,
  chart,
}: {
  id: string;
  title: string;
  head: string[];
  rows: Array<Array<string | number>>;
  /** The chart, drawn to the size of its box (CHART_SIZE). */
  chart: React.ReactNode;
}) {
  const styles = useCheckerStyles();
  return (
    <figure className={styles.figure} data-chart={id} aria-labelledby={`chart-${id}`}>
      <figcaption id={`chart-${id}`} className={styles.sheetName}>
        {title}
      </figcaption>
      <div className={styles.figureBody}>
        <div className={styles.chart}>{chart}</div>
        <table className={styles.numbers} data-testid={`numbers-${id}`}>
          <caption className={styles.visuallyHidden}>{title}</caption>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={String(r[0])}>
                {r.map((c, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {c}
                    </th>
                  ) : (
                    <td key={i}>{c}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

export const Overview = React.memo(function Overview({ numbers: o }: { numbers: Numbers }) {
  const styles = useCheckerStyles();
  const W = CHECKER.overview;
  const graded = o.grades.reduce((n, g) => n + g.count, 0);
  const rated = o.rates.reduce((n, r) => n + r.count, 0);
  const ruleName = (rule: string) => RULE_DOCS[rule]?.title ?? rule;
  return (
    <section aria-labelledby="overview" className={styles.overview} data-testid="overview" data-tables={o.tables}>
      <h2 id="overview" className={styles.sheetName}>
        {W.title(o.tables)}
      </h2>
      <div className={styles.figures}>
        <Figure
          id="scores"
          title={W.scores}
          head={W.scoresHead}
          rows={o.scores.map((s) => [s.label, s.printed, s.recomputed])}
          chart={
            <GroupedVerticalBarChart
              {...CHART_SIZE}
              xAxisCategoryOrder="data"
              hideTickOverlap={false}
              data={o.scores.map((s) => ({
                name: s.label,
                series: [
                  { key: "printed", data: s.printed, legend: W.printed, color: BLUE },
                  { key: "recomputed", data: s.recomputed, legend: W.recomputed, color: ORANGE },
                ],
              }))}
            />
          }
        />
        <Figure
          id="grades"
          title={W.grades}
          head={W.shareHead}
          rows={o.grades.map((g) => [g.label, g.count, share(g.count, graded)])}
          chart={
            <DonutChart
              {...CHART_SIZE}
              innerRadius={40}
              valueInsideDonut={o.tables}
              data={{
                chartData: o.grades
                  .map((g, i) => ({ legend: g.label, data: g.count, color: GRADE_COLORS[i % GRADE_COLORS.length] }))
                  .filter((g) => g.data > 0),
              }}
            />
          }
        />
        <Figure
          id="rates"
          title={W.rates}
          head={W.shareHead}
          rows={o.rates.map((r) => [r.label, r.count, share(r.count, rated)])}
          chart={
            <GroupedVerticalBarChart
              {...CHART_SIZE}
              hideLegend
              xAxisCategoryOrder="data"
              hideTickOverlap={false}
              data={o.rates.map((r) => ({ name: r.label, series: [{ key: "count", data: r.count, legend: W.count, color: BLUE }] }))}
            />
          }
        />
        <Figure
          id="kinds"
          title={W.kinds}
          head={W.countHead}
          rows={o.kinds.map((k) => [k.label, k.count])}
          chart={
            <HorizontalBarChartWithAxis
              {...NAMED_BARS}
              data={[...o.kinds].reverse().map((k) => ({ x: k.count, y: k.label, legend: k.label, color: BLUE }))}
            />
          }
        />
        <Figure
          id="rules"
          title={W.rules}
          head={W.rulesHead}
          rows={o.rules.map((r) => [ruleName(r.rule), r.count, r.files])}
          chart={
            o.rules.length === 0 ? (
              <p className={styles.muted}>{CHECKER.noFindingsInBatch}</p>
            ) : (
              <HorizontalBarChartWithAxis
                {...NAMED_BARS}
                data={[...o.rules].reverse().map((r) => ({ x: r.count, y: ruleName(r.rule), legend: r.rule, color: ORANGE }))}
              />
            )
          }
        />
      </div>
    </section>
  );
});
