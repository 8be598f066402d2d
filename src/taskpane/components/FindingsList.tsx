// One table's findings, by severity and section: each goes to its cell on click, shows its rule's title
// (the rule's docs behind the ⓘ), and offers 修正 where the rule can fix it.
import { Badge, Button, InfoLabel } from "@fluentui/react-components";
import { PANE } from "../../messages";
import { ruleById, type Finding } from "../../workbook";
import { groupFindings, type CheckedSheet } from "../session";
import { SEVERITY_COLOR, usePaneStyles } from "../styles";

export function FindingsList({
  sheet,
  onSelect,
  onFix,
  busy,
}: {
  sheet: CheckedSheet;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
  busy: boolean;
}) {
  const styles = usePaneStyles();
  const groups = groupFindings(sheet.report.findings);
  if (groups.length === 0) return <p className={styles.status}>{PANE.noFindings}</p>;
  return (
    <>
      {groups.map((g) => (
        <section key={g.severity} aria-label={PANE.severityGroup[g.severity]}>
          <h3 className={styles.group}>
            <Badge appearance="filled" color={SEVERITY_COLOR[g.severity as keyof typeof SEVERITY_COLOR]}>
              {PANE.severityGroup[g.severity]}
            </Badge>
          </h3>
          {g.sections.map((s) => (
            <div key={s.section}>
              <h4 className={styles.section}>{PANE.sections[s.section] ?? s.section}</h4>
              <ul className={styles.list}>
                {s.findings.map((f, i) => (
                  <FindingItem key={`${f.rule}-${f.cell}-${i}`} finding={f} busy={busy} onSelect={onSelect} onFix={onFix} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}

function FindingItem({
  finding: f,
  busy,
  onSelect,
  onFix,
}: {
  finding: Finding;
  busy: boolean;
  onSelect: (f: Finding) => void;
  onFix: (f: Finding) => void;
}) {
  const styles = usePaneStyles();
  const rule = ruleById(f.rule);
  return (
    <li className={styles.finding} data-rule={f.rule} data-cell={f.cell}>
      <button type="button" className={styles.findingText} onClick={() => onSelect(f)} title={PANE.goToCell(f.cell)}>
        <span className={styles.cell}>{f.cell}</span>
        {f.message}
      </button>
      <div className={styles.findingFoot}>
        {rule && (
          <InfoLabel size="small" className={styles.ruleTitle} info={rule.docs} data-testid="rule-title">
            {rule.title}
          </InfoLabel>
        )}
        {f.fix && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(f)}>
            {PANE.fix}
          </Button>
        )}
      </div>
    </li>
  );
}
