// The WPS add-in's entry page (index.html, which WPS loads when it starts): the 绩效自评 ribbon tab's
// callbacks, named in ribbon.xml, and the JX functions where this WPS can register them. Each ribbon
// button opens the pane (once; later it is shown again) and tells it what to do through the address's
// fragment (#run=check), which the pane listens for.
import * as functions from "../../functions/functions";
import { registerWpsFunctions, type WpsFunction } from "./functions";
import { existingPane, PANE_ID } from "./pane";

declare const __JX_WPS_FUNCTIONS__: WpsFunction[];
declare const __JX_NAMESPACE__: string;

const DOCK_RIGHT = 2; // msoCTPDockPositionRight
const COMMANDS: Record<string, string> = { jxCheck: "check", jxFill: "fill", jxFinalize: "finalize", jxPane: "" };
const ICONS: Record<string, string> = {
  jxCheck: "assets/icon-32.png",
  jxFill: "assets/icon-32.png",
  jxFinalize: "assets/icon-32.png",
  jxPane: "assets/icon-32.png",
};

type Root = Pick<WPSMergedRoot, "CreateTaskPane" | "GetTaskPane" | "PluginStorage">;
type Globals = { Application?: Root; wps?: Root };

/** The add-in's root object: window.Application, or the global wps (host-evidence.md row 8). */
function root(): Root {
  const globals = window as unknown as Globals;
  return (globals.Application ?? globals.wps) as Root;
}

/**
 * The ribbon WPS hands to OnAddinLoad, kept here: Application.ribbonUI is read-only (host-evidence.md
 * row 7), so it is never assigned.
 */
let ribbon: unknown = null;

/** The ribbon object WPS gave at load (null before OnAddinLoad). */
export function ribbonUI(): unknown {
  return ribbon;
}

/** The folder the add-in is served from, with its trailing slash. */
function base(): string {
  const here = decodeURI(document.location.href.split("#")[0].split("?")[0]);
  return here.slice(0, here.lastIndexOf("/") + 1);
}

let sent = 0;

/** Shows the pane (creating it the first time) and asks it to run a command. */
export function openPane(command: string): void {
  const app = root();
  const url = `${base()}taskpane.html${command ? `#run=${command}&n=${++sent}` : ""}`;
  // An open pane is shown again, never a second one beside it.
  let pane = existingPane(app);
  if (!pane) {
    pane = app.CreateTaskPane(url, "绩效自评助手");
    app.PluginStorage.setItem(PANE_ID, pane.ID);
    pane.DockPosition = DOCK_RIGHT;
  } else if (command) {
    // Same page, new fragment: the pane hears a hashchange, or (no source says which, host-evidence.md
    // row 10) loads again and reads the command from its address; its undo survives either way.
    pane.Navigate(url);
  }
  pane.Visible = true;
}

const callbacks = {
  OnAddinLoad(ui: unknown): boolean {
    ribbon = ui;
    return true;
  },
  OnAction(control: { Id: string }): boolean {
    if (control.Id in COMMANDS) openPane(COMMANDS[control.Id]);
    return true;
  },
  GetImage(control: { Id: string }): string {
    return ICONS[control.Id] ?? "assets/icon-32.png";
  },
};

Object.assign(window, callbacks);

/** How many JX functions were registered (0 on WPS older than 12.1.0.20540). */
export const registered = registerWpsFunctions(
  (window as unknown as { wps?: unknown }).wps ?? root(),
  __JX_NAMESPACE__,
  __JX_WPS_FUNCTIONS__,
  functions,
);
