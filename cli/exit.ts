import { ReviewkitError } from "../src/errors.js";
import { printable } from "../src/io/printable.js";

/** Ends the process with a code after stdout has drained (a pipe to `head` must not lose output). */
export function exitWith(code: number): never {
  process.exitCode = code;
  // Returning lets pending writes flush; throwing a sentinel stops the caller's remaining work.
  throw new ExitSignal(code);
}

export class ExitSignal extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

/**
 * One line on stderr and exit 2. Our own errors print their located line; anything else is a bug,
 * reported without a stack trace unless --verbose.
 */
export function handleError(err: unknown, verbose: boolean): void {
  if (err instanceof ExitSignal) {
    process.exitCode = err.code;
    return;
  }
  if (err instanceof ReviewkitError) {
    process.stderr.write(`reviewkit: ${printable(err.toLine())}\n`);
  } else {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`reviewkit: internal error: ${verbose ? (err as Error).stack ?? message : message.split("\n")[0]}\n`);
  }
  process.exitCode = 2;
}
