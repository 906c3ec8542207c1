/**
 * Issue 9 item 7, silent wrong answers, and item 4 of its Deliver list (same input, same verdict by
 * every route): text is normalised or refused once, as it is read; links in a caseload folder are
 * followed or reported, never skipped.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { caseFile, lookedAfterReview } from "../fixtures/records.js";
import { runCliInProcess } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";

describe("item 7: one verdict for the same text by every route", () => {
  it("a U+2028 in a decision's text no longer empties the decisions table: it becomes a line break, in every format", async () => {
    const dir = tempDir("u2028");
    const r = lookedAfterReview();
    r.decisions[0]!.text = `${r.decisions[0]!.text}\u2028Reviewed again in March.`;
    const input = join(dir, "review.json");
    writeFileSync(input, JSON.stringify(r));
    const out = join(dir, "out");
    const run = await runCliInProcess(["render", input, "--format", "html", "--document", "lac-review-minutes", "--out", out]);
    expect(run.status).toBe(0);
    const html = readFileSync(join(out, "LAR-2026-12-10.lac-review-minutes.html"), "utf8");
    for (const d of lookedAfterReview().decisions) expect(html).toContain(d.text.slice(0, 25).replace(/'/g, "&#39;"));
    expect(html).toContain("Reviewed again in March.");
    expect(html).not.toContain("\u2028");
  });

  it("a lone surrogate in a name is refused by validate, render and deadlines alike, naming the field, not the text", async () => {
    const dir = tempDir("surrogate");
    const input = join(dir, "review.json");
    writeFileSync(input, JSON.stringify(lookedAfterReview()).replace('"Amara Okafor"', '"Amara \\ud800Okafor"'));
    const line = /review\.json: \/child\/name: holds half of a character \(a lone UTF-16 surrogate/;
    const v = await runCliInProcess(["validate", input]);
    expect(v.status).toBe(2);
    expect(v.stdout).toMatch(line);
    const r = await runCliInProcess(["render", input, "--format", "html", "--out", join(dir, "out")]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(line);
    const s = await runCliInProcess(["validate", "-"], { input: readFileSync(input, "utf8") });
    expect(s.stdout).toMatch(/<stdin>: \/child\/name: holds half of a character/);
    for (const run of [v, r, s]) expect(run.stdout + run.stderr).not.toContain("Okafor");
  });

  it("a control character (ESC) in record text is refused at reading, naming the field", async () => {
    const dir = tempDir("control");
    const input = join(dir, "review.json");
    const rec = lookedAfterReview();
    rec.childViews.wishesAndFeelings = "Amara \u001b[2J wants to stay.";
    writeFileSync(input, JSON.stringify(rec));
    const v = await runCliInProcess(["validate", input]);
    expect(v.status).toBe(2);
    expect(v.stdout).toMatch(/\/childViews\/wishesAndFeelings: holds the control character U\+001B/);
  });

  it("a case file linked into a caseload folder is counted; a link out of the folder is reported, not skipped", async () => {
    const store = tempDir("store");
    const caseload = join(tempDir("caseload"), "team");
    mkdirSync(caseload);
    mkdirSync(join(caseload, "archive"));
    const one = caseFile();
    writeFileSync(join(caseload, "archive", "amara.case.json"), JSON.stringify(one));
    symlinkSync(join(caseload, "archive", "amara.case.json"), join(caseload, "amara-link.case.json"));
    // Another child: the same fixture with another id and name throughout.
    writeFileSync(join(caseload, "kai.case.json"), JSON.stringify(caseFile()).replace(/KN-0001/g, "KN-0009").replace(/Amara Okafor/g, "Kai Nakamura"));
    const inside = await runCliInProcess(["deadlines", caseload, "--as-of", "2026-12-20", "--format", "json"]);
    expect(inside.stderr).not.toMatch(/amara-link|archive/);
    const items = (JSON.parse(inside.stdout) as { items: { childId?: string; child?: { id: string } }[] }).items;
    const children = new Set(items.map((i) => JSON.stringify(i).match(/KN-000[19]/)?.[0]));
    expect(children).toEqual(new Set(["KN-0001", "KN-0009"])); // both, and the linked file once
    writeFileSync(join(store, "outside.case.json"), JSON.stringify(caseFile()));
    symlinkSync(join(store, "outside.case.json"), join(caseload, "outside-link.case.json"));
    const outside = await runCliInProcess(["deadlines", caseload, "--as-of", "2026-12-20"]);
    expect(outside.status).toBe(2);
    expect(outside.stderr).toMatch(/outside-link\.case\.json: is a symbolic link to somewhere outside the folder/);
  });
});
