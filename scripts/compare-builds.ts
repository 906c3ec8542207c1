/**
 * `npm run compare:builds -- <other checkout> [cases|singles] [rounds]` — is a change to validation
 * faster? Times `validateRecord` from this checkout's `dist/` (B) against another checkout's
 * `dist/` (A, e.g. `git worktree add ../before HEAD~1` then `npm run build -- --force` there), and
 * bare ajv, on the bench's 10,000 seeded records (only case files, or only single records),
 * interleaved in one process: each round runs all three on fresh copies, the order turning so that
 * each build runs first, in the middle and last equally often, and the medians of processor time
 * are compared (issue 15's way of judging a change).
 *
 * Why not `npm run bench` twice: on this 2-core machine the bench's ratios move by a tenth from run
 * to run, and the machine's own speed by a fifth within an hour, while most single changes to
 * validation are worth 1 to 4%. Interleaving the two builds puts the same drift on both.
 * Run it in three processes or more and read the middle one: the optimising compiler can settle
 * worse for one build in one process and stay so for the process's life (on 7 December 2026 the
 * same two builds gave 1.206 in one process and 0.913 to 0.979 in four others).
 * `npm run findings:dump` on both checkouts, then `cmp`, says whether the findings stayed the same.
 *
 * A worktree sharing this checkout's node_modules (a symlink) shares its build stamps too: build it
 * with `--force`, and this one again afterwards.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { generateRecords } from "../bench/lib/generate-records.js";
import { median } from "../bench/lib/report.js";
import { packageRoot } from "../src/paths.js";

interface Built {
  validateRecord: (record: unknown, options: { profile: unknown; asOf: string; calendar: unknown }) => { findings: unknown[] };
  loadProfile: (id: string) => unknown;
  createCalendar: (options: { onWarning: (message: string) => void }) => unknown;
}

const [other, whichArg = "cases", roundsArg = "21"] = process.argv.slice(2);
const which = whichArg === "singles" ? "singles" : whichArg === "cases" ? "cases" : undefined;
const rounds = Number(roundsArg);
if (other === undefined || which === undefined || !Number.isInteger(rounds) || rounds < 3) {
  process.stderr.write("usage: npm run compare:builds -- <other checkout> [cases|singles] [rounds, 3 or more]\n");
  process.exit(2);
}
const roots = { A: resolve(other), B: packageRoot() };
for (const root of Object.values(roots)) {
  if (!existsSync(join(root, "dist", "src", "index.js"))) {
    process.stderr.write(`compare:builds: ${root} has no dist/src/index.js; run npm run build there first\n`);
    process.exit(2);
  }
}

const load = async (root: string): Promise<Built> => (await import(pathToFileURL(join(root, "dist", "src", "index.js")).href)) as Built;
const built = { A: await load(roots.A), B: await load(roots.B) };
const { getValidator } = (await import(pathToFileURL(join(roots.B, "dist", "src", "schema", "load-schemas.js")).href)) as {
  getValidator: (type: string) => (record: unknown) => boolean;
};

const recs = generateRecords(10_000).filter((g) => (which === "cases") === (g.recordType === "case-file"));
const validators = recs.map((g) => getValidator(g.recordType));
const fresh = (): unknown[] => recs.map((g) => structuredClone(g.record));
const full = (b: Built) => {
  const profile = b.loadProfile("knowsley");
  const calendar = b.createCalendar({ onWarning: () => {} });
  return (records: unknown[]) => {
    for (let i = 0; i < records.length; i++) b.validateRecord(records[i], { profile, asOf: recs[i]!.asOf, calendar });
  };
};
const passes: Record<"ajv" | "A" | "B", (records: unknown[]) => void> = {
  ajv: (records) => {
    for (let i = 0; i < records.length; i++) validators[i]!(records[i]);
  },
  A: full(built.A),
  B: full(built.B),
};

const times: Record<keyof typeof passes, number[]> = { ajv: [], A: [], B: [] };
const WARMUP = 2;
// A pass inherits the garbage of the one before it: over every four rounds each build runs first,
// last and (twice) in the middle, so neither always follows the other.
const ORDERS = [
  ["ajv", "A", "B"],
  ["B", "A", "ajv"],
  ["ajv", "B", "A"],
  ["A", "B", "ajv"],
] as const;
for (let r = 0; r < rounds + WARMUP; r++) {
  for (const name of ORDERS[r % ORDERS.length]!) {
    const records = fresh();
    const start = process.cpuUsage();
    passes[name](records);
    const used = process.cpuUsage(start);
    if (r >= WARMUP) times[name].push((used.user + used.system) / 1000);
  }
}

const quartile = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 2]!;
const ajv = median(times.ajv);
process.stdout.write(`compare:builds: ${recs.length} ${which === "cases" ? "case files" : "single records"}, knowsley, ${rounds} rounds; processor time per pass\n`);
for (const name of ["ajv", "A", "B"] as const) {
  const label = name === "ajv" ? "bare ajv" : name === "A" ? `A ${roots.A}` : `B ${roots.B}`;
  process.stdout.write(`  ${median(times[name]).toFixed(0).padStart(6)} ms (least ${Math.min(...times[name]).toFixed(0)})  ${(median(times[name]) / ajv).toFixed(2)} x ajv  ${label}\n`);
}
process.stdout.write(
  `B / A: median ${(median(times.B) / median(times.A)).toFixed(3)}, lower quartile ${(quartile(times.B) / quartile(times.A)).toFixed(3)}, least ${(Math.min(...times.B) / Math.min(...times.A)).toFixed(3)}\n`,
);
