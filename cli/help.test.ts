import { describe, expect, it } from "vitest";
import { DOCUMENT_NAMES } from "../src/render/documents.js";
import { helpArgs } from "./help.js";
import { runCliInProcess } from "../test/helpers/run-cli.js";

/** Runs `reviewkit …` in this process (the help is yargs' text; cli/index.test.ts holds the program to the same output). */
const run = (args: readonly string[]) => runCliInProcess(args);

const COMMANDS = ["validate", "new", "deadlines", "check-language", "render", "escalate", "form", "report"];

describe("help", () => {
  it("help <command> is <command> --help; help alone is --help", () => {
    expect(helpArgs(["help", "validate"])).toEqual(["validate", "--help"]);
    expect(helpArgs(["help"])).toEqual(["--help"]);
    expect(helpArgs(["validate", "x"])).toEqual(["validate", "x"]);
  });

  it("-h, --help and help list every command; each command answers -h and help <command> alike", async () => {
    const [short, top, helpEscalate, ...perCommand] = await Promise.all([
      run(["-h"]),
      run(["help"]),
      run(["help", "escalate"]),
      ...COMMANDS.map((c) => run([c, c === "escalate" ? "--help" : "-h"])),
    ]);
    for (const r of [short!, top!]) {
      expect(r.status).toBe(0);
      for (const c of COMMANDS) expect(r.stdout).toContain(`reviewkit ${c}`);
      expect(r.stdout).toContain("reviewkit help [command]");
      expect(r.stdout).toContain("reviewkit completion");
    }
    COMMANDS.forEach((c, i) => {
      const dash = perCommand[i]!;
      expect(dash.status, `${c} -h: ${dash.stderr}`).toBe(0);
      expect(dash.stdout).toMatch(new RegExp(`^reviewkit ${c}\\b`));
      if (c === "escalate") expect(helpEscalate!.stdout).toBe(dash.stdout);
    });
  });

  it("escalate's help describes every action; render's lists every document", async () => {
    const [escalate, render] = await Promise.all([run(["escalate", "--help"]), run(["render", "--help"])]);
    const actions = ["raise", "respond", "escalate", "resolve", "refer-cafcass", "legal-advice", "senior-meeting", "note", "status"];
    for (const a of actions) expect(escalate.stdout).toMatch(new RegExp(`^  ${a} +\\S`, "m"));
    for (const d of DOCUMENT_NAMES) expect(render.stdout).toMatch(new RegExp(`^  ${d} +from: `, "m"));
  });

  it("did you mean: a misspelt command, option or document, one line each, exit 2", async () => {
    const [command, option, document, none, missing] = await Promise.all([
      run(["valdate", "examples/knowsley"]),
      run(["validate", "examples/knowsley", "--as-off", "2026-11-23"]),
      run(["render", "examples/england", "--document", "child-leter", "--out", "out-never-written"]),
      run([]),
      run(["escalate", "x.json"]),
    ]);
    expect(command.stderr).toBe("reviewkit: unknown command valdate: did you mean validate? (see reviewkit help)\n");
    expect(option.stderr).toBe("reviewkit: unknown option --as-off: did you mean --as-of? (see reviewkit help validate)\n");
    expect(document.stderr).toMatch(/^reviewkit: --document must be one of .*; did you mean child-letter\?\n$/);
    expect(none.stderr).toMatch(/^reviewkit: say which command to run: validate, new, .*escalate/);
    expect(missing.stderr).toBe("reviewkit: escalate needs more: reviewkit escalate <file> <action> (see reviewkit help escalate)\n");
    for (const r of [command, option, document, none, missing]) expect(r.status).toBe(2);
  });

  it("completion prints a shell completion script", async () => {
    const r = await run(["completion"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("reviewkit-completions");
  });
});
