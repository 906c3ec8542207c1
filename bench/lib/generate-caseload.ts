/**
 * A national-scale caseload for the report bench: `n` case files written one at a time into a
 * folder (never all in memory), varied from the example case files the way the validate bench
 * varies records (dates shifted, people renamed, prose rewritten). About 83 in 130 are looked after
 * and 50 in 130 on a plan (England: ~83,000 looked after, ~50,000 on plans), each child with its own
 * id, and IROs and chairs holding about 60 children each.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { int, pick, prng, shiftAll, vary } from "./generate-records.js";

const EXAMPLES = join(import.meta.dirname, "..", "..", "examples");
const AUTHORITIES = ["england", "knowsley", "leicestershire", "west-berkshire", "gloucestershire"];

/** What was written: how many of each, and the mean records and events per case file. */
export interface CaseloadWritten {
  files: number;
  lookedAfter: number;
  onPlans: number;
  meanRecords: number;
  meanEvents: number;
  bytes: number;
}

function bases(): { lookedAfter: Record<string, unknown>[]; onPlans: Record<string, unknown>[] } {
  const all = AUTHORITIES.flatMap((a) =>
    readdirSync(join(EXAMPLES, a)).filter((f) => f.endsWith(".case.json")).map((f) => JSON.parse(readFileSync(join(EXAMPLES, a, f), "utf8")) as Record<string, unknown>));
  const statuses = (c: Record<string, unknown>) => (c["legalStatus"] as { status: string }[]).map((s) => s.status);
  const onPlan = (c: Record<string, unknown>) => statuses(c).includes("child-protection-plan") || Array.isArray(c["cpPlans"]);
  return { lookedAfter: all.filter((c) => !onPlan(c)), onPlans: all.filter(onPlan) };
}

/**
 * Writes `n` case files into `dir` (sharded 1,000 to a folder).
 * @example writeCaseload("/tmp/caseload", 130_000) // { files: 130000, lookedAfter: 83000, … }
 */
export function writeCaseload(dir: string, n: number, seed = 130_000): CaseloadWritten {
  const r = prng(seed);
  const { lookedAfter, onPlans } = bases();
  const iros = Math.max(1, Math.round((n * 83) / 130 / 60));
  const chairs = Math.max(1, Math.round((n * 50) / 130 / 60));
  const out: CaseloadWritten = { files: 0, lookedAfter: 0, onPlans: 0, meanRecords: 0, meanEvents: 0, bytes: 0 };
  for (let i = 0; i < n; i++) {
    const la = i % 130 < 83;
    const base = pick(r, la ? lookedAfter : onPlans);
    // Stay inside the shipped bank-holiday data (2018–2028).
    const c = vary(shiftAll(structuredClone(base), int(r, -400, 200)), r, new Map()) as Record<string, unknown> & { child: Record<string, unknown>; records: Record<string, unknown>[]; events: unknown[] };
    const id = `NAT-${String(i).padStart(6, "0")}`;
    c["id"] = `CF-${id}`;
    c.child["id"] = id;
    for (const rec of c.records) if (rec["child"] && typeof rec["child"] === "object") (rec["child"] as Record<string, unknown>)["id"] = id;
    if (la) c.child["iro"] = { name: `IRO ${1 + (i % iros)}`, role: "Independent Reviewing Officer" };
    else c.child["cpChair"] = { name: `Chair ${1 + (i % chairs)}`, role: "Child Protection Chair" };
    c.child["team"] = `Team ${1 + (i % 400)}`;
    const shard = join(dir, String(Math.floor(i / 1000)).padStart(3, "0"));
    if (i % 1000 === 0) mkdirSync(shard, { recursive: true });
    const text = JSON.stringify(c);
    writeFileSync(join(shard, `${id}.case.json`), text);
    out.files++;
    out.bytes += text.length;
    if (la) out.lookedAfter++;
    else out.onPlans++;
    out.meanRecords += c.records.length;
    out.meanEvents += c.events.length;
  }
  out.meanRecords /= n;
  out.meanEvents /= n;
  return out;
}
