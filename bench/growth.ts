/**
 * growth.ratio_10x_rows: review minutes with a 2,000-row decisions table against 200 rows, through
 * the whole renderer. Ten times the rows should cost about ten times as much, not a hundred: a
 * writer, layout or Markdown step that is quadratic in the table shows here. Reported for the worst
 * of DOCX, PDF and HTML, each format's own ratio in the note.
 */
import { renderDocument } from "../src/render/index.js";
import type { CaseRecord } from "../src/types/index.js";
import { reviewWithDecisions } from "./lib/generate-records.js";
import { pdfPages, DOC, PROFILE } from "./lib/documents.js";
import { atMost, median, note, report, timeInterleaved } from "./lib/report.js";

export async function benchGrowth(): Promise<void> {
  const small = reviewWithDecisions(200, 11) as unknown as CaseRecord;
  const large = reviewWithDecisions(2000, 11) as unknown as CaseRecord;
  const ratios: string[] = [];
  let worst = 0;
  for (const format of ["docx", "pdf", "html"] as const) {
    const render = (r: CaseRecord) => renderDocument(r, DOC, format, { profile: PROFILE });
    // A small document is quick enough for one garbage collection to double its time: each sample
    // of it is the mean of 10 renders, interleaved with the large one so both see the same heap.
    const t = await timeInterleaved(
      {
        small: async () => {
          for (let i = 0; i < 10; i++) await render(small);
        },
        large: () => render(large),
      },
      5,
      1,
    );
    const s = median(t["small"]!) / 10;
    const l = median(t["large"]!);
    const ratio = l / s;
    worst = Math.max(worst, ratio);
    const pages = format === "pdf" ? ` (${pdfPages(await render(large))} pages)` : "";
    ratios.push(`${format} ${s.toFixed(0)} ms → ${l.toFixed(0)} ms${pages}, ×${ratio.toFixed(2)}`);
  }
  note(`growth: 200 → 2,000 decisions: ${ratios.join("; ")}`);
  report("growth.ratio_10x_rows", worst, "x", atMost(12));
}
