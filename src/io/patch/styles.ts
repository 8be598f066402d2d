// styles.xml: read a cell's number format and wrapping; derive new xfs, never change or drop one.
import { attr, encoder, escapeXml, setAttr } from "./xml";

/** styles.xml, growing only: the xf of a cell with a number format or wrapping added, appended once each. */
export class Styles {
  private xml: string;
  private added = new Map<string, number>();
  changed = false;

  constructor(xml: string | undefined) {
    this.xml = xml ?? "";
  }

  private xfs(): string[] {
    const m = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(this.xml);
    return m ? [...m[1].matchAll(/<(?:\w+:)?xf\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?xf>)/g)].map((x) => x[0]) : [];
  }

  numFmtOf(style: number): string | null {
    const xf = this.xfs()[style];
    if (!xf) return null;
    const id = Number(attr(xf, "numFmtId") ?? 0);
    if (id === 0) return "General";
    const custom = [...this.xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].find((m) => Number(attr(m[0], "numFmtId")) === id);
    return custom ? (attr(custom[0], "formatCode") ?? null) : String(id);
  }

  wraps(style: number): boolean {
    return /wrapText\s*=\s*"(1|true)"/.test(this.xfs()[style] ?? "");
  }

  private formatId(code: string): number {
    const builtIn: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10 };
    if (code in builtIn) return builtIn[code];
    const existing = [...this.xml.matchAll(/<(?:\w+:)?numFmt\b[^>]*>/g)].find((m) => attr(m[0], "formatCode") === code);
    if (existing) return Number(attr(existing[0], "numFmtId"));
    const ids = [...this.xml.matchAll(/numFmtId\s*=\s*"(\d+)"/g)].map((m) => Number(m[1]));
    const id = Math.max(163, ...ids) + 1;
    const entry = `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (/<(?:\w+:)?numFmts\b/.test(this.xml)) {
      this.xml = this.xml.replace(/(<((?:\w+:)?)numFmts\b[^>]*?)(\/>|>)/, (_, open: string, p: string, end: string) =>
        end === "/>" ? `${open}>${entry}</${p}numFmts>` : `${open}>${entry}`,
      );
      this.xml = this.xml.replace(/<((?:\w+:)?)numFmts\b[^>]*>/, (tag) =>
        setAttr(tag, "count", String([...this.xml.matchAll(/<(?:\w+:)?numFmt\b/g)].length)),
      );
    } else {
      this.xml = this.xml.replace(/(<(?:\w+:)?styleSheet\b[^>]*>)/, `$1<numFmts count="1">${entry}</numFmts>`);
    }
    return id;
  }

  /** The index of an xf like `style` but with this number format and/or wrapping, appended if new. */
  derive(style: number, change: { format?: string; wrap?: boolean }): number {
    const key = `${style}|${change.format ?? ""}|${change.wrap ? 1 : 0}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const list = this.xfs();
    let xf = list[style] ?? list[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (change.format)
      xf = xf.replace(/^<[^>]*?(\/?)>/, (tag) =>
        setAttr(setAttr(tag, "numFmtId", String(this.formatId(change.format!))), "applyNumberFormat", "1"),
      );
    if (change.wrap) {
      const alignment = /<(?:\w+:)?alignment\b[^>]*>/.exec(xf);
      if (alignment) xf = xf.replace(alignment[0], setAttr(alignment[0], "wrapText", "1"));
      else if (/\/>$/.test(xf)) xf = xf.replace(/\s*\/>$/, '><alignment wrapText="1"/></xf>');
      else xf = xf.replace(/<\/((?:\w+:)?)xf>$/, '<alignment wrapText="1"/></$1xf>');
      xf = xf.replace(/^<[^>]*?(\/?)>/, (tag) => setAttr(tag, "applyAlignment", "1"));
    }
    const index = list.length;
    this.xml = this.xml
      .replace(/<\/((?:\w+:)?)cellXfs>/, `${xf}</$1cellXfs>`)
      .replace(/<((?:\w+:)?)cellXfs\b[^>]*>/, (tag) => setAttr(tag, "count", String(index + 1)));
    this.added.set(key, index);
    this.changed = true;
    return index;
  }

  bytes(): Uint8Array {
    return encoder.encode(this.xml);
  }
}
