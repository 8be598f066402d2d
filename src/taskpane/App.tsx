// The pane a 填报人 sees: check, go to each problem, fix, fill the narrative cells. All Excel access
// goes through the ExcelPort; all words come from PANE.
import * as React from "react";
import {
  Badge,
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { LAYOUT_NAMES, PANE, fmt } from "../messages";
import { PROFILES } from "../scoring";
import { buildReport, type Finding } from "../workbook";
import { PortError, type ExcelPort, type SheetWrites, type Snapshot } from "./excel/port";
import {
  PROFILE_CHOICES,
  cellValue,
  checkGrids,
  countWrites,
  draftChoices,
  fillWrites,
  fixAll,
  fixOne,
  groupFindings,
  showValue,
  type CheckedSheet,
  type DraftChoice,
  type ProfileChoice,
} from "./session";

const PROFILE_KEY = "jx.profile";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "12px",
    minWidth: "280px",
    maxWidth: "100%",
    boxSizing: "border-box",
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  status: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "center" },
  sheet: { display: "flex", flexDirection: "column", gap: "8px", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: "8px" },
  sheetName: { fontWeight: tokens.fontWeightSemibold, margin: 0, fontSize: tokens.fontSizeBase400 },
  summary: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: "8px",
    rowGap: "2px",
    margin: 0,
    fontSize: tokens.fontSizeBase300,
  },
  group: { margin: "4px 0 0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  section: { margin: "2px 0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "6px" },
  finding: {
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  findingText: {
    textAlign: "left",
    background: "none",
    border: "none",
    padding: 0,
    font: "inherit",
    color: "inherit",
    cursor: "pointer",
    lineHeight: "1.5",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  cell: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold, marginRight: "6px" },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  previewItem: { fontSize: tokens.fontSizeBase200, wordBreak: "break-all" },
  existing: { fontSize: tokens.fontSizeBase200, color: tokens.colorPaletteDarkOrangeForeground1, margin: 0 },
});

const SEVERITY_COLOR = { error: "danger", warning: "warning", info: "informative" } as const;

interface Notice {
  intent: "success" | "error" | "info";
  text: string;
}

interface Preview {
  batch: SheetWrites[];
  sheets: CheckedSheet[];
}

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

function errorText(err: unknown): string {
  return err instanceof PortError ? err.message : PANE.unexpected(err instanceof Error ? err.message : String(err));
}

function Summary({ sheet }: { sheet: CheckedSheet }) {
  const styles = useStyles();
  const r = sheet.report;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of r.findings) counts[f.severity]++;
  const dept = r.department;
  const kind = dept ? PANE.departmentKind : r.layout ? `项目支出绩效自评表（${LAYOUT_NAMES[r.layout]}）` : "";
  const profile = dept ? dept.profile.name : r.profile ? PROFILES[r.profile].name : "";
  const rate = dept ? (dept.lines.find((l) => l.line.kind === "total")?.rate ?? null) : (r.budget?.rate ?? null);
  return (
    <>
      <dl className={styles.summary}>
        <dt>{PANE.summary.kind}</dt>
        <dd style={{ margin: 0 }}>{kind}</dd>
        <dt>{PANE.summary.profile}</dt>
        <dd style={{ margin: 0 }}>{profile}</dd>
        {rate !== null && (
          <>
            <dt>{PANE.summary.rate}</dt>
            <dd style={{ margin: 0 }}>{fmt.rate(rate)}</dd>
          </>
        )}
        <dt>{PANE.summary.total}</dt>
        <dd style={{ margin: 0 }} data-testid="total">
          {r.total?.score === null || r.total?.score === undefined ? "—" : fmt.score(r.total.score)}
          {r.total?.printed !== null && r.total?.printed !== undefined && `（${PANE.summary.printed} ${fmt.score(r.total.printed)}）`}
        </dd>
        <dt>{PANE.summary.grade}</dt>
        <dd style={{ margin: 0 }} data-testid="grade">
          {r.grade ?? "—"}
        </dd>
      </dl>
      <div className={styles.row} aria-label="问题数量">
        {(["error", "warning", "info"] as const).map((s) => (
          <Badge key={s} appearance={counts[s] ? "filled" : "outline"} color={SEVERITY_COLOR[s]}>
            {PANE.severityGroup[s]} {counts[s]}
          </Badge>
        ))}
      </div>
    </>
  );
}

function Findings({
  sheet,
  onSelect,
  onFix,
  busy,
}: {
  sheet: CheckedSheet;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
  busy: boolean;
}) {
  const styles = useStyles();
  const groups = groupFindings(sheet.report.findings);
  if (groups.length === 0) return <p className={styles.status}>{PANE.noFindings}</p>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.severity} aria-label={PANE.severityGroup[g.severity]}>
          <h3 className={styles.group}>
            <Badge appearance="filled" color={SEVERITY_COLOR[g.severity as keyof typeof SEVERITY_COLOR]}>
              {PANE.severityGroup[g.severity]}
            </Badge>
          </h3>
          {g.sections.map((s) => (
            <div key={s.section}>
              <h4 className={styles.section}>{PANE.sections[s.section] ?? s.section}</h4>
              <ul className={styles.list}>
                {s.findings.map((f, i) => (
                  <li key={`${f.rule}-${f.cell}-${i}`} className={styles.finding} data-rule={f.rule}>
                    <button type="button" className={styles.findingText} onClick={() => onSelect(f)} title={PANE.goToCell(f.cell)}>
                      <span className={styles.cell}>{f.cell}</span>
                      {f.message}
                    </button>
                    {f.fix && (
                      <div>
                        <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
                          {PANE.fix}
                        </Button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function PreviewPanel({
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
  const styles = useStyles();
  const bySheet = new Map(preview.sheets.map((s) => [s.report.sheet, s]));
  return (
    <section className={styles.preview} aria-label={PANE.fixPreviewTitle}>
      <strong>{PANE.fixPreviewTitle}</strong>
      {countWrites(preview.batch) === 0 ? (
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
        <Button appearance="primary" disabled={busy || countWrites(preview.batch) === 0} onClick={onConfirm}>
          {PANE.confirmWrite}
        </Button>
        <Button onClick={onCancel}>{PANE.cancel}</Button>
      </div>
    </section>
  );
}

function FillPanel({
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
  const styles = useStyles();
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
            label={`${choices.some((x) => x.sheet !== c.sheet) ? `${c.sheet.report.sheet}!` : ""}${c.draft.cell}`}
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
              aria-label={`${c.draft.cell} 草稿`}
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

export function App({ port, saveFile = downloadFile }: { port: ExcelPort | null; saveFile?: (name: string, blob: Blob) => void }) {
  const styles = useStyles();
  const [profile, setProfile] = React.useState<ProfileChoice>(() => (port?.loadSetting(PROFILE_KEY) as ProfileChoice | null) ?? "auto");
  const [scope, setScope] = React.useState<"active" | "all">("active");
  const [sheets, setSheets] = React.useState<CheckedSheet[] | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [choices, setChoices] = React.useState<DraftChoice[] | null>(null);
  const [snapshot, setSnapshot] = React.useState<Snapshot | null>(null);

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
      <p id="status" data-state="ready" className={styles.status}>
        {PANE.functionsReady}
      </p>
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
      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {snapshot && (
        <div>
          <Button
            disabled={busy}
            onClick={() =>
              run(async () => {
                await port.restore(snapshot);
                setSnapshot(null);
                setNotice({ intent: "info", text: PANE.undone });
                await recheck(scope, profile);
              })
            }
          >
            {PANE.undo}
          </Button>
        </div>
      )}
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
      {preview && <PreviewPanel preview={preview} busy={busy} onConfirm={() => write(preview.batch)} onCancel={() => setPreview(null)} />}
      {choices && (
        <FillPanel
          choices={choices}
          setChoices={setChoices}
          busy={busy}
          onWrite={() => write(fillWrites(choices))}
          onCancel={() => setChoices(null)}
        />
      )}
      {sheets?.map((s) => (
        <section key={s.report.sheet} className={styles.sheet} aria-label={s.report.sheet}>
          <h2 className={styles.sheetName}>{s.report.sheet}</h2>
          {s.report.kind !== "unknown" ? (
            <>
              <Summary sheet={s} />
              <Findings
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
