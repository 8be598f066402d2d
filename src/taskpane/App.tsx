// The pane a 填报人 sees: check, go to each problem, fix, fill the narrative cells. This component holds
// the pane's state and commands; what it shows is in components/; all Excel access goes through the
// ExcelPort; all words come from PANE.
import * as React from "react";
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { PANE } from "../messages";
import { buildReport, type Finding } from "../workbook";
import { DraftPicker } from "./components/DraftPicker";
import { FindingsList } from "./components/FindingsList";
import { FixPreview, type Preview } from "./components/FixPreview";
import { StatusBar, type Notice } from "./components/StatusBar";
import { Summary } from "./components/Summary";
import { PortError, type ExcelPort, type SheetWrites, type Snapshot } from "./excel/port";
import {
  PROFILE_CHOICES,
  checkGrids,
  countWrites,
  draftChoices,
  fillWrites,
  fixAll,
  fixOne,
  type CheckedSheet,
  type DraftChoice,
  type ProfileChoice,
} from "./session";
import { usePaneStyles } from "./styles";

const PROFILE_KEY = "jx.profile";

/** Hands a generated file to the person: a download from our own origin (a blob: URL), nothing sent. */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The sheet's name, and which of its tables when it holds several. */
function tableTitle(s: CheckedSheet, all: CheckedSheet[]): string {
  const several = all.filter((x) => x.report.sheet === s.report.sheet && x.report.kind !== "unknown").length > 1;
  return several ? PANE.tableTitle(s.report.sheet, s.report.table ?? 1, s.report.projectName ?? "") : s.report.sheet;
}

function errorText(err: unknown): string {
  return err instanceof PortError ? err.message : PANE.unexpected(err instanceof Error ? err.message : String(err));
}

export function App({ port, saveFile = downloadFile }: { port: ExcelPort | null; saveFile?: (name: string, blob: Blob) => void }) {
  const styles = usePaneStyles();
  if (!port) {
    return (
      <main className={styles.root}>
        <h1 className={styles.title}>{PANE.title}</h1>
        <p id="status" data-state="outside" className={styles.status}>
          {PANE.outsideExcel}
        </p>
      </main>
    );
  }
  return <Pane port={port} saveFile={saveFile} />;
}

function Pane({ port, saveFile }: { port: ExcelPort; saveFile: (name: string, blob: Blob) => void }) {
  const styles = usePaneStyles();
  const [profile, setProfile] = React.useState<ProfileChoice>(() => (port.loadSetting(PROFILE_KEY) as ProfileChoice | null) ?? "auto");
  const [scope, setScope] = React.useState<"active" | "all">("active");
  const [sheets, setSheets] = React.useState<CheckedSheet[] | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [choices, setChoices] = React.useState<DraftChoice[] | null>(null);
  const [snapshot, setSnapshot] = React.useState<Snapshot | null>(null);

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
  const recheck = async (which: "active" | "all", chosen: ProfileChoice) => {
    const grids = which === "active" ? [await port.readActiveSheet()] : await port.readAllSheets();
    setScope(which);
    setSheets(checkGrids(grids, chosen));
    setPreview(null);
    setChoices(null);
  };

  const check = (which: "active" | "all", chosen: ProfileChoice = profile, keepNotice = false) =>
    run(async () => {
      await recheck(which, chosen);
      if (!keepNotice) setNotice(null);
    });

  const write = (batch: SheetWrites[]) =>
    run(async () => {
      const snap = await port.write(batch);
      setSnapshot(port.undoGroups() ? null : snap);
      setNotice({ intent: "success", text: PANE.written(countWrites(batch), port.undoGroups()) });
      await recheck(scope, profile);
    });

  const undo = () =>
    run(async () => {
      if (!snapshot) return;
      await port.restore(snapshot);
      setSnapshot(null);
      setNotice({ intent: "info", text: PANE.undone });
      await recheck(scope, profile);
    });

  const changeProfile = (value: ProfileChoice) => {
    setProfile(value);
    void port.saveSetting(PROFILE_KEY, value);
    if (sheets) void check(scope, value, true);
  };

  const select = (sheet: CheckedSheet, f: Finding) => run(() => port.select(sheet.report.sheet, f.cell));

  const report = () =>
    run(async () => {
      const tables = checkGrids(await port.readAllSheets(), profile)
        .map((s) => s.report)
        .filter((r) => r.kind !== "unknown");
      if (tables.length === 0) {
        setNotice({ intent: "error", text: PANE.reportNothing });
        return;
      }
      const outline = buildReport(tables);
      // The Word writer loads only when asked for, so the pane itself stays small.
      const { reportBlob } = await import(/* webpackChunkName: "report" */ "../report/docx");
      const name = `${outline.title.replace(/【[^】]*】/g, "")}.docx`;
      saveFile(name, await reportBlob(outline));
      setNotice({ intent: "success", text: PANE.reportDone(name) });
    });

  return (
    <main className={styles.root}>
      <h1 className={styles.title}>{PANE.title}</h1>
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
      <StatusBar busy={busy} notice={notice} canUndo={snapshot !== null} onUndo={undo} />
      {sheets && sheets.some((s) => s.report.kind !== "unknown") && (
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => setPreview({ batch: fixAll(sheets), sheets })}>
            {PANE.fixAll}
          </Button>
          <Button disabled={busy} onClick={() => setChoices(draftChoices(sheets))}>
            {PANE.fill}
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
          {s.report.kind !== "unknown" ? (
            <>
              <Summary sheet={s} />
              <FindingsList
                sheet={s}
                busy={busy}
                onSelect={(f) => select(s, f)}
                onFix={(f) => setPreview({ batch: fixOne(s, f), sheets: [s] })}
              />
            </>
          ) : (
            <p className={styles.status}>{PANE.noTable(s.report.sheet)}</p>
          )}
        </section>
      ))}
    </main>
  );
}
