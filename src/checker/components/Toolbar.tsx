// The batch's actions and filters: 汇总.xlsx (once every file is checked), print, and which findings to show in what order.
import { Button, Field, Select } from "@fluentui/react-components";
import { CHECKER, RULE_DOCS, SEVERITY_NAMES } from "../../messages";
import { SEVERITIES, type RuleCount } from "../batch";
import { useCheckerStyles } from "../styles";

export interface Filters {
  severity: string;
  rule: string;
  sort: string;
}

export function Toolbar({
  finished,
  byRule,
  filters,
  onFilters,
  onSummary,
}: {
  finished: boolean;
  byRule: RuleCount[];
  filters: Filters;
  onFilters: (change: Partial<Filters>) => void;
  onSummary: () => void;
}) {
  const styles = useCheckerStyles();
  return (
    <div className={`${styles.row} ${styles.noPrint}`}>
      <Button appearance="primary" disabled={!finished} title={finished ? undefined : CHECKER.summaryWaiting} onClick={onSummary}>
        {CHECKER.summary}
      </Button>
      <Button onClick={() => window.print()}>{CHECKER.print}</Button>
      <Field label={CHECKER.severity}>
        <Select value={filters.severity} onChange={(_, d) => onFilters({ severity: d.value })}>
          <option value="all">{CHECKER.severityAll}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {SEVERITY_NAMES[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={CHECKER.rule}>
        <Select value={filters.rule} onChange={(_, d) => onFilters({ rule: d.value })}>
          <option value="all">{CHECKER.ruleAll}</option>
          {byRule.map((r) => (
            <option key={r.rule} value={r.rule}>
              {RULE_DOCS[r.rule]?.title ?? r.rule}（{r.count}）
            </option>
          ))}
        </Select>
      </Field>
      <Field label={CHECKER.sort}>
        <Select value={filters.sort} onChange={(_, d) => onFilters({ sort: d.value })}>
          <option value="order">{CHECKER.sortOrder}</option>
          <option value="errors">{CHECKER.sortErrors}</option>
          <option value="name">{CHECKER.sortName}</option>
        </Select>
      </Field>
    </div>
  );
}
