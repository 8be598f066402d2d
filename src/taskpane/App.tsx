// The pane a 填报人 sees: check, go to each problem, fix, fill the narrative cells, finalise. This component
// holds the pane's state and commands; what it shows is in components/, what it says in notices.ts and
// report.ts; all spreadsheet access goes through the HostPort (Excel or WPS); all words come from PANE.
// Every write is read back and reported as it landed.
import * as React from "react";
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { PANE } from "../messages";
import { isSelfEvaluation, type Finding } from "../workbook";
import { DraftPicker } from "./components/DraftPicker";
import { FindingsList } from "./components/FindingsList";
import { FixPreview } from "./components/FixPreview";
import { StatusBar, type Notice } from "./components/StatusBar";
import { Summary } from "./components/Summary";
import type { HostPort, HostSupport, SheetWrites, Snapshot, WriteReport } from "../hosts/port";
import { errorText, outcomeNotice, tableTitle, totalsMoved, writeItems } from "./notices";
import { makeReport } from "./report";
import { totalChanges, type Preview } from "./preview";
import {
  PROFILE_CHOICES,
  checkGrids,
  countWrites,
  draftChoices,
  fillWrites,
  finalizeWrites,
  fixAll,
  fixOne,
  type CheckedSheet,
  type DraftChoice,
  type ProfileChoice,
} from "./session";
import { usePaneStyles } from "./styles";
import { downloadFile } from "../report/save";

const PROFILE_KEY = "jx.profile";

/** A command from outside the pane (WPS's ribbon): n changes each time, so the same command can come again. */
export interface PaneCommand {
  name: "check" | "fill" | "finalize";
  n: number;
}

export function App({
  port,
  saveFile = downloadFile,
  outside = PANE.outsideExcel,
  command = null,
}: {
  port: HostPort | null;
  saveFile?: (name: string, blob: Blob) => void;
  /** What to say when the page is not inside a spreadsheet host. */
  outside?: string;
  command?: PaneCommand | null;
}) {
  const styles = usePaneStyles();
  const support = React.useMemo(() => port?.support() ?? null, [port]);
  if (!port || !support) {
    return (
      <main className={styles.root}>
        <h1 className={styles.title}>{PANE.title}</h1>
        <p id="status" data-state="outside" className={styles.status}>
          {outside}
        </p>
      </main>
    );
  }
  if (!support.ok) {
    return (
      <main className={styles.root}>
        <h1 className={styles.title}>{PANE.title}</h1>
        <p id="status" data-state="unsupported" role="alert" className={styles.status}>
          {support.message}
        </p>
      </main>
    );
  }
  return <Pane port={port} support={support} saveFile={saveFile} command={command} />;
}

function Pane({
  port,
  support,
  saveFile,
  command,
}: {
  port: HostPort;
  support: HostSupport;
  saveFile: (name: string, blob: Blob) => void;
  command: PaneCommand | null;
}) {
  const styles = usePaneStyles();
  const [profile, setProfile] = React.useState<ProfileChoice>(() => (port.loadSetting(PROFILE_KEY) as ProfileChoice | null) ?? "auto");
  const [scope, setScope] = React.useState<"active" | "all">("active");
  const [sheets, setSheets] = React.useState<CheckedSheet[] | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [choices, setChoices] = React.useState<DraftChoice[] | null>(null);
  // The last write's undo outlives the pane's page where the host keeps it (WPS may load the page again).
  const [snapshot, setSnapshotState] = React.useState<Snapshot | null>(() => port.undoStore?.load() ?? null);
  const setSnapshot = (next: Snapshot | null) => {
    setSnapshotState(next);
    port.undoStore?.save(next);
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (err) {
      setNotice({ intent: "error", text: errorText(err) });
    } finally {
      setBusy(false);
    }
  };

  /** Reads and checks the sheets again, closing any preview or draft panel. */
  const recheck = async (which: "active" | "all", chosen: ProfileChoice): Promise<CheckedSheet[]> => {
    setPreview(null);
    setChoices(null);
    const grids = which === "active" ? [await port.readActiveSheet()] : await port.readAllSheets();
    const checked = checkGrids(grids, chosen);
    setScope(which);
    setSheets(checked);
    return checked;
  };

  const check = (which: "active" | "all", chosen: ProfileChoice = profile, keepNotice = false) =>
    run(async () => {
      await recheck(which, chosen);
      if (!keepNotice) setNotice(null);
    });

  /** Writes, reads back, checks again, and says what landed — never more. */
  const write = (batch: SheetWrites[]) =>
    run(async () => {
      setPreview(null);
      setChoices(null);
      const before = sheets ?? [];
      let result: WriteReport;
      try {
        result = await port.write(batch);
      } catch (err) {
        // Nothing was written: the workbook may have changed, so the preview is not left standing.
        await recheck(scope, profile).catch(() => undefined);
        throw err;
      }
      setSnapshot(result.snapshot.cells.length > 0 ? result.snapshot : null);
      const after = await recheck(scope, profile);
      setNotice(outcomeNotice(result, (n) => PANE.written(n, port.support().undoGroups), totalsMoved(before, after)));
    });

  const undo = () =>
    run(async () => {
      if (!snapshot) return;
      const before = sheets ?? [];
      const result = await port.restore(snapshot);
      setSnapshot(null);
      const after = await recheck(scope, profile);
      setNotice(outcomeNotice(result, PANE.undone, totalsMoved(before, after)));
    });

  const changeProfile = (value: ProfileChoice) => {
    setProfile(value);
    void port.saveSetting(PROFILE_KEY, value);
    if (sheets) void check(scope, value, true);
  };

  const select = (sheet: CheckedSheet, f: Finding) => run(() => port.select(sheet.report.sheet, f.cell));

  const previewFixes = (batch: SheetWrites[], shown: CheckedSheet[]) =>
    setPreview({
      title: PANE.fixPreviewTitle,
      empty: PANE.fixPreviewEmpty,
      batch,
      items: writeItems(batch, shown, (_b, _cell, now, next) => PANE.oldToNew(now, next)),
      notes: totalChanges(shown, batch),
    });

  const previewFinalize = (checked: CheckedSheet[]) => {
    const { batch, errors, spills, formulas } = finalizeWrites(checked);
    setPreview({
      title: PANE.finalizeTitle,
      empty: PANE.finalizeEmpty,
      batch,
      items: writeItems(batch, checked, (b, cell, _now, next) => PANE.formulaToValue(formulas.get(`${b.sheet}!${cell}`) ?? "", next)),
      notes: [
        ...(countWrites(batch) > 0 ? [PANE.finalizeExplain] : []),
        ...(errors.length > 0 ? [PANE.finalizeErrors(errors)] : []),
        ...(spills.length > 0 ? [PANE.finalizeSpills(spills)] : []),
      ],
    });
  };

  const report = () =>
    run(async () => {
      const tables = checkGrids(await port.readAllSheets(), profile)
        .map((s) => s.report)
        .filter(isSelfEvaluation);
      setNotice(await makeReport(tables, port, support, saveFile));
    });

  /** A ribbon command, from WPS's ribbon or from the pane's own buttons: check the active sheet, then open what was asked for. */
  const runCommand = (name: PaneCommand["name"]) =>
    run(async () => {
      const checked = await recheck("active", profile);
      setNotice(null);
      if (name === "fill") setChoices(draftChoices(checked));
      if (name === "finalize") previewFinalize(checked);
    });

  const done = React.useRef(new Set<string>());
  React.useEffect(() => {
    if (!command || done.current.has(`${command.name}#${command.n}`)) return;
    done.current.add(`${command.name}#${command.n}`);
    void runCommand(command.name);
    // Runs once per command; the handlers read the state of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command]);

  return (
    <main className={styles.root}>
      <div className={styles.row}>
        <h1 className={styles.title}>{PANE.title}</h1>
        {port.closePane && (
          // WPS: while a docked pane is open the ribbon may take no clicks, so the pane closes itself.
          <Button appearance="subtle" size="small" title={PANE.closePaneHint} onClick={() => port.closePane!()}>
            {PANE.closePane}
          </Button>
        )}
      </div>
      <Field label={PANE.profileLabel}>
        <Select value={profile} onChange={(_, data) => changeProfile(data.value as ProfileChoice)}>
          {PROFILE_CHOICES.map((p) => (
            <option key={p.value} value={p.value}>
              {p.value === "auto" ? PANE.profileAuto : p.label}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => check("active")}>
          {PANE.checkActive}
        </Button>
        <Button disabled={busy} onClick={() => check("all")}>
          {PANE.checkAll}
        </Button>
        <Button disabled={busy} onClick={report}>
          {PANE.report}
        </Button>
        {busy && <Spinner size="tiny" label={PANE.checking} />}
      </div>
      <StatusBar
        busy={busy}
        ready={PANE.ready(support.hostName)}
        notice={notice}
        canUndo={snapshot !== null}
        onUndo={undo}
        onAction={(action) => void run(async () => setNotice(await action()))}
      />
      {support.note && (
        <p data-testid="host-note" className={styles.status}>
          {support.note}
        </p>
      )}
      {sheets ? (
        <div className={styles.row}>
          {sheets.some((s) => isSelfEvaluation(s.report)) && (
            <>
              <Button disabled={busy} onClick={() => previewFixes(fixAll(sheets), sheets)}>
                {PANE.fixAll}
              </Button>
              <Button disabled={busy} onClick={() => setChoices(draftChoices(sheets))}>
                {PANE.fill}
              </Button>
            </>
          )}
          <Button disabled={busy} onClick={() => previewFinalize(sheets)}>
            {PANE.finalize}
          </Button>
        </div>
      ) : (
        // Before a check, the ribbon's commands are here too: a pane whose host froze the ribbon still has them all.
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void runCommand("fill")}>
            {PANE.fill}
          </Button>
          <Button disabled={busy} onClick={() => void runCommand("finalize")}>
            {PANE.finalize}
          </Button>
        </div>
      )}
      {preview && <FixPreview preview={preview} busy={busy} onConfirm={() => write(preview.batch)} onCancel={() => setPreview(null)} />}
      {choices && (
        <DraftPicker
          choices={choices}
          setChoices={setChoices}
          busy={busy}
          onWrite={() => write(fillWrites(choices))}
          onCancel={() => setChoices(null)}
        />
      )}
      {sheets?.map((s) => (
        <section key={`${s.report.sheet}#${s.report.table ?? 0}`} className={styles.sheet} aria-label={tableTitle(s, sheets)}>
          <h2 className={styles.sheetName}>{tableTitle(s, sheets)}</h2>
          {s.report.kind === "declaration" || s.report.kind === "monitoring" ? (
            <Summary sheet={s} />
          ) : s.report.kind !== "unknown" ? (
            <>
              <Summary sheet={s} />
              <FindingsList sheet={s} busy={busy} onSelect={(f) => select(s, f)} onFix={(f) => previewFixes(fixOne(s, f), [s])} />
            </>
          ) : (
            <p className={styles.status}>{PANE.noTable(s.report.sheet)}</p>
          )}
        </section>
      ))}
    </main>
  );
}
