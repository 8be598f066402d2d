// Dates as spreadsheets store them: a serial day number shown through a date number format. The
// tables write dates as text (2023年12月31日); a date cell reads the same, whichever host or reader
// handed it over (SheetJS in the CLI, Excel or WPS in the pane).
import { fmt } from "../messages/format";

/**
 * Whether a number format shows a date or time: a y, m, d, h, s, e, g or b code, AM/PM (上午/下午), or an
 * elapsed [h] [mm] [ss], outside quoted text, escapes, padding, brackets and number placeholders (whose
 * E+00 is an exponent). The same reading as SheetJS's, so the pane and the CLI see the same dates.
 */
export function isDateFormat(format: string | undefined | null): boolean {
  if (!format) return false;
  const f = format;
  let i = 0;
  while (i < f.length) {
    const c = f[i];
    if (c === '"') {
      i = f.indexOf('"', i + 1);
      if (i < 0) return false;
      i++;
    } else if (c === "\\" || c === "_") {
      i += 2;
    } else if (c === "*") {
      i += f[i + 1] === " " || f[i + 1] === "*" ? 2 : 1;
    } else if (c === "[") {
      const end = f.indexOf("]", i);
      if (end < 0) return false;
      if (/^[HhMmSs]*$/.test(f.slice(i + 1, end))) return true;
      i = end + 1;
    } else if (c === "G") {
      i += f.slice(i, i + 7).toLowerCase() === "general" ? 7 : 1;
    } else if ("0#.".includes(c)) {
      i++;
      while (i < f.length && ("0#?.,E+-%".includes(f[i]) || (f[i] === "\\" && f[i + 1] === "-" && "0#".includes(f[i + 2] ?? "")))) i++;
    } else if ("yYmMdDhHsSeEgbB".includes(c)) {
      return true;
    } else if (c === "A" || c === "a" || c === "上") {
      const ahead = f.slice(i, i + 5).toUpperCase();
      if (ahead.startsWith("A/P") || ahead === "AM/PM" || ahead === "上午/下午") return true;
      i++;
    } else {
      i++;
    }
  }
  return false;
}

/** A number cut to the 15 significant digits a spreadsheet keeps (2958464.999999999 is 2958464.99999999). */
function fifteenDigits(v: number): number {
  const s = v.toPrecision(16);
  if (s.includes("e")) return v;
  return Number(s.slice(0, s.startsWith("0.") ? 17 : 16));
}

/** The calendar day of a serial number (1900 date system, with its phantom 29 February 1900); null when out of range. */
export function dateOfSerial(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  serial = fifteenDigits(serial);
  let day = Math.floor(serial);
  // A time a hair before midnight (rounding in the stored double) belongs to the next day.
  if (86400 * (serial - day) - Math.floor(86400 * (serial - day)) > 0.9999 && Math.floor(86400 * (serial - day)) === 86399) day++;
  if (day === 60) return { year: 1900, month: 2, day: 29 };
  if (day === 0) return { year: 1900, month: 1, day: 0 };
  const d = new Date(Date.UTC(1899, 11, 31) + (day > 60 ? day - 1 : day) * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** The text a number shown through a date format reads as (2023年12月31日); null for any other number. */
export function dateText(value: number, format: string | undefined | null): string | null {
  if (!isDateFormat(format)) return null;
  const d = dateOfSerial(value);
  return d ? fmt.date(d.year, d.month, d.day) : null;
}
