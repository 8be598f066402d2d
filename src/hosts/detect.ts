// Which host the pane runs in: each candidate is asked in turn and the first that finds itself gives
// the port; outside every host, the pane says which host this build is for. A new host is one line here.
import { PANE } from "../messages";
import { excelHost } from "./excel/office";
import type { HostCandidate, HostPort } from "./port";
import { wpsHost } from "./wps/et";

// WPS first: its pages have no Office.js, and Excel's need Office.onReady to say which application it is.
const HOSTS: HostCandidate[] = [wpsHost, excelHost];

/**
 * Calls `found` with the host's port (now, or once the host is ready) and the message for the page
 * outside it; with no port and the message of this build's host (`build`: taskpane.html's data-host)
 * when the page runs in none of them.
 */
export function detectHost(build: string | undefined, found: (port: HostPort | null, outside: string) => void): void {
  for (const host of HOSTS) if (host.find((port) => found(port, host.outside))) return;
  found(null, HOSTS.find((h) => h.id === build)?.outside ?? PANE.outsideExcel);
}
