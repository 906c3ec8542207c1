import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { OutputError } from "../../src/render/render-files.js";
import { UsageError } from "../../src/errors.js";
import { stdout } from "../../src/io/write-stdout.js";
import * as f from "../../test/fixtures/records.js";
import { cliArgv } from "../../test/helpers/run-cli.js";
import { runRender } from "./render.js";

const tmp = () => mkdtempSync(join(tmpdir(), "rk-cli-render-"));

function inputs(): string {
  const dir = tmp();
  const cf = f.caseFile();
  cf.records.push(f.cpConference(), f.cpPlan(), f.concernNote());
  writeFileSync(join(dir, "amara.case.json"), JSON.stringify(cf));
  writeFileSync(join(dir, "note.json"), JSON.stringify(f.goodPracticeNote()));
  return dir;
}

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(stdout, "write").mockImplementation((s) => void out.push(s));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe("reviewkit render", () => {
  it("writes every document of every input, named by record id and document, never by child", async () => {
    const out = tmp();
    const io = capture();
    const code = await runRender({ inputs: [inputs()], format: "all", out });
    vi.restoreAllMocks();
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toContain("LAR-2026-12-10.child-letter.pdf");
    expect(files).toContain("ICPC-2026-12-14.cp-conference-minutes.docx");
    expect(files).toContain("ICPC-2026-12-14.parent-letter.html");
    expect(files).toContain("GPN-2026-12.good-practice-note.pdf");
    expect(files).toContain("LAR-2026-12-10.lac-parent-letter.parent-1.pdf");
    expect(files).toHaveLength(7 * 3); // 3 review (child's letter, minutes, the parent's letter) + 2 conference + plan + note
    expect(files.some((n) => /amara|okafor|dima|sokolov/i.test(n))).toBe(false);
    expect(files.some((n) => n.startsWith(".") || n.endsWith(".tmp"))).toBe(false); // no temporary files left
    expect(io.out.join("").trim().split("\n")).toHaveLength(21);
    expect(io.err.join("")).toContain("no document is made from a concern-note record");
    for (const file of files) expect(statSync(join(out, file)).size).toBeGreaterThan(1000);
  }, 120_000);

  it("renders only the document asked for", async () => {
    const out = tmp();
    capture();
    expect(await runRender({ inputs: [inputs()], document: "child-letter", format: "docx", out })).toBe(0);
    vi.restoreAllMocks();
    expect(readdirSync(out)).toEqual(["LAR-2026-12-10.child-letter.docx"]);
  });

  it("refuses an unknown document or format as a usage error", async () => {
    await expect(runRender({ inputs: [inputs()], document: "letter", format: "pdf", out: tmp() })).rejects.toBeInstanceOf(UsageError);
    await expect(runRender({ inputs: [inputs()], format: "rtf", out: tmp() })).rejects.toBeInstanceOf(UsageError);
  });

  it("stops before rendering when the output folder cannot be written", async () => {
    const file = join(tmp(), "a-file");
    writeFileSync(file, "");
    await expect(runRender({ inputs: [inputs()], format: "pdf", out: join(file, "out") })).rejects.toBeInstanceOf(OutputError);
  });

  it("exits 2 with one line on stderr for an unwritable output folder (end to end)", () => {
    const file = join(tmp(), "a-file");
    writeFileSync(file, "");
    const run = spawnSync(process.execPath, cliArgv(["render", inputs(), "--out", join(file, "out")]), { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split("\n")).toEqual([`reviewkit: ${join(file, "out")}: cannot write to the output folder`]);
    expect(run.stdout).toBe("");
  }, 60_000);

  it("validates first: a record with error findings is held back (exit 1, findings printed); --force writes it and a template that still cannot be filled is one line, exit 2", async () => {
    const dir = inputs();
    const broken = f.goodPracticeNote();
    broken.id = "GPN-BROKEN";
    delete (broken as Partial<typeof broken>).practice;
    writeFileSync(join(dir, "broken.json"), JSON.stringify(broken));
    const out = tmp();
    let io = capture();
    expect(await runRender({ inputs: [dir], format: "html", out })).toBe(1);
    vi.restoreAllMocks();
    const err = io.err.join("");
    expect(err).toMatch(/broken\.json: GPN-BROKEN: good-practice-note not written: 1 error finding as of \d+ \w+ \d{4}; fix the record, or pass --force/);
    expect(err).toMatch(/  ✗ \/practice: .* \[schema\/required\]/);
    expect(readdirSync(out)).toContain("GPN-2026-12.good-practice-note.html");
    expect(readdirSync(out)).not.toContain("GPN-BROKEN.good-practice-note.html");

    io = capture();
    expect(await runRender({ inputs: [dir], format: "html", out, force: true })).toBe(2);
    vi.restoreAllMocks();
    const lines = io.err.join("").trim().split("\n").filter((l) => !l.includes("note:"));
    expect(lines.some((l) => /^reviewkit: warning: .*broken\.json: GPN-BROKEN: good-practice-note written with 1 error finding .*\(--force\)$/.test(l))).toBe(true);
    expect(lines.at(-1)).toMatch(/broken\.json: GPN-BROKEN: .*good-practice-note\.md: line \d+: \{\{practice\}\} has no value in the record/);
  });

  it("checks the child's letter as of its own date, holds back only that letter, and --as-of moves the checks' date", async () => {
    const dir = tmp();
    const review = f.lookedAfterReview();
    delete review.childDecisionsLetter!.whatYouToldUs;
    writeFileSync(join(dir, "review.json"), JSON.stringify(review));
    const out = tmp();
    let io = capture();
    expect(await runRender({ inputs: [dir], format: "html", out, profile: "knowsley" })).toBe(1);
    vi.restoreAllMocks();
    // The letter was sent on 18 December 2026: that is the day its checks treat as today.
    expect(io.err.join("")).toContain("LAR-2026-12-10: child-letter not written: 1 error finding as of 18 December 2026");
    expect(io.err.join("")).toContain("/childDecisionsLetter/whatYouToldUs");
    expect(readdirSync(out).sort()).toEqual(["LAR-2026-12-10.lac-parent-letter.parent-1.html", "LAR-2026-12-10.lac-review-minutes.html"]);
    io = capture();
    await runRender({ inputs: [dir], format: "html", out: tmp(), profile: "knowsley", "as-of": "2027-01-04" });
    vi.restoreAllMocks();
    expect(io.err.join("")).toContain("as of 4 January 2027");
  });

  it("warns when the letterhead is the placeholder \"Local authority\" (no authority profile)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "note.json"), JSON.stringify(f.goodPracticeNote()));
    const io = capture();
    expect(await runRender({ inputs: [dir], format: "html", out: tmp() })).toBe(0);
    vi.restoreAllMocks();
    expect(io.err.join("")).toContain('note.json: the england profile (the national floor) has no authority\'s name, so documents are headed with the placeholder "Local authority"; pass --profile with your authority\'s profile');
    const quiet = capture();
    await runRender({ inputs: [dir], format: "html", out: tmp(), profile: "knowsley" });
    vi.restoreAllMocks();
    expect(quiet.err.join("")).not.toContain("placeholder");
  });

  it("--progress-to adds later progress to the minutes, labelled; a date that does not exist is a usage error", async () => {
    const dir = tmp();
    const review = f.lookedAfterReview();
    review.minutes = { completedOn: "2026-12-20", sentOn: "2026-12-21" };
    review.decisions[1]!.updates = [{ on: "2027-01-10", status: "done" }];
    writeFileSync(join(dir, "review.json"), JSON.stringify(review));
    const out = tmp();
    capture();
    expect(await runRender({ inputs: [dir], format: "html", out, profile: "knowsley", document: "lac-review-minutes", "progress-to": "2027-01-31" })).toBe(0);
    vi.restoreAllMocks();
    const html = readFileSync(join(out, "LAR-2026-12-10.lac-review-minutes.html"), "utf8");
    expect(html).toContain("Open. Later progress, to 31 January 2027: Done, 10 January 2027");
    await expect(runRender({ inputs: [dir], format: "html", out: tmp(), "progress-to": "2027-02-30" })).rejects.toBeInstanceOf(UsageError);
  });
});
