/**
 * No behaviour change (issue 15 point 2): the findings for a fixed sample — every example and a
 * seeded sample of generated records and case files under every built-in profile — are byte for
 * byte the committed ones in test/golden/findings/. A change meant to be invisible (an index, lazy
 * messages, caching) must keep this passing untouched. When a change MEANS to alter findings (a new
 * rule, a reworded message), run `npm run golden:update` and say so in the commit message.
 * A mismatch names the file and the first differing line only: the inputs are fictional, but the
 * habit is never to print record contents.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GOLDEN_DIR, committedGoldenNames, goldenOutputs } from "./helpers/findings-golden.js";

/** "line N: expected … / got …" for the first line that differs, each cut to 160 characters. */
function firstDifference(expected: Buffer, actual: Buffer): string {
  const a = expected.toString("utf8").split("\n");
  const b = actual.toString("utf8").split("\n");
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const cut = (s: string | undefined) => (s === undefined ? "(end of file)" : s.length > 160 ? `${s.slice(0, 160)}…` : s);
      return `line ${i + 1}:\n  committed: ${cut(a[i])}\n  now:       ${cut(b[i])}`;
    }
  }
  return "same lines, different bytes";
}

describe("findings are byte-identical to the committed golden files", () => {
  const outputs = goldenOutputs();

  it("produces exactly the committed set of golden files", () => {
    expect([...outputs.keys()].sort()).toEqual(committedGoldenNames());
  });

  it.each([...outputs.keys()].sort())("%s", (name) => {
    const committed = readFileSync(join(GOLDEN_DIR, name));
    const now = Buffer.from(outputs.get(name)!, "utf8");
    if (!committed.equals(now)) {
      expect.fail(`test/golden/findings/${name} differs at ${firstDifference(committed, now)}\n(run \`npm run golden:update\` only if the change is meant to change findings)`);
    }
  });
});
