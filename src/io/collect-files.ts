import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { InputError } from "../errors.js";

/**
 * Expands the command line's files and folders into JSON files, folders walked recursively in a
 * stable (sorted) order. "-" stands for standard input and is kept as is.
 * @example collectJsonFiles(["examples/knowsley", "one.json"]) // ["examples/knowsley/a.json", …, "one.json"]
 */
export function collectJsonFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === "-" || input === ":stdin:") {
      // ":stdin:" is how cli/index.ts passes "-" through yargs, which drops a lone "-".
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
      walk(input, out);
      if (out.length === before) throw new InputError("the folder holds no .json files", input);
    } else out.push(input);
  }
  return out;
}

function walk(dir: string, out: string[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name === "node_modules") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.endsWith(".json") && !e.name.endsWith(".findings.json")) out.push(p);
  }
}
