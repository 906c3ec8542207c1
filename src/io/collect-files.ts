import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { InputError } from "../errors.js";

/**
 * Expands the command line's files and folders into JSON files, folders walked recursively in a
 * stable (sorted) order. "-" stands for standard input and is kept as is. A symbolic link inside a
 * folder is followed when it points inside that folder (a caseload of links is common) and refused
 * with one line when it points outside it or nowhere: it is never skipped silently (a linked case
 * file used to be left out of `deadlines` without a word).
 * @example collectJsonFiles(["examples/knowsley", "one.json"]) // ["examples/knowsley/a.json", …, "one.json"]
 */
export function collectJsonFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === "-" || input === ":stdin:") {
      // ":stdin:" is how cli/main.ts passes "-" through yargs, which drops a lone "-".
      out.push("-");
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      throw new InputError("no such file or folder", input);
    }
    if (isDir) {
      const before = out.length;
      const root = realpathSync(input);
      walk(input, root, { dirs: new Set([root]), files: new Set() }, out);
      if (out.length === before) throw new InputError("the folder holds no .json files", input);
    } else out.push(input);
  }
  return out;
}

/** Folders walked and files listed, by real path: a link to a file or folder already in the list adds nothing. */
interface Seen {
  dirs: Set<string>;
  files: Set<string>;
}

function walk(dir: string, root: string, seen: Seen, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    let isDir = e.isDirectory();
    let isFile = e.isFile();
    if (e.isSymbolicLink()) {
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        throw new InputError("is a symbolic link to nothing (its target is gone)", p);
      }
      if (real !== root && !real.startsWith(root + sep)) {
        throw new InputError("is a symbolic link to somewhere outside the folder; give that file or folder itself", p);
      }
      const st = statSync(real);
      isDir = st.isDirectory();
      isFile = st.isFile();
      if (isDir && seen.dirs.has(real)) continue; // a link back up the tree: that folder is walked already
      if (isDir) seen.dirs.add(real);
    }
    if (isDir) walk(p, root, seen, out);
    else if (isFile && e.name.endsWith(".json") && !e.name.endsWith(".findings.json")) {
      const real = realpathSync(p);
      if (seen.files.has(real)) continue; // the same file by another name (a link beside its target)
      seen.files.add(real);
      out.push(p);
    }
  }
}
