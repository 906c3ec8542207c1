/**
 * `npm run findings:dump -- <out file> [records]` — the wide check behind "no behaviour change"
 * (issue 15 point 2), for a change meant to be invisible (an index, a cache, a faster sort): every
 * one of the bench's seeded generated records (10,000 by default, the same ones `npm run bench`
 * times) validated under every built-in profile, one result per line, then the whole timeline of
 * every generated case file that passes the schema under every profile. Run it on the commit
 * before and the commit after (a git worktree of each), then `cmp` the two files: they must be the
 * same bytes. test/findings-golden.test.ts checks a fixed sample of the same in CI; this covers the
 * whole bench set, which takes about half a minute here and writes about 260 MB, so it is not part of the tests.
 */
import { performance } from "node:perf_hooks";
import { generateRecords } from "../bench/lib/generate-records.js";
import { BUILT_IN_PROFILES, loadProfile } from "../src/profiles/load-profile.js";
import { createCalendar } from "../src/calendar/index.js";
import { validateRecord } from "../src/rules/run-rules.js";
import { getValidator } from "../src/schema/load-schemas.js";
import { buildTimeline } from "../src/timeline/index.js";
import { writeFileSafe } from "../src/io/safe-write.js";
import type { CaseFile } from "../src/types/index.js";

const [out, countArg] = process.argv.slice(2);
if (out === undefined) {
  process.stderr.write("usage: npm run findings:dump -- <out file> [records]\n");
  process.exit(2);
}
const count = countArg === undefined ? 10_000 : Number(countArg);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`findings:dump: records must be a whole number above 0, got "${countArg}"\n`);
  process.exit(2);
}

const t0 = performance.now();
const records = generateRecords(count);
// One calendar, as the CLI makes; the generated dates stay inside the bank-holiday data.
const calendar = createCalendar({ onWarning: () => {} });
const lines: string[] = [];
const validCaseFile = getValidator("case-file");
// Each validation gets a fresh copy: the timeline memoises per case-file object.
for (const id of BUILT_IN_PROFILES) {
  const profile = loadProfile(id);
  for (const g of records) lines.push(JSON.stringify(validateRecord(structuredClone(g.record), { profile, asOf: g.asOf, calendar })));
}
const caseFiles = records.filter((g) => g.recordType === "case-file" && validCaseFile(structuredClone(g.record)));
for (const id of BUILT_IN_PROFILES) {
  const profile = loadProfile(id);
  for (const g of caseFiles) {
    try {
      // The schema passed it above, so it is a CaseFile.
      lines.push(JSON.stringify(buildTimeline(structuredClone(g.record) as unknown as CaseFile, { profile, asOf: g.asOf, calendar })));
    } catch (err) {
      // A timeline that cannot be built is part of the behaviour compared: its error's kind and text.
      lines.push(`error ${(err as Error).name}: ${(err as Error).message}`);
    }
  }
}
writeFileSafe(out, `${lines.join("\n")}\n`);
process.stdout.write(
  `findings:dump: ${records.length} records x ${BUILT_IN_PROFILES.length} profiles and ${caseFiles.length} case files' timelines x ${BUILT_IN_PROFILES.length} ` +
    `in ${((performance.now() - t0) / 1000).toFixed(0)} s to ${out}\n`,
);
