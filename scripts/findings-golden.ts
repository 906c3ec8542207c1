/**
 * `npm run golden:update` — rewrites test/golden/findings/*.json, the findings the byte-identical
 * test (test/findings-golden.test.ts) compares against. Run it only when a change is meant to change
 * findings (a new rule, a reworded message) and say so in the commit message.
 * `npm run golden:update -- --inputs` also regenerates the generated sample (test/golden/inputs/)
 * from the bench's seeded generator: only when the sample itself should change.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GOLDEN_DIR, committedGoldenNames, goldenOutputs, writeGoldenInputs } from "../test/helpers/findings-golden.js";

if (process.argv.includes("--inputs")) await writeGoldenInputs();
const outputs = goldenOutputs();
mkdirSync(GOLDEN_DIR, { recursive: true });
for (const stale of committedGoldenNames()) if (!outputs.has(stale)) rmSync(join(GOLDEN_DIR, stale));
let bytes = 0;
for (const [name, body] of outputs) {
  writeFileSync(join(GOLDEN_DIR, name), body);
  bytes += Buffer.byteLength(body);
}
process.stdout.write(`golden: ${outputs.size} files, ${(bytes / 1024).toFixed(0)} KB in test/golden/findings/\n`);
