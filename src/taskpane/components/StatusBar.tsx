// What the pane says about itself: its state line, the last command's outcome, and undo where Excel has none.
import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { PANE } from "../../messages";
import { usePaneStyles } from "../styles";

export interface Notice {
  intent: "success" | "error" | "info";
  text: string;
}

export function StatusBar({
  busy,
  notice,
  canUndo,
  onUndo,
}: {
  busy: boolean;
  notice: Notice | null;
  canUndo: boolean;
  onUndo: () => void;
}) {
  const styles = usePaneStyles();
  return (
    <>
      <p id="status" data-state="ready" className={styles.status}>
        {PANE.functionsReady}
      </p>
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
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
