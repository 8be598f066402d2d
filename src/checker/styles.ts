// The checker page's styles, shared by its components (Fluent UI v9 tokens; no web fonts).
import { makeStyles, shorthands, tokens, typographyStyles } from "@fluentui/react-components";

/** The overview's charts are drawn at this size, into a box of this size (a chart that measured its box did so on every redraw). */
export const CHART_SIZE = { width: 300, height: 230 };

export const useCheckerStyles = makeStyles({
  root: { maxWidth: "1100px", margin: "0 auto", padding: "16px 20px 48px", display: "flex", flexDirection: "column", gap: "16px" },
  header: { display: "flex", flexDirection: "column", gap: "4px" },
  title: { margin: 0, fontSize: tokens.fontSizeHero700, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: 0, color: tokens.colorNeutralForeground3 },
  privacy: { margin: 0, fontSize: tokens.fontSizeBase300 },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "24px",
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: "8px",
    textAlign: "center",
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  row: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "end" },
  muted: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase300,
    "& th, & td": { textAlign: "left", padding: "4px 8px" },
  },
  rowLine: { borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  file: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    paddingTop: "12px",
    display: "flex",
    flexDirection: "column",
    gap: "8px",
    breakInside: "avoid-page",
    // A batch of 1,000 files is 1,000 of these: the browser lays out only those on screen (each new result
    // would otherwise lay the whole list out again); printing shows them all.
    contentVisibility: "auto",
    containIntrinsicSize: "auto 160px",
    "@media print": { contentVisibility: "visible" },
  },
  fileName: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, wordBreak: "break-all" },
  sheet: { display: "flex", flexDirection: "column", gap: "6px", paddingLeft: "8px" },
  sheetName: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  facts: { display: "flex", flexWrap: "wrap", gap: "4px 16px", margin: 0 },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "4px" },
  finding: { display: "flex", gap: "8px", alignItems: "baseline", breakInside: "avoid" },
  cell: { fontFamily: "Consolas, 'Courier New', monospace", minWidth: "3.5em", fontWeight: tokens.fontWeightSemibold },
  /**
   * A finding's severity as Fluent's tint Badge draws it, but a plain span: a batch of 1,000 workbooks lists
   * thousands of findings, and a Badge component for each cost the page more than the rest of the list.
   */
  severity: {
    display: "inline-flex",
    alignItems: "center",
    boxSizing: "border-box",
    flex: "0 0 auto",
    ...typographyStyles.caption1Strong,
    height: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusCircular,
    border: `${tokens.strokeWidthThin} solid`,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.borderColor(tokens.colorPaletteRedBorder1),
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    color: tokens.colorPaletteYellowForeground1,
    ...shorthands.borderColor(tokens.colorPaletteYellowBorder1),
  },
  info: {
    backgroundColor: tokens.colorNeutralBackground4,
    color: tokens.colorNeutralForeground3,
    ...shorthands.borderColor(tokens.colorNeutralStroke2),
  },
  ruleTitle: { color: tokens.colorNeutralForeground3, whiteSpace: "nowrap" },
  rankEntry: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    paddingTop: "4px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    breakInside: "avoid",
  },
  reasons: { margin: 0, paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
  noPrint: { "@media print": { display: "none" } },
  // Fluent's bar glides 0.3 s to each new value: with a batch's progress moving every ~100 ms it never stopped,
  // and each of its frames laid out the page again (a third of the page's time at 1,000 workbooks). It steps.
  progressBar: { transitionDuration: "0s" },
  overview: { display: "flex", flexDirection: "column", gap: "8px", "@media print": { breakAfter: "page" } },
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(480px, 1fr))", gap: "16px" },
  figure: {
    margin: 0,
    padding: "8px",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: "flex",
    flexDirection: "column",
    gap: "6px",
    breakInside: "avoid",
  },
  figureBody: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-start" },
  /** The box a chart fills. */
  chart: { flex: "0 0 auto", width: `${CHART_SIZE.width}px`, height: `${CHART_SIZE.height}px`, maxWidth: "100%", overflow: "hidden" },
  numbers: {
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": { textAlign: "right", padding: "1px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
    "& th[scope=row]": { textAlign: "left", fontWeight: tokens.fontWeightRegular },
  },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});
