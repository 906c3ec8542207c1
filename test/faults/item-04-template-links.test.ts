/**
 * Issue 9 item 4: an authority's template folder cannot read other files into a document. A partial
 * or template that is a symbolic link (to another child's case file, say), or a partials folder
 * linked out of the templates folder, is refused with one line naming it.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RenderError } from "../../src/render/render-error.js";
import { renderDocument } from "../../src/render/render-document.js";
import { goodPracticeNote } from "../fixtures/records.js";
import { runCliInProcess } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";

/** Another child's case file, somewhere the user can read: what a linked partial would leak. */
function secret(): string {
  const file = join(tempDir("secret"), "other-child.case.json");
  writeFileSync(file, JSON.stringify({ child: { name: "Zaynab Haddad-Kowalczyk" } }));
  return file;
}

describe("item 4: templates and partials stay inside the templates folder", () => {
  it("a partial that is a symbolic link is refused (CLI: exit 2, one line, no document)", async () => {
    const dir = tempDir("tpl-link");
    mkdirSync(join(dir, "partials"));
    symlinkSync(secret(), join(dir, "partials", "signature.md"));
    const input = join(tempDir("tpl-in"), "note.json");
    writeFileSync(input, JSON.stringify(goodPracticeNote()));
    const out = tempDir("tpl-out");
    const r = await runCliInProcess(["render", input, "--format", "html", "--out", out, "--templates", dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/partials\/signature\.md: is a symbolic link; templates and partials must be files in the templates folder\n$/);
    expect(r.stderr).not.toContain("Zaynab");
  });

  it("a document template that is a symbolic link is refused", async () => {
    const dir = tempDir("tpl-doc-link");
    symlinkSync(secret(), join(dir, "good-practice-note.md"));
    const err = await renderDocument(goodPracticeNote(), "good-practice-note", "html", { templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toMatch(/symbolic link/);
  });

  it("a partials folder that links out of the templates folder is refused", async () => {
    const outside = tempDir("tpl-outside");
    writeFileSync(join(outside, "letterhead.md"), readFileSync("templates/partials/letterhead.md", "utf8").replace(/^/, "Leaked: "));
    const dir = tempDir("tpl-dir-link");
    symlinkSync(outside, join(dir, "partials"));
    const err = await renderDocument(goodPracticeNote(), "good-practice-note", "html", { templatesDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RenderError);
    expect((err as RenderError).message).toMatch(/outside the templates folder/);
  });
});
