/**
 * `node:fs` for the form's browser bundle: a read-only file system held in memory. The page embeds
 * the files the library reads (schemas, profiles, bank holidays, glossary, templates, fonts) and
 * installs them here before any library code runs, so the validator, rules and renderer run
 * unchanged: the same code as the CLI, reading the same files. Writing is not possible.
 */
const files = new Map<string, string | Uint8Array>();
const dirs = new Set<string>(["/"]);

/** Puts files into the in-memory file system; keys are absolute paths ("/reviewkit/schemas/…"). */
export function installFiles(entries: Record<string, string | Uint8Array>): void {
  for (const [path, content] of Object.entries(entries)) {
    files.set(path, content);
    let dir = path.slice(0, path.lastIndexOf("/"));
    while (dir !== "" && !dirs.has(dir)) {
      dirs.add(dir);
      dir = dir.slice(0, dir.lastIndexOf("/"));
    }
  }
}

function notFound(path: string): Error {
  const err = new Error(`ENOENT: no such file in the form: ${path}`) as Error & { code: string };
  err.code = "ENOENT";
  return err;
}

function normal(path: unknown): string {
  const p = String(path);
  return p.length > 1 && p.endsWith("/") ? p.slice(0, -1) : p;
}

const decoder = new TextDecoder();

/** Reads a file: a string when an encoding is given, else bytes. */
export function readFileSync(path: unknown, options?: unknown): string | Uint8Array {
  const content = files.get(normal(path));
  if (content === undefined) throw notFound(String(path));
  const encoding = typeof options === "string" ? options : (options as { encoding?: string } | undefined)?.encoding;
  if (encoding) return typeof content === "string" ? content : decoder.decode(content);
  return typeof content === "string" ? new TextEncoder().encode(content) : content;
}

/** True for a file or folder in the form. */
export function existsSync(path: unknown): boolean {
  const p = normal(path);
  return files.has(p) || dirs.has(p);
}

interface Entry {
  name: string;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

function entry(name: string, isDir: boolean): Entry {
  return { name, isFile: () => !isDir, isDirectory: () => isDir, isSymbolicLink: () => false };
}

/** Lists a folder (names, or entries with `withFileTypes`). */
export function readdirSync(path: unknown, options?: { withFileTypes?: boolean }): (string | Entry)[] {
  const dir = normal(path);
  if (!dirs.has(dir)) throw notFound(dir);
  const prefix = dir === "/" ? "/" : `${dir}/`;
  const out = new Map<string, boolean>();
  for (const p of files.keys()) if (p.startsWith(prefix) && !p.slice(prefix.length).includes("/")) out.set(p.slice(prefix.length), false);
  for (const d of dirs) if (d.startsWith(prefix) && d !== dir && !d.slice(prefix.length).includes("/")) out.set(d.slice(prefix.length), true);
  const names = [...out.keys()].sort();
  return options?.withFileTypes ? names.map((n) => entry(n, out.get(n) === true)) : names;
}

/** Size and kind of a file or folder. */
export function statSync(path: unknown): { size: number; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean } {
  const p = normal(path);
  const content = files.get(p);
  if (content === undefined && !dirs.has(p)) throw notFound(p);
  const size = content === undefined ? 0 : typeof content === "string" ? new TextEncoder().encode(content).length : content.length;
  return { size, isFile: () => content !== undefined, isDirectory: () => content === undefined, isSymbolicLink: () => false };
}

/** Same as statSync: the form has no links. */
export const lstatSync = statSync;

/** The form reads only what it embeds; it cannot check access otherwise. */
export function accessSync(path: unknown): void {
  if (!existsSync(path)) throw notFound(String(path));
}

/** `fs.constants`, for code that names access modes. */
export const constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 };

function noWrite(): never {
  throw new Error("the form cannot write files: documents and records are downloaded instead");
}

export const writeFileSync = noWrite;
export const mkdirSync = noWrite;
export const openSync = noWrite;
export const closeSync = noWrite;
export const writeSync = noWrite;
/** Standard input, for the CLI's "-" (src/io/read-bounded.ts): the form has none. */
export const readSync = (): never => {
  throw new Error("the form has no standard input");
};
export const fsyncSync = noWrite;
export const renameSync = noWrite;
export const rmSync = noWrite;
export const realpathSync = (p: unknown): string => normal(p);
export default { readFileSync, existsSync, readdirSync, statSync, lstatSync, accessSync, constants, realpathSync };
