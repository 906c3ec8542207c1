// Processor time per thread of this process, for the workers bench (issue 15, README "Both cores"):
// where a run's CPU goes, the main thread, the worker threads and V8's helper threads (the
// optimising compiler, the garbage collector) apart. Linux only (/proc/self/task/<tid>/stat); the
// threads are sampled every 50 ms while the run goes on, as a worker thread's entry is gone once it
// ends (a worker's last 50 ms at most are missed). Where /proc is missing it returns undefined.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const TICK_MS = 10; // the kernel's clock tick for utime/stime (USER_HZ = 100 on Linux)

/** Each live thread's CPU so far, ms, by thread id. */
function threadTimes() {
  const out = new Map();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      // Fields after the command name, which is in parentheses and may hold spaces.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.set(tid, (Number(f[11]) + Number(f[12])) * TICK_MS);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/**
 * Starts sampling; `stop()` gives the main thread's CPU and every other thread's, largest first
 * (with worker threads running, the first of them are the workers: each does far more than any
 * helper). Milliseconds.
 * @example const s = sampleThreadCpu(); await work(); const { main, others } = s.stop();
 */
export function sampleThreadCpu() {
  if (!existsSync("/proc/self/task")) return undefined;
  const seen = new Map();
  const sample = () => {
    for (const [tid, ms] of threadTimes()) seen.set(tid, Math.max(ms, seen.get(tid) ?? 0));
  };
  const timer = setInterval(sample, 50);
  return {
    stop() {
      sample();
      clearInterval(timer);
      const main = seen.get(String(process.pid)) ?? 0;
      seen.delete(String(process.pid));
      return { main, others: [...seen.values()].filter((ms) => ms > 0).sort((a, b) => b - a) };
    },
  };
}
