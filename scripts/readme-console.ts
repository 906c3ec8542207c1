/**
 * The README's `console` blocks as runnable shell sessions, for test/readme-examples.test.ts (which
 * checks each block's output is what its commands print today) and scripts/readme-update.ts
 * (`npm run readme:update`, which writes today's output into the blocks).
 *
 * A `console` block is a session: a line starting `$ ` is a command (a line ending in `\` goes on
 * to the next), and the lines up to the next command are exactly what it prints, standard output
 * and standard error together. Nothing is elided: a long output is cut with a visible `| head -N`
 * in the command itself. Blocks that are not meant to run (installing, a caseload folder the reader
 * has and we do not) are fenced `sh`, not `console`, so nothing is skipped silently.
 *
 * Each block runs in its own temporary folder holding a copy of `examples/`, with `reviewkit`
 * defined as the built CLI (`node dist/cli/index.js`), as one bash script: the commands of a block
 * share files (`new … > review.json`, then `validate review.json`) and `$?`. Blocks run in
 * parallel, each command in its own Node process, as a user's would.
 *
 * The blocks are found with `marked`'s lexer (already a dependency, for the documents' Markdown),
 * not a regular expression: fences of any length, `~~~` fences and code inside lists are its job.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { marked, type Tokens } from "marked";
import { packageRoot } from "../src/paths.js";

/** One command of a block and the output the Markdown shows for it. */
export interface ConsoleStep {
  /** The command as a shell reads it: continuation lines kept, without the `$ `. */
  command: string;
  /** The command's lines as written in the Markdown (with `$ ` and continuations). */
  written: string[];
  /** What the block shows it printing, each line ending in "\n" ("" for nothing). */
  expected: string;
}

/** A `console` block of a Markdown file. */
export interface ConsoleBlock {
  /** Line of the opening fence, 1-based, for messages. */
  line: number;
  /** Where the block's content (between the fences) starts and ends in the file. */
  contentStart: number;
  contentEnd: number;
  steps: ConsoleStep[];
}

/**
 * Every `console` block of a Markdown text, in order.
 * @example consoleBlocks(readFileSync("README.md", "utf8"))[0].steps[0].command
 */
export function consoleBlocks(markdown: string): ConsoleBlock[] {
  const blocks: ConsoleBlock[] = [];
  let cursor = 0;
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type !== "code") return;
    const code = token as Tokens.Code;
    const at = markdown.indexOf(code.raw, cursor);
    if (at < 0) throw new Error(`readme-console: cannot find a code block in the text (near character ${cursor})`);
    cursor = at + code.raw.length;
    if (code.lang !== "console") return;
    // The content starts after the opening fence's line and ends before the closing fence's line.
    const contentStart = markdown.indexOf("\n", at) + 1;
    const closing = markdown.lastIndexOf("\n", at + code.raw.trimEnd().length - 1) + 1;
    blocks.push({
      line: markdown.slice(0, at).split("\n").length,
      contentStart,
      contentEnd: closing,
      steps: parseSession(markdown.slice(contentStart, closing), markdown.slice(0, at).split("\n").length),
    });
  });
  return blocks;
}

/** Splits a session's text into commands and their output. */
function parseSession(text: string, line: number): ConsoleStep[] {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  const steps: ConsoleStep[] = [];
  for (let i = 0; i < lines.length; ) {
    const first = lines[i]!;
    if (!first.startsWith("$ ")) throw new Error(`readme-console: the console block at line ${line} must start with a "$ " command, not ${JSON.stringify(first)}`);
    const written = [first];
    while (written.at(-1)!.endsWith("\\") && i + written.length < lines.length) written.push(lines[i + written.length]!);
    i += written.length;
    const output: string[] = [];
    while (i < lines.length && !lines[i]!.startsWith("$ ")) output.push(lines[i++]!);
    steps.push({
      command: written.join("\n").slice(2),
      written,
      expected: output.map((l) => `${l}\n`).join(""),
    });
  }
  return steps;
}

/** What a block's commands print today, one string per step. */
export interface BlockRun {
  outputs: string[];
}

const MARK = "\u001eRK-STEP\u001e";

/**
 * Runs one block's commands in a fresh folder holding a copy of examples/, with `reviewkit` as the
 * built CLI, and returns what each printed. The folder's path, should a command print it, reads ".".
 * @example (await runBlock(consoleBlocks(md)[0])).outputs[0]
 */
export async function runBlock(block: ConsoleBlock, root = packageRoot()): Promise<BlockRun> {
  const dir = mkdtempSync(join(tmpdir(), "reviewkit-readme-"));
  try {
    cpSync(join(root, "examples"), join(dir, "examples"), { recursive: true });
    const cli = join(root, "dist", "cli", "index.js");
    const script = [
      `reviewkit() { node ${JSON.stringify(cli)} "$@"; }`,
      "__rk=0",
      // Each command: a mark, then `$?` as the previous command left it, then the command with
      // its standard error joined to its standard output, as a terminal shows them.
      ...block.steps.map((s) => `printf '${MARK}'; (exit $__rk); {\n${s.command}\n} 2>&1; __rk=$?`),
    ].join("\n");
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn("bash", ["--noprofile", "--norc", "-c", script], {
        cwd: dir,
        env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", COLUMNS: "100", LANG: "C.UTF-8", TZ: "Europe/London" },
        stdio: ["ignore", "pipe", "pipe"],
        // A command that never ends (waiting on a terminal, say) fails the block rather than the run.
        timeout: 120_000,
        killSignal: "SIGKILL",
      });
      const chunks: Buffer[] = [];
      const errors: Buffer[] = [];
      child.stdout.on("data", (c: Buffer) => chunks.push(c));
      child.stderr.on("data", (c: Buffer) => errors.push(c));
      child.on("error", reject);
      child.on("close", (_code, signal) => {
        const err = Buffer.concat(errors).toString("utf8");
        if (signal) reject(new Error(`readme-console: the block at line ${block.line} did not finish in 120 s`));
        else if (err) reject(new Error(`readme-console: the shell itself wrote to standard error: ${err}`));
        else resolve(Buffer.concat(chunks).toString("utf8"));
      });
    });
    // Normalised, because a Markdown block cannot show them: the temporary folder's path, and the
    // CRLF line ends an iCalendar file has by its standard (RFC 5545).
    const outputs = out.split(MARK).slice(1).map((o) => o.split(dir).join(".").replace(/\r\n/g, "\n"));
    if (outputs.length !== block.steps.length) throw new Error(`readme-console: block at line ${block.line}: ${outputs.length} outputs for ${block.steps.length} commands`);
    return { outputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The block's text as it would be with today's output: each command as written, then its output.
 * @example blockText(block, await runBlock(block))
 */
export function blockText(block: ConsoleBlock, run: BlockRun): string {
  return block.steps.map((s, i) => `${s.written.join("\n")}\n${shown(run.outputs[i]!)}`).join("");
}

/**
 * The Markdown files whose console blocks run: the README and every docs/*.md (paths from the root).
 * @example markdownFiles() // ["README.md", "docs/rules.md"]
 */
export function markdownFiles(root = packageRoot()): string[] {
  return ["README.md", ...readdirSync(join(root, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
}

/** A command's output as a block can show it: a last line without its newline gets one. */
export function shown(output: string): string {
  return output && !output.endsWith("\n") ? `${output}\n` : output;
}
