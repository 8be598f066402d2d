// Part of npm run bench: `selfeval check` on every crafted file of scripts/crafted/make.js (repeat and merge
// bombs, a huge HTML table, .xls with huge dimensions or too many cells, .xlsb, long strings, truncated and
// garbage files), each in a fresh process as a user runs it: wall time and peak RSS against the bounds the
// README promises (2 s, 300 MB) and against a normal small .xlsx measured in the same run, the exit code,
// and whether anything but our Chinese messages reached stderr.
"use strict";

const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
/** SELFEVAL_BIN measures another checkout's CLI on the same files (the figures before a change). */
const BIN = process.env.SELFEVAL_BIN || path.join(root, "bin", "selfeval.js");
const TIME_BOUND_MS = 2000;
const RSS_BOUND_MB = 300;
/** A run past this is killed and reported as such (a hang, for the bounds). */
const KILL_MS = Number(process.env.CRAFTED_TIMEOUT_MS || 30000);

function run(preload, file, args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ["--require", preload, BIN, "check", ...args, file], {
    encoding: "utf8",
    timeout: KILL_MS,
    stdio: ["ignore", "pipe", "pipe", "pipe"],
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const rss = /"maxRSS":(\d+)/.exec(r.output[3] || "");
  const stderr = r.stderr || "";
  return {
    ms,
    code: r.status,
    signal: r.signal,
    rssMb: rss ? Number(rss[1]) / 1024 : null,
    crashed: r.status === null || /heap out of memory|FATAL ERROR/.test(stderr),
    english: stderr
      .split("\n")
      .filter((l) =>
        /[A-Za-z]{4,}/.test(l.replace(/“[^”]*”|--[a-z-]+|\.[a-z]{2,4}\b|MB|Excel|WPS|LibreOffice|PDF|Word|PowerPoint|CSV/g, "")),
      )
      .slice(0, 1),
    message: stderr.split("\n").find((l) => l.trim()) || (r.stdout || "").split("\n").find((l) => /工作表|单元格/.test(l)) || "",
  };
}

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selfeval-crafted-"));
  try {
    const preload = path.join(dir, "rss.js");
    fs.writeFileSync(
      preload,
      'process.on("exit", () => { try { require("fs").writeSync(3, JSON.stringify(process.resourceUsage())); } catch {} });\n',
    );
    // Generated in a child process: a process's peak RSS survives into what it spawns (Linux keeps it across
    // exec), so this process stays small and each run's figure is its own.
    const listed = spawnSync(process.execPath, [path.join(__dirname, "crafted", "make.js"), path.join(dir, "files"), "--json"], {
      encoding: "utf8",
      maxBuffer: 1 << 24,
    });
    if (listed.status !== 0) throw new Error(listed.stderr);
    const files = JSON.parse(listed.stdout);
    const base = files.find((f) => f.name === "normal.xlsx");
    // The baseline: median of three runs of a normal small workbook.
    const runs = [0, 1, 2].map(() => run(preload, base.file, []));
    const baseline = {
      ms: runs.map((r) => r.ms).sort((a, b) => a - b)[1],
      rssMb: runs.map((r) => r.rssMb).sort((a, b) => a - b)[1],
    };
    console.log(`crafted files — selfeval check, each in a fresh process (bounds: ${TIME_BOUND_MS} ms, ${RSS_BOUND_MB} MB)`);
    console.log(`  baseline normal.xlsx: ${baseline.ms.toFixed(0)} ms, peak RSS ${baseline.rssMb.toFixed(0)} MB`);
    let over = 0;
    for (const f of files) {
      const r = run(preload, f.file, f.args);
      const within = !r.crashed && r.ms < TIME_BOUND_MS && r.rssMb !== null && r.rssMb < RSS_BOUND_MB && r.english.length === 0;
      if (!within) over++;
      const size = f.size >= 1048576 ? `${(f.size / 1048576).toFixed(1)} MB` : `${(f.size / 1024).toFixed(1)} KB`;
      const rss = r.rssMb === null ? "—" : `${r.rssMb.toFixed(0)} MB`;
      const ratio = r.rssMb === null ? "" : ` (${(r.ms / baseline.ms).toFixed(1)}× / ${(r.rssMb / baseline.rssMb).toFixed(1)}×)`;
      const outcome = r.crashed ? (r.signal ? `killed (${r.signal}) after ${KILL_MS} ms` : "crashed") : `exit ${r.code}`;
      console.log(
        `  ${within ? "ok  " : "OVER"} ${f.name.padEnd(26)} ${size.padStart(8)}  ${r.ms.toFixed(0).padStart(6)} ms  ${rss.padStart(7)}${ratio}  ${outcome}${r.english.length ? `  English on stderr: ${r.english[0].slice(0, 80)}` : ""}`,
      );
    }
    console.log(`  ${files.length - over} of ${files.length} within both bounds; ratios are time / memory against the baseline`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();
