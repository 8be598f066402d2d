// Date cells read the same in the pane (Excel hands over serial numbers and formats) as in the CLI:
// our format test and day arithmetic agree with SheetJS's SSF, which the CLI used before.
import fc from "fast-check";
import * as XLSX from "@e965/xlsx";
import { dateOfSerial, dateText, isDateFormat } from "../../src/workbook";

const FORMATS = [
  "General",
  "0",
  "0.00",
  "0.00%",
  "yyyy/m/d",
  'yyyy"年"m"月"d"日"',
  '[$-804]yyyy"年"m"月"d"日"',
  "m/d/yy",
  "h:mm",
  "[h]:mm:ss",
  "0.00E+00",
  "#,##0.00_ ",
  "@",
  '"万元"0',
  '0"天"',
  "[Red]0.00",
  '[DBNum1][$-804]yyyy"年"m"月"d"日"',
  "yyyy-mm-dd hh:mm",
  "mmm-yy",
  "d-mmm",
  '0.0"月"',
  "[$¥-804]#,##0.00",
  'General"元"',
  "0_);[Red](0)",
  "e",
  "b",
  '上午/下午h"时"mm"分"',
  "AM/PM h:mm",
  "[<=9999999]###-####;(###) ###-####",
  "yyyy年m月d日",
  "0.00\\%",
  "\\d0",
  "0.00%;[Red]-0.00%",
  'yyyy"-"mm',
  "[mm]:ss",
];

test("a format is a date format exactly where SheetJS says so", () => {
  for (const f of FORMATS) expect({ f, date: isDateFormat(f) }).toEqual({ f, date: XLSX.SSF.is_date(f) });
  expect(isDateFormat(undefined)).toBe(false);
});

test("formats built from number and date pieces agree with SheetJS", () => {
  const piece = fc.constantFrom(
    "0",
    "0.00",
    "#,##0",
    "%",
    '"元"',
    '"年"',
    "\\m",
    "_)",
    "[Red]",
    "[$-804]",
    "yyyy",
    "m",
    "d",
    "hh",
    "ss",
    "E+00",
    " ",
    "-",
    "/",
  );
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
      const f = parts.join("");
      expect({ f, date: isDateFormat(f) }).toEqual({ f, date: XLSX.SSF.is_date(f) });
    }),
  );
});

test("serial numbers give the calendar day SheetJS gives, the 1900 leap-year quirk included", () => {
  const check = (v: number) => {
    const ours = dateOfSerial(v);
    const theirs = XLSX.SSF.parse_date_code(v);
    expect({ v, day: ours && [ours.year, ours.month, ours.day] }).toEqual({ v, day: [theirs.y, theirs.m, theirs.d] });
  };
  for (const v of [0, 1, 59, 60, 61, 366, 45291, 45291.5, 45291.9999999, 2958465]) check(v);
  fc.assert(fc.property(fc.double({ min: 0, max: 2958465, noNaN: true }), check), { numRuns: 2000 });
  // A hair before midnight, where rounding decides the day.
  const nearMidnight = fc.tuple(fc.integer({ min: 0, max: 2958464 }), fc.integer({ min: 1, max: 12 })).map(([d, k]) => d + 1 - 10 ** -k);
  fc.assert(fc.property(nearMidnight, check), { numRuns: 2000 });
});

test("a date cell reads as the tables write dates; out-of-range serials stay numbers", () => {
  expect(dateText(45291, "yyyy/m/d")).toBe("2023年12月31日");
  expect(dateText(45291, "0.00")).toBeNull();
  expect(dateText(-3, "yyyy/m/d")).toBeNull();
  expect(dateText(1e9, "yyyy/m/d")).toBeNull();
});
