// One batch worker: loads reviewkit's renderer from dist/ once, then renders each record it is sent
// to a child's letter (PDF) and writes it to the output folder through the renderer's public API.
import { parentPort, workerData } from "node:worker_threads";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const { renderDocument, outputFileName } = await import(new URL("../../dist/src/render/index.js", import.meta.url).href);
parentPort.postMessage({ ready: true });
parentPort.on("message", async ({ i, record }) => {
  try {
    const bytes = await renderDocument(record, "child-letter", "pdf", { profile: "knowsley" });
    writeFileSync(join(workerData.outDir, outputFileName(record.id, "child-letter", "pdf")), bytes);
    parentPort.postMessage({ i });
  } catch (err) {
    parentPort.postMessage({ i, error: String(err?.message ?? err).split("\n")[0] });
  }
});
