import { ReviewkitError } from "../src/errors.js";
import { printable } from "../src/io/printable.js";
import type { CliIo } from "./io.js";

/**
 * Thrown to end a run with an exit code when the line saying why is already written (a usage error
 * yargs found): it stops yargs at once, and `exitCodeFor` returns its code without printing more.
 */
export class ExitSignal extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * What a run that failed prints, and its exit code: one line on stderr and 2. Our own errors print
 * their located line; anything else is a bug, reported without a stack trace unless --verbose.
 * @example return exitCodeFor(err, argv.includes("--verbose"), io) // 2
 */
export function exitCodeFor(err: unknown, verbose: boolean, io: CliIo): number {
  if (err instanceof ExitSignal) return err.code;
  if (err instanceof ReviewkitError) {
    io.stderr(`reviewkit: ${printable(err.toLine())}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    io.stderr(`reviewkit: internal error: ${verbose ? (err as Error).stack ?? message : message.split("\n")[0]}\n`);
  }
  return 2;
}
