import fc from "fast-check";
import { PROFILES, formatQuantity, parseValue, scoreIndicator, type Operator } from "../../src/scoring";

const UNITS = [
  "",
  "%",
  "万元",
  "元",
  "个",
  "人",
  "人次",
  "次",
  "项",
  "件",
  "场",
  "户",
  "家",
  "天",
  "月",
  "亩",
  "台",
  "套",
  "篇",
  "册",
  "小时",
];
const OPS: Operator[] = [">=", ">", "=", "<=", "<"];
const cellValue = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("≥", "以上", "万元", "%", "不超过", "》", "２０２３年", "（", "1,", ".", "-", "十百千"),
);

describe("properties", () => {
  test("the parser never throws, whatever the cell holds", () => {
    fc.assert(
      fc.property(cellValue, (v) => {
        const parsed = parseValue(v);
        expect(["quantity", "qualitative", "deadline", "blank"]).toContain(parsed.kind);
      }),
      { numRuns: 5000 },
    );
  });

  test("canonical quantities round-trip through formatQuantity", () => {
    const value = fc.integer({ min: 0, max: 10_000_000 }).chain((n) => fc.constantFrom(n, n / 10, n / 100, n / 1000));
    fc.assert(
      fc.property(fc.constantFrom(...OPS), value, fc.constantFrom(...UNITS), (op, v, unit) => {
        const text = formatQuantity({ op, value: v, unit });
        expect(parseValue(text)).toMatchObject({ kind: "quantity", op, value: v, unit });
      }),
      { numRuns: 3000 },
    );
  });

  test("scores stay within [0, weight] and never throw", () => {
    fc.assert(
      fc.property(
        cellValue,
        cellValue,
        fc.double({ min: 0, max: 1000, noNaN: true }),
        fc.constantFrom(...Object.values(PROFILES)),
        (t, a, w, p) => {
          const r = scoreIndicator(t, a, w, p);
          if (r.ok) {
            expect(r.score).toBeGreaterThanOrEqual(0);
            expect(r.score).toBeLessThanOrEqual(w + 1e-9);
          } else {
            expect(r.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("positive scores grow with the actual; reverse scores shrink", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (t, a1, a2) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const pos = (a: number) => (scoreIndicator(`≥${t}个`, a, 10) as { score: number }).score;
        const rev = (a: number) => (scoreIndicator(`≤${t}个`, a, 10) as { score: number }).score;
        expect(pos(lo)).toBeLessThanOrEqual(pos(hi));
        expect(rev(lo)).toBeGreaterThanOrEqual(rev(hi));
      }),
    );
  });
});
