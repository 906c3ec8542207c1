/**
 * Vitest's file order for `npm test`: the longest files first, so the last minute of a run is not one
 * slow file on one core while the other idles (issue 14 point 7). Vitest does this by itself from its
 * cache of the last run's times (node_modules/.vite), but CI runs on a fresh clone with no cache, where
 * vitest falls back to the largest file first, and the slowest files (the browser form, worker threads)
 * are not the largest. So the times of a full run are kept in test/setup/durations.json
 * (`npm run test:durations` after a full run refreshes them) and used when the cache has none.
 * Only the order changes; which files run and what they assert do not.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** "project:path" → milliseconds, from the committed durations file (empty if it is missing). */
function knownDurations(): Map<string, number> {
  try {
    const table = JSON.parse(readFileSync(new URL("./durations.json", import.meta.url), "utf8")) as Record<string, number>;
    return new Map(Object.entries(table));
  } catch {
    return new Map();
  }
}

/** BaseSequencer's order (projects grouped, isolated first), longest known file first within a project. */
export default class LongestFirst extends BaseSequencer {
  private readonly durations = knownDurations();

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const cached = (f: TestSpecification) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`)?.duration;
    // The cache knows this machine's last run: trust it when it knows every file, as vitest does.
    if (base.every((f) => cached(f) !== undefined)) return base;
    const time = (f: TestSpecification) => this.durations.get(`${f.project.name}:${relative(root, f.moduleId)}`) ?? 0;
    const position = new Map(base.map((f, i) => [f, i]));
    return [...base].sort((a, b) => {
      if (a.project.name !== b.project.name) return position.get(a)! - position.get(b)!;
      return time(b) - time(a) || position.get(a)! - position.get(b)!;
    });
  }
}
