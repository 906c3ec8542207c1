import lockfile from "proper-lockfile";
import { OutputError } from "../errors.js";

/**
 * Runs `work` while holding a lock on `file` (proper-lockfile: a `<file>.lock` folder beside it,
 * made atomically by mkdir). Two `reviewkit escalate` runs on one file each read, change and
 * rewrite it; without the lock the second rename drops the first run's step. A waiting run retries
 * for up to about 30 seconds; a lock left by a process that was killed goes stale after 10 seconds
 * (its holder refreshes it every 5) and is taken over.
 * @example await withFileLock("escalation.json", () => rewrite("escalation.json"))
 */
export async function withFileLock<T>(file: string, work: () => T | Promise<T>): Promise<T> {
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(file, {
      stale: 10_000,
      // Default: throw from a timer (a stack trace). A run holds the lock for well under a second;
      // if the lock folder was nonetheless taken over, the rename is still atomic.
      onCompromised: () => {},
      retries: { retries: 300, factor: 1.3, minTimeout: 5, maxTimeout: 100, randomize: true },
    });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ELOCKED") throw new OutputError("is being changed by another run and stayed locked for 30 seconds; the file was not changed", file);
    if (code === "ENOENT") throw new OutputError("no such file", file);
    throw new OutputError(`cannot be locked for writing (${code ?? "an error"}); the file was not changed`, file);
  }
  try {
    return await work();
  } finally {
    await release().catch(() => {
      // The lock folder is gone already (taken over as stale): the write itself was complete.
    });
  }
}
