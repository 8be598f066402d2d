// What `selfeval check` prints as text, from the reports of the checked files: the readable Chinese
// report, file by file, and the batch's totals. No I/O: the CLI prints the lines.
import { CLI, PLAN_KIND_NAMES, SEVERITY_NAMES, baseNameOf } from "../messages";
import { PROFILES } from "../scoring";
import { LAYOUT_NAMES, ruleById, type BatchReview, type FileReport, type SheetReport } from "../workbook";

function counts(sheets: SheetReport[]): Record<"error" | "warning" | "info", number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const s of sheets) for (const f of s.findings) c[f.severity]++;
  return c;
}

/** Where a table is: its sheet, and which table of the sheet when the sheet holds several. */
function whereOf(s: SheetReport, all: SheetReport[]): string {
  const several = all.filter((x) => x.sheet === s.sheet && x.kind !== "unknown").length > 1;
  return CLI.text.where(s.sheet, several ? (s.table ?? 1) : null, several ? (s.range ?? "") : null);
}

function projectLines(s: SheetReport, where: string): string[] {
  const lines = [CLI.text.project(where, LAYOUT_NAMES[s.layout!], PROFILES[s.profile!].name)];
  if (s.projectName) lines.push(CLI.text.projectName(s.projectName));
  const p = s.partners;
  const places = [
    ...(p?.declaration ? [CLI.text.partner("申报表", p.declaration.sheet, p.declaration.file, p.declaration.how === "name-only")] : []),
    ...(p?.monitoring ? [CLI.text.partner("监控表", p.monitoring.sheet, p.monitoring.file, p.monitoring.how === "name-only")] : []),
  ];
  if (places.length) lines.push(CLI.text.partners(places));
  const b = s.budget;
  if (b && b.rate !== null && b.budget !== null && b.executed !== null)
    lines.push(CLI.text.budget(b.rate, b.executed, b.budget, b.score ?? 0));
  if (s.total?.score !== null && s.total?.score !== undefined)
    lines.push(CLI.text.total(s.total.score, CLI.text.printed(s.total.printed, s.total.printedError), s.grade ?? ""));
  return lines;
}

/** A 申报表 or 监控表: its name, project, year, funds and how many indicators; it has no findings. */
function planLines(s: SheetReport, where: string): string[] {
  const t = s.declaration ?? s.monitoring!;
  const lines = [CLI.text.plan(where, PLAN_KIND_NAMES[t.kind])];
  if (t.projectName) lines.push(CLI.text.projectName(t.projectName));
  lines.push(CLI.text.planFacts(t.year, t.indicators.length));
  if (t.kind === "declaration") {
    const total = t.funds.find((f) => f.part === "total")?.amount.value ?? null;
    if (total !== null) lines.push(CLI.text.declarationFunds(total));
  } else {
    const total = t.funds.find((f) => f.part === "total");
    if (total?.budget.value != null && total.midYear.value !== null)
      lines.push(CLI.text.monitoringFunds(total.budget.value, total.midYear.value, total.forecast.value));
  }
  return lines;
}

function departmentLines(s: SheetReport, where: string): string[] {
  const d = s.department!;
  const lines = [CLI.text.department(where, d.profile.name)];
  if (s.projectName) lines.push(CLI.text.unitName(s.projectName));
  for (const l of d.lines) if (l.rate !== null) lines.push(CLI.text.line(l.line.label, l.rate, l.executed!, l.budget!));
  if (d.total !== null && d.itemScore !== null && d.bonus !== null) {
    lines.push(
      CLI.text.departmentTotal(
        d.total,
        d.itemScore,
        Math.min(d.bonus, d.profile.bonusCap),
        CLI.text.printed(s.total?.printed, s.total?.printedError),
        s.grade ?? "",
      ),
    );
  }
  return lines;
}

/** The readable Chinese report. */
export function toText(files: FileReport[], parts: { files?: boolean; totals?: boolean } = {}): string[] {
  const lines: string[] = [];
  for (const f of parts.files === false ? [] : files) {
    lines.push(CLI.text.file(f.file));
    if (f.error) {
      lines.push(CLI.text.unusable(f.error));
      continue;
    }
    for (const s of f.sheets) {
      if (s.kind === "unknown") {
        lines.push(CLI.text.notTable(s.sheet));
        continue;
      }
      const where = whereOf(s, f.sheets);
      if (s.declaration || s.monitoring) {
        lines.push(...planLines(s, where));
        continue;
      }
      lines.push(...(s.kind === "department" ? departmentLines(s, where) : projectLines(s, where)));
      lines.push(CLI.text.counts(counts([s])));
      for (const finding of s.findings)
        lines.push(CLI.text.finding(SEVERITY_NAMES[finding.severity], finding.cell, finding.message, finding.rule));
    }
  }
  if (parts.totals === false) return lines;
  const all = files.flatMap((f) => f.sheets);
  lines.push(CLI.text.summary(files.length, all.length, files.filter((f) => f.error).length, counts(all)));
  return lines;
}

/** The review sample (check --sample): a heading with its size and seed, then the tables drawn, in rank order. */
export function sampleText(review: BatchReview): string[] {
  const sample = review.sample;
  if (!sample) return [];
  const asked = sample.count !== undefined ? CLI.text.sampleCount(sample.count) : CLI.text.sampleShare(sample.share ?? 0);
  const lines = [CLI.text.sample(sample.size, sample.population, asked, sample.byPriority, sample.seed)];
  const perSheet = (r: BatchReview["rows"][number]) => review.rows.filter((x) => x.file === r.file && x.sheet === r.sheet).length > 1;
  for (const r of review.rows.filter((x) => x.sampled)) {
    const where = CLI.text.where(r.sheet, perSheet(r) ? (r.table ?? 1) : null, perSheet(r) ? (r.range ?? "") : null);
    const titles = r.signals.map((x) => ruleById(x.id)?.title ?? x.id);
    lines.push(CLI.text.sampleRow(r.rank, baseNameOf(r.file), where, r.projectName, r.priority, titles));
  }
  return lines;
}
