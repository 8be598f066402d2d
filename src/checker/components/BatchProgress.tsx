// How far the batch is: "n of m checked" with a bar while files are checked, then what was found.
import { ProgressBar } from "@fluentui/react-components";
import { CHECKER } from "../../messages";
import { useCheckerStyles } from "../styles";

export function BatchProgress({ done, total, tables, unreadable }: { done: number; total: number; tables: number; unreadable: number }) {
  const styles = useCheckerStyles();
  const finished = total > 0 && done === total;
  return (
    <section className={styles.header} aria-label={CHECKER.progress(done, total)}>
      <p id="progress" role="status" data-done={done} data-total={total}>
        {finished ? CHECKER.finished(total, tables, unreadable) : CHECKER.progress(done, total)}
      </p>
      {!finished && <ProgressBar value={done / total} className={styles.noPrint} />}
    </section>
  );
}
