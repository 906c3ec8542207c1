import { writeSync } from "node:fs";
import { OutputError } from "../errors.js";
import { reason } from "./safe-write.js";

/**
 * Standard output, written in full or not at all quietly. Node's own stream writes a redirected file
 * with one `write` call and ignores how many bytes went out (half a calendar on a nearly full disk,
 * exit 0), and reports `/dev/full` as an unhandled 'error' event with a stack trace. Here every byte
 * is counted and a failure is an OutputError (one line, exit 2). A closed pipe (EPIPE: `… | head`)
 * is the reader's choice, not a failure: the rest of the output is dropped silently.
 */

let closed = false;

/**
 * Writes text to standard output (fd 1), or throws OutputError.
 * @example writeStdout(formatText(result))
 */
export function writeStdout(text: string, fd = 1): void {
  if (closed) return;
  const bytes = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < bytes.length) {
    try {
      const n = writeSync(fd, bytes, offset, bytes.length - offset);
      if (!(n > 0)) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
      offset += n;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "an error";
      if (code === "EAGAIN") {
        // A non-blocking pipe whose reader is slow: wait a moment and go on.
        sleep(5);
        continue;
      }
      if (code === "EPIPE") {
        closed = true;
        return;
      }
      throw new OutputError(`cannot write to standard output (${reason(code)}); the output is incomplete`, "<stdout>");
    }
  }
}

/**
 * Standard output as the `reviewkit` program writes it (cli/io.ts, processIo). An object so a test
 * that calls a command's function directly can catch its output (`vi.spyOn(stdout, "write")`).
 * @example vi.spyOn(stdout, "write").mockImplementation((s) => void out.push(s))
 */
export const stdout = { write: (text: string): void => writeStdout(text) };

/** Waits a few milliseconds without a busy loop. Made on first use: a browser (the form) may have no SharedArrayBuffer. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
