// One table's result: its kind, rate, total and grade, the count of findings, and the findings the filters keep.
import { Badge } from "@fluentui/react-components";
import { CHECKER, RULE_DOCS, SEVERITY_NAMES, fmt } from "../../messages";
import { LAYOUT_NAMES } from "../../workbook/layouts";
import type { ReviewRow } from "../../workbook";
import type { FileJson, FindingJson, TableJson } from "../../output/json";
import { counts, rateOf, shown, tableTitle } from "../batch";
import { useCheckerStyles } from "../styles";

export function TableResult({
  table: s,
  all,
  rank,
  severity,
  rule,
}: {
  table: TableJson;
  all: TableJson[];
  /** Its place in 复核优先, once the batch is reviewed. */
  rank?: ReviewRow;
  severity: string;
  rule: string;
}) {
  const styles = useCheckerStyles();
  const c = counts(s.findings);
  const list = shown(s.findings, severity, rule);
  const rate = rateOf(s);
  const layout = s.kind === "project" ? s.layout : undefined;
  const total = s.kind === "project" || s.kind === "department" ? s.total : undefined;
  const grade = s.kind === "project" || s.kind === "department" ? s.grade : undefined;
  if (s.kind === "declaration" || s.kind === "monitoring")
    return (
      <div className={styles.sheet} data-sheet={s.sheet} data-table={s.table ?? 1} data-kind={s.kind}>
        <h3 className={styles.sheetName}>{tableTitle(s, all)}</h3>
        <p className={styles.facts}>
          <span data-testid="kind">{CHECKER.kind[s.kind]}</span>
          <span>{CHECKER.planFacts(s.year, s.indicators)}</span>
        </p>
      </div>
    );
  return (
    <div className={styles.sheet} data-sheet={s.sheet} data-table={s.table ?? 1}>
      <h3 className={styles.sheetName}>{tableTitle(s, all)}</h3>
      <p className={styles.facts}>
        <span>
          {CHECKER.kind[s.kind]}
          {layout ? `（${LAYOUT_NAMES[layout] ?? layout}）` : ""}
        </span>
        {rate !== null && (
          <span>
            {CHECKER.rate} {fmt.rate(rate)}
          </span>
        )}
        <span data-testid="total">
          {CHECKER.total} {total?.score != null ? fmt.score(total.score) : "—"}
          {total?.printed != null && total.printed !== total.score ? CHECKER.printed(fmt.score(total.printed)) : ""}
          {total?.printedError ? CHECKER.printed(total.printedError) : ""}
        </span>
        <span data-testid="grade">
          {CHECKER.grade} {grade ?? "—"}
        </span>
        <span>
          {CHECKER.counts(c.error, c.warning, c.info)}
          {CHECKER.shownOf(list.length, s.findings.length)}
        </span>
      </p>
      <FindingList findings={list} />
      {rank && (
        <p className={styles.facts} data-testid="table-rank" data-sampled={rank.sampled ? "" : undefined}>
          {CHECKER.review.tableRank(rank.rank, rank.priority)}
          {rank.sampled && (
            <Badge appearance="filled" color="brand">
              {CHECKER.review.sampled}
            </Badge>
          )}
        </p>
      )}
      {(s.kind === "project" || s.kind === "department") && s.signals?.length ? (
        <div data-testid="signals">
          <span className={styles.ruleTitle}>{CHECKER.review.signals}</span>
          <ul className={styles.list}>
            {s.signals.map((x, i) => (
              <li key={`${x.id}-${i}`} className={styles.finding} data-signal={x.id} data-cell={x.cell}>
                <span className={styles.cell}>{x.cell}</span>
                <span className={styles.ruleTitle}>{RULE_DOCS[x.id]?.title ?? x.id}</span>
                <span>{x.reason}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Findings as the page lists them: the cell, the severity, the rule's title and the message (the CLI's words). */
export function FindingList({ findings }: { findings: FindingJson[] }) {
  const styles = useCheckerStyles();
  return (
    <ul className={styles.list}>
      {findings.map((f, i) => (
        <li key={`${f.rule}-${f.cell}-${i}`} className={styles.finding} data-rule={f.rule} data-cell={f.cell} data-severity={f.severity}>
          <span className={styles.cell}>{f.cell}</span>
          <span className={`${styles.severity} ${styles[f.severity]}`}>{SEVERITY_NAMES[f.severity]}</span>
          <span className={styles.ruleTitle}>{RULE_DOCS[f.rule]?.title ?? f.rule}</span>
          <span>{f.message}</span>
        </li>
      ))}
    </ul>
  );
}

/** A file's cross findings between files (selfeval check's 跨文件核对): its 自评表 against another file's 申报表 and 监控表. */
export function CrossResult({ cross, severity, rule }: { cross: FileJson; severity: string; rule: string }) {
  const styles = useCheckerStyles();
  return (
    <div className={styles.sheet} data-testid="cross-files">
      <h3 className={styles.sheetName}>{CHECKER.crossFiles}</h3>
      {cross.sheets.map((s) => (
        <div key={`${s.sheet}#${s.table ?? 0}`} data-sheet={s.sheet} data-table={s.table ?? 1} data-cross="">
          <p className={styles.facts}>{tableTitle(s, cross.sheets)}</p>
          <FindingList findings={shown(s.findings, severity, rule)} />
        </div>
      ))}
    </div>
  );
}
