/**
 * One-off migration for records written before decisions and actions kept a dated history:
 * `status` / `completedOn` / `lastMonitoredOn` become `updates: [{ on, status }]`.
 * A done or dropped item with no completion date takes its due date (the best the old record says).
 * Usage: tsx scripts/migrate-progress.ts <file.json>…  (rewrites each file in place, 2-space JSON)
 */
import { readFileSync, writeFileSync } from "node:fs";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const isObj = (v: Json): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const LEGACY = ["status", "completedOn", "lastMonitoredOn"];

function migrateItem(o: Obj): Obj {
  const updates: { on: string; status: string }[] = [];
  if (typeof o["lastMonitoredOn"] === "string") updates.push({ on: o["lastMonitoredOn"], status: "in-progress" });
  const status = typeof o["status"] === "string" ? o["status"] : o["completedOn"] !== undefined ? "done" : "open";
  if (status === "done" || status === "dropped") {
    const on = typeof o["completedOn"] === "string" ? o["completedOn"] : String(o["dueDate"]);
    updates.push({ on, status });
  }
  updates.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  const out: Obj = {};
  let placed = false;
  for (const [k, v] of Object.entries(o)) {
    if (LEGACY.includes(k)) {
      if (!placed && updates.length > 0) out["updates"] = updates;
      placed = true;
      continue;
    }
    out[k] = walk(v);
  }
  return out;
}

function walk(v: Json): Json {
  if (Array.isArray(v)) return v.map(walk);
  if (!isObj(v)) return v;
  const tracked = "owner" in v && "dueDate" in v && "text" in v && LEGACY.some((k) => k in v);
  if (tracked) return migrateItem(v);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
}

for (const file of process.argv.slice(2)) {
  const before = readFileSync(file, "utf8");
  let json: Json;
  try {
    json = JSON.parse(before) as Json;
  } catch {
    console.log(`skipped ${file}: not JSON`);
    continue;
  }
  const after = `${JSON.stringify(walk(json), null, 2)}\n`;
  if (after !== before) {
    writeFileSync(file, after);
    console.log(`migrated ${file}`);
  }
}
