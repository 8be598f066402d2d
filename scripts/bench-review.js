// Part of npm run bench: what the reviewer's view (issue 21: review signals, reviewBatch's ranking, narratives
// compared across the batch, the sample, the 统计 and 复核优先 sheets) adds to a batch of 1,000 workbooks
// (goal: ≤ 10 %). The batch is the central example with every figure varied, its own project name and its own
// narratives (one in twenty copies another project's with a word changed), so the similarity step has real work.
// End to end: `check --summary` against `check --summary --sample 20% --seed 1`, each in a fresh process (median
// of 5; 汇总.xlsx ranks the tables in both, the sample adds the draw); in one warm process: the review's own parts
// (per-table signals, reviewBatch, the two sheets) against checking the same files and writing 汇总.xlsx without them.
"use strict";

const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { prng } = require("./prng");

const root = path.resolve(__dirname, "..");
const COUNT = 1000;
const WORDS =
  "宣传培训服务设施建设维护管理监督检查评估改造提升保障救助医疗教育就业养老文化体育环境交通妇女儿童权益法律援助调解咨询活动社区乡镇覆盖".split(
    "",
  );

async function generate(dir) {
  const { writeWorkbook } = require("./make-examples");
  const base = require(path.join(root, "examples", "data", "central-weiquan-2022.js"));
  const random = prng(21);
  const text = (n) => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join("") + "。";
  const goals = [];
  for (let i = 0; i < COUNT; i++) {
    let goal = text(60 + Math.floor(random() * 80));
    if (i % 20 === 19) goal = goals[i - 7].slice(0, 30) + "改" + goals[i - 7].slice(31);
    goals.push(goal);
    const sheets = base.sheets.map((s, k) => {
      if (k > 0) return s;
      const cells = { ...s.cells, C3: `项目${i}`, B11: goal, F11: text(50 + Math.floor(random() * 60)) };
      for (const [a1, v] of Object.entries(cells)) {
        if (typeof v === "number" && v > 20 && v !== 100) cells[a1] = Math.round(v * (0.6 + random() * 0.5) * 100) / 100;
      }
      return { ...s, cells };
    });
    await writeWorkbook({ ...base, sheets }, path.join(dir, `wb-${String(i).padStart(4, "0")}.xlsx`));
  }
}

function list(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.startsWith("wb-"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** One run of the command in a fresh process: its time. */
async function runCommand(dir, mode) {
  const { main } = require(path.join(root, "build", "cli", "main.js"));
  const files = list(dir);
  const summary = path.join(dir, `汇总-${process.pid}.xlsx`);
  const args = ["check", "--summary", summary, ...(mode === "review" ? ["--sample", "20%", "--seed", "1"] : []), ...files];
  const start = process.hrtime.bigint();
  await main(args, { out: () => {}, err: () => {} });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.rmSync(summary, { force: true });
  process.stdout.write(JSON.stringify({ ms }));
}

/** The review's parts in one warm process, against checking the same files there. */
async function runParts(dir) {
  const { checkFile } = require(path.join(root, "build", "cli", "files.js"));
  const { slim } = require(path.join(root, "build", "usecases", "check.js"));
  const { reviewBatch, tableSignals, narrativeTexts } = require(path.join(root, "build", "workbook", "index.js"));
  const { statsRows, rankRows, summaryWorkbook } = require(path.join(root, "build", "output", "summary.js"));
  const files = list(dir);
  for (const f of files.slice(0, 100)) await checkFile(f);
  const t0 = process.hrtime.bigint();
  const full = [];
  for (const f of files) full.push(await checkFile(f));
  const t1 = process.hrtime.bigint();
  // The per-table part, done again on every 自评表: the signals and the narratives kept for the batch step.
  let tables = 0;
  for (const f of full)
    for (const s of f.sheets)
      if (s.model) {
        tables++;
        tableSignals(s);
        narrativeTexts(s.model);
      }
  const t2 = process.hrtime.bigint();
  const slimmed = full.map((f) => ({ ...f, sheets: f.sheets.map(slim) }));
  const t3 = process.hrtime.bigint();
  const review = reviewBatch(slimmed, { sample: { share: 0.2 }, seed: 1 });
  const t4 = process.hrtime.bigint();
  statsRows(review);
  rankRows(review);
  const t5 = process.hrtime.bigint();
  summaryWorkbook(slimmed);
  const t6 = process.hrtime.bigint();
  summaryWorkbook(slimmed, { review });
  const t7 = process.hrtime.bigint();
  const ms = (a, b) => Number(b - a) / 1e6;
  const similar = review.rows.filter((r) => r.signals.some((s) => s.id === "review.similar-narrative")).length;
  process.stdout.write(
    JSON.stringify({
      check: ms(t0, t1),
      summary: ms(t5, t6),
      reviewSummary: ms(t6, t7),
      tables,
      signals: ms(t1, t2),
      batch: ms(t3, t4),
      sheets: ms(t4, t5),
      similar,
      size: review.sample.size,
    }),
  );
}

function phase(...args) {
  return JSON.parse(execFileSync(process.execPath, [__filename, "--phase", ...args], { encoding: "utf8", maxBuffer: 1 << 24 }));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-bench-review-"));
  try {
    await generate(dir);
    const runs = { plain: [], review: [] };
    for (let k = 0; k < 5; k++) {
      runs.plain.push(phase("plain", dir).ms);
      runs.review.push(phase("review", dir).ms);
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const [plain, review] = [median(runs.plain), median(runs.review)];
    console.log(
      `reviewer's view — ${COUNT} generated 自评表 (own project names and narratives, 1 in 20 copied), median of 5, fresh processes`,
    );
    console.log(`  selfeval check --summary                             ${plain.toFixed(0).padStart(6)} ms`);
    console.log(`  selfeval check --summary --sample 20% --seed 1       ${review.toFixed(0).padStart(6)} ms`);
    console.log(`  ratio with / without --sample                        ${(review / plain).toFixed(2)} ×`);
    const parts = [0, 1, 2].map(() => phase("parts", dir)).sort((a, b) => a.check - b.check)[1];
    // The review's share: its per-table part, the batch step, and what the two sheets add to writing 汇总.xlsx.
    const own = parts.signals + parts.batch + Math.max(parts.reviewSummary - parts.summary, 0);
    const before = parts.check + parts.summary;
    console.log(
      `  one warm process, ${parts.tables} tables: check ${parts.check.toFixed(0)} ms; review signals and narratives ${parts.signals.toFixed(0)} ms,`,
    );
    console.log(
      `    reviewBatch (ranking, ${parts.similar} tables with narratives alike, sample of ${parts.size}) ${parts.batch.toFixed(0)} ms, 统计 and 复核优先 rows ${parts.sheets.toFixed(0)} ms`,
    );
    console.log(
      `  汇总.xlsx: ${parts.summary.toFixed(0)} ms without the review, ${parts.reviewSummary.toFixed(0)} ms with 统计 and 复核优先`,
    );
    console.log(`  ratio review / (check + 汇总.xlsx without it)   ${(own / before).toFixed(3)} ×   (goal ≤ 0.10 ×)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--phase") {
  const [mode, dir] = process.argv.slice(3);
  (mode === "parts" ? runParts(dir) : runCommand(dir, mode)).catch((err) => {
    console.error(err);
    process.exit(1);
  });
} else if (require.main === module) {
  main().catch((err) => {
    console.error(`基准测试失败：${err.message}`);
    process.exit(1);
  });
}
