// The pane a 填报人 sees: check, go to each problem, fix, fill the narrative cells, finalise. This component holds
// the pane's state and commands; what it shows is in components/; all Excel access goes through the
// HostPort (Excel or WPS); all words come from PANE. Every write is read back and reported as it landed.
import * as React from "react";
import { Button, Field, Select, Spinner } from "@fluentui/react-components";
import { PANE, fmt } from "../messages";
import { buildReport, reportFileName, type Finding } from "../workbook";
import { DraftPicker } from "./components/DraftPicker";
import { FindingsList } from "./components/FindingsList";
import { FixPreview } from "./components/FixPreview";
import { StatusBar, type Notice } from "./components/StatusBar";
import { Summary } from "./components/Summary";
import { PortError, type HostPort, type HostSupport, type SheetWrites, type Snapshot, type WriteReport } from "../hosts/port";
import { totalChanges, type Preview } from "./preview";
import {
  PROFILE_CHOICES,
  cellValue,
  checkGrids,
  countWrites,
  draftChoices,
  fillWrites,
  finalizeWrites,
  fixAll,
  fixOne,
  showValue,
  type CheckedSheet,
  type DraftChoice,
  type ProfileChoice,
} from "./session";
import { usePaneStyles } from "./styles";
import { downloadFile } from "../report/save";

const PROFILE_KEY = "jx.profile";

/** The sheet's name, and which of its tables when it holds several. */
function tableTitle(s: CheckedSheet, all: CheckedSheet[]): string {
  const several = all.filter((x) => x.report.sheet === s.report.sheet && x.report.kind !== "unknown").length > 1;
  return several ? PANE.tableTitle(s.report.sheet, s.report.table ?? 1, s.report.projectName ?? "") : s.report.sheet;
}

function errorText(err: unknown): string {
  return err instanceof PortError ? err.message : PANE.unexpected(err instanceof Error ? err.message : String(err));
}

/** A blob's bytes, by FileReader (older embedded Chromium, as in WPS, has no Blob.arrayBuffer). */
function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Each cell of a batch, old → new, as the preview lists it. */
function writeItems(
  batch: SheetWrites[],
  sheets: CheckedSheet[],
  text: (b: SheetWrites, cell: string, now: string, next: string) => string,
) {
  const bySheet = new Map(sheets.map((s) => [s.report.sheet, s]));
  return batch.flatMap((b) =>
    b.writes.map((w) => {
      const prefix = batch.length > 1 ? `${b.sheet}!` : "";
      const sheet = bySheet.get(b.sheet);
      const now = sheet ? showValue(cellValue(sheet.grid, w.cell)) : "";
      const next = w.formula ? PANE.formulaResult(w.formula, showValue(w.value)) : showValue(w.value);
      return { key: `${b.sheet}!${w.cell}`, cell: `${prefix}${w.cell}`, text: text(b, w.cell, now, next) };
    }),
  );
}

/** What a write or undo did, for the notice: how many landed, and each cell that did not, with why. */
function outcomeNotice(report: WriteReport, done: (n: number) => string, extra: string[] = []): Notice {
  const failed = report.outcomes.filter((o) => !o.landed);
  const landed = report.outcomes.length - failed.length;
  const details = [...failed.map((o) => PANE.outcome(`${o.sheet}!${o.cell}`, o.why ?? "")), ...extra];
  if (failed.length === 0) return { intent: "success", text: done(landed), details };
  return {
    intent: landed === 0 ? "error" : "warning",
    text: `${landed > 0 ? done(landed) : ""}${PANE.notWritten(failed.length, report.outcomes.length)}`,
    details,
  };
}

/** Each table whose printed 总分 differs after a command, in words. */
function totalsMoved(before: CheckedSheet[], after: CheckedSheet[]): string[] {
  return after.flatMap((s) => {
    const old = before.find((b) => b.report.sheet === s.report.sheet && b.report.table === s.report.table);
    const [a, b] = [old?.report.total?.printed, s.report.total?.printed];
    if (a === undefined || b === undefined || a === null || b === null || Math.abs(a - b) < 0.005) return [];
    return [PANE.totalNow(tableTitle(s, after), fmt.score(a), fmt.score(b))];
  });
}

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
      setNotice(outcomeNotice(result, (n) => PANE.written(n, support.undoGroups), totalsMoved(before, after)));
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
    const { batch, errors, formulas } = finalizeWrites(checked);
    setPreview({
      title: PANE.finalizeTitle,
      empty: PANE.finalizeEmpty,
      batch,
      items: writeItems(batch, checked, (b, cell, _now, next) => PANE.formulaToValue(formulas.get(`${b.sheet}!${cell}`) ?? "", next)),
      notes: [...(countWrites(batch) > 0 ? [PANE.finalizeExplain] : []), ...(errors.length > 0 ? [PANE.finalizeErrors(errors)] : [])],
    });
  };

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
      const name = reportFileName(outline);
      if (!support.downloads) {
        // Excel for Mac: its web view drops downloads, so the report page opens in the system browser.
        // The link's compressor loads only here, so the pane itself stays small.
        const { reportPageUrl } = await import(/* webpackChunkName: "report-link" */ "../report/link");
        const opened = port.openInBrowser?.(reportPageUrl(outline, window.location.href)) ?? false;
        setNotice(opened ? { intent: "success", text: PANE.reportInBrowser(name) } : { intent: "error", text: PANE.reportNoDownload });
        return;
      }
      // The Word writer loads only when asked for, so the pane itself stays small.
      const { reportBlob } = await import(/* webpackChunkName: "report" */ "../output/docx");
      const blob = await reportBlob(outline);
      // WPS: saved beside the workbook and read back; where that cannot be done, a download as elsewhere.
      let fallback: string | null = null;
      if (port.saveFile) {
        try {
          const path = await port.saveFile(name, await bytesOf(blob));
          if (path) {
            setNotice({ intent: "success", text: PANE.reportSaved(path) });
            return;
          }
        } catch (err) {
          fallback = errorText(err);
        }
      }
      try {
        saveFile(name, blob);
      } catch {
        setNotice({ intent: "error", text: PANE.reportNoDownload });
        return;
      }
      setNotice({ intent: fallback ? "warning" : "success", text: PANE.reportDone(name), ...(fallback ? { details: [fallback] } : {}) });
    });

  // A command from WPS's ribbon: check the active sheet, then open what was asked for.
  const done = React.useRef(new Set<string>());
  React.useEffect(() => {
    if (!command || done.current.has(`${command.name}#${command.n}`)) return;
    done.current.add(`${command.name}#${command.n}`);
    void run(async () => {
      const checked = await recheck("active", profile);
      setNotice(null);
      if (command.name === "fill") setChoices(draftChoices(checked));
      if (command.name === "finalize") previewFinalize(checked);
    });
    // Runs once per command; the handlers read the state of this render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [command]);

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
      <StatusBar busy={busy} ready={PANE.ready(support.hostName)} notice={notice} canUndo={snapshot !== null} onUndo={undo} />
      {support.note && (
        <p data-testid="host-note" className={styles.status}>
          {support.note}
        </p>
      )}
      {sheets && (
        <div className={styles.row}>
          {sheets.some((s) => s.report.kind !== "unknown") && (
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
