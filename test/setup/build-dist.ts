/**
 * Vitest global setup for the cli and integration tests, which run what the build makes: the CLI
 * bundle (dist/cli/main.js run in process, dist/cli/index.js spawned: test/helpers/run-cli.ts), the prebuilt validators it
 * loads, the browser form's bundle (dist/form/form.js), the packed library (dist/src, dist/cjs).
 * Runs the incremental build (scripts/build.ts: only the steps whose inputs changed, ~1 s when
 * none did), so `npx vitest run <file>` right after an edit tests the edit, not the last build.
 * `npm test` has built everything already (pretest), so there it only checks.
 */
import { buildIncremental } from "../../scripts/build.js";

/** Vitest calls this once per project that names it (cli, integration) before the first test file of the run. */
export default async function setup(): Promise<void> {
  // Both projects' setups run in vitest's own process, one after the other: the second finds the
  // first's build here instead of hashing every input again.
  const state = globalThis as { reviewkitDistBuild?: Promise<unknown> };
  await (state.reviewkitDistBuild ??= buildIncremental({ quiet: true }));
}
