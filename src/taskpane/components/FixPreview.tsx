// What a command will write, cell by cell, to confirm before anything reaches the workbook: old → new
// for fixes, formula → value for 定稿, and what the writes do to a table's 总分.
import { Button } from "@fluentui/react-components";
import { PANE } from "../../messages";
import { countWrites } from "../session";
import type { Preview } from "../preview";
import { usePaneStyles } from "../styles";

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
  const count = countWrites(preview.batch);
  return (
    <section className={styles.preview} aria-label={preview.title}>
      <strong>{preview.title}</strong>
      {count === 0 ? (
        <p className={styles.status}>{preview.empty}</p>
      ) : (
        <ul className={styles.list}>
          {preview.items.map((item) => (
            <li key={item.key} className={styles.previewItem} data-testid="preview-item">
              <span className={styles.cell}>{item.cell}</span>
              {item.text}
            </li>
          ))}
        </ul>
      )}
      {preview.notes.map((note) => (
        <p key={note} className={styles.note} data-testid="preview-note">
          {note}
        </p>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || count === 0} onClick={onConfirm}>
          {PANE.confirmWrite}
        </Button>
        <Button onClick={onCancel}>{PANE.cancel}</Button>
      </div>
    </section>
  );
}
