import { createRequire } from "node:module";
import type { CliIo } from "./io.js";

/**
 * A progress bar on stderr for batch work, only when stderr is a terminal (never in pipes, files or
 * CI logs). cli-progress (CommonJS) is required only then, keeping it off the start-up path; it is
 * loaded synchronously because validation runs in one synchronous pass.
 */
export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

interface Bar {
  start(total: number, value: number): void;
  update(value: number): void;
  stop(): void;
}

/**
 * The bar for one batch, drawn on `io.progressStream` (the program's stderr when it is a terminal);
 * without one, updates do nothing.
 * @example const progress = progressFor("validating", io); progress.update(3, 10); progress.stop()
 */
export function progressFor(label: string, io: CliIo, unit = "files"): Progress {
  const stream = io.progressStream;
  if (!stream) return { update: () => {}, stop: () => {} };
  const cliProgress = createRequire(import.meta.url)("cli-progress") as {
    SingleBar: new (opts: object, preset: object) => Bar;
    Presets: { shades_classic: object };
  };
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {value}/{total} ${unit}`, stream, clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
