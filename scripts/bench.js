// npm run bench: figures and ratios against baselines measured in the same run, never pass/fail.
//  1. JX.SCORE over 100,000 realistic (target, actual, weight) triples, against the same rule
//     arithmetic on pre-parsed numbers.
//  2. JX.WEIGHTEDSCORE over a 10,000-row range, against the same arithmetic on pre-parsed rows.
"use strict";

const path = require("path");
const { prng } = require("./prng");

// The functions run as Excel runs them; CustomFunctions is the runtime's global.
globalThis.CustomFunctions = {
  Error: class extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!" },
  associate() {},
};

const build = path.resolve(__dirname, "..", "build");
const functions = require(path.join(build, "functions/functions.js"));
const { parseValue, alignToTarget, PROFILES } = require(path.join(build, "scoring/index.js"));

/** Triples written the way real tables write them (domain §2). */
function realisticTriples(n, seed = 20261122) {
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const makers = [
    () => {
      const t = int(5, 300);
      return [`≥${t}个`, int(0, t * 1.5)];
    },
    () => {
      const t = int(80, 100);
      return [`${t}%以上`, int(70, 100) / 100];
    },
    () => {
      const t = int(80, 100);
      return [`>=${t}%`, `${int(70, 100)}%`];
    },
    () => {
      const t = int(2, 20);
      return [`不超过${t}次`, int(0, t * 3)];
    },
    () => {
      const t = int(50, 800);
      return [`≥${t}万元`, `${int(0, t * 12) / 10}万元`];
    },
    () => [`≥９０％`, int(80, 100) / 100],
    () => {
      const t = int(5, 60);
      return [`大于等于${t}人`, `${int(0, t * 2)}人`];
    },
    () => ["0次", int(0, 2)],
    () => ["=100%", int(95, 100) / 100],
    () => [
      pick(["合规", "健全", "提高", "正常开展", "效果明显"]),
      pick(["达成预期指标", "部分达成预期指标并具有一定效果", "未达成预期指标且效果较差", "合规"]),
    ],
    () => {
      const t = int(10, 90);
      return [`≤${t}万元`, `${int(t / 2, t * 2)}万元`];
    },
  ];
  return Array.from({ length: n }, () => {
    const [target, actual] = pick(makers)();
    return [target, actual, pick([5, 10, 15, 20])];
  });
}

/** The rule arithmetic alone (domain §3) on numbers parsed beforehand: the floor for SCORE. */
function preparse(triples) {
  return triples.map(([target, actual, weight]) => {
    const t = parseValue(target);
    const a = parseValue(actual);
    if (t.kind === "quantity" && a.kind === "quantity") {
      const op = t.op === "<=" || t.op === "<" ? 1 : t.op === "=" && t.value === 0 ? 2 : 0;
      return { q: true, op, t: t.value, a: alignToTarget(t, a).value, w: weight };
    }
    const grade = a.kind === "qualitative" ? a.grade : "achieved";
    return { q: false, p: PROFILES.central.qualitativeBands[grade ?? "achieved"].proposal, w: weight };
  });
}

function arithmetic(r) {
  let f;
  if (!r.q) f = r.p;
  else {
    const a = r.a > 0 ? r.a : 0;
    if (r.op === 1) f = a <= r.t ? 1 : a < 2 * r.t ? 1 - (a - r.t) / r.t : 0;
    else if (r.op === 2) f = a <= 0 ? 1 : 0;
    else f = a >= r.t ? 1 : a / r.t;
  }
  const s = Math.round(f * r.w * 100) / 100;
  return s > r.w ? r.w : s;
}

function time(fn, rounds) {
  const samples = [];
  let sink = 0;
  for (let i = 0; i < rounds; i++) {
    const start = process.hrtime.bigint();
    sink += fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((x, y) => x - y);
  return { ms: samples[Math.floor(samples.length / 2)], sink };
}

const fmt = (x) => Math.round(x).toLocaleString("en-US");

function benchScore() {
  const triples = realisticTriples(100000);
  const pre = preparse(triples);
  const rounds = 7;
  // Warm both paths so the JIT treats them alike.
  time(() => triples.reduce((s, [t, a, w]) => s + functions.score(t, a, w), 0), 2);
  time(() => pre.reduce((s, r) => s + arithmetic(r), 0), 2);
  const score = time(() => triples.reduce((s, [t, a, w]) => s + functions.score(t, a, w), 0), rounds);
  const base = time(() => pre.reduce((s, r) => s + arithmetic(r), 0), rounds);
  if (Math.abs(score.sink - base.sink) > 1e-6 * Math.abs(base.sink)) {
    throw new Error(`SCORE 与基准算术的结果不一致：${score.sink} ≠ ${base.sink}`);
  }
  const perSec = (triples.length / score.ms) * 1000;
  const basePerSec = (triples.length / base.ms) * 1000;
  console.log("JX.SCORE — 100,000 realistic (target, actual, weight) triples, median of 7 rounds");
  console.log(`  JX.SCORE                 ${score.ms.toFixed(1).padStart(8)} ms   ${fmt(perSec).padStart(12)} calls/s`);
  console.log(`  baseline: arithmetic     ${base.ms.toFixed(1).padStart(8)} ms   ${fmt(basePerSec).padStart(12)} calls/s`);
  console.log(`  ratio SCORE / baseline   ${(score.ms / base.ms).toFixed(2)} ×   (target ≥ 1,000,000 calls/s)`);
}

function benchWeighted() {
  const rows = realisticTriples(10000, 7);
  const weights = rows.map((r) => [r[2]]);
  const targets = rows.map((r) => [r[0]]);
  const actuals = rows.map((r) => [r[1]]);
  const pre = preparse(rows);
  const rounds = 15;
  time(() => functions.weightedScore(weights, targets, actuals), 3);
  const ws = time(() => functions.weightedScore(weights, targets, actuals), rounds);
  const base = time(() => Math.round(pre.reduce((s, r) => s + arithmetic(r), 0) * 100) / 100, rounds);
  console.log("JX.WEIGHTEDSCORE — one 10,000-row range, median of 15 calls");
  console.log(`  JX.WEIGHTEDSCORE         ${ws.ms.toFixed(2).padStart(8)} ms per call`);
  console.log(`  baseline: arithmetic     ${base.ms.toFixed(2).padStart(8)} ms per call`);
  console.log(`  ratio                    ${(ws.ms / base.ms).toFixed(2)} ×`);
}

console.log(`node ${process.version}, ${require("os").cpus().length} cores\n`);
benchScore();
console.log("");
benchWeighted();
