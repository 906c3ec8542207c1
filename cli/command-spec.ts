/**
 * One command of the command line, declared in its own file `cli/commands/<name>.command.ts`: what it
 * is called, what it does, its options (a yargs builder) and how to run it. The command modules
 * themselves load only when their command runs, so `reviewkit validate` does not pay for the
 * renderers. scripts/gen-index.ts finds every *.command.ts at build time (cli/command-index.ts): no
 * hand-kept list names the commands.
 */
import type { Argv } from "yargs";
import type { CliIo } from "./io.js";

/** @example { usage: "form", describe: "write the offline form", rank: 8, builder: (y) => y, run: async (argv) => 0 } */
export interface CommandSpec {
  /** The yargs command string, the name first: "validate <inputs..>". */
  usage: string;
  /** One line for the help. */
  describe: string;
  /** Where the command is listed in `reviewkit --help`: lower first. */
  rank: number;
  /** Its options and positionals. */
  builder: (y: Argv) => Argv;
  /** Loads the command's module and runs it, writing through `io`; resolves to the exit code. */
  run: (argv: unknown, io: CliIo) => Promise<number>;
}
