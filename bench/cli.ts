/**
 * cli.cold_start_ratio: `node dist/cli/index.js validate <one file>` against `node -e 0`, medians of
 * 15 interleaved runs. What a user waits for beyond Node itself: imports, schema compile, one record.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { lookedAfterReview } from "../test/fixtures/records.js";
import { ensureBuilt, ROOT } from "./lib/build.js";
import { atMost, median, note, report } from "./lib/report.js";

export async function benchCli(): Promise<void> {
  ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-bench-cli-"));
  try {
    const file = join(dir, "review.json");
    writeFileSync(file, JSON.stringify(lookedAfterReview()));
    const cli = join(ROOT, "dist", "cli", "index.js");
    const run = (args: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8" });
      const ms = performance.now() - t0;
      if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} exited ${r.status}: ${r.stderr.trim().split("\n")[0]}`);
      return ms;
    };
    const RUNS = 15;
    const cliArgs = [cli, "validate", file, "--profile", "knowsley", "--as-of", "2026-12-30"];
    run(cliArgs); // page cache
    run(["-e", "0"]);
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      a.push(run(cliArgs));
      b.push(run(["-e", "0"]));
    }
    note(`cli: reviewkit validate ${median(a).toFixed(0)} ms, node -e 0 ${median(b).toFixed(0)} ms (medians of ${RUNS})`);
    report("cli.cold_start_ratio", median(a) / median(b), "x", atMost(3.5));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
