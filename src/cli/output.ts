// What `selfeval check` prints, text and JSON, from the reports of the checked files: no file access,
// so the web checker and the tests format results exactly as the CLI does.
import { CLI, LAYOUT_NAMES, SEVERITY_NAMES } from "../messages";
import { PROFILES } from "../scoring";
import type { SheetReport } from "../workbook";
import type { FileReport } from "../engine/files";

export type { FileReport };

/** The JSON shape of a report: computed figures and findings, without the internal model. */
export function toJson(files: FileReport[]): { files: unknown[] } {
  return { files: files.map(fileJson) };
}

/** One file of the JSON report (selfeval check --json streams these as each file is checked). */
export function fileJson(f: FileReport): unknown {
  return {
    file: f.file,
    ...(f.error ? { error: f.error } : {}),
    ...(f.unreadableSheets?.length ? { unreadableSheets: f.unreadableSheets } : {}),
    sheets: f.sheets.map((s) => ({
      sheet: s.sheet,
      ...(s.table !== undefined ? { table: s.table, range: s.range } : {}),
      kind: s.kind,
      ...(s.kind === "project"
        ? { layout: s.layout, profile: s.profile, projectName: s.projectName, budget: s.budget, total: s.total, grade: s.grade }
        : {}),
      ...(s.kind === "department" && s.department
        ? {
            unitName: s.projectName,
            profile: s.department.profile.id,
            budget: {
              lines: s.department.lines.map((l) => ({ label: l.line.label, budget: l.budget, executed: l.executed, rate: l.rate })),
            },
            total: { ...s.total, items: s.department.itemScore, bonus: s.department.bonus },
            grade: s.grade,
          }
        : {}),
      findings: s.findings.map(({ rule, severity, cell, message }) => ({ rule, severity, cell, message })),
    })),
  };
}

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
  const b = s.budget;
  if (b && b.rate !== null && b.budget !== null && b.executed !== null)
    lines.push(CLI.text.budget(b.rate, b.executed, b.budget, b.score ?? 0));
  if (s.total?.score !== null && s.total?.score !== undefined)
    lines.push(CLI.text.total(s.total.score, CLI.text.printed(s.total.printed, s.total.printedError), s.grade ?? ""));
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
