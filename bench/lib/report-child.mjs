// One measured run in its own process, so its peak RSS is its own: `report` (reportForFiles, the
// library call behind `reviewkit report`) or `validate` (validateFiles, behind `reviewkit validate`)
// over a folder, from dist/. Prints one JSON line: milliseconds, peak RSS, files counted.
import { join } from "node:path";
const [, , what, dir, root] = process.argv;
const t0 = performance.now();
let counted;
if (what === "report") {
  const { reportForFiles } = await import(join(root, "dist", "src", "report", "build-report.js"));
  const r = reportForFiles([dir], { period: { from: "2026-04-01", to: "2027-03-31" } });
  counted = r.caseFiles.counted;
} else {
  const { validateFiles } = await import(join(root, "dist", "src", "validate", "validate-files.js"));
  const r = validateFiles([dir], { asOf: "2027-03-31" });
  counted = r.files.length;
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, counted, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
