// A layout is data, as a profile is: one object in LAYOUTS names it, says what identifies it, its
// default profile and its own columns; recognition walks the list it is given.
import { PROFILES } from "../../src/scoring";
import { LAYOUTS, LAYOUT_NAMES, layoutName, type LayoutDef } from "../../src/workbook";
import { LAYOUT_EXAMPLES, checkOne, gridOf, loadExample, withCells } from "../support/fixtures";

const EXAMPLES = Object.fromEntries(Object.entries(LAYOUT_EXAMPLES).map(([id, file]) => [id, loadExample(file).sheets[0]]));

test("every layout is one object: a unique id, a Chinese name, a known profile; one of them is the fallback", () => {
  expect(new Set(LAYOUTS.map((l) => l.id)).size).toBe(LAYOUTS.length);
  for (const l of LAYOUTS) {
    expect(l.id).toMatch(/^[a-z]+$/);
    expect(l.name).toMatch(/[\u4e00-\u9fff]/);
    expect(PROFILES[l.profile]).toBeDefined();
    expect(LAYOUT_NAMES[l.id]).toBe(l.name);
  }
  expect(LAYOUTS.filter((l) => !l.detect).map((l) => l.id)).toEqual(["central"]);
});

test.each(Object.entries(EXAMPLES))("the %s example is recognised as its layout, with that layout's profile", (id, sheet) => {
  const r = checkOne(gridOf(sheet));
  expect(r.layout).toBe(id);
  expect(r.profile).toBe(LAYOUTS.find((l) => l.id === id)!.profile);
  expect(layoutName(r.layout!)).toBe(LAYOUT_NAMES[id]);
});

describe("a layout added in a test alone", () => {
  /** A made-up provincial form: the actual column headed 实际达成值, scored by the Hebei profile. */
  const hubei: LayoutDef = {
    id: "hubei",
    name: "湖北格式",
    profile: "hebei",
    detect: { labels: ["实际达成值"] },
    columns: { actual: ["实际达成值"] },
  };
  const layouts = [...LAYOUTS, hubei];
  const sheet = withCells(EXAMPLES.central, { F12: "实际达成值（B）" });

  test("without it the column is missing; with it the table is recognised as that layout", () => {
    expect(checkOne(gridOf(sheet)).findings.map((f) => f.rule)).toContain("layout.missing-column");
    const r = checkOne(gridOf(sheet), { layouts });
    expect(r.kind).toBe("project");
    expect(r.layout).toBe("hubei");
    expect(r.profile).toBe("hebei");
    expect(layoutName(r.layout!, layouts)).toBe("湖北格式");
    expect(r.findings.map((f) => f.rule)).not.toContain("layout.missing-column");
    const base = checkOne(gridOf(EXAMPLES.central));
    expect(r.model?.indicators.map((i) => i.actualText)).toEqual(base.model?.indicators.map((i) => i.actualText));
  });

  test("the other layouts are recognised as before with it in the list", () => {
    for (const [id, s] of Object.entries(EXAMPLES)) expect(checkOne(gridOf(s), { layouts }).layout).toBe(id);
  });
});
