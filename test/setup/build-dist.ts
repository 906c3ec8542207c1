/**
 * Vitest global setup for the tests that run what the build makes: the CLI bundle (every CLI test
 * spawns dist/cli/index.js, see test/helpers/run-cli.ts), the prebuilt validators it loads, and the
 * browser form's bundle (dist/form/form.js). Rebuilds whichever of them is older than the source
 * (scripts/build.ts, by content hash; ~0.3 s when nothing changed), so `npx vitest run <file>` right
 * after an edit tests the edit, not the last build. `npm test` has built everything already (pretest).
 */
import { buildIncremental } from "../../scripts/build.js";

/** Vitest calls this once before the first test file of the run. */
export default async function setup(): Promise<void> {
  await buildIncremental({ only: ["validators", "bundle-cli", "bundle-form"], quiet: true });
}
