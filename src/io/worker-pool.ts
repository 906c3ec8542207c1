/**
 * A list of files worked through on worker threads, each file's result handed back in the list's
 * order. Used by `validate` and `report` on big folders (issue 15): one file's work is independent
 * of the others', so the files are dealt out in small chunks as workers ask for more (a worker on a
 * busy core simply takes fewer), and the caller sees the results exactly as one thread would have
 * produced them, file by file, in order. A worker costs a start-up (loading the bundled code, the
 * schemas and profiles): callers keep small runs on their own thread.
 */
import { parentPort, Worker } from "node:worker_threads";
import { useWorkerCompileBudget } from "./worker-compile-budget.js";

/** What a worker is sent: a chunk of files starting at `start` in the whole list. */
interface Chunk {
  start: number;
  items: string[];
}

/** What a worker sends back: one result per file of the chunk, or the error that stopped it. */
type Reply<R> = { start: number; results: R[] } | { error: string };

/** @example { script: "/…/dist/cli/batch-worker.js", workerData: { kind: "validate" }, items: files, jobs: 2, onResult } */
export interface OrderedPoolOptions<R> {
  /** The worker module: an ES module file that calls `serveItems`. */
  script: string;
  /** Handed to each worker as `workerData` (structured-cloned: plain data, Maps, no functions). */
  workerData: unknown;
  items: readonly string[];
  /** How many worker threads. */
  jobs: number;
  /** Each item's result, in the items' order. A throw stops the pool and rejects with it. */
  onResult: (index: number, result: R) => void;
  /** Lower V8's inlining budget before the first worker starts (JobsOptions.lowerInliningBudget). */
  lowerInliningBudget?: boolean | undefined;
}

/**
 * The next chunk's size: a quarter of each worker's share of the files left, at least 4 and at most
 * 100 (~0.2 s of case files, so the messages cost little). Near the end chunks get small, so no
 * worker is left finishing a big last chunk alone while the other waits.
 */
function chunkSize(left: number, jobs: number): number {
  return Math.max(4, Math.min(100, Math.ceil(left / (jobs * 4))));
}

/**
 * Runs every item through `jobs` workers; resolves when every result has been handed to `onResult`.
 * An error inside a worker (not a per-file outcome, which the worker returns as a result) rejects
 * with that error's message.
 * @example await runOrdered({ script, workerData, items: files, jobs: 2, onResult: (i, r) => results.push(r) })
 */
export function runOrdered<R>(options: OrderedPoolOptions<R>): Promise<void> {
  const { items, onResult } = options;
  const jobs = Math.max(1, Math.min(options.jobs, Math.ceil(items.length / 4)));
  const workers: Worker[] = [];
  let nextStart = 0;
  let nextIndex = 0;
  const waiting = new Map<number, R[]>();
  let settled = false;

  return new Promise<void>((resolve, reject) => {
    const finish = (err?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (err === undefined) resolve();
      else reject(err instanceof Error ? err : new Error(String(err)));
    };
    const send = (w: Worker) => {
      if (nextStart >= items.length) return;
      const size = chunkSize(items.length - nextStart, jobs);
      const chunk: Chunk = { start: nextStart, items: items.slice(nextStart, nextStart + size) };
      nextStart += chunk.items.length;
      w.postMessage(chunk);
    };
    /** Hands over every result now in order; true when the last one has been handed over. */
    const drain = (): boolean => {
      for (let ready = waiting.get(nextIndex); ready; ready = waiting.get(nextIndex)) {
        waiting.delete(nextIndex);
        for (const r of ready) onResult(nextIndex++, r);
      }
      return nextIndex >= items.length;
    };
    if (items.length === 0) return finish();
    // Every core will run a worker: V8's compiling of each worker's hot code no longer has a spare
    // core to itself (worker-compile-budget.ts). Only when asked: the flag stays for the process.
    if (options.lowerInliningBudget) useWorkerCompileBudget();
    for (let i = 0; i < jobs; i++) {
      const w = new Worker(options.script, { workerData: options.workerData });
      workers.push(w);
      w.on("message", (reply: Reply<R>) => {
        if (settled) return;
        if ("error" in reply) return finish(new Error(reply.error));
        waiting.set(reply.start, reply.results);
        send(w);
        try {
          if (drain()) finish();
        } catch (err) {
          finish(err);
        }
      });
      w.on("error", (err) => finish(err));
      w.on("exit", (code) => {
        if (!settled) finish(new Error(`a worker thread stopped (exit code ${code}) before its files were done`));
      });
      // Two chunks in hand per worker: it starts the next while its last result is on the way.
      send(w);
      send(w);
    }
  });
}

/**
 * The worker's side: answers each chunk with one result per item, in order. A throw from `handle`
 * ends the chunk as an error (the caller rejects); per-file outcomes are for `handle` to return.
 * @example serveItems((file) => validateOneFile(file, setup))
 */
export function serveItems<R>(handle: (item: string) => R): void {
  const port = parentPort;
  if (!port) throw new Error("serveItems runs in a worker thread");
  port.on("message", (chunk: Chunk) => {
    try {
      port.postMessage({ start: chunk.start, results: chunk.items.map(handle) } satisfies Reply<R>);
    } catch (err) {
      port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies Reply<R>);
    }
  });
}
