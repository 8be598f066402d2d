// Numbers and ordinals as the seeds print them.

/** Numbers as the seeds print them: scores and amounts with at most two decimals, rates in percent. */
export const fmt = {
  score: (x: number) => String(Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100),
  amount: (x: number) => (Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100).toFixed(2),
  /** A date cell as the tables write dates: 2023年12月31日. */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /** 0.997553 → "99.76%"; exactly 1 → "100%". */
  rate: (fraction: number) => {
    const pct = Math.round(fraction * 10000 + 1e-9) / 100;
    return Number.isInteger(pct) ? `${pct}%` : `${pct.toFixed(2)}%`;
  },
};

/** 1 → 一, 12 → 十二, 23 → 二十三: ordinals for 一是 / 二是 … */
export function chineseNumber(n: number): string {
  const digits = "零一二三四五六七八九";
  if (n < 10) return digits[n];
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ""}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ""}`;
  return String(n);
}

/** A file's name without its folder, whichever separator the path uses. */
export const baseNameOf = (file: string) => file.split(/[\\/]/).pop() ?? file;
