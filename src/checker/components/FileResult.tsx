// One file's result; re-rendered only when its own result (or a filter) changes, so a long batch stays quick.
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { CHECKER } from "../../messages";
import { isSelfEvaluation, type Entry } from "../batch";
import { useCheckerStyles } from "../styles";
import { CrossResult, TableResult } from "./TableResult";
import type { FileJson } from "../../output/json";
import type { BatchReview } from "../../workbook";

export type DownloadKind = "fill" | "fix" | "report";

export const FileResult = React.memo(function FileResult({
  entry,
  cross,
  review,
  severity,
  rule,
  onDownload,
}: {
  entry: Entry;
  /** This file's cross findings with the other files of the batch, once the batch is finished. */
  cross?: FileJson;
  /** Its tables' places in 复核优先 (and whether each is in the review sample). */
  review?: BatchReview["rows"];
  severity: string;
  rule: string;
  onDownload: (id: number, kind: DownloadKind) => void;
}) {
  const styles = useCheckerStyles();
  const r = entry.result;
  const recognised = (r?.sheets ?? []).filter((s) => s.kind !== "unknown");
  return (
    <section className={styles.file} aria-label={entry.name} data-file={entry.name} id={`file-${entry.id}`}>
      <h2 className={styles.fileName}>{entry.name}</h2>
      {!r && <p className={styles.muted}>{CHECKER.checking}</p>}
      {r?.error && (
        <p role="alert" data-testid="file-error">
          {r.error}
        </p>
      )}
      {r?.unreadableSheets?.map((u) => (
        <p key={u.sheet} role="alert">
          {u.error}
        </p>
      ))}
      {r && !r.error && recognised.length === 0 && <p className={styles.muted}>{CHECKER.noTable}</p>}
      {recognised.map((s) => (
        <TableResult
          key={`${s.sheet}#${s.table ?? 0}`}
          table={s}
          rank={review?.find((x) => x.sheet === s.sheet && (x.table ?? 1) === (s.table ?? 1))}
          all={r!.sheets}
          severity={severity}
          rule={rule}
        />
      ))}
      {cross && <CrossResult cross={cross} severity={severity} rule={rule} />}
      {r && !r.error && recognised.some(isSelfEvaluation) && (
        <div className={`${styles.row} ${styles.noPrint}`}>
          <Button size="small" onClick={() => onDownload(entry.id, "fill")}>
            {CHECKER.fill}
          </Button>
          <Button size="small" onClick={() => onDownload(entry.id, "fix")}>
            {CHECKER.fillFix}
          </Button>
          <Button size="small" onClick={() => onDownload(entry.id, "report")}>
            {CHECKER.report}
          </Button>
        </div>
      )}
    </section>
  );
});
