/**
 * How the bench measures and prints. One line per figure, `bench <name> <value> <unit>`, with its
 * target and whether it holds, so a run can be pasted into an issue and compared with the next one.
 */
import { performance } from "node:perf_hooks";

/** A target: the figure must be at least (">=") or at most ("<=") `value`. */
export interface Target {
  op: ">=" | "<=";
  value: number;
}

export const atLeast = (value: number): Target => ({ op: ">=", value });
export const atMost = (value: number): Target => ({ op: "<=", value });

/** Every figure printed so far in this run, for the summary at the end. */
export const figures: { name: string; value: number; unit: string; holds: boolean | undefined }[] = [];

function formatValue(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  if (abs >= 1000) return String(Math.round(v));
  if (abs >= 100) return v.toFixed(1);
  if (abs >= 10) return v.toFixed(2);
  return v.toFixed(3);
}

/**
 * Prints one figure: `bench validate.records_per_s 23456 records/s (target ≥ 20000: holds)`.
 * @example report("docx.ms_per_doc", 9.2, "ms")
 */
export function report(name: string, value: number, unit: string, target?: Target, note?: string): void {
  let tail = "";
  let holds: boolean | undefined;
  if (target) {
    holds = target.op === ">=" ? value >= target.value : value <= target.value;
    tail = ` (target ${target.op === ">=" ? "≥" : "≤"} ${target.value}: ${holds ? "holds" : "DOES NOT HOLD"})`;
  }
  if (note) tail += ` [${note}]`;
  figures.push({ name, value, unit, holds });
  process.stdout.write(`bench ${name} ${formatValue(value)} ${unit}${tail}\n`);
}

/** Prints a figure that could not be measured here, with the reason. */
export function skipped(name: string, why: string): void {
  process.stdout.write(`bench ${name} skipped (${why})\n`);
}

/** Context for a reader of the output (not a figure): `# …` lines. */
export function note(text: string): void {
  process.stdout.write(`# ${text}\n`);
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds one call of `fn` takes, `runs` times (after `warmup` untimed calls). */
export async function timeEach(fn: () => unknown, runs: number, warmup = Math.min(20, runs)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/**
 * Times several contenders in interleaved rounds (A B C, A B C, …) so drift in the machine's speed
 * (other processes, thermal) hits each alike; returns each contender's per-call times.
 */
export async function timeInterleaved(
  contenders: Record<string, () => unknown>,
  runs: number,
  warmup = Math.min(20, runs),
): Promise<Record<string, number[]>> {
  const names = Object.keys(contenders);
  for (let i = 0; i < warmup; i++) for (const n of names) await contenders[n]!();
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const n of names) {
      const t0 = performance.now();
      await contenders[n]!();
      out[n]!.push(performance.now() - t0);
    }
  }
  return out;
}
