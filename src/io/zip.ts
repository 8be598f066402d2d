// The zip container of .xlsx/.ods files, read without trusting it: the central directory (names and
// declared sizes) before anything is unpacked, the first bytes of one entry, and a bounded unpack that
// stops as soon as an entry grows past what it declared. Browser and Node alike (Uint8Array + fflate).
import { Inflate, inflateSync, zipSync, type Zippable } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local header. */
  offset: number;
  encrypted: boolean;
}

export class ZipError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const ZIP64_LOCATOR = 0x07064b50;

/** The entries the central directory declares; throws ZipError for a truncated or corrupt directory. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError("no end of central directory");
  let count = view.getUint16(eocd + 10, true);
  let start = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || start === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const record = Number(view.getBigUint64(eocd - 12, true));
    if (record + 56 > bytes.length) throw new ZipError("corrupt zip64 record");
    count = Number(view.getBigUint64(record + 32, true));
    start = Number(view.getBigUint64(record + 48, true));
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) throw new ZipError("corrupt central directory");
    const flags = view.getUint16(p + 8, true);
    let compressedSize = view.getUint32(p + 20, true);
    let size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    let offset = view.getUint32(p + 42, true);
    for (let x = p + 46 + nameLength; x + 4 <= p + 46 + nameLength + extraLength;) {
      const id = view.getUint16(x, true);
      const length = view.getUint16(x + 2, true);
      if (id === 1) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = Number(view.getBigUint64(q, true));
          q += 8;
        }
        if (offset === 0xffffffff) offset = Number(view.getBigUint64(q, true));
      }
      x += 4 + length;
    }
    entries.push({
      name: decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize,
      size,
      offset,
      encrypted: (flags & 1) === 1,
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function dataOf(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (e.offset + 30 > bytes.length) throw new ZipError(`truncated entry ${e.name}`);
  const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
  if (start + e.compressedSize > bytes.length) throw new ZipError(`truncated entry ${e.name}`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** The first `max` bytes of an entry, unpacking no more than that (for a sheet's <dimension>). */
export function entryHead(bytes: Uint8Array, e: ZipEntry, max = 4096): Uint8Array {
  const data = dataOf(bytes, e);
  if (e.method === 0) return data.subarray(0, max);
  const chunks: Uint8Array[] = [];
  let got = 0;
  const inflate = new Inflate((chunk) => {
    chunks.push(chunk);
    got += chunk.length;
  });
  try {
    for (let off = 0; off < data.length && got < max; off += 1024)
      inflate.push(data.subarray(off, Math.min(off + 1024, data.length)), off + 1024 >= data.length);
  } catch {
    // A head that does not unpack is reported by the full read.
  }
  const out = new Uint8Array(Math.min(got, max));
  let o = 0;
  for (const c of chunks) {
    if (o >= out.length) break;
    out.set(c.subarray(0, out.length - o), o);
    o += c.length;
  }
  return out;
}

/**
 * Unpacks one deflated entry into at most `cap` bytes, throwing ZipError past that. The default is
 * fflate's (browser and Node); the CLI passes Node's native zlib, which is faster.
 */
export type Inflater = (data: Uint8Array, cap: number, name: string) => Uint8Array;

/** Deflate's largest expansion: 258 bytes from a match coded in 2 bits, about 1,032 to 1. */
const DEFLATE_MAX_RATIO = 1032;
/**
 * At most this many bytes are decoded before an entry that lies about its size is caught: in one go, an
 * entry's worst case (~70 ms here); in steps, what one step of STEP packed bytes can give.
 */
export const WORST_WORK = 16 * 1024 * 1024;
const STEP = Math.floor(WORST_WORK / DEFLATE_MAX_RATIO);
/** At most this large a buffer made for one entry on its declared size alone. */
const ONE_GO_SIZE = 16 * 1024 * 1024;

/**
 * fflate's inflate, bounded. An entry whose worst case is small (every part of the filled-in tables we have
 * seen: 3 KB packed at most) is unpacked in one go into a buffer of its declared size and one byte more: a
 * byte there means it grew past what it declared. Writes past the end of that buffer go nowhere, so what a
 * lying entry unpacks costs at most WORST_WORK of decoding, never memory. Larger entries are unpacked in steps
 * of STEP packed bytes and refused after the step where they grow past `cap`. (fflate's steps grow their
 * buffer as they go; in a browser every new buffer is zeroed, and at 1,000 workbooks that cost the web checker
 * more than the unpacking itself: 2.4 s of 7 s.) fflate does not refuse Huffman tables that claim too many
 * codes, as zlib does; building them costs time without output, so the web checker's page gives up on a file
 * whose check does not come back in time (src/checker/client.ts).
 */
export const stepInflate: Inflater = (data, cap, name) => {
  const tooLarge = () => new ZipError(`${name} grows past its declared size`);
  // No data unpacks to nothing (fflate would hand back the whole buffer).
  if (data.length === 0) return new Uint8Array(0);
  if (data.length * DEFLATE_MAX_RATIO <= WORST_WORK && cap < ONE_GO_SIZE) {
    let out: Uint8Array;
    try {
      // Never larger than the data can unpack to, whatever the entry declares.
      out = inflateSync(data, { out: new Uint8Array(Math.min(cap, data.length * DEFLATE_MAX_RATIO) + 1) });
    } catch (err) {
      // A stored block past the end of the buffer.
      if (err instanceof RangeError) throw tooLarge();
      throw err;
    }
    if (out.length > cap) throw tooLarge();
    return out;
  }
  let n = 0;
  const parts: Uint8Array[] = [];
  const inflate = new Inflate((chunk) => {
    n += chunk.length;
    if (n > cap) throw tooLarge();
    parts.push(chunk);
  });
  for (let off = 0; off < data.length; off += STEP)
    inflate.push(data.subarray(off, Math.min(off + STEP, data.length)), off + STEP >= data.length);
  if (parts.length === 1) return parts[0];
  const joined = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    joined.set(p, o);
    o += p.length;
  }
  return joined;
};

/** Unpacks every entry, refusing one that grows past its declared size or `limit` (a lying directory). */
export function unzipBounded(
  bytes: Uint8Array,
  entries: ZipEntry[],
  limit: number,
  inflate: Inflater = stepInflate,
): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.name.endsWith("/")) continue;
    const data = dataOf(bytes, e);
    if (e.method === 0) {
      out.set(e.name, data);
      continue;
    }
    if (e.method !== 8) throw new ZipError(`unsupported compression ${e.method} in ${e.name}`);
    // Unpacked counting: an entry that grows past its declared size (or the limit) is refused there,
    // before a bomb can fill the memory.
    out.set(e.name, inflate(data, Math.min(e.size, limit), e.name));
  }
  return out;
}

/** A zip of the given parts, in the given order (the original order for a patched package). */
export function zipParts(parts: Array<[string, Uint8Array]>): Uint8Array {
  const files: Zippable = {};
  for (const [name, data] of parts) files[name] = [data, { level: 6, mtime: new Date(Date.UTC(2026, 0, 1)) }];
  return zipSync(files);
}
