import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { OutputError } from "../errors.js";

/**
 * The one way reviewkit writes a file (documents, escalation files). A reader sees the old file or
 * the new one, never half of either, and a failure at any point leaves the old file as it was:
 *
 * 1. a read-only or non-regular target is refused before anything is written;
 * 2. the bytes go to a new hidden file in the same folder (a rename cannot cross file systems), every
 *    byte counted: `write` may write fewer bytes than asked on a nearly full disk without failing;
 * 3. the file is flushed (`fsync`), renamed over the target, and the folder flushed so the rename
 *    itself survives a power cut;
 * 4. on any failure the temporary file is removed and an OutputError says the target was not changed.
 */

/** @example const o: SafeWriteOptions = { throughLinks: true }; */
export interface SafeWriteOptions {
  /**
   * A symbolic link at the target is written through (the file it names is replaced), not replaced
   * by a file. For a case file a person keeps behind a link; documents replace whatever is there.
   */
  throughLinks?: boolean;
  /** Permissions of a new file; a file that exists keeps its own. Default owner-only: records hold personal data. */
  mode?: number;
  /** The write call, for tests that inject a failure where the machine cannot fill a disk. */
  writeFn?: (fd: number, bytes: Uint8Array, offset: number, length: number) => number;
}

/**
 * Writes `data` to `path` safely (see above), or throws OutputError naming the file.
 * @example writeFileSafe("out/LAR-2026-12-10.child-letter.pdf", bytes)
 * @example writeFileSafe("escalation.json", `${JSON.stringify(e, null, 2)}\n`, { throughLinks: true })
 */
export function writeFileSafe(path: string, data: Uint8Array | string, options: SafeWriteOptions = {}): void {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const target = options.throughLinks ? realTarget(path) : path;
  const existing = statOrUndefined(target, path);
  if (existing) {
    if (!existing.isFile()) throw new OutputError("is not a regular file, so it was not replaced", path);
    // Mode bits, not access(): root may write anything, but a file someone made read-only says "keep this".
    if ((existing.mode & 0o222) === 0) throw new OutputError("is read-only, so it was not changed", path);
  }
  const mode = existing ? existing.mode & 0o7777 : (options.mode ?? 0o600);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  const write = options.writeFn ?? writeSync;
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode);
    let offset = 0;
    while (offset < bytes.length) {
      const n = write(fd, bytes, offset, bytes.length - offset);
      if (!(n > 0)) throw Object.assign(new Error("no bytes written"), { code: "ENOSPC" });
      offset += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (err) {
    if (fd !== undefined) closeQuietly(fd);
    rmSync(temp, { force: true });
    const code = (err as NodeJS.ErrnoException).code ?? "an error";
    throw new OutputError(`cannot be written (${reason(code)}); ${existing ? "the file was not changed" : "nothing was written"}`, path);
  }
  syncFolder(dir);
}

function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // not there yet: a new file
  }
}

function statOrUndefined(target: string, path: string): Stats | undefined {
  try {
    // lstat: a link left at a document's name is replaced, not followed (throughLinks resolved it already).
    const st = lstatSync(target);
    return st.isSymbolicLink() ? statSync(target) : st;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return undefined;
    throw new OutputError(`cannot be written (${reason(code ?? "an error")})`, path);
  }
}

/** The error code with a few words for the common ones. @example reason("ENOSPC") // "ENOSPC: the disk is full" */
export function reason(code: string): string {
  const words: Record<string, string> = {
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EACCES: "permission denied",
    EPERM: "permission denied",
    EROFS: "a read-only file system",
    EIO: "an input/output error",
    EISDIR: "it is a folder",
    ENOENT: "the folder does not exist",
    ENAMETOOLONG: "the name is too long",
  };
  return Object.hasOwn(words, code) ? `${code}: ${words[code]}` : code;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already failing: the first error is the one to report
  }
}

/** Flushes a folder so a rename in it is on disk. Not every system can (EISDIR, EINVAL): the rename is still atomic. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // see above
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}
