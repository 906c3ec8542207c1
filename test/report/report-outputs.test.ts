/**
 * `reviewkit report` end to end: every format is written, opened by a real reader, and no chart
 * comes without its numbers; bad arguments exit 2 with one line and write nothing. The command line
 * runs in this process (runCliInProcess: the built program's own `main`), as nothing here is about
 * the process itself.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import PizZip from "pizzip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCliInProcess } from "../helpers/run-cli.js";

const ARGS = ["report", "examples/knowsley", "examples/gloucestershire", "--from", "2026-04-01", "--to", "2027-03-31"];
let dir: string;
const out = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "reviewkit-report-out-"));
  for (const format of ["html", "pdf", "docx", "csv"]) {
    const r = await runCliInProcess([...ARGS, "--format", format, "--out", out(`report.${format}`)]);
    expect(r.status, r.stderr).toBe(0);
  }
  const drift = await runCliInProcess([...ARGS, "--format", "csv", "--drift", "--within", "10", "--out", out("drift.csv")]);
  expect(drift.status, drift.stderr).toBe(0);
}, 180_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("report outputs", () => {
  it("HTML: every chart is inline SVG with a label, followed by a table of its numbers", () => {
    const html = readFileSync(out("report.html"), "utf8");
    const charts = [...html.matchAll(/<figure class="chart" role="img" aria-label="([^"]+)"><svg aria-hidden="true"[\s\S]*?<\/figure>\n(<table>)?/g)];
    expect(charts.length).toBeGreaterThan(5);
    for (const c of charts) {
      expect(c[2], `a table after the chart "${c[1]}"`).toBe("<table>");
      expect(c[1]).toMatch(/\d/);
    }
    expect(html).not.toMatch(/<script/);
  });

  it("PDF: poppler reads the figures, their standards and the drift list", () => {
    const text = execFileSync("pdftotext", ["-layout", out("report.pdf"), "-"], { encoding: "utf8" });
    expect(text).toMatch(/Reviews held in timescale \(regulation 33\)/);
    expect(text).toMatch(/NAT-R33/);
    expect(text).toMatch(/Drift list/);
    expect(execFileSync("pdfinfo", [out("report.pdf")], { encoding: "utf8" })).toMatch(/Tagged:\s+yes/);
  });

  it("DOCX: charts are PNG images with alt text naming their numbers", () => {
    const zip = new PizZip(readFileSync(out("report.docx")));
    const xml = zip.file("word/document.xml")!.asText();
    const alts = [...xml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) => m[1]!);
    expect(alts.length).toBeGreaterThan(5);
    for (const alt of alts) expect(alt).toMatch(/^Bar chart of .*\d/);
    expect(Object.keys(zip.files).some((f) => f.startsWith("word/media/") && f.endsWith(".png"))).toBe(true);
  });

  it("CSV: one row per figure and breakdown row, with definition and standard", () => {
    const csv = readFileSync(out("report.csv"), "utf8");
    expect(csv.split("\n")[0]).toBe("section,figure_id,figure,row,numerator,denominator,per_cent,median_working_days,previous_period,definition,standard");
    expect(csv).toMatch(/^looked-after,lac-reviews-held,Reviews held,,\d+,/m);
  });

  it("drift CSV: red rows first, each with its requirement", () => {
    const rows = readFileSync(out("drift.csv"), "utf8").trim().split("\n");
    expect(rows[0]).toBe("rag,due,working_days,child_id,child_name,team,iro_or_chair,authority,what,ref,item,escalated,requirement,standard,file");
    expect(rows.length).toBeGreaterThan(1);
    const rags = rows.slice(1).map((r) => r.split(",")[0]);
    expect(rags.indexOf("amber") === -1 || rags.lastIndexOf("red") < rags.indexOf("amber")).toBe(true);
  });

  it.each([
    [["--from", "2027-02-30", "--to", "2027-03-31"], /--from/],
    [["--from", "2027-04-01", "--to", "2027-03-31"], /--from must be on or before --to/],
  ])("refuses %j with one line, exit 2 and no file", async (dates, message) => {
    const target = out("never.html");
    const r = await runCliInProcess(["report", "examples/knowsley", ...dates, "--format", "html", "--out", target]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(target)).toBe(false);
  });
});
