/**
 * Issue 9 item 10, the smaller ones: a logo path from the profile's folder (and only inside it), a
 * damaged logo blamed on the profile, a `constructor` timescale, `--as-of 9999-12-31`, a bank-holiday
 * file that does not look like GOV.UK's. (Read-only files: item-01; duplicate keys: item-07; the
 * README's jargon claim: item-07 too.)
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../../src/paths.js";
import { goodPracticeNote, lookedAfterReview } from "../fixtures/records.js";
import { runCli, runCliInProcess } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";
import { png, userProfile, withLogo } from "./profiles.js";

function noteIn(dir: string): string {
  const input = join(dir, "note.json");
  writeFileSync(input, JSON.stringify(goodPracticeNote()));
  return input;
}

describe("item 10: logos", () => {
  it("a relative logo path is read from the profile file's folder, whatever folder the command runs in", () => {
    const dir = tempDir("logo-rel");
    writeFileSync(join(dir, "logo.png"), png());
    const profile = userProfile(dir, withLogo("logo.png"));
    const out = join(dir, "out");
    const r = runCli(["render", noteIn(dir), "--format", "html", "--out", out, "--profile", profile], { cwd: tempDir("elsewhere") });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual(["GPN-2026-12.good-practice-note.html"]);
  });

  it("a logo outside the profile's folder (../, an absolute path, a link) is refused, naming the profile", async () => {
    const dir = tempDir("logo-out");
    const inner = join(dir, "profile");
    mkdirSync(inner);
    writeFileSync(join(dir, "elsewhere.png"), png());
    for (const logo of ["../elsewhere.png", join(dir, "elsewhere.png")]) {
      const profile = userProfile(inner, withLogo(logo));
      const r = await runCliInProcess(["render", noteIn(dir), "--format", "html", "--out", join(dir, "out"), "--profile", profile]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/profile\.json: \/authority\/logo: authority\.logo must name a PNG file in the profile's own folder/);
    }
  });

  it("a damaged logo PNG is blamed on the profile's logo, in every format, and nothing is written", async () => {
    const dir = tempDir("logo-bad");
    writeFileSync(join(dir, "logo.png"), png(4, 2, true));
    const profile = userProfile(dir, withLogo("logo.png"));
    const out = join(dir, "out");
    const r = await runCliInProcess(["render", noteIn(dir), "--format", "all", "--out", out, "--profile", profile]);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(3); // docx, pdf, html
    for (const line of lines) {
      expect(line).toMatch(/profile: \/authority\/logo: the profile's logo ".*logo\.png" is a damaged PNG file \(the IDAT chunk's checksum is wrong\); the record is not at fault$/);
      expect(line).not.toMatch(/check it with reviewkit validate/);
    }
    expect(readdirSync(out)).toEqual([]);
  });
});

describe("item 10: profiles and options", () => {
  it("a user profile may name a timescale `constructor` (no clash with Object.prototype)", async () => {
    const dir = tempDir("constructor");
    const profile = userProfile(dir, {
      timescales: { constructor: { description: "A step the council times.", value: 5, unit: "working_days", citation: { document: "Fault Council standards", paragraph: "1.1" } } },
    });
    const input = join(dir, "review.json");
    writeFileSync(input, JSON.stringify(lookedAfterReview()));
    const r = await runCliInProcess(["validate", input, "--as-of", "2026-12-20", "--profile", profile]);
    // Read as an ordinary id: refused only because no rule owns it (issue 11), never as "already set" by Object.prototype.
    expect(r.stderr).not.toMatch(/already set/);
    expect(r.stderr).toMatch(/timescale "constructor" has no enabled rule that owns it/);
  });

  it("--as-of 9999-12-31 names the option", async () => {
    const r = await runCliInProcess(["deadlines", "examples/knowsley", "--as-of", "9999-12-31"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^reviewkit: --as-of /);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("a --holidays file holding only 1900-01-01 and 9999-12-31 is refused (Christmas would become a working day)", async () => {
    const dir = tempDir("holidays-implausible");
    const file = join(dir, "holidays.json");
    const event = (date: string) => ({ title: "Holiday", date, notes: "", bunting: true });
    writeFileSync(file, JSON.stringify({ "england-and-wales": { division: "england-and-wales", events: [event("1900-01-01"), event("9999-12-31")] } }));
    const r = await runCliInProcess(["deadlines", "examples/knowsley", "--as-of", "2026-11-23", "--holidays", file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holidays\.json: covers 8100 years; GOV\.UK's file covers about ten\n$/);
  });

  it("the shipped GOV.UK file passed as --holidays is accepted", async () => {
    const dir = tempDir("holidays-real");
    const file = join(dir, "bank-holidays.json");
    copyFileSync(shippedPath("data", "bank-holidays-england-and-wales.json"), file);
    const r = await runCliInProcess(["deadlines", "examples/knowsley", "--as-of", "2026-11-23", "--holidays", file, "--within", "7"]);
    expect(r.stderr).toBe("");
  });
});

describe("item 10: the README says what validate does about language", () => {
  it("validate gives no jargon warnings (check-language does), and the README no longer claims it does", async () => {
    const dir = tempDir("language");
    const rec = lookedAfterReview();
    rec.childViews.wishesAndFeelings = "Your IRO said the LAC review and your PEP and the SW visit are on track.";
    const input = join(dir, "review.json");
    writeFileSync(input, JSON.stringify(rec));
    const v = await runCliInProcess(["validate", input, "--as-of", "2026-12-20", "--format", "json"]);
    expect(v.stdout).not.toMatch(/jargon/i);
    const readme = readFileSync(shippedPath("README.md"), "utf8");
    expect(readme).not.toMatch(/validator gives the same warnings/);
    expect(readme).toMatch(/`validate` does not check language: run `check-language` on a record/);
  });
});
