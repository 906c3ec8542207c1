import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliInProcess } from "../../test/helpers/run-cli.js";

/** Runs `reviewkit check-language …` (in this process: cli/index.test.ts holds the program to the same results), with optional standard input. */
async function run(args: string[], input?: string) {
  const r = await runCliInProcess(["check-language", ...args], input === undefined ? {} : { input });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), "reviewkit-cli-language-"));
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const plain = write("plain.txt", "You will keep living with Sam and Jo. They love having you.\n");
const jargon = write("jargon.txt", "Your IRO will make sure the care plan is reviewed at the next statutory review.\n");
const review = write(
  "review.json",
  JSON.stringify({
    recordType: "looked-after-review",
    reviewDate: "2026-11-02",
    child: { dateOfBirth: "2016-05-01" },
    decisions: [{ childFriendlyText: "You will keep living with Sam and Jo." }, { childFriendlyText: "Your PEP will be checked." }],
  }),
);

describe("reviewkit check-language", () => {
  it("exits 0 and says PASS for a plain text file", async () => {
    const r = await run([plain, "--age", "6"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/PASS for a child aged 6/);
  });

  it("exits 1 for text with jargon, listing each term with its replacement", async () => {
    const r = await run([jargon, "--age", "9"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/IRO \(character 5\): "the person who checks your plan is working"/);
  });

  it("prints exactly the JSON shape issue 5 specifies with --format json", async () => {
    const r = await run([jargon, "--audience", "parent", "--format", "json"]);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(["jargon", "readability", "target", "pass"]);
    expect(out.jargon).toEqual([
      { term: "IRO", index: 5, replacement: "the independent person who chairs your child's meetings and checks the plan" },
      { term: "statutory", index: 62, replacement: "required by law" },
    ]);
    expect(r.code).toBe(1);
  });

  it("checks a record's child-facing fields, with the age from the record, and adds per-field results", async () => {
    const r = await run([review, "--format", "json"]);
    const out = JSON.parse(r.stdout) as { target: { band: string; age: number }; fields: { path: string; pass: boolean }[] };
    expect(out.target).toMatchObject({ band: "child-8-12", age: 10 });
    expect(out.fields.map((f) => [f.path, f.pass])).toEqual([["/decisions/0/childFriendlyText", true], ["/decisions/1/childFriendlyText", false]]);
    expect(r.code).toBe(1);
  });

  it("reads plain text from standard input with -", async () => {
    const r = await run(["-", "--audience", "parent"], "We will visit you on Monday.\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^standard input: PASS for a parent/);
  });

  it("reads a record from standard input when it starts with {", async () => {
    const r = await run(["-", "--format", "json"], JSON.stringify({ recordType: "cp-plan", outcomes: [{ outcome: "The children are safe at home." }] }));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { target: { band: string } }).target.band).toBe("parent");
  });

  it("exits 2 with one line and no stack trace for a missing file", async () => {
    const r = await run([join(dir, "missing.txt")]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toMatch(/^reviewkit: .*missing\.txt: no such file$/);
  });

  it("exits 2 for a bad --age or --audience (usage errors)", async () => {
    expect((await run([plain, "--age", "eleven"])).code).toBe(2);
    expect((await run([plain, "--age", "40"])).code).toBe(2);
    expect((await run([plain, "--audience", "teen"])).code).toBe(2);
  });

  it("exits 2 for a record type with no plain-language text, and malformed JSON, without echoing content", async () => {
    const escalation = await run([write("esc.json", JSON.stringify({ recordType: "escalation", concern: "Amy Secretname" }))]);
    expect(escalation.code).toBe(2);
    const broken = await run([write("broken.json", '{"recordType": "cp-plan", "outcomes": "Amy Secretname"')]);
    expect(broken.code).toBe(2);
    expect(escalation.stderr + broken.stderr).not.toMatch(/Secretname/);
  });

  it("exits 2 for an unknown profile", async () => {
    expect((await run([plain, "--profile", "atlantis"])).code).toBe(2);
  });
});
