// The web checker: drop or choose workbooks, see each file's tables and findings as `selfeval check`
// reports them, the mistakes that recur across the batch, and download 汇总.xlsx, filled workbooks and
// reports — all made in this browser. The page holds the state; the worker does the work (client.ts);
// what is shown is in components/.
import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { CHECKER } from "../messages";
import type { FileJson } from "../output/json";
import { downloadFile } from "../report/save";
import { counts, isSelfEvaluation, ruleCounts, type Entry } from "./batch";
import { crossFiles, startWorker, type CheckerClient } from "./client";
import { BatchProgress } from "./components/BatchProgress";
import { DropZone } from "./components/DropZone";
import { FileResult, type DownloadKind } from "./components/FileResult";
import { Overview } from "./components/Overview";
import { Review } from "./components/Review";
import { RuleCounts } from "./components/RuleCounts";
import { Toolbar, type Filters } from "./components/Toolbar";
import { overview } from "./overview";
import type { Batch, FromWorker, KeptReport, Sample } from "./protocol";
import type { BatchReview } from "../workbook";
import { ArrivalCount, Pacer, useThrottled } from "./throttle";
import { useCheckerStyles } from "./styles";

interface Notice {
  intent: "success" | "error" | "info";
  text: string;
}

/** At most every two seconds the overview's charts redraw while files are checked, and at most ~5 % of the page's time. */
const OVERVIEW_MS = 2000;
const OVERVIEW_SPARE = 19;
/** The list follows the results at most every 50 ms, and at most ~20 % of the page's time. */
const LIST_MS = 50;
const LIST_SPARE = 4;
/** `?overview=0` leaves the overview out (the benchmark measures a batch with and without it). */
const WITH_OVERVIEW = !/[?&]overview=0\b/.test(window.location.search);

declare global {
  interface Window {
    /** The batch's results as `selfeval check --json` gives them, for people who script the page. */
    __jxChecker?: {
      results: Array<FileJson | null>;
      done: number;
      total: number;
      /** `selfeval check --json`'s crossFiles, once the batch is finished and compared across its files. */
      crossFiles?: FileJson[];
    };
  }
}

export function App() {
  const styles = useCheckerStyles();
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [filters, setFilters] = React.useState<Filters>({ severity: "all", rule: "all", sort: "order" });
  const client = React.useRef<Promise<CheckerClient> | null>(null);
  /** The files as chosen (references, not their bytes), to read one again if its worker has to be replaced. */
  const chosen = React.useRef(new Map<number, File>());
  const nextId = React.useRef(1);

  // Results are shown in paced steps (throttle.ts): at 1,000 workbooks, a render of the list for every result
  // kept the page's thread busy and the checking waited for it. The batch's last result is shown at once.
  const arrived = React.useRef(new Map<number, FileJson>());
  const flush = React.useCallback(() => {
    const batch = arrived.current;
    arrived.current = new Map();
    // Rendered in slices that yield to the person's clicks and keys: a step of a few hundred new results takes
    // a few hundred milliseconds to build, and the page stays usable meanwhile.
    React.startTransition(() => setEntries((list) => list.map((e) => (batch.has(e.id) ? { ...e, result: batch.get(e.id) } : e))));
  }, []);
  const pacer = React.useRef<Pacer | null>(null);
  pacer.current ??= new Pacer(flush, LIST_SPARE, LIST_MS, true);
  React.useEffect(() => pacer.current!.committed(), [entries]);

  // The files sent to be checked and not back yet (their names are in `chosen`).
  const checking = React.useRef(new Set<number>());
  const [arrivals] = React.useState(() => new ArrivalCount());
  const arrive = React.useCallback(
    (id: number, result: FileJson) => {
      if (!checking.current.delete(id)) return;
      arrivals.add();
      arrived.current.set(id, result);
      if (checking.current.size === 0) pacer.current!.now();
      else pacer.current!.poke();
    },
    [arrivals],
  );

  const listen = React.useCallback(
    (m: FromWorker) => {
      if (m.type === "checked") arrive(m.id, m.result);
      else if (m.type === "download") {
        downloadFile(m.name, new Blob([m.bytes], { type: m.mime }));
        setNotice({ intent: "success", text: CHECKER.downloaded(m.name, m.note) });
      } else if (m.type === "failed") {
        setNotice({ intent: "error", text: m.message });
        // A file whose check failed outright is shown with the message, and the batch goes on to its end.
        if (m.id !== null && checking.current.has(m.id))
          arrive(m.id, { file: chosen.current.get(m.id)!.name, error: m.message, sheets: [] });
      }
    },
    [arrive],
  );

  const worker = () =>
    (client.current ??= startWorker(listen, (detail) => setNotice({ intent: "error", text: CHECKER.workerFailed(detail) }), {
      // A worker given up on (client.ts) checks its other files again: read again from what was chosen.
      reread: (id) => chosen.current.get(id)?.arrayBuffer() ?? Promise.resolve(null),
    }).catch((err) => {
      client.current = null;
      setNotice({ intent: "error", text: CHECKER.workerFailed(err instanceof Error ? err.message : String(err)) });
      throw err;
    }));

  const add = async (list: FileList | File[]) => {
    const files = Array.from(list);
    if (files.length === 0) return;
    const added = files.map((f) => ({ id: nextId.current++, name: f.name, file: f }));
    for (const a of added) {
      chosen.current.set(a.id, a.file);
      checking.current.add(a.id);
    }
    setEntries((old) => [...old, ...added.map(({ id, name }) => ({ id, name }))]);
    setNotice(null);
    let w: CheckerClient;
    try {
      w = await worker();
    } catch (err) {
      // No worker (its message is shown): each file says so, and the batch ends.
      const detail = CHECKER.workerFailed(err instanceof Error ? err.message : String(err));
      for (const a of added) arrive(a.id, { file: a.name, error: detail, sheets: [] });
      return;
    }
    for (const a of added) {
      let bytes: ArrayBuffer;
      try {
        bytes = await a.file.arrayBuffer();
      } catch (err) {
        // Moved, deleted or locked since it was chosen: said on the file (by the worker, which counts it in
        // 汇总.xlsx as the page shows it), and the others are checked.
        const error = CHECKER.notReadable(a.name, err instanceof Error ? err.message : String(err));
        w.send({ type: "unreadable", id: a.id, name: a.name, error });
        continue;
      }
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
  // The overview follows the results every two seconds or so, and is drawn with the list when the last file is in.
  const live = React.useMemo(() => (WITH_OVERVIEW ? overview(entries, CHECKER.kind) : null), [entries]);
  const numbers = useThrottled(live, finished ? 0 : OVERVIEW_MS, OVERVIEW_SPARE, JSON.stringify);

  // Once every file is checked (again when more are added): the cross-checks between the batch's files.
  const [cross, setCross] = React.useState<{ total: number; files: KeptReport[] } | null>(null);
  React.useEffect(() => {
    if (!finished) return;
    let live = true;
    void worker()
      .then(crossFiles)
      .then((files) => live && setCross({ total: entries.length, files }))
      // No worker: its message is already shown, and the list stays as it is.
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the worker is started once and kept in a ref
  }, [finished, entries.length]);
  const crossReady = finished && cross?.total === entries.length;
  const crossById = React.useMemo(() => new Map((cross?.files ?? []).map((f) => [f.id, f.json!])), [cross]);

  // Once compared across files (again when files are added or a sample is drawn): the batch ranked by its signals.
  const [sample, setSample] = React.useState<Sample | null>(null);
  const [review, setReview] = React.useState<BatchReview | null>(null);
  const batch = React.useCallback(
    async (w: CheckerClient): Promise<Batch> => ({
      reports: await w.ask({ type: "reports" }),
      crossFiles: cross?.files ?? [],
      ...(sample ? { sample } : {}),
    }),
    [cross, sample],
  );
  React.useEffect(() => {
    if (!crossReady) return;
    let live = true;
    void worker()
      .then(async (w) => w.review(await batch(w)))
      .then((r) => live && setReview(r))
      // The worker's failure is already shown (a "failed" message); the list stays as checked.
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the worker is started once and kept in a ref
  }, [crossReady, batch]);
  const rowsByFile = React.useMemo(() => {
    const by = new Map<string, BatchReview["rows"]>();
    for (const r of review?.rows ?? []) by.set(r.file, [...(by.get(r.file) ?? []), r]);
    return by;
  }, [review]);
  const fileIds = React.useMemo(() => new Map(entries.map((e) => [e.name, e.id])), [entries]);

  React.useEffect(() => {
    window.__jxChecker = {
      results: entries.map((e) => e.result ?? null),
      done,
      total: entries.length,
      ...(crossReady ? { crossFiles: cross!.files.map((f) => f.json!) } : {}),
    };
  }, [entries, done, crossReady, cross]);

  const byRule = React.useMemo(() => ruleCounts(entries), [entries]);

  const ordered = React.useMemo(() => {
    const list = [...entries];
    if (filters.sort === "name") list.sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
    if (filters.sort === "errors") {
      const errors = (e: Entry) =>
        (e.result?.sheets ?? []).reduce((n, s) => n + counts(s.findings).error, 0) + (e.result?.error ? 1000 : 0);
      list.sort((a, b) => errors(b) - errors(a) || a.id - b.id);
    }
    return list;
  }, [entries, filters.sort]);

  const download = React.useCallback(
    (id: number, kind: DownloadKind) =>
      void worker().then((w) => w.send(kind === "report" ? { type: "report", id } : { type: "fill", id, fix: kind === "fix" })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the worker is started once and kept in a ref
    [],
  );

  const tables = entries.flatMap((e) => e.result?.sheets ?? []).filter(isSelfEvaluation).length;
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

      <DropZone onFiles={(files) => void add(files)} />

      {entries.length > 0 && (
        <BatchProgress done={done} arrived={arrivals} total={entries.length} tables={tables} unreadable={unreadable} />
      )}

      {notice && (
        <MessageBar intent={notice.intent} role={notice.intent === "error" ? "alert" : "status"} className={styles.noPrint}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}

      {numbers && entries.length > 0 && <Overview numbers={numbers} />}

      {entries.length > 0 && (
        <Toolbar
          finished={crossReady && review !== null}
          byRule={byRule}
          filters={filters}
          onFilters={(change) => setFilters((f) => ({ ...f, ...change }))}
          onSummary={() => void worker().then(async (w) => w.summary(await batch(w)))}
        />
      )}

      {crossReady && review && <Review review={review} fileIds={fileIds} onSample={setSample} />}

      {finished && <RuleCounts byRule={byRule} />}

      {ordered.map((e) => (
        <FileResult
          key={e.id}
          entry={e}
          cross={crossById.get(e.id)}
          review={rowsByFile.get(e.name)}
          severity={filters.severity}
          rule={filters.rule}
          onDownload={download}
        />
      ))}
    </main>
  );
}
