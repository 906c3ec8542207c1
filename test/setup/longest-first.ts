/**
 * Vitest's file order for `npm test`: the longest files first, so the last minute of a run is not one
 * slow file on one core while the other idles (issue 14 point 7). Vitest orders by its cache of the
 * last run's times (node_modules/.vite), but CI runs on a fresh clone with no cache, where vitest
 * falls back to the largest file first, and the slowest files (the browser form, worker threads) are
 * not the largest. So the times of a full run are kept in test/setup/durations.json
 * (`npm run test:durations` after a full run refreshes them) and used where the cache has none.
 * Vitest also runs its projects one after another in name order (cli, integration, render, unit),
 * which started the browser files 18 s late behind the cli project: here the project whose slowest
 * file is slowest goes first, and the unit files, many and short, fill the end.
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

/** Projects grouped (as BaseSequencer keeps them), slowest project first, longest file first within one. */
export default class LongestFirst extends BaseSequencer {
  private readonly durations = knownDurations();

  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const key = (f: TestSpecification) => `${f.project.name}:${relative(root, f.moduleId)}`;
    // This machine's last run where vitest remembers it, else the committed figures.
    const time = (f: TestSpecification) => this.ctx.cache.getFileTestResults(key(f))?.duration ?? this.durations.get(key(f)) ?? 0;
    const slowest = new Map<string, number>();
    for (const f of base) slowest.set(f.project.name, Math.max(slowest.get(f.project.name) ?? 0, time(f)));
    const position = new Map(base.map((f, i) => [f, i]));
    return [...base].sort((a, b) => {
      if (a.project.name !== b.project.name) return slowest.get(b.project.name)! - slowest.get(a.project.name)! || position.get(a)! - position.get(b)!;
      return time(b) - time(a) || position.get(a)! - position.get(b)!;
    });
  }
}
