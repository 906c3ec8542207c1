// A child process for the batch bench, plain JavaScript on the built package (dist/): renders every
// record's child letter to PDF with a pool of worker threads and prints one JSON line with the wall
// time and the process's peak RSS (threads share the process, so workers are included).
// Usage: node bench/lib/batch-child.mjs <records.json> <out-dir> <workers>
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";

const [recordsFile, outDir, workersArg] = process.argv.slice(2);
const records = JSON.parse(readFileSync(recordsFile, "utf8"));
const size = Number(workersArg);
const workerUrl = new URL("./render-worker.mjs", import.meta.url);

function vmHwmMb() {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

const workers = Array.from({ length: size }, () => new Worker(workerUrl, { workerData: { outDir } }));
// Wait until every worker has loaded the renderer, so start-up is not counted as rendering.
await Promise.all(workers.map((w) => new Promise((res, rej) => { w.once("message", res); w.once("error", rej); })));

const t0 = performance.now();
let next = 0;
let failed = 0;
await Promise.all(
  workers.map(
    (w) =>
      new Promise((resolve, reject) => {
        const feed = () => {
          if (next >= records.length) return resolve();
          const i = next++;
          w.postMessage({ i, record: records[i] });
        };
        w.on("message", (m) => {
          if (m.error) failed++;
          feed();
        });
        w.on("error", reject);
        feed();
      }),
  ),
);
const ms = performance.now() - t0;
await Promise.all(workers.map((w) => w.terminate()));
const rss = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, docs: records.length, failed, peakRssMb: rss, vmHwmMb: vmHwmMb() }) + "\n");
