/**
 * Vitest global setup for every project: one temporary folder for the whole run, removed at the end.
 *
 * Tests write fictional records, rendered documents, LibreOffice and Chromium profiles under
 * `os.tmpdir()`; many make a folder per test and, being short-lived, never remove it. Thousands of
 * folders a run add up on a CI machine that runs the suite all day (a full disk is what the
 * fault suite guards the user against). Pointing TMPDIR at one folder per run before any test
 * worker or child process starts (they inherit the environment, and `os.tmpdir()` reads TMPDIR on
 * every call) lets the run remove everything it wrote, whatever each test did.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The run's folder, shared by the projects' setups (they run one after the other in vitest's own process). */
const state = globalThis as { reviewkitTestTmp?: string };

/** Vitest calls this once per project before its first test file; the teardown it returns, once per project at the end of the run. */
export default function setup(): () => void {
  if (!state.reviewkitTestTmp) {
    state.reviewkitTestTmp = mkdtempSync(join(tmpdir(), "reviewkit-test-run-"));
    process.env["TMPDIR"] = state.reviewkitTestTmp;
  }
  const dir = state.reviewkitTestTmp;
  // Every project's teardown tries; the first removes the folder, the rest find nothing to remove.
  return () => rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
