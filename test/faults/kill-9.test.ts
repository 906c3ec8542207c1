/**
 * Issue 9 items 1 and 2, the bad day: kill -9 at randomised points while `escalate` rewrites a case
 * file and while `render` writes documents. Whatever moment the process dies, the escalation file
 * is the old one or the new one, whole and parseable, and every document present is complete.
 * The delays are random (printed on failure) across each process's lifetime, measured first with
 * one run that is not killed (plus a margin, at most 2.5 s and 5 s), so the kills land while the
 * process works, not after it has finished.
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { shippedPath } from "../../src/paths.js";
import type { Escalation } from "../../src/types/index.js";
import { lookedAfterReview } from "../fixtures/records.js";
import { cliArgv, escalationFile, tempDir } from "./helpers.js";

/** How long a run of the command takes when left alone, in ms. */
async function lifetime(args: readonly string[]): Promise<number> {
  const t0 = Date.now();
  await killAfter(args, 60_000);
  return Date.now() - t0;
}

function killAfter(args: readonly string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cliArgv(args), { cwd: shippedPath(), stdio: "ignore" });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("close", () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const delays = (n: number, max: number) => Array.from({ length: n }, () => Math.floor(Math.random() * max));

describe("kill -9 at random points", () => {
  it("escalate: the file is always whole, parseable, and the old or the new version", async () => {
    const dir = tempDir("kill-escalate");
    const file = escalationFile(dir);
    const original = readFileSync(file, "utf8");
    const spare = escalationFile(tempDir("kill-escalate-spare"));
    const seen = delays(8, Math.min(2500, 1.2 * (await lifetime(["escalate", spare, "note", "--date", "2027-01-20", "--text", "Not killed.", "--profile", "england"]))));
    for (const ms of seen) {
      await killAfter(["escalate", file, "note", "--date", "2027-01-20", "--text", `Killed at ${ms} ms.`, "--profile", "england"], ms);
      const text = readFileSync(file, "utf8");
      const e = JSON.parse(text) as Escalation; // throws on a torn file
      expect(text, `after a kill at ${ms} ms`).toBe(`${JSON.stringify(e, null, 2)}\n`);
      const before = JSON.parse(original) as Escalation;
      expect(e.events.slice(0, before.events.length)).toEqual(before.events);
      expect(e.events.slice(before.events.length).every((x) => x.type === "note" && /^Killed at \d+ ms\.$/.test(x.text ?? ""))).toBe(true);
    }
    // A leftover lock folder from a killed run goes stale; hidden temp files may remain, never the target torn.
    expect(readdirSync(dir).filter((f) => !f.startsWith(".") && f !== "escalation.json.lock")).toEqual(["escalation.json"]);
  }, 120_000);

  it("render: every document in the folder is complete (a PDF ends with %%EOF, an HTML page with </html>)", async () => {
    const input = join(tempDir("kill-render-in"), "review.json");
    writeFileSync(input, JSON.stringify(lookedAfterReview()));
    const out = tempDir("kill-render-out");
    const full = await lifetime(["render", input, "--format", "all", "--out", tempDir("kill-render-spare")]);
    for (const ms of delays(6, Math.min(5000, 1.2 * full))) {
      await killAfter(["render", input, "--format", "all", "--out", out], ms);
      for (const name of readdirSync(out).filter((f) => !f.startsWith("."))) {
        const bytes = readFileSync(join(out, name));
        if (name.endsWith(".pdf")) expect(bytes.toString("latin1").trimEnd().endsWith("%%EOF"), `${name} after ${ms} ms`).toBe(true);
        if (name.endsWith(".html")) expect(bytes.toString("utf8").trimEnd().endsWith("</html>"), `${name} after ${ms} ms`).toBe(true);
        if (name.endsWith(".docx")) expect(bytes.subarray(bytes.length - 22, bytes.length - 18).toString("hex"), `${name} after ${ms} ms`).toBe("504b0506"); // zip end record
      }
    }
  }, 180_000);
});
