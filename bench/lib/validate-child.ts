/**
 * One process's measurement for bench/validate.ts: the bench's 10,000 seeded records (the same in
 * every process), validated by the built dist/ against bare ajv (versus-ajv.ts), single records and
 * case files apart. Prints one JSON line: both parts' medians, the record types and the rules enabled.
 * Run by the bench as `node --import tsx bench/lib/validate-child.ts <records> <rounds>`.
 */
import { generateRecords } from "./generate-records.js";
import { loadBuilt, versusAjv, type VersusAjv } from "./versus-ajv.js";

/** What one process measured. */
export interface ValidateChildResult {
  singles: VersusAjv;
  cases: VersusAjv;
  /** "1201 cp-conference, 2069 case-file, …" */
  types: string;
  rulesEnabled: number;
}

const [n = "10000", rounds = "5"] = process.argv.slice(2);
const built = await loadBuilt();
const recs = generateRecords(Number(n));
const profile = built.loadProfile("knowsley");
// One calendar for the run, as the CLI makes; warnings (none expected: dates stay in 2018–2028) dropped.
const calendar = built.createCalendar({ onWarning: () => {} });
const singles = versusAjv(built, recs.filter((g) => g.recordType !== "case-file"), { profile, calendar }, Number(rounds));
const cases = versusAjv(built, recs.filter((g) => g.recordType === "case-file"), { profile, calendar }, Number(rounds));
const counts = new Map<string, number>();
for (const g of recs) counts.set(g.recordType, (counts.get(g.recordType) ?? 0) + 1);
const result: ValidateChildResult = {
  singles,
  cases,
  types: [...counts].map(([t, c]) => `${c} ${t}`).join(", "),
  rulesEnabled: built.rulesFor(profile).length,
};
process.stdout.write(`${JSON.stringify(result)}\n`);
