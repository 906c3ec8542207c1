/**
 * Help that helps: `reviewkit help <command>`, and "did you mean" for a misspelt command or option.
 * Commands and their options are read from yargs itself, so a command registered with `.command()`
 * in cli/main.ts is listed, suggested and helped with no change here.
 */
import type { Argv } from "yargs";
import { closestName } from "../src/schema/did-you-mean.js";

/**
 * `reviewkit help` is `reviewkit --help`; `reviewkit help <command> …` is `reviewkit <command> --help`.
 * @example helpArgs(["help", "validate"]) // ["validate", "--help"]
 */
export function helpArgs(args: readonly string[]): string[] {
  if (args[0] !== "help") return [...args];
  const rest = args.slice(1).filter((a) => !a.startsWith("-"));
  return rest.length === 0 ? ["--help"] : [...rest, "--help"];
}

/** The names of the commands registered with yargs (not `help` or `completion`, which are ours). */
export function commandNames(y: Argv): string[] {
  const internal = (y as unknown as { getInternalMethods(): { getCommandInstance(): { getCommands(): string[] } } }).getInternalMethods();
  return internal.getCommandInstance().getCommands();
}

/** The usage line a command was registered with, e.g. "validate <inputs..>". */
export function commandUsage(y: Argv, name: string): string | undefined {
  const internal = (y as unknown as { getInternalMethods(): { getCommandInstance(): { getCommandHandlers(): Record<string, { original: string }> } } }).getInternalMethods();
  return internal.getCommandInstance().getCommandHandlers()[name]?.original;
}

/**
 * A usage error, with a suggestion where a word was misspelt: an unknown command against the
 * commands, an unknown option against the options the command takes.
 * @example usageLine("Unknown argument: as-off", y, ["validate", "--as-off"], known) // "unknown option --as-off: did you mean --as-of?"
 */
export function usageLine(
  msg: string,
  y: Argv,
  typed: readonly string[],
  known: { commands: readonly string[]; usages: ReadonlyMap<string, string> },
): string {
  const flat = msg.replace(/\s*\n\s*/g, " ");
  const recommended = flat.match(/^Did you mean (\S+)\?$/);
  if (recommended) return `unknown command ${typed[0] ?? ""}: did you mean ${recommended[1]}?`;
  const usage = typed[0] === undefined ? undefined : known.usages.get(typed[0]);
  if (/^Not enough non-option arguments/.test(flat) && usage) return `${typed[0]} needs more: reviewkit ${usage}`;
  const unknown = flat.match(/^Unknown arguments?: (.*)$/);
  if (!unknown) return flat;
  // yargs lists an unknown option twice (as-off, asOff): keep the form that was typed
  const words = unknown[1]!.split(", ").map((w) => w.trim()).filter((w) => !/[A-Z]/.test(w));
  const options = Object.keys((y as unknown as { getOptions(): { key: Record<string, unknown> } }).getOptions().key).filter((k) => k.length > 1 && !/[A-Z$]/.test(k));
  const commands = known.commands;
  const parts = words.map((w) => {
    const asOption = typed.some((t) => t === `--${w}` || t.startsWith(`--${w}=`) || t === `-${w}`);
    const best = asOption ? closestName(w, options) : closestName(w, commands);
    const name = asOption ? `unknown option ${w.length === 1 ? "-" : "--"}${w}` : `unknown argument ${w}`;
    return best ? `${name}: did you mean ${asOption ? "--" : ""}${best}?` : name;
  });
  return parts.join("; ");
}
