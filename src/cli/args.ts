// What every selfeval command shares: where it prints, its usage errors, and the options several take
// (--profile, --select/--ignore, --max-size/--max-cells, --help) read into the use cases' terms.
import fs from "fs";
import { DEFAULT_LIMITS, type ReadLimits } from "../io/read";
import { CLI } from "../messages";
import { findProfile, profileChoices, type ProfileId } from "../scoring";
import { MAX_SEED, UnknownRuleError, ruleFilter } from "../workbook";
import { isSameFile, writeAtomically } from "./files";

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that replaces itself (stderr on a terminal only); "" clears it. */
  progress?: (text: string) => void;
}

/** A usage problem, said in Chinese: exit 2 before any file is read. */
export class UsageError extends Error {}

/** --select and --ignore: comma-separated rule ids or families, each option repeatable. */
export const RULE_OPTIONS = { select: { type: "string", multiple: true }, ignore: { type: "string", multiple: true } } as const;
export const LIMIT_OPTIONS = { "max-size": { type: "string" }, "max-cells": { type: "string" } } as const;
export const HELP = { help: { type: "boolean", short: "h" } } as const;

export function readProfile(value: string | undefined): ProfileId | undefined {
  if (value === undefined) return undefined;
  const p = findProfile(value);
  if (!p) throw new UsageError(CLI.unknownProfile(value, profileChoices()));
  return p.id;
}

export function readRuleFilter(values: { select?: string[]; ignore?: string[] }): (id: string) => boolean {
  const list = (v: string[] | undefined) =>
    (v ?? [])
      .flatMap((x) => x.split(/[,，]/))
      .map((x) => x.trim())
      .filter(Boolean);
  try {
    return ruleFilter(list(values.select), list(values.ignore));
  } catch (err) {
    if (err instanceof UnknownRuleError) throw new UsageError(err.message);
    throw err;
  }
}

export function readLimits(values: { "max-size"?: string; "max-cells"?: string }): ReadLimits {
  const positive = (option: string, text: string | undefined, fallback: number, scale: number) => {
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(CLI.badNumber(option, text));
    return Math.round(n * scale);
  };
  return {
    maxBytes: positive("--max-size", values["max-size"], DEFAULT_LIMITS.maxBytes, 1024 * 1024),
    maxCells: positive("--max-cells", values["max-cells"], DEFAULT_LIMITS.maxCells, 1),
  };
}

/** --sample: "20%" (a share, 0 < share ≤ 100 %) or "30" (a count of tables); undefined when not given. */
export function readSample(value: string | undefined): { share: number } | { count: number } | undefined {
  if (value === undefined) return undefined;
  const text = value.trim().replace(/％$/, "%");
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
  if (percent) {
    const share = Number(percent[1]) / 100;
    if (share > 0 && share <= 1) return { share };
  } else if (/^\d+$/.test(text) && Number(text) > 0) return { count: Number(text) };
  throw new UsageError(CLI.badSample(value));
}

/** --seed: a whole number 0 … 2^32 − 1; undefined when not given. */
export function readSeed(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text) && Number(text) <= MAX_SEED) return Number(text);
  throw new UsageError(CLI.badSeed(value));
}

/** Refuses an output that is missing, of the wrong kind, a folder, the input itself, or present without --force. */
export function checkOutput(
  output: string | undefined,
  inputs: string[],
  extension: string | string[],
  force: boolean | undefined,
): string {
  const extensions = Array.isArray(extension) ? extension : [extension];
  if (!output) throw new UsageError(CLI.needsOutput(extensions[0]));
  let isDir = /[\\/]$/.test(output);
  try {
    isDir ||= fs.statSync(output).isDirectory();
  } catch {
    // Not there yet: fine.
  }
  if (isDir) throw new UsageError(CLI.outputIsDirectory(output));
  if (!extensions.some((e) => output.toLowerCase().endsWith(e))) throw new UsageError(CLI.outputExtension(output, extensions[0]));
  const same = inputs.find((i) => isSameFile(i, output));
  if (same !== undefined) throw new UsageError(CLI.sameFile(output, same));
  if (fs.existsSync(output) && !force) throw new UsageError(CLI.outputExists(output));
  return output;
}

/** Writes an output atomically; a failure is a usage error naming the file. */
export function writeOutput(output: string, bytes: () => Uint8Array | Promise<Uint8Array>): Promise<void> {
  return Promise.resolve()
    .then(bytes)
    .then((b) => writeAtomically(output, b))
    .catch((err: unknown) => {
      throw new UsageError(CLI.writeFailed(output, err instanceof Error ? err.message : String(err)));
    });
}

export function help(command: keyof typeof CLI.help, io: Output): number {
  io.out(CLI.commandHelp(CLI.help[command], profileChoices()));
  return 0;
}
