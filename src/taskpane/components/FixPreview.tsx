// The values a fix will write, cell by cell (old → new), to confirm before anything reaches the workbook.
import { Button } from "@fluentui/react-components";
import { PANE } from "../../messages";
import type { SheetWrites } from "../excel/port";
import { cellValue, countWrites, showValue, type CheckedSheet } from "../session";
import { usePaneStyles } from "../styles";

export interface Preview {
  batch: SheetWrites[];
  sheets: CheckedSheet[];
}

export function FixPreview({
  preview,
  onConfirm,
  onCancel,
  busy,
}: {
  preview: Preview;
  onConfirm: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const styles = usePaneStyles();
  const bySheet = new Map(preview.sheets.map((s) => [s.report.sheet, s]));
  const count = countWrites(preview.batch);
  return (
    <section className={styles.preview} aria-label={PANE.fixPreviewTitle}>
      <strong>{PANE.fixPreviewTitle}</strong>
      {count === 0 ? (
        <p className={styles.status}>{PANE.fixPreviewEmpty}</p>
      ) : (
        <ul className={styles.list}>
          {preview.batch.flatMap((b) =>
            b.writes.map((w) => (
              <li key={`${b.sheet}!${w.cell}`} className={styles.previewItem} data-testid="preview-item">
                <span className={styles.cell}>
                  {preview.batch.length > 1 ? `${b.sheet}!` : ""}
                  {w.cell}
                </span>
                {PANE.oldToNew(showValue(cellValue(bySheet.get(b.sheet)!.grid, w.cell)), showValue(w.value))}
              </li>
            )),
          )}
        </ul>
      )}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || count === 0} onClick={onConfirm}>
          {PANE.confirmWrite}
        </Button>
        <Button onClick={onCancel}>{PANE.cancel}</Button>
      </div>
    </section>
  );
}
