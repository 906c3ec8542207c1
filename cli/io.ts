import { isatty } from "node:tty";
import { printable } from "../src/io/printable.js";
import { stdout } from "../src/io/write-stdout.js";

/**
 * Where one run of the command line reads and writes (cli/main.ts): the process's own streams for
 * the `reviewkit` program, strings for a program or a test that runs it in process. Commands write
 * through this, never to `process.stdout` or `process.stderr` themselves.
 */
export interface CliIo {
  /** Writes to standard output; throws OutputError when it cannot (a full disk, /dev/full): the run ends with that line, exit 2. */
  stdout: (text: string) => void;
  /** Writes to standard error. */
  stderr: (text: string) => void;
  /** Standard input, read when an input is "-"; undefined: the process's own (fd 0). */
  stdin?: string | Uint8Array;
  /** Standard output is a terminal: data formats (JSON, CSV, iCalendar) are then made printable, as reports always are. */
  stdoutIsTerminal: boolean;
  /** The terminal a progress bar is drawn on (the process's standard error when it is one); undefined: no bar. */
  progressStream?: NodeJS.WriteStream | undefined;
  /** The terminal's width: help text wraps at 80 columns or this, whichever is less. */
  columns?: number | undefined;
}

/**
 * The `reviewkit` program's streams. Read lazily (getters), as the commands did before they wrote
 * through CliIo: a plain `validate` never creates `process.stdout`'s stream object.
 * @example process.exitCode = await main(process.argv.slice(2), processIo())
 */
export function processIo(): CliIo {
  return {
    // src/io/write-stdout.ts: every byte counted, a full disk an OutputError, a closed pipe quiet.
    stdout: (text) => stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    get stdoutIsTerminal() {
      return isatty(1);
    },
    get progressStream() {
      return process.stderr.isTTY ? process.stderr : undefined;
    },
    get columns() {
      return process.stdout.columns;
    },
  };
}

/**
 * Prints a command's output: a report for people always through `printable` (a record id or name
 * holding ESC or a bidi override must not drive the terminal); a data format (JSON, CSV,
 * iCalendar) exactly as made when it goes to a file or a pipe, and through `printable` when it
 * lands on a terminal.
 * @example printOut(io, formatDeadlinesText(result)); printOut(io, formatDeadlinesCsv(result), { data: true })
 */
export function printOut(io: CliIo, text: string, options: { data?: boolean } = {}): void {
  io.stdout(options.data && !io.stdoutIsTerminal ? text : printable(text));
}
