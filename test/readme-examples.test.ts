/**
 * Every `console` block of the README (and of docs/*.md) is a real session: its `$ reviewkit …`
 * commands run against the built CLI (`node dist/cli/index.js`) in a temporary copy of examples/,
 * and each command's output must be exactly the lines the block shows under it (only the temporary
 * folder's path and CRLF line ends are normalised: see scripts/readme-console.ts). When a change
 * means to alter an output, `npm run build && npm run readme:update` rewrites the blocks.
 *
 * Blocks that are not run are fenced `sh` (installing, a caseload of the reader's own) or `text`
 * (a benchmark's figures, a file's excerpt), and a block that looks like a session (`$ ` lines)
 * must be fenced `console`, so no session is left unchecked by choosing another fence.
 *
 * Self-contained: needs only `npm run build` (as `npm test`'s pretest does), bash, and poppler's
 * `pdfinfo` for the tagged-PDF block.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { marked, type Tokens } from "marked";
import { beforeAll, describe, expect, it } from "vitest";
import { consoleBlocks, markdownFiles, runBlock, shown, type BlockRun, type ConsoleBlock } from "../scripts/readme-console.js";
import { packageRoot } from "../src/paths.js";

const root = packageRoot();
const files = markdownFiles(root).map((file) => ({ file, markdown: readFileSync(join(root, file), "utf8") }));
const blocks: { file: string; block: ConsoleBlock }[] = files.flatMap(({ file, markdown }) => consoleBlocks(markdown).map((block) => ({ file, block })));

/** Runs the blocks a few at a time (each command is a Node process; the machine has two cores). */
async function runAll(): Promise<BlockRun[]> {
  const runs: BlockRun[] = new Array(blocks.length);
  let next = 0;
  const worker = async () => {
    while (next < blocks.length) {
      const i = next++;
      runs[i] = await runBlock(blocks[i]!.block, root);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  return runs;
}

describe("the README's console examples", () => {
  let runs: BlockRun[] = [];
  beforeAll(async () => {
    if (!existsSync(join(root, "dist", "cli", "index.js"))) throw new Error("dist/cli/index.js is missing: run npm run build first");
    runs = await runAll();
  }, 120_000);

  it("has sessions to check, each command with what it prints", () => {
    expect(blocks.filter((b) => b.file === "README.md").length).toBeGreaterThanOrEqual(12);
    expect(blocks.flatMap((b) => b.block.steps).filter((s) => /^reviewkit /.test(s.command)).length).toBeGreaterThanOrEqual(20);
  });

  it("fences every session (lines starting `$ `) as console, so none is left unrun", () => {
    for (const { file, markdown } of files) {
      marked.walkTokens(marked.lexer(markdown), (token) => {
        if (token.type !== "code") return;
        const code = token as Tokens.Code;
        const prompts = code.text.split("\n").filter((l) => l.startsWith("$ "));
        if (code.lang !== "console") expect(prompts, `${file}: a ${code.lang || "plain"} block with "$ " lines: fence it console so it runs`).toEqual([]);
      });
    }
  });

  for (const [i, { file, block }] of blocks.entries()) {
    it(`${file}:${block.line}: ${block.steps[0]!.command.split("\n")[0]!.slice(0, 70)}`, () => {
      const run = runs[i]!;
      expect(run.outputs).toHaveLength(block.steps.length);
      block.steps.forEach((step, j) => {
        expect(shown(run.outputs[j]!), `${file}:${block.line}: $ ${step.command}\n(npm run readme:update rewrites the block)`).toBe(step.expected);
      });
    });
  }
});
