// One table's summary: kind, profile, execution rate, total and grade, and the count of findings; a 申报表
// or 监控表 only by its name (it is read, not checked).
import { Badge } from "@fluentui/react-components";
import { PANE, fmt } from "../../messages";
import { LAYOUT_NAMES } from "../../workbook/layouts";
import { PROFILES } from "../../scoring";
import type { CheckedSheet } from "../session";
import { SEVERITY_COLOR, usePaneStyles } from "../styles";

export function Summary({ sheet }: { sheet: CheckedSheet }) {
  const styles = usePaneStyles();
  const r = sheet.report;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  const plan = r.declaration ?? r.monitoring;
  if (plan)
    return (
      <>
        <dl className={styles.summary}>
          <dt>{PANE.summary.kind}</dt>
          <dd className={styles.dd} data-testid="kind">
            {PANE.planKind[plan.kind]}
          </dd>
        </dl>
        <p className={styles.status}>{PANE.planNote(plan.year, plan.indicators.length)}</p>
      </>
    );
  const dept = r.department;
  const kind = dept ? PANE.departmentKind : r.layout ? PANE.projectKind(LAYOUT_NAMES[r.layout]) : "";
  const profile = dept ? dept.profile.name : r.profile ? PROFILES[r.profile].name : "";
  const rate = dept ? (dept.lines.find((l) => l.line.kind === "total")?.rate ?? null) : (r.budget?.rate ?? null);
  return (
    <>
      <dl className={styles.summary}>
        <dt>{PANE.summary.kind}</dt>
        <dd className={styles.dd}>{kind}</dd>
        <dt>{PANE.summary.profile}</dt>
        <dd className={styles.dd}>{profile}</dd>
        {rate !== null && (
          <>
            <dt>{PANE.summary.rate}</dt>
            <dd className={styles.dd}>{fmt.rate(rate)}</dd>
          </>
        )}
        <dt>{PANE.summary.total}</dt>
        <dd className={styles.dd} data-testid="total">
          {r.total?.score === null || r.total?.score === undefined ? "—" : fmt.score(r.total.score)}
          {r.total?.printed !== null && r.total?.printed !== undefined && `（${PANE.summary.printed} ${fmt.score(r.total.printed)}）`}
          {r.total?.printedError && PANE.printedError(r.total.printedError)}
        </dd>
        <dt>{PANE.summary.grade}</dt>
        <dd className={styles.dd} data-testid="grade">
          {r.grade ?? "—"}
        </dd>
      </dl>
      <div className={styles.row} aria-label={PANE.counts}>
        {(["error", "warning", "info"] as const).map((s) => (
          <Badge key={s} appearance={counts[s] ? "filled" : "outline"} color={SEVERITY_COLOR[s]}>
            {PANE.severityGroup[s]} {counts[s]}
          </Badge>
        ))}
      </div>
    </>
  );
}
