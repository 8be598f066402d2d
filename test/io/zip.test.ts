// The browser's inflater (stepInflate): what it gives for honest entries, and that an entry growing past what
// it declared is refused on both of its paths — in one go into a buffer of the declared size (small entries)
// and in steps (large ones) — whether its data is compressed or stored.
import { deflateSync, inflateSync } from "fflate";
import { mulberry32 } from "../../src/workbook/review/prng";
import { WORST_WORK, ZipError, stepInflate } from "../../src/io/zip";

const text = (n: number) => new TextEncoder().encode('<c r="A1"><v>项目</v></c>'.repeat(Math.ceil(n / 20))).slice(0, n);
function noise(n: number): Uint8Array {
  const next = mulberry32(7);
  return Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
}

describe("stepInflate", () => {
  test.each([
    ["a small compressed part (one go)", text(20_000), 6],
    ["a small stored part (one go)", text(20_000), 0],
    ["a large part that does not compress (steps)", noise(300_000), 6],
  ] as const)("%s comes out as it went in, and is refused when it declared one byte less", (_, raw, level) => {
    const data = deflateSync(raw, { level });
    const out = stepInflate(data, raw.length, "xl/worksheets/sheet1.xml");
    expect(out.length).toBe(raw.length);
    expect(Buffer.from(out).equals(Buffer.from(raw))).toBe(true);
    expect(() => stepInflate(data, raw.length - 1, "xl/worksheets/sheet1.xml")).toThrow(ZipError);
    expect(() => stepInflate(data, raw.length - 1, "xl/worksheets/sheet1.xml")).toThrow(
      "xl/worksheets/sheet1.xml grows past its declared size",
    );
  });

  test("an entry that declares more than it holds gives what it holds, in a buffer no larger than its data can unpack to", () => {
    const raw = text(5_000);
    expect(stepInflate(deflateSync(raw), 9_000, "a").length).toBe(5_000);
    const small = deflateSync(text(100));
    const out = stepInflate(small, 15 * 1024 * 1024, "a");
    expect(out.length).toBe(100);
    expect(out.buffer.byteLength).toBeLessThanOrEqual(small.length * 1032 + 1);
    expect(stepInflate(new Uint8Array(0), 1000, "empty")).toEqual(new Uint8Array(0));
    expect(stepInflate(deflateSync(noise(200_000)), 250_000, "b").length).toBe(200_000);
  });

  test("a bomb declaring 1 KB is refused on either path: 10 MB of zeros (one go) and 300 MB (steps)", () => {
    const ten = deflateSync(new Uint8Array(10 * 1024 * 1024));
    expect(ten.length * 1032).toBeLessThanOrEqual(WORST_WORK);
    expect(() => stepInflate(ten, 1024, "bomb")).toThrow(ZipError);
    const big = deflateSync(new Uint8Array(300 * 1024 * 1024));
    expect(big.length * 1032).toBeGreaterThan(WORST_WORK);
    expect(() => stepInflate(big, 1024, "bomb")).toThrow(ZipError);
  });

  test("data that is not deflate is an error, as fflate reports it", () => {
    const data = deflateSync(text(3_000));
    const broken = data.slice(0, data.length >> 1);
    expect(() => stepInflate(broken, 3_000, "x")).toThrow();
    expect(() => inflateSync(broken)).toThrow();
  });
});
