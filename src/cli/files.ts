// The only code that touches the file system for selfeval: reading inputs with their problems named,
// checking a file by its path, telling whether two paths are one file, and writing outputs atomically.
import fs from "fs";
import path from "path";
import zlib from "zlib";
import { nodeFormulaEngine } from "../formula/node";
import { DEFAULT_LIMITS, type ReadLimits } from "../io/read";
import { ZipError, type Inflater } from "../io/zip";
import { IO } from "../messages";
import type { ProfileId } from "../scoring";
import { FileProblem, checkBytes, loadBytes, unusable, type EngineEnv, type FileReport, type Loaded } from "../usecases/check";

/** Node's native inflate, bounded: a part that unpacks past `cap` is refused as it goes. */
export const nativeInflate: Inflater = (data, cap, name) => {
  try {
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
    return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError)
      throw new ZipError(`${name} grows past its declared size`);
    throw new ZipError(`${name}: ${(err as Error).message}`);
  }
};

export { FileProblem };

/** The use cases as the CLI runs them: Node's zlib, IronCalc loaded from node_modules on the first workbook that needs it. */
export function nodeEnv(limits: ReadLimits): EngineEnv {
  return { limits, inflate: nativeInflate, native: (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength), formulas: nodeFormulaEngine };
}

/** Reads one file into grids, or throws FileProblem with the reason in Chinese. */
export async function loadFile(file: string, limits: ReadLimits): Promise<Loaded> {
  return loadBytes(file, readFileBytes(file, limits), nodeEnv(limits));
}

function readFileBytes(file: string, limits: ReadLimits): Uint8Array {
  return readInput(file, limits.maxBytes, (size) => IO.tooLarge(file, size, limits.maxBytes));
}

/** Check one file by its path: the "check one file" use case on its bytes, or why it could not be read. */
export async function checkFile(file: string, profile?: ProfileId, limits: ReadLimits = DEFAULT_LIMITS): Promise<FileReport> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytes(file, limits);
  } catch (err) {
    return unusable(file, err, {});
  }
  return checkBytes(file, bytes, nodeEnv(limits), profile);
}

/**
 * A file's bytes; refuses a folder, a missing file, and a file larger than `maxBytes` before reading it.
 * Synchronous: selfeval reads one file after another, and a blocking read costs less than the event
 * loop's round trips.
 */
export function readInput(file: string, maxBytes: number, tooLarge: (bytes: number) => string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new FileProblem(IO.notFound(file));
    throw new FileProblem(IO.cannotOpen(file, code ?? String(err)));
  }
  if (stat.isDirectory()) throw new FileProblem(IO.isDirectory(file));
  if (stat.size > maxBytes) throw new FileProblem(tooLarge(stat.size));
  try {
    const buffer = fs.readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (err) {
    throw new FileProblem(IO.cannotOpen(file, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
}

/**
 * Whether writing `output` would write over `input`: the same path (however written), or one file
 * reached another way — a symbolic link, a hard link, a different letter case on a case-insensitive disk.
 */
export function isSameFile(input: string, output: string): boolean {
  if (path.resolve(input) === path.resolve(output)) return true;
  try {
    const a = fs.statSync(input);
    const b = fs.statSync(output);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Writes a file atomically: a temporary file in the same folder, flushed, then renamed over the target. */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
  let fd: number | null = null;
  try {
    fd = fs.openSync(temp, "wx");
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = null;
    fs.renameSync(temp, file);
  } catch (err) {
    if (fd !== null) fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
}
