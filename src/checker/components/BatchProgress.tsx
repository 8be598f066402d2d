// How far the batch is: "n of m checked" with a bar while files are checked, then what was found. The count
// follows every result as it comes back (`arrived`); the list below follows in paced steps (`done`, shown).
import { ProgressBar } from "@fluentui/react-components";
import { CHECKER } from "../../messages";
import { useCheckerStyles } from "../styles";
import { useArrivalCount, type ArrivalCount } from "../throttle";

export function BatchProgress({
  done: shown,
  arrived,
  total,
  tables,
  unreadable,
}: {
  /** Files whose results the list shows. */
  done: number;
  /** Files whose results have come back. */
  arrived: ArrivalCount;
  total: number;
  tables: number;
  unreadable: number;
}) {
  const styles = useCheckerStyles();
  const back = useArrivalCount(arrived);
  // Finished once the list shows every result; until then, the count as the results come back.
  const finished = total > 0 && shown === total;
  const done = finished ? total : Math.min(total - 1, Math.max(shown, back));
  return (
    <section className={styles.header} aria-label={CHECKER.progress(done, total)}>
      <p id="progress" role="status" data-done={done} data-total={total}>
        {finished ? CHECKER.finished(total, tables, unreadable) : CHECKER.progress(done, total)}
      </p>
      {!finished && <ProgressBar value={done / total} className={styles.noPrint} bar={{ className: styles.progressBar }} />}
    </section>
  );
}
