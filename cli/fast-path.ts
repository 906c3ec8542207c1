/**
 * The common case `reviewkit validate <files…> [--profile P] [--as-of D] [--holidays F] [--format text|json] [--jobs N]`
 * read without yargs. Importing yargs and the help text it always builds after running a command
 * (string widths for every line) cost ~50 ms of a ~200 ms start. Anything outside that plain shape
 * (help, version, `--opt=value`, repeats, unknown options, bad choices) returns undefined and goes
 * through yargs as before, so usage errors and help read exactly as they did.
 */
import { todayIso } from "./today.js";

/** The arguments `runValidate` takes, as yargs would have given them. */
export interface SimpleValidateArgs {
  inputs: string[];
  profile?: string;
  "as-of": string;
  holidays?: string;
  format: "text" | "json";
  jobs?: number;
}

const VALUE_OPTIONS = new Set(["--profile", "--as-of", "--holidays", "--format", "--jobs"]);
const FORMATS = new Set(["text", "json"]);

/**
 * `args`: the command line after the script name, with "-" already mapped to its placeholder.
 * @example simpleValidateArgs(["validate", "a.json", "--as-of", "2026-11-23"]) // { inputs: ["a.json"], "as-of": "2026-11-23", format: "text" }
 */
export function simpleValidateArgs(args: readonly string[]): SimpleValidateArgs | undefined {
  if (args[0] !== "validate") return undefined;
  const inputs: string[] = [];
  const values = new Map<string, string>();
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a.startsWith("-")) {
      const value = args[i + 1];
      if (!VALUE_OPTIONS.has(a) || values.has(a) || value === undefined || value.startsWith("-")) return undefined;
      values.set(a, value);
      i++;
    } else {
      // yargs-parser may read a number-like word as a number; leave those to yargs itself.
      if (a === "" || !Number.isNaN(Number(a))) return undefined;
      inputs.push(a);
    }
  }
  const format = values.get("--format") ?? "text";
  if (!inputs.length || !FORMATS.has(format)) return undefined;
  const jobs = values.get("--jobs");
  // Anything but a plain whole number goes to yargs, whose reading runValidate then refuses in one line.
  if (jobs !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobs)) return undefined;
  const profile = values.get("--profile");
  const holidays = values.get("--holidays");
  return {
    inputs,
    ...(profile === undefined ? {} : { profile }),
    "as-of": values.get("--as-of") ?? todayIso(),
    ...(holidays === undefined ? {} : { holidays }),
    format: format as "text" | "json",
    ...(jobs === undefined ? {} : { jobs: Number(jobs) }),
  };
}
