/// <reference types="et-jsapi-declare" />
// The add-in's one task pane: the entry page (addin.ts) creates it and records its ID in PluginStorage;
// the pane's own page hides it again (a docked pane may freeze the ribbon, host-evidence.md row 2, so the
// ribbon cannot be the only way out).
export const PANE_ID = "jx-selfeval.taskpane";

type Root = Partial<Pick<WPSMergedRoot, "GetTaskPane" | "PluginStorage">>;

/** The pane the add-in created earlier, or null when there is none (or WPS no longer knows it). */
export function existingPane(app: Root): WPS.CustomTaskpane | null {
  try {
    const id = app.PluginStorage?.getItem(PANE_ID);
    return id && app.GetTaskPane ? (app.GetTaskPane(Number(id)) ?? null) : null;
  } catch {
    return null;
  }
}

/** Hides the add-in's pane; false when there is none to hide. */
export function hidePane(app: Root): boolean {
  const pane = existingPane(app);
  if (!pane) return false;
  pane.Visible = false;
  return true;
}
