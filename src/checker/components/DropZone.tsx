// Where workbooks come in: dropped on the zone or chosen with the button (any number, any format selfeval reads).
import * as React from "react";
import { Button } from "@fluentui/react-components";
import { CHECKER } from "../../messages";
import { useCheckerStyles } from "../styles";

export function DropZone({ onFiles }: { onFiles: (files: FileList) => void }) {
  const styles = useCheckerStyles();
  const [dragging, setDragging] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <section
      className={`${styles.drop} ${dragging ? styles.dropActive : ""} ${styles.noPrint}`}
      aria-label={CHECKER.choose}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        onFiles(e.dataTransfer.files);
      }}
    >
      <div className={styles.row}>
        <span>{CHECKER.drop}</span>
        <Button appearance="primary" onClick={() => input.current?.click()}>
          {CHECKER.choose}
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="files"
        accept=".xlsx,.xlsm,.xls,.et,.ods,.xml,.htm,.html,.csv"
        onChange={(e) => {
          if (e.target.files) onFiles(e.target.files);
          e.target.value = "";
        }}
      />
      <p className={styles.muted}>{CHECKER.formats}</p>
    </section>
  );
}
