/** `node:url` for the form's browser bundle: file URLs of the in-memory file system. */
export function fileURLToPath(url: string | URL): string {
  return decodeURIComponent(String(url).replace(/^file:\/\//, ""));
}

export function pathToFileURL(path: string): URL {
  return new URL(`file://${encodeURI(path)}`);
}

const browserURL = globalThis.URL;
export { browserURL as URL };
export default { fileURLToPath, pathToFileURL };
