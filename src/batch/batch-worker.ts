/**
 * The worker thread behind `validate` and `report` on big folders (src/io/worker-pool.ts). Bundled
 * to dist/cli/batch-worker.js (scripts/bundle-cli.ts) and started from there by the library and
 * the command line. Its setup (workerData) says which work it does; only that work's code loads.
 */
import { workerData } from "node:worker_threads";
import { serveItems } from "../io/worker-pool.js";
import type { ValidateWorkerSetup } from "../validate/validate-in-workers.js";
import type { ReportWorkerSetup } from "../report/report-in-workers.js";

const setup = workerData as ValidateWorkerSetup | ReportWorkerSetup;
if (setup.kind === "validate") {
  const { validateTask } = await import("../validate/validate-in-workers.js");
  serveItems(validateTask(setup));
} else {
  const { reportTask } = await import("../report/report-in-workers.js");
  serveItems(reportTask(setup));
}
