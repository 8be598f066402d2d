// The project's three tables read together (domain §8): each 自评表 is matched to the 申报表 and the 执行监控表
// of the same project and year, within one workbook or across the files of a batch, and the cross-checks
// (rule family `cross`) add their findings to its report. Pure: reports in, reports out.
import { checkTables, tableSignals, type CheckOptions, type PartnerRef, type SheetReport } from "./check";
import type { Grid } from "./grid";
import { indicatorKey, projectKey } from "./match";
import type { DeclarationTable, MonitoringTable } from "./model";
import { draftNarratives } from "./narrative";
import { RULES, runRules, type Audience, type MatchHow, type Partner, type Partners, type Unmatched } from "./rules";

/** The sheets of one file (or of a workbook in the pane): the unit a batch is made of. */
export interface ReportGroup {
  file?: string;
  sheets: SheetReport[];
}

interface Located {
  group: number;
  file?: string;
  report: SheetReport;
}

const CROSS_RULES = RULES.filter((r) => r.family === "cross");

const yearOf = (r: SheetReport): number | null => (r.kind === "project" ? (r.model?.year ?? null) : (r.year ?? null));
const keyOf = (r: SheetReport) => projectKey(r.projectName ?? "");

/**
 * Each 自评表's 申报表 and 监控表: same project name (spaces and punctuation aside) and same year; where one of
 * them has no year, the only table of that kind with that name. A table of the same file is preferred when
 * several match. The tables matched to no 自评表 are listed for the 自评表 of the same name (another year, or
 * too many to choose from) or, failing that, for those of the same file (another project); elsewhere in a
 * batch they are not mentioned.
 */
export function matchPartners(groups: ReportGroup[]): Map<SheetReport, Partners> {
  const all: Located[] = groups.flatMap((g, group) => g.sheets.map((report) => ({ group, file: g.file, report })));
  const selves = all.filter((x) => x.report.kind === "project" && x.report.evaluation);
  const others = all.filter((x) => x.report.declaration || x.report.monitoring);
  const used = new Set<Located>();
  const out = new Map<SheetReport, Partners>();
  for (const self of selves) {
    const partners: Partners = { unmatched: [] };
    const key = keyOf(self.report);
    const year = yearOf(self.report);
    for (const kind of ["declaration", "monitoring"] as const) {
      const named = key ? others.filter((o) => o.report.kind === kind && keyOf(o.report) === key) : [];
      const exact = named.filter((o) => year !== null && yearOf(o.report) === year);
      const pick = exact.find((o) => o.group === self.group) ?? exact[0];
      const how: MatchHow = "name-year";
      const only = !pick && named.length === 1 && (year === null || yearOf(named[0].report) === null) ? named[0] : undefined;
      const found = pick ?? only;
      if (!found) continue;
      used.add(found);
      const partner = {
        sheet: found.report.sheet,
        ...(found.group !== self.group && found.file ? { file: found.file } : {}),
        how: pick ? how : ("name-only" as const),
      };
      if (kind === "declaration") partners.declaration = { ...partner, table: found.report.declaration as DeclarationTable };
      else partners.monitoring = { ...partner, table: found.report.monitoring as MonitoringTable };
    }
    out.set(self.report, partners);
  }
  for (const o of others.filter((x) => !used.has(x))) {
    const kind = o.report.kind as Unmatched["kind"];
    const sameName = selves.filter((s) => keyOf(s.report) && keyOf(s.report) === keyOf(o.report) && !out.get(s.report)?.[kind]);
    const sameFile = selves.filter((s) => s.group === o.group);
    const to = sameName.length ? sameName : sameFile;
    for (const s of to) {
      const sy = yearOf(s.report);
      const oy = yearOf(o.report);
      const why: Unmatched["why"] = !sameName.length ? "project" : sy !== null && oy !== null && sy !== oy ? "year" : "ambiguous";
      out.get(s.report)!.unmatched.push({
        kind,
        sheet: o.report.sheet,
        ...(o.group !== s.group && o.file ? { file: o.file } : {}),
        projectName: o.report.projectName ?? "",
        year: oy,
        why,
      });
    }
  }
  return out;
}

const refOf = (p: Partner<unknown> | undefined): PartnerRef | undefined =>
  p && { sheet: p.sheet, ...(p.file ? { file: p.file } : {}), how: p.how };

/** How many indicators the 申报表 (else the 监控表) plans, and how many of them the 自评表 lists. */
function targetsOf(r: SheetReport, p: Partners): { planned: number; listed: number } {
  const planned = new Set((p.declaration?.table ?? p.monitoring?.table)?.indicators.map((i) => indicatorKey(i.name)).filter((k) => k));
  const own = new Set(r.evaluation?.indicators.map((i) => indicatorKey(i.indicator.name)));
  return { planned: planned.size, listed: [...planned].filter((k) => own.has(k)).length };
}

/**
 * The groups with the cross-checks' findings added to each 自评表 (and its drafts quoting the 监控表's 原因说明) that has a 申报表 or 监控表 to compare with
 * (or one that was not compared): within one workbook, pass one group; for a batch, every file's.
 */
export function crossCheck<G extends ReportGroup>(groups: G[], options: { audience?: Audience } = {}): G[] {
  if (!groups.some((g) => g.sheets.some((r) => r.declaration || r.monitoring))) return groups;
  const matched = matchPartners(groups);
  const audience = options.audience ?? "cli";
  return groups.map((g) => ({
    ...g,
    sheets: g.sheets.map((r) => {
      const partners = matched.get(r);
      if (!partners || !r.evaluation || (!partners.declaration && !partners.monitoring && partners.unmatched.length === 0)) return r;
      const findings = runRules({ kind: "project", evaluation: r.evaluation }, { audience, formulas: [], partners }, CROSS_RULES);
      const refs = { declaration: refOf(partners.declaration), monitoring: refOf(partners.monitoring) };
      // Drafts (when the report has them) start a 偏差原因 from the 监控表's 原因说明.
      const m = partners.monitoring;
      const drafts = m && r.drafts.length > 0 ? draftNarratives(r.evaluation, { table: m.table, sheet: m.sheet }) : r.drafts;
      const checked: SheetReport = {
        ...r,
        findings: [...r.findings, ...findings],
        drafts,
        ...(refs.declaration || refs.monitoring
          ? {
              partners: {
                ...(refs.declaration ? { declaration: refs.declaration } : {}),
                ...(refs.monitoring ? { monitoring: refs.monitoring } : {}),
                targets: targetsOf(r, partners),
              },
            }
          : {}),
      };
      // The signals again: targets changed against the 申报表 come from the findings just added.
      return { ...checked, signals: tableSignals(checked) };
    }),
  }));
}

/** Every table of a workbook's sheets, checked, with the cross-checks between its 自评表 and its 申报表 / 监控表. */
export function checkWorkbook(grids: Grid[], options: CheckOptions = {}): SheetReport[] {
  const sheets = grids.flatMap((grid) => checkTables(grid, options));
  return crossCheck([{ sheets }], { audience: options.audience })[0].sheets;
}
