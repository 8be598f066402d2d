// Narratives that read nearly the same across a batch (review.similar-narrative): each text normalised
// (no spaces, punctuation or symbols; every run of digits one "0", so a copied template with other numbers
// still matches), cut into overlapping 3-character pieces, and compared by Jaccard similarity (shared
// pieces over all pieces). To stay near O(n) on 1,000 files × five narratives, candidates come from
// MinHash signatures bucketed by bands (locality-sensitive hashing: 5 bands of 4 of 20 hashes; a pair with
// similarity 0.9 shares a bucket with probability 0.995), and each text looks at no more than the first 32
// texts of each of its buckets (a bucket keeps at most two texts of one project) and checks those exactly. Pure and deterministic: same texts in the same order, same matches.
import { FINDING_WORDS } from "../../messages/rules";
import type { DepartmentTable } from "../department";
import { isBlankRef } from "../evaluate";
import type { CellRef, ProjectTable, TextCell } from "../model";
import { REVIEW_LIMITS } from "../rules/review";

/** A narrative of a 自评表, kept for the batch step: its label, cell and text as compared (normalised). */
export interface NarrativeText {
  label: string;
  cell: string;
  /** The text normalised (see normalizeNarrative): what the comparison reads, not what a person reads. */
  text: string;
}

/** Spaces, punctuation and symbols removed, letters in lower case, each run of digits one "0". */
export function normalizeNarrative(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "")
    .replace(/\d+(?:\.\d+)?/g, "0");
}

const textOf = (cell: CellRef | null | undefined) => (cell && !isBlankRef(cell) && typeof cell.value === "string" ? cell.value : "");

/** The narratives of a 自评表 long enough to compare (REVIEW_LIMITS.minChars after normalising). */
export function narrativeTexts(table: ProjectTable | DepartmentTable): NarrativeText[] {
  const cells: Array<{ label: string; cell: CellRef | null }> =
    table.kind === "project"
      ? [table.goal, table.completion, table.problems, table.improvements, table.conclusion]
          .filter((t): t is TextCell => !!t)
          .map((t) => ({ label: String(t.label.value ?? "").replace(/\s+/g, ""), cell: t.cell }))
      : [{ label: FINDING_WORDS.departmentConclusionLabel, cell: table.conclusion }];
  const out: NarrativeText[] = [];
  for (const { label, cell } of cells) {
    const text = normalizeNarrative(textOf(cell));
    if (cell && text.length >= REVIEW_LIMITS.minChars) out.push({ label, cell: cell.address, text });
  }
  return out;
}

const HASHES = 20;
const BANDS = 5;
const ROWS = HASHES / BANDS;
/** How many earlier texts of one bucket a text looks at, and how many of one project a bucket keeps: bound the work where many texts share a bucket. */
const PER_BUCKET = 32;
const PER_PROJECT = 2;
const SEEDS = Array.from({ length: HASHES }, (_, i) => Math.imul(i + 1, 0x9e3779b1) >>> 0);

/** The 3-character pieces of a text, hashed (FNV-1a), sorted and without repeats. */
export function shingles(text: string): Uint32Array {
  const out = new Set<number>();
  for (let i = 0; i + 3 <= Math.max(text.length, 3); i++) {
    let h = 0x811c9dc5;
    for (let j = i; j < Math.min(i + 3, text.length); j++) h = Math.imul(h ^ text.charCodeAt(j), 0x01000193);
    out.add(h >>> 0);
  }
  return Uint32Array.from(out).sort();
}

/** Jaccard similarity of two sorted sets of pieces. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      both++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - both;
  return union === 0 ? 0 : both / union;
}

/** MurmurHash3's finaliser: a 32-bit mix. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function minHash(pieces: Uint32Array): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const p of pieces) {
    for (let k = 0; k < HASHES; k++) {
      const v = mix(p ^ SEEDS[k]);
      if (v < sig[k]) sig[k] = v;
    }
  }
  return sig;
}

/** A text to compare: which table it belongs to (texts of one table are never compared), its project key and text. */
export interface SimilarInput {
  owner: number;
  /** Texts of tables of the same project (the same key, when not "") are not compared either. */
  project: string;
  text: string;
}

/**
 * For each text, the first other text (of another table and project) at least REVIEW_LIMITS.similarity alike,
 * by index, with the similarity; null when none. A pair found is recorded on both texts.
 */
export function findSimilar(inputs: readonly SimilarInput[]): Array<{ other: number; similarity: number } | null> {
  const out: Array<{ other: number; similarity: number } | null> = inputs.map(() => null);
  const pieces = inputs.map((x) => shingles(x.text));
  const buckets = new Map<string, { list: number[]; projects: Map<string, number> }>();
  const apart = (a: number, b: number) =>
    inputs[a].owner !== inputs[b].owner && (!inputs[a].project || inputs[a].project !== inputs[b].project);
  for (let j = 0; j < inputs.length; j++) {
    const sig = minHash(pieces[j]);
    const keys: string[] = [];
    for (let b = 0; b < BANDS; b++) keys.push(`${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(",")}`);
    const seen = new Set<number>();
    for (const key of keys) {
      const list = buckets.get(key)?.list;
      if (!list) continue;
      for (const i of list.slice(0, PER_BUCKET)) {
        if (out[j]) break;
        if (seen.has(i) || !apart(i, j)) continue;
        seen.add(i);
        // Jaccard is at most the smaller set over the larger: skip the exact count when that is already too low.
        const [s, l] = pieces[i].length < pieces[j].length ? [pieces[i], pieces[j]] : [pieces[j], pieces[i]];
        if (s.length / l.length < REVIEW_LIMITS.similarity) continue;
        const similarity = jaccard(pieces[i], pieces[j]);
        if (similarity < REVIEW_LIMITS.similarity) continue;
        out[j] = { other: i, similarity };
        out[i] ??= { other: j, similarity };
      }
    }
    // A bucket keeps the first texts of each project only: copies of one project's text (the same table sent twice) are never compared with each other anyway.
    for (const key of keys) {
      const bucket = buckets.get(key) ?? { list: [], projects: new Map<string, number>() };
      buckets.set(key, bucket);
      const n = bucket.projects.get(inputs[j].project) ?? 0;
      if (inputs[j].project && n >= PER_PROJECT) continue;
      bucket.projects.set(inputs[j].project, n + 1);
      bucket.list.push(j);
    }
  }
  return out;
}
