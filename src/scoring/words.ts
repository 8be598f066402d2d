// Chinese text as targets write it: full-width forms, white space and punctuation unified; small Chinese
// numerals ("两次", "十二") read as numbers.

/** Measure words that may follow a Chinese numeral ("两次"); anything else ("一般", "一些") is words. */
export const CN_NUMERAL_UNITS = new Set(
  (
    "个 人 人次 次 项 件 场 场次 户 家 天 日 月 个月 年 亩 台 套 篇 册 小时 份 名 所 期 批 条 本 张 部 辆 座 处 " +
    "间 课时 学时 节 轮 周 分 分钟 起 例 类 种 万元 元 千元 亿元 工作日 个工作日"
  ).split(" "),
);

const CN_DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

const NEEDS_NFKC = /[\uff00-\uffef\u3000\u2000-\u200b]/;
const NEEDS_CLEANUP = /[\s\u00a0（），。；;]/;

/** Full-width forms to ASCII, all white space removed, Chinese punctuation unified. */
export function normalizeText(text: string): string {
  // Most cells need none of this; checking first keeps JX.SCORE fast on recalculation.
  let t = NEEDS_NFKC.test(text) ? text.normalize("NFKC") : text;
  if (NEEDS_CLEANUP.test(t)) {
    t = t
      .replace(/[\s\u00a0\u3000]+/g, "")
      .replace(/[（]/g, "(")
      .replace(/[）]/g, ")")
      .replace(/[，]/g, ",")
      .replace(/[。；;]+$/g, "");
  }
  return t;
}

/** Small Chinese numerals ("两", "十二", "三百") as written in targets such as "不少于两次". */
export function parseChineseNumber(text: string): number | null {
  if (!text || !/^[零〇一二两三四五六七八九十百千]+$/.test(text)) return null;
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
    } else {
      const unit = CN_UNITS[ch];
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    }
  }
  if (digit >= 0) total += digit;
  return total;
}
