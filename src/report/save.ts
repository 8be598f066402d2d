// Hands a file made in the page to the person: a download of a blob: URL from our own origin, nothing sent.
// Used by the pane (Windows, web) and the report page (the browser Excel for Mac opens).

/** Starts the download of an object URL under a file name. */
export function clickDownload(url: string, name: string): void {
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

/** Downloads a blob; its URL is released a minute later, when the browser has long taken the file. */
export function downloadFile(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  clickDownload(url, name);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
