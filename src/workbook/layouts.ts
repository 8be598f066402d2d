// Table layouts (domain §1) as data, as profiles are: a new layout is one more object in LAYOUTS
// (its id, its Chinese name, what identifies it, its default profile, the columns only it has).
import type { ProfileId } from "../scoring/profiles";
import { HEADER_WORDS, INDICATOR_HEADERS, type IndicatorField } from "./labels";

export interface LayoutDef {
  /** ASCII id: a report's `layout` (JSON output, the pane), and what tests name. */
  readonly id: string;
  /** The Chinese name reports print ("广州格式"). */
  readonly name: string;
  /** The scoring profile its tables default to; `--profile` and the pane's choice override it. */
  readonly profile: ProfileId;
  /**
   * What identifies it: any of these indicator columns found, or any of these labels anywhere in the
   * table. Layouts are tried in list order; one without `detect` is the fallback when none matches.
   */
  readonly detect?: { readonly columns?: readonly IndicatorField[]; readonly labels?: readonly string[] };
  /** Header words (normalised) of columns only this layout has, or of its own names for common columns. */
  readonly columns?: Partial<Record<IndicatorField, readonly string[]>>;
}

/** Sichuan's provincial form 510000_0013zp: the target split into 指标性质 · 指标值 · 度量单位. */
const sichuan: LayoutDef = {
  id: "sichuan",
  name: "四川分列格式",
  profile: "sichuan",
  detect: { columns: ["nature", "unit"] },
  columns: { nature: ["指标性质"], unit: ["度量单位", "计量单位", "单位"] },
};

/** The Guangzhou variant (seed 003). */
const guangzhou: LayoutDef = {
  id: "guangzhou",
  name: "广州格式",
  profile: "guangzhou",
  detect: { labels: ["年度预算执行数", "实际完成指标值", "年度预期绩效目标"] },
};

/** The central template (财预〔2020〕10号) most provinces use: every table no other layout claims. */
const central: LayoutDef = { id: "central", name: "中央模板", profile: "central" };

/** Every layout, in the order detection tries them. A new layout is one more object here. */
export const LAYOUTS: readonly LayoutDef[] = [sichuan, guangzhou, central];

/** Each layout's Chinese name by id, as reports print them. */
export const LAYOUT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(LAYOUTS.map((l) => [l.id, l.name]));

/** A layout's Chinese name; its id when the list does not have it. */
export function layoutName(id: string, layouts: readonly LayoutDef[] = LAYOUTS): string {
  return layouts.find((l) => l.id === id)?.name ?? id;
}

/** The first layout whose `detect` matches what a table shows, else the fallback (the first without `detect`). */
export function detectLayout(
  found: { labels: ReadonlySet<string>; columns: ReadonlySet<IndicatorField> | ReadonlyMap<IndicatorField, unknown> },
  layouts: readonly LayoutDef[] = LAYOUTS,
): LayoutDef {
  const matches = (l: LayoutDef) =>
    !!l.detect && (!!l.detect.columns?.some((c) => found.columns.has(c)) || !!l.detect.labels?.some((w) => found.labels.has(w)));
  return layouts.find(matches) ?? layouts.find((l) => !l.detect) ?? layouts[0];
}

interface LayoutWords {
  /** Each indicator field's header words: the common ones, then each layout's own. */
  indicatorHeaders: Partial<Record<IndicatorField, readonly string[]>>;
  /** Every header word: a cell holding one is a label, not a value. */
  headerWords: ReadonlySet<string>;
}

const wordsOf = new WeakMap<readonly LayoutDef[], LayoutWords>();

/** The header words recognition looks for, with the columns of every layout of the list. */
export function layoutWords(layouts: readonly LayoutDef[] = LAYOUTS): LayoutWords {
  let words = wordsOf.get(layouts);
  if (words) return words;
  const indicatorHeaders: Partial<Record<IndicatorField, string[]>> = Object.fromEntries(
    Object.entries(INDICATOR_HEADERS).map(([f, list]) => [f, [...list]]),
  );
  for (const l of layouts) {
    for (const [field, list] of Object.entries(l.columns ?? {}) as Array<[IndicatorField, readonly string[]]>) {
      const own = (indicatorHeaders[field] ??= []);
      for (const w of list) if (!own.includes(w)) own.push(w);
    }
  }
  words = { indicatorHeaders, headerWords: new Set([...HEADER_WORDS, ...Object.values(indicatorHeaders).flat()]) };
  wordsOf.set(layouts, words);
  return words;
}
