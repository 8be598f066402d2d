// The rules that fired across the batch, most frequent first, with how many files each touched.
import { CHECKER, RULE_DOCS, SEVERITY_NAMES } from "../../messages";
import type { RuleCount } from "../batch";
import { useCheckerStyles } from "../styles";

export function RuleCounts({ byRule }: { byRule: RuleCount[] }) {
  const styles = useCheckerStyles();
  return (
    <section aria-label={CHECKER.byRule}>
      <h2 className={styles.sheetName}>{CHECKER.byRule}</h2>
      {byRule.length === 0 ? (
        <p className={styles.muted}>{CHECKER.noFindingsInBatch}</p>
      ) : (
        <table className={styles.table} data-testid="by-rule">
          <thead>
            <tr>
              {CHECKER.byRuleColumns.map((c) => (
                <th key={c}>{c}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {byRule.map((r) => (
              <tr key={r.rule} className={styles.rowLine} data-rule={r.rule}>
                <td>
                  <code>{r.rule}</code>
                </td>
                <td>{RULE_DOCS[r.rule]?.title ?? ""}</td>
                <td>{SEVERITY_NAMES[r.severity]}</td>
                <td>{r.count}</td>
                <td>{r.files}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
