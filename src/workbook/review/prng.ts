// A seeded pseudo-random generator for the review sample: mulberry32, 32-bit integer arithmetic only
// (Math.imul, >>>), so the same seed gives the same numbers in Node and in every browser.

/** A generator of numbers in [0, 1) from a seed (an integer; taken modulo 2^32). */
export function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The largest seed accepted (and shown): seeds are whole numbers 0 … 2^32 − 1. */
export const MAX_SEED = 4294967295;

/** A fresh seed when none is given: short enough to read out and type again (1 … 999999). */
export function newSeed(random: () => number = Math.random): number {
  return 1 + Math.floor(random() * 999999);
}

/** `count` items drawn without replacement, in the order drawn (a partial Fisher–Yates shuffle of a copy). */
export function draw<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = items.slice();
  const n = Math.min(Math.max(count, 0), pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, n);
}
