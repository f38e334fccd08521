/** Hands the person a file made in this browser: nothing is sent anywhere. */
export function downloadFile(name: string, parts: BlobPart[], type: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob(parts, { type }));
  link.download = name;
  link.click();
  // Long enough for the slowest browser to start the download.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
