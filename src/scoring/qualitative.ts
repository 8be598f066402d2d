// Words that grade themselves (domain §2): "合规" is achieved, "基本完成" partial, "未建立" not achieved,
// and denials of something bad ("无安全事故") are good news.
import type { Grade } from "./value-types";
import { normalizeText } from "./words";

// Denials of something bad are good news: "不超预算", "未发生安全事故", "无投诉".
const GOOD_DENIAL_RE =
  /^(不超|未超|无超|没有超|未发生|没有发生|无发生|未出现|没有出现|零|无(重大|较大|一般|任何)?(安全|质量|责任)?(事故|投诉|违规|违纪|违法|差错|超支|事件))/;
const NEGATIVE_RE = /^(不|未|否|没有|无|非)|未达成|未完成|未达到|未实现|效果较差|较差|不合规|不符合|不健全|未建立|未按/;
const PARTIAL_RE = /部分达成|部分完成|部分实现|部分达到|基本达成|基本完成|基本实现|基本达到|基本合规|基本符合|基本健全|一定效果|有所|一般/;
const ACHIEVED_RE =
  /达成|达到|完成|合规|健全|提高|提升|改善|正常|明显|显著|符合|严格执行|按时|及时|^是$|有效|良好|优秀|^较?好$|满意|建立|规范|落实|实现|保障|持续|到位|增强|优化|按计划|准确|安全|稳定|全覆盖/;

/** How qualitative words grade themselves (domain §2). */
export function gradeText(text: string): { grade: Grade | null; negative: boolean } {
  const t = normalizeText(text);
  if (/^(否|无|没有)$/.test(t)) return { grade: "notAchieved", negative: true };
  if (GOOD_DENIAL_RE.test(t)) return { grade: "achieved", negative: false };
  if (PARTIAL_RE.test(t)) return { grade: "partial", negative: false };
  if (NEGATIVE_RE.test(t)) return { grade: "notAchieved", negative: true };
  if (ACHIEVED_RE.test(t)) return { grade: "achieved", negative: false };
  return { grade: null, negative: false };
}
