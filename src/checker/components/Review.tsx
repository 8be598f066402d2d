// 复核优先 on the page (issue 21 §2–§3): the batch's 自评表 ranked by their signals, each entry saying why
// (one line a signal, naming the cells) and linking to its file's result, and 抽取复核样本: a share or a
// count and a seed (prefilled at random, always shown) that give the same sample as
// `selfeval check --sample … --seed …`, marked in the list and in each table's result.
import * as React from "react";
import { Badge, Button, Field, Input } from "@fluentui/react-components";
import { CHECKER, RULE_DOCS } from "../../messages";
import type { BatchReview } from "../../workbook";
import type { Sample } from "../protocol";
import { useCheckerStyles } from "../styles";

/** How many entries the list shows before 显示全部. */
const FIRST = 30;
const MAX_SEED = 4294967295;

/** The reviewer's sample as typed, read as `selfeval check --sample` reads it: "20%" or a count; null when not valid. */
export function readSample(text: string, seedText: string): Sample | null {
  const t = text.trim().replace(/％$/, "%");
  const seed = seedText.trim();
  if (!/^\d+$/.test(seed) || Number(seed) > MAX_SEED) return null;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(t);
  if (percent) {
    const share = Number(percent[1]) / 100;
    return share > 0 && share <= 1 ? { share, seed: Number(seed) } : null;
  }
  return /^\d+$/.test(t) && Number(t) > 0 ? { count: Number(t), seed: Number(seed) } : null;
}

export const randomSeed = () => crypto.getRandomValues(new Uint32Array(1))[0];

export function Review({
  review,
  fileIds,
  onSample,
}: {
  review: BatchReview;
  /** Each file's place on the page, for the link from an entry to its result. */
  fileIds: Map<string, number>;
  onSample: (sample: Sample | null) => void;
}) {
  const styles = useCheckerStyles();
  const W = CHECKER.review;
  const [size, setSize] = React.useState("20%");
  const [seed, setSeed] = React.useState(() => String(randomSeed()));
  const [all, setAll] = React.useState(false);
  const asked = readSample(size, seed);
  const rows = review.rows.filter((r) => r.priority > 0 || r.sampled);
  const shown = all ? rows : rows.slice(0, FIRST);
  return (
    <section aria-labelledby="review" className={styles.header} data-testid="review">
      <h2 id="review" className={styles.sheetName}>
        {W.title}
      </h2>
      <p className={styles.muted}>{W.intro}</p>
      <div className={`${styles.row} ${styles.noPrint}`}>
        <Field label={W.size} hint={W.sizeHint} validationState={asked ? "none" : "error"}>
          <Input value={size} onChange={(_, d) => setSize(d.value)} data-testid="sample-size" />
        </Field>
        <Field label={W.seed}>
          <Input value={seed} onChange={(_, d) => setSeed(d.value)} data-testid="sample-seed" />
        </Field>
        <Button appearance="primary" disabled={!asked} onClick={() => onSample(asked)}>
          {W.draw}
        </Button>
        {review.sample && <Button onClick={() => onSample(null)}>{W.clear}</Button>}
      </div>
      {review.sample && (
        <p role="status" data-testid="sample" data-seed={review.sample.seed} data-size={review.sample.size}>
          {W.drawn(review.sample.size, review.sample.population, review.sample.byPriority, review.sample.seed)}
        </p>
      )}
      {rows.length === 0 ? (
        <p className={styles.muted}>{W.none}</p>
      ) : (
        <ol className={styles.list} data-testid="ranked">
          {shown.map((r) => (
            <li
              key={`${r.order}`}
              className={styles.rankEntry}
              data-rank={r.rank}
              data-file={r.file}
              data-sheet={r.sheet}
              data-sampled={r.sampled ? "" : undefined}
            >
              <div className={styles.facts}>
                <strong>{W.rank(r.rank)}</strong>
                <a href={`#file-${fileIds.get(r.file) ?? ""}`}>{r.file}</a>
                <span>
                  {r.sheet}
                  {r.projectName ? `：${r.projectName}` : ""}
                </span>
                <span>{W.priority(r.priority)}</span>
                {r.sampled && (
                  <Badge appearance="filled" color="brand">
                    {W.sampled}
                  </Badge>
                )}
              </div>
              <ul className={styles.reasons}>
                {r.signals.map((s, i) => (
                  <li key={`${s.id}-${i}`} data-signal={s.id}>
                    <span className={styles.ruleTitle}>{RULE_DOCS[s.id]?.title ?? s.id}</span> {s.reason}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {rows.length > FIRST && !all && (
        <Button className={styles.noPrint} onClick={() => setAll(true)}>
          {W.showAll(rows.length)}
        </Button>
      )}
    </section>
  );
}
