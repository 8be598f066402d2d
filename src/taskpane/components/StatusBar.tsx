// What the pane says about itself: where it runs, the last command's outcome (each cell that did not
// land, with why), and undo of the last write.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PANE } from "../../messages";
import { usePaneStyles } from "../styles";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** One line per cell that did not land, per 总分 that moved. */
  details?: string[];
  /** A way on the person can take from here (open the report page in the browser), and what it then says. */
  action?: { label: string; run: () => Promise<Notice> };
}

export function StatusBar({
  busy,
  ready,
  notice,
  canUndo,
  onUndo,
  onAction,
}: {
  busy: boolean;
  ready: string;
  notice: Notice | null;
  canUndo: boolean;
  onUndo: () => void;
  onAction: (run: () => Promise<Notice>) => void;
}) {
  const styles = usePaneStyles();
  return (
    <>
      <p id="status" data-state="ready" className={styles.status}>
        {ready}
      </p>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" || notice.intent === "warning" ? "alert" : "status"}>
          <MessageBarBody>
            {notice.text}
            {notice.details && notice.details.length > 0 && (
              <ul className={styles.details} data-testid="notice-details">
                {notice.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
            {notice.action && (
              <div>
                <Button disabled={busy} onClick={() => onAction(notice.action!.run)}>
                  {notice.action.label}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {canUndo && (
        <div>
          <Button disabled={busy} onClick={onUndo}>
            {PANE.undo}
          </Button>
        </div>
      )}
    </>
  );
}
