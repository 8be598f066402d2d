// The rule catalogue: every rule has its metadata, its text, its row in docs/rules.md, and a sheet on which it
// fires and one on which it stays silent. Every finding the checker emits names a catalogue rule.
import fs from "fs";
import path from "path";
import { rulesMarkdown, RULES_END, RULES_START } from "../../src/cli/docs";
import { PANE, RULE_DOCS } from "../../src/messages";
import { RULES, ruleById, ruleFilter } from "../../src/workbook";
import { caseReport, caseSignals, RULE_CASES } from "../support/rule-cases";

const rulesDoc = fs.readFileSync(path.resolve(__dirname, "../../docs/rules.md"), "utf8");
const CJK = /[\u4e00-\u9fff]/;

test("ids are unique and each rule's family is its id's prefix", () => {
  expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  for (const r of RULES) expect(r.id.startsWith(`${r.family}.`)).toBe(true);
});

describe.each(RULES.map((r) => [r.id, r] as const))("%s", (id, rule) => {
  test("has a Chinese title and docs in the messages module", () => {
    expect(RULE_DOCS[id]).toBeDefined();
    expect(rule.title).toMatch(CJK);
    expect(rule.title.length).toBeLessThanOrEqual(10);
    expect(rule.docs).toMatch(CJK);
    expect(["error", "warning", "info"]).toContain(rule.severity);
  });

  test("has its row in docs/rules.md", () => {
    expect(rulesDoc).toContain(`| \`${id}\` |`);
  });

  test("fires on its case and stays silent on the clean one", () => {
    const c = RULE_CASES[id];
    expect(c).toBeDefined();
    if (rule.family === "review") {
      // A review signal: never a finding, a signal on the table (from the batch step, which adds the batch's own).
      const fired = caseSignals(c.fires()).filter((s) => s.id === id);
      expect(fired.length).toBeGreaterThan(0);
      for (const s of fired)
        expect(s).toEqual({
          id,
          cell: expect.stringMatching(/^[A-Z]+\d+$/),
          reason: expect.stringMatching(CJK),
          weight: rule.weight,
          ...(s.other ? { other: s.other } : {}),
        });
      expect(caseSignals(c.silent()).filter((s) => s.id === id)).toEqual([]);
      expect(caseReport(c.fires()).findings.filter((f) => f.rule.startsWith("review."))).toEqual([]);
      return;
    }
    const fired = caseReport(c.fires()).findings.filter((f) => f.rule === id);
    expect(fired.length).toBeGreaterThan(0);
    for (const f of fired) expect(f.fix !== undefined ? rule.fixable : true).toBe(true);
    expect(caseReport(c.silent()).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});

test("every family has a Chinese section name in the pane", () => {
  for (const family of new Set(RULES.map((r) => r.family)))
    expect({ family, name: PANE.sections[family] }).toEqual({ family, name: expect.stringMatching(/[\u4e00-\u9fff]/) });
});

test("no text or case for a rule the catalogue does not have", () => {
  const ids = new Set(RULES.map((r) => r.id as string));
  expect(Object.keys(RULE_DOCS).filter((k) => !ids.has(k))).toEqual([]);
  expect(Object.keys(RULE_CASES).filter((k) => !ids.has(k))).toEqual([]);
});

test("the rule table in docs/rules.md is the catalogue's (npm run docs rewrites it)", () => {
  const start = rulesDoc.indexOf(RULES_START);
  const end = rulesDoc.indexOf(RULES_END);
  expect(start).toBeGreaterThan(0);
  expect(rulesDoc.slice(start + RULES_START.length, end).trim()).toBe(rulesMarkdown());
});

test("every finding of every case names a rule of the catalogue", () => {
  for (const c of Object.values(RULE_CASES)) {
    for (const f of caseReport(c.fires()).findings) expect(ruleById(f.rule)?.id).toBe(f.rule);
  }
});

describe("ruleFilter", () => {
  test("selects and ignores exact ids and families", () => {
    const keep = ruleFilter(["quality", "budget.rate"], ["quality.generic"]);
    expect(keep("quality.all-met")).toBe(true);
    expect(keep("quality.generic")).toBe(false);
    expect(keep("budget.rate")).toBe(true);
    expect(keep("budget.score")).toBe(false);
    const all = ruleFilter([], ["dept"]);
    expect(all("dept.total")).toBe(false);
    expect(all("total.sum")).toBe(true);
  });

  test("unknown names are an error that names them", () => {
    expect(() => ruleFilter(["budget.rat"])).toThrow(/budget\.rat/);
    expect(() => ruleFilter([], ["qualty"])).toThrow(/qualty/);
  });
});
