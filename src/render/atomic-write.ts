import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";

let counter = 0;

/**
 * Writes a file so that no one ever sees half of it: the bytes go to a hidden temporary file in the
 * same folder (so the rename cannot cross file systems), are flushed, and the file is renamed over
 * the target in one step. On failure the temporary file is removed and the target is untouched.
 * @example writeFileAtomic("out/LAR-2026-12-10.child-letter.pdf", bytes)
 */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${++counter}.tmp`);
  try {
    const fd = openSync(temp, "wx", 0o600); // records hold personal data: owner-only until renamed
    try {
      let offset = 0;
      while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
}
