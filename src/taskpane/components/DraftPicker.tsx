// The narrative drafts: each editable, ticked where its cell is empty; only ticked ones are written.
import { Button, Checkbox, Field, Textarea } from "@fluentui/react-components";
import { PANE } from "../../messages";
import type { DraftChoice } from "../session";
import { usePaneStyles } from "../styles";

export function DraftPicker({
  choices,
  setChoices,
  onWrite,
  onCancel,
  busy,
}: {
  choices: DraftChoice[];
  setChoices: (c: DraftChoice[]) => void;
  onWrite: () => void;
  onCancel: () => void;
  busy: boolean;
}) {
  const styles = usePaneStyles();
  const update = (key: string, change: Partial<DraftChoice>) => setChoices(choices.map((c) => (c.key === key ? { ...c, ...change } : c)));
  const selected = choices.filter((c) => c.checked && c.text.trim()).length;
  return (
    <section className={styles.preview} aria-label={PANE.fillTitle}>
      <strong>{PANE.fillTitle}</strong>
      {choices.length === 0 && <p className={styles.status}>{PANE.fillEmpty}</p>}
      {choices.map((c) => (
        <div key={c.key} data-testid="draft">
          <Checkbox
            checked={c.checked}
            onChange={(_, data) => update(c.key, { checked: !!data.checked })}
            label={PANE.draftField(
              c.draft.label,
              c.draft.cell,
              choices.some((x) => x.sheet.report.sheet !== c.sheet.report.sheet) ? c.sheet.report.sheet : null,
            )}
          />
          {c.draft.existing !== null && (
            <p className={styles.existing}>
              {PANE.fillHasText}
              {c.draft.existing.length > 60 ? `${c.draft.existing.slice(0, 60)}…` : c.draft.existing}
            </p>
          )}
          <Field label={null}>
            <Textarea
              value={c.text}
              resize="vertical"
              onChange={(_, data) => update(c.key, { text: data.value })}
              aria-label={PANE.draftLabel(`${c.draft.label}（${c.draft.cell}）`)}
            />
          </Field>
        </div>
      ))}
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy || selected === 0} onClick={onWrite}>
          {PANE.fillWrite(selected)}
        </Button>
        <Button onClick={onCancel}>{PANE.cancel}</Button>
      </div>
    </section>
  );
}
