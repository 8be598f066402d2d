// The web checker: drop or choose workbooks, see each file's tables and findings as `selfeval check`
// reports them, the mistakes that recur across the batch, and download 汇总.xlsx, filled workbooks and
// reports — all made in this browser. The page holds the state; the worker does the work (client.ts).
import * as React from "react";
import { Badge, Button, Field, MessageBar, MessageBarBody, ProgressBar, Select, makeStyles, tokens } from "@fluentui/react-components";
import { CHECKER, LAYOUT_NAMES, RULE_DOCS, SEVERITY_NAMES, fmt } from "../messages";
import { downloadFile } from "../report/save";
import { startWorker, type CheckerClient } from "./client";
import type { CheckedFile, CheckedTable, FromWorker } from "./protocol";

type Severity = "error" | "warning" | "info";
type Finding = CheckedTable["findings"][number];

interface Entry {
  id: number;
  name: string;
  result?: CheckedFile;
}

interface Notice {
  intent: "success" | "error" | "info";
  text: string;
}

const SEVERITIES: Severity[] = ["error", "warning", "info"];
const BADGE: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

const useStyles = makeStyles({
  root: { maxWidth: "1100px", margin: "0 auto", padding: "16px 20px 48px", display: "flex", flexDirection: "column", gap: "16px" },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
  privacy: { margin: 0, fontSize: tokens.fontSizeBase300 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "24px",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "8px",
    textAlign: "center",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase300,
    "& th, & td": { textAlign: "left", padding: "4px 8px" },
  },
  rowLine: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  file: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    paddingTop: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    breakInside: "avoid-page",
  },
  fileName: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  sheet: { display: "flex", flexDirection: "column", gap: "6px", paddingLeft: "8px" },
  sheetName: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "flex", flexWrap: "wrap", gap: "4px 16px", margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  finding: { display: "flex", gap: "8px", alignItems: "baseline", breakInside: "avoid" },
  cell: { fontFamily: "Consolas, 'Courier New', monospace", minWidth: "3.5em", fontWeight: tokens.fontWeightSemibold },
  ruleTitle: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  noPrint: { "@media print": { display: "none" } },
});

/** The findings a filter keeps, in the order shown. */
function shown(findings: Finding[], severity: string, rule: string): Finding[] {
  return findings.filter((f) => (severity === "all" || f.severity === severity) && (rule === "all" || f.rule === rule));
}

function counts(findings: Finding[]): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

/** How often each rule fired in the batch's tables, and in how many files: what reviewers look for (as in 汇总.xlsx). */
function ruleCounts(entries: Entry[]): Array<{ rule: string; severity: Severity; count: number; files: number }> {
  const by = new Map<string, { rule: string; severity: Severity; count: number; files: Set<number> }>();
  for (const e of entries)
    for (const s of (e.result?.sheets ?? []).filter((x) => x.kind !== "unknown"))
      for (const f of s.findings) {
        const r = by.get(f.rule) ?? { rule: f.rule, severity: f.severity, count: 0, files: new Set<number>() };
        r.count++;
        r.files.add(e.id);
        by.set(f.rule, r);
      }
  return [...by.values()]
    .map((r) => ({ rule: r.rule, severity: r.severity, count: r.count, files: r.files.size }))
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule));
}

function tableTitle(s: CheckedTable, all: CheckedTable[]): string {
  const several = all.filter((x) => x.sheet === s.sheet && x.kind !== "unknown").length > 1;
  return `${s.sheet}${several ? ` · 第 ${s.table ?? 1} 张` : ""}${s.projectName || s.unitName ? `：${s.projectName || s.unitName}` : ""}`;
}

declare global {
  interface Window {
    /** The batch's results as `selfeval check --json` gives them, for people who script the page. */
    __jxChecker?: { results: Array<CheckedFile | null>; done: number; total: number };
  }
}

export function App() {
  const styles = useStyles();
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [dragging, setDragging] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [severity, setSeverity] = React.useState("all");
  const [rule, setRule] = React.useState("all");
  const [sort, setSort] = React.useState("order");
  const client = React.useRef<Promise<CheckerClient> | null>(null);
  const nextId = React.useRef(1);
  const input = React.useRef<HTMLInputElement>(null);

  // Results arriving within one frame are shown together: one render per frame, however fast they come.
  const arrived = React.useRef(new Map<number, CheckedFile>());
  const frame = React.useRef(0);
  const flush = React.useCallback(() => {
    frame.current = 0;
    const batch = arrived.current;
    arrived.current = new Map();
    setEntries((list) => list.map((e) => (batch.has(e.id) ? { ...e, result: batch.get(e.id) } : e)));
  }, []);

  const listen = React.useCallback(
    (m: FromWorker) => {
      if (m.type === "checked") {
        arrived.current.set(m.id, m.result);
        frame.current ||= requestAnimationFrame(flush);
      } else if (m.type === "download") {
        downloadFile(m.name, new Blob([m.bytes], { type: m.mime }));
        setNotice({ intent: "success", text: CHECKER.downloaded(m.name, m.note) });
      } else if (m.type === "failed") setNotice({ intent: "error", text: m.message });
    },
    [flush],
  );

  const worker = () =>
    (client.current ??= startWorker(listen, (detail) => setNotice({ intent: "error", text: CHECKER.workerFailed(detail) })).catch((err) => {
      client.current = null;
      setNotice({ intent: "error", text: CHECKER.workerFailed(err instanceof Error ? err.message : String(err)) });
      throw err;
    }));

  const add = async (list: FileList | File[]) => {
    const files = Array.from(list);
    if (files.length === 0) return;
    const added = files.map((f) => ({ id: nextId.current++, name: f.name, file: f }));
    setEntries((old) => [...old, ...added.map(({ id, name }) => ({ id, name }))]);
    setNotice(null);
    const w = await worker();
    for (const a of added) {
      const bytes = await a.file.arrayBuffer();
      w.send({ type: "check", id: a.id, name: a.name, bytes }, [bytes]);
    }
  };

  // The engine (3–4 MB with its WebAssembly) starts while the person is still choosing files.
  React.useEffect(() => {
    const t = setTimeout(() => void worker().catch(() => undefined), 0);
    return () => clearTimeout(t);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, on opening the page
  }, []);

  const done = entries.filter((e) => e.result).length;
  const finished = entries.length > 0 && done === entries.length;
  React.useEffect(() => {
    window.__jxChecker = { results: entries.map((e) => e.result ?? null), done, total: entries.length };
  }, [entries, done]);

  const byRule = React.useMemo(() => ruleCounts(entries), [entries]);
  const ordered = React.useMemo(() => {
    const list = [...entries];
    if (sort === "name") list.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    if (sort === "errors") {
      const errors = (e: Entry) =>
        (e.result?.sheets ?? []).reduce((n, s) => n + counts(s.findings).error, 0) + (e.result?.error ? 1000 : 0);
      list.sort((a, b) => errors(b) - errors(a) || a.id - b.id);
    }
    return list;
  }, [entries, sort]);

  const download = React.useCallback(
    (id: number, kind: "fill" | "fix" | "report") =>
      void worker().then((w) => w.send(kind === "report" ? { type: "report", id } : { type: "fill", id, fix: kind === "fix" })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the worker is started once and kept in a ref
    [],
  );

  const tables = entries.flatMap((e) => e.result?.sheets ?? []).filter((s) => s.kind !== "unknown").length;
  const unreadable = entries.filter((e) => e.result?.error).length;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{CHECKER.title}</h1>
        <p className={styles.subtitle}>{CHECKER.subtitle}</p>
        <p className={styles.privacy} id="privacy">
          {CHECKER.privacy}
        </p>
      </header>

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
          void add(e.dataTransfer.files);
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
            if (e.target.files) void add(e.target.files);
            e.target.value = "";
          }}
        />
        <p className={styles.muted}>{CHECKER.formats}</p>
      </section>

      {entries.length > 0 && (
        <section className={styles.header} aria-label={CHECKER.progress(done, entries.length)}>
          <p id="progress" role="status" data-done={done} data-total={entries.length}>
            {finished ? CHECKER.finished(entries.length, tables, unreadable) : CHECKER.progress(done, entries.length)}
          </p>
          {!finished && <ProgressBar value={done / entries.length} className={styles.noPrint} />}
        </section>
      )}

      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} className={styles.noPrint}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {entries.length > 0 && (
        <div className={`${styles.row} ${styles.noPrint}`}>
          <Button
            appearance="primary"
            disabled={!finished}
            title={finished ? undefined : CHECKER.summaryWaiting}
            onClick={() => void worker().then((w) => w.summary())}
          >
            {CHECKER.summary}
          </Button>
          <Button onClick={() => window.print()}>{CHECKER.print}</Button>
          <Field label={CHECKER.severity}>
            <Select value={severity} onChange={(_, d) => setSeverity(d.value)}>
              <option value="all">{CHECKER.severityAll}</option>
              {SEVERITIES.map((s) => (
                <option key={s} value={s}>
                  {SEVERITY_NAMES[s]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={CHECKER.rule}>
            <Select value={rule} onChange={(_, d) => setRule(d.value)}>
              <option value="all">{CHECKER.ruleAll}</option>
              {byRule.map((r) => (
                <option key={r.rule} value={r.rule}>
                  {RULE_DOCS[r.rule]?.title ?? r.rule}（{r.count}）
                </option>
              ))}
            </Select>
          </Field>
          <Field label={CHECKER.sort}>
            <Select value={sort} onChange={(_, d) => setSort(d.value)}>
              <option value="order">{CHECKER.sortOrder}</option>
              <option value="errors">{CHECKER.sortErrors}</option>
              <option value="name">{CHECKER.sortName}</option>
            </Select>
          </Field>
        </div>
      )}

      {finished && (
        <section aria-label={CHECKER.byRule}>
          <h2 className={styles.sheetName}>{CHECKER.byRule}</h2>
          {byRule.length === 0 ? (
            <p className={styles.muted}>{CHECKER.noFindingsInBatch}</p>
          ) : (
            <table className={styles.table} data-testid="by-rule">
              <thead>
                <tr>
                  {CHECKER.byRuleColumns.map((c) => (
                    <th key={c}>{c}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {byRule.map((r) => (
                  <tr key={r.rule} className={styles.rowLine} data-rule={r.rule}>
                    <td>
                      <code>{r.rule}</code>
                    </td>
                    <td>{RULE_DOCS[r.rule]?.title ?? ""}</td>
                    <td>{SEVERITY_NAMES[r.severity]}</td>
                    <td>{r.count}</td>
                    <td>{r.files}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {ordered.map((e) => (
        <FileResult key={e.id} entry={e} severity={severity} rule={rule} onDownload={download} />
      ))}
    </main>
  );
}

/** One file's result; re-rendered only when its own result (or a filter) changes, so a long batch stays quick. */
const FileResult = React.memo(function FileResult({
  entry,
  severity,
  rule,
  onDownload,
}: {
  entry: Entry;
  severity: string;
  rule: string;
  onDownload: (id: number, kind: "fill" | "fix" | "report") => void;
}) {
  const styles = useStyles();
  const r = entry.result;
  const recognised = (r?.sheets ?? []).filter((s) => s.kind !== "unknown");
  return (
    <section className={styles.file} aria-label={entry.name} data-file={entry.name}>
      <h2 className={styles.fileName}>{entry.name}</h2>
      {!r && <p className={styles.muted}>{CHECKER.checking}</p>}
      {r?.error && (
        <p role="alert" data-testid="file-error">
          {r.error}
        </p>
      )}
      {r?.unreadableSheets?.map((u) => (
        <p key={u.sheet} role="alert">
          {u.error}
        </p>
      ))}
      {r && !r.error && recognised.length === 0 && <p className={styles.muted}>{CHECKER.noTable}</p>}
      {recognised.map((s) => (
        <TableResult key={`${s.sheet}#${s.table ?? 0}`} table={s} all={r!.sheets} severity={severity} rule={rule} />
      ))}
      {r && !r.error && recognised.length > 0 && (
        <div className={`${styles.row} ${styles.noPrint}`}>
          <Button size="small" onClick={() => onDownload(entry.id, "fill")}>
            {CHECKER.fill}
          </Button>
          <Button size="small" onClick={() => onDownload(entry.id, "fix")}>
            {CHECKER.fillFix}
          </Button>
          <Button size="small" onClick={() => onDownload(entry.id, "report")}>
            {CHECKER.report}
          </Button>
        </div>
      )}
    </section>
  );
});

function TableResult({ table: s, all, severity, rule }: { table: CheckedTable; all: CheckedTable[]; severity: string; rule: string }) {
  const styles = useStyles();
  const c = counts(s.findings);
  const list = shown(s.findings, severity, rule);
  const rate = s.budget?.rate ?? s.budget?.lines?.[0]?.rate ?? null;
  return (
    <div className={styles.sheet} data-sheet={s.sheet} data-table={s.table ?? 1}>
      <h3 className={styles.sheetName}>{tableTitle(s, all)}</h3>
      <p className={styles.facts}>
        <span>
          {CHECKER.kind[s.kind]}
          {s.layout ? `（${LAYOUT_NAMES[s.layout as keyof typeof LAYOUT_NAMES] ?? s.layout}）` : ""}
        </span>
        {rate !== null && (
          <span>
            {CHECKER.rate} {fmt.rate(rate)}
          </span>
        )}
        <span data-testid="total">
          {CHECKER.total} {s.total?.score != null ? fmt.score(s.total.score) : "—"}
          {s.total?.printed != null && s.total.printed !== s.total.score ? CHECKER.printed(fmt.score(s.total.printed)) : ""}
          {s.total?.printedError ? CHECKER.printed(s.total.printedError) : ""}
        </span>
        <span data-testid="grade">
          {CHECKER.grade} {s.grade ?? "—"}
        </span>
        <span>
          {CHECKER.counts(c.error, c.warning, c.info)}
          {CHECKER.shownOf(list.length, s.findings.length)}
        </span>
      </p>
      <ul className={styles.list}>
        {list.map((f, i) => (
          <li key={`${f.rule}-${f.cell}-${i}`} className={styles.finding} data-rule={f.rule} data-cell={f.cell} data-severity={f.severity}>
            <span className={styles.cell}>{f.cell}</span>
            <Badge appearance="tint" color={BADGE[f.severity]}>
              {SEVERITY_NAMES[f.severity]}
            </Badge>
            <span className={styles.ruleTitle}>{RULE_DOCS[f.rule]?.title ?? f.rule}</span>
            <span>{f.message}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
