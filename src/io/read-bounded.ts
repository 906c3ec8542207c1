import { readFileSync, readSync, statSync, type Stats } from "node:fs";
import { InputError } from "../errors.js";

/**
 * Reads a whole input, never more than `limit` bytes: the limit is checked while reading, so
 * `validate /dev/zero` stops at the limit instead of growing past 16 GB, and a file that grows while
 * it is read is caught too. A named pipe (FIFO), a device or a socket given as a file is refused
 * before a byte is read: it may never end (a FIFO nobody writes to hung for ever). Standard input
 * ("-") may be a pipe or a device (`< /dev/zero`): it is read in chunks and stops at the limit.
 * Only stat, readFileSync and (for standard input) readSync: the browser form's file-system shim
 * serves the first two from memory.
 * @example readBounded("child.case.json", MAX_INPUT_BYTES) // Buffer
 * @example readBounded("-", MAX_INPUT_BYTES, "<stdin>")
 */
export function readBounded(path: string, limit: number, label = path): Buffer {
  if (path === "-") {
    const given = standardInput.given();
    return given === undefined ? readAll(0, limit, label) : fromBytes(given, limit, label);
  }
  let st: Stats;
  try {
    // stat, not open: opening a FIFO for reading waits for a writer before we could look at it.
    st = statSync(path);
  } catch (err) {
    throw new InputError(openProblem((err as NodeJS.ErrnoException).code), label);
  }
  if (st.isDirectory()) throw new InputError("is a folder", label);
  if (!st.isFile()) throw new InputError("is not a regular file (a pipe, a device or a socket); give a file, or - for standard input", label);
  if (st.size > limit) throw new InputError(tooBig(st.size, limit), label);
  let buf: Buffer;
  try {
    // A regular file is read to the size it had when opened (stat said it is within the limit).
    buf = readFileSync(path) as Buffer;
  } catch (err) {
    throw new InputError(openProblem((err as NodeJS.ErrnoException).code), label);
  }
  if (buf.length > limit) throw new InputError(tooBig(buf.length, limit), label);
  return buf;
}

/**
 * Where "-" is read from: the process's own standard input (fd 0), unless the command line runs in
 * process (cli/main.ts, given its standard input as bytes) and `given` returns those bytes.
 * @example standardInput.given = () => Buffer.from("{}")
 */
export const standardInput: { given: () => Uint8Array | undefined } = { given: () => undefined };

/** Standard input given as bytes, held to the same limit and message as one read from fd 0. */
function fromBytes(bytes: Uint8Array, limit: number, label: string): Buffer {
  if (bytes.length > limit) throw new InputError(tooBig(undefined, limit), label);
  return Buffer.from(bytes);
}

function readAll(fd: number, limit: number, label: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, limit + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EAGAIN") {
        sleep(10); // standard input is a non-blocking pipe with nothing yet
        continue;
      }
      if (code === "EOF") break; // Windows: a closed pipe
      throw new InputError(`cannot be read (${code ?? "an error"})`, label);
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > limit) throw new InputError(tooBig(undefined, limit), label);
  }
  return Buffer.concat(chunks, total);
}

function tooBig(size: number | undefined, limit: number): string {
  const mb = (n: number) => `${Math.round(n / 1048576)} MB`;
  return `${size === undefined ? `is over ${mb(limit)} (reading stopped there)` : `the file is ${mb(size)}`}; inputs over ${mb(limit)} are refused`;
}

function openProblem(code: string | undefined): string {
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot be read (${code ?? "an error"})`;
}

/** Waits a few milliseconds without a busy loop. Made on first use: a browser (the form) may have no SharedArrayBuffer. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
