/**
 * Vitest global setup for the integration tests, which run what the build makes: the CLI bundle
 * (every CLI test spawns dist/cli/index.js, see test/helpers/run-cli.ts), the prebuilt validators it
 * loads, the browser form's bundle (dist/form/form.js), the packed library (dist/src, dist/cjs).
 * Runs the incremental build (scripts/build.ts: only the steps whose inputs changed, ~1 s when
 * none did), so `npx vitest run <file>` right after an edit tests the edit, not the last build.
 * `npm test` has built everything already (pretest), so there it only checks.
 */
import { buildIncremental } from "../../scripts/build.js";

/** Vitest calls this once before the first test file of the run. */
export default async function setup(): Promise<void> {
  await buildIncremental({ quiet: true });
}
