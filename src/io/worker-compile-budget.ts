/**
 * V8's inlining budget for a run on worker threads (issue 15, README "Both cores"). Every thread
 * compiles the same hot code again with TurboFan, on V8's helper threads: about 2.2 s of processor
 * time per thread over 5,000 case files, most of it inlining. On one thread that compiling runs on
 * the otherwise idle second core and costs no time; with a worker on every core it competes with
 * the validation itself. A quarter of V8's default budget of bytecode TurboFan may inline into one
 * function (920) cut that helper time by a third (2.0-2.3 s to 1.4-1.5 s for one worker's 5,000
 * files, runs on this 2-core machine), and the whole run's CPU by about 6%: the workers' own
 * JavaScript runs perhaps 2% slower with less inlined, within the spread of runs. The one-thread
 * path never calls this, so it compiles exactly as before (README, Performance, "Both cores").
 * Because the flag stays set for the process, the pool applies it only when its caller asks
 * (`lowerInliningBudget`): the `reviewkit` command does; a library user's process is left alone.
 */
import { setFlagsFromString } from "node:v8";

/** The budget used while workers run: a quarter of V8's default (920 bytes of bytecode). */
export const WORKER_INLINING_BUDGET = 230;

let applied = false;

/**
 * Lowers the inlining budget for the whole process, once, before the first worker starts. V8 flags
 * are process-wide (a worker cannot have its own), so the thread that started the workers keeps the
 * lower budget afterwards too; it changes only how much TurboFan inlines, never what code does.
 * @example useWorkerCompileBudget(); new Worker(script)
 */
export function useWorkerCompileBudget(): void {
  if (applied) return;
  applied = true;
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${WORKER_INLINING_BUDGET}`);
}
