import { describe, expect, it } from "vitest";
import { OutputError } from "../src/errors.js";
import type { CliIo } from "./io.js";
import { main } from "./main.js";

/** An io that keeps what a run printed; `stdout` may be replaced to fail. */
function capture(overrides: Partial<CliIo> = {}): CliIo & { out: string; err: string } {
  const io = {
    out: "",
    err: "",
    stdout: (text: string) => void (io.out += text),
    stderr: (text: string) => void (io.err += text),
    stdoutIsTerminal: false,
    ...overrides,
  };
  return io;
}

const STACK_FRAME = /\bat .+:\d+:\d+/;

describe("main", () => {
  it("resolves to the exit code and never exits the process", async () => {
    const io = capture();
    expect(await main(["--version"], io)).toBe(0);
    expect(io.out).toMatch(/^\d+\.\d+\.\d+\n$/);
    const bad = capture();
    expect(await main(["frobnicate"], bad)).toBe(2);
    expect(bad.err).toMatch(/^reviewkit: unknown (command|argument) frobnicate.*\(see reviewkit help\)\n$/);
    expect(process.exitCode ?? 0).toBe(0);
  });

  it("an error that is not ours (a bug) is one line without a stack trace, unless --verbose", async () => {
    const boom = () => {
      throw new TypeError("boom\nsecond line");
    };
    const quiet = capture({ stdout: boom });
    expect(await main(["--version"], quiet)).toBe(2);
    expect(quiet.err).toBe("reviewkit: internal error: boom\n");
    const verbose = capture({ stdout: boom });
    expect(await main(["--version", "--verbose"], verbose)).toBe(2);
    expect(verbose.err).toMatch(/^reviewkit: internal error: TypeError: boom\nsecond line\n/);
    expect(verbose.err).toMatch(STACK_FRAME);
  });

  it("standard output that cannot be written is one line naming it, exit 2", async () => {
    const io = capture({
      stdout: () => {
        throw new OutputError("cannot write to standard output (ENOSPC: the disk is full); the output is incomplete", "<stdout>");
      },
    });
    expect(await main(["--help"], io)).toBe(2);
    expect(io.err).toBe("reviewkit: <stdout>: cannot write to standard output (ENOSPC: the disk is full); the output is incomplete\n");
  });

  it("runs that overlap each read their own standard input", async () => {
    const plain = capture({ stdin: "We will visit you on Monday.\n" });
    const jargon = capture({ stdin: Buffer.from("Your IRO will make sure the care plan is reviewed at the next statutory review.\n") });
    const codes = await Promise.all([main(["check-language", "-", "--audience", "parent"], plain), main(["check-language", "-", "--age", "9"], jargon)]);
    expect(codes).toEqual([0, 1]);
    expect(plain.out).toMatch(/^standard input: PASS for a parent/);
    expect(jargon.out).toMatch(/IRO \(character 5\)/);
  });
});
