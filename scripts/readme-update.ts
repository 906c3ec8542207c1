/**
 * `npm run readme:update`: runs every `console` block of the README (and of docs/*.md) and writes
 * what its commands print today into the block, keeping the commands as written. Build first
 * (`npm run build`): the blocks run the built CLI. Review the diff: a changed output is either the
 * change you meant, or a bug. test/readme-examples.test.ts fails until the blocks match.
 *
 *   npm run readme:update            rewrite the files
 *   npm run readme:update -- --check list the blocks that differ, change nothing (exit 1 if any)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { blockText, consoleBlocks, markdownFiles, runBlock } from "./readme-console.js";
import { packageRoot } from "../src/paths.js";

const check = process.argv.includes("--check");
const root = packageRoot();
let differing = 0;
for (const file of markdownFiles(root)) {
  const path = join(root, file);
  const markdown = readFileSync(path, "utf8");
  const blocks = consoleBlocks(markdown);
  if (blocks.length === 0) continue;
  const texts = await Promise.all(blocks.map(async (b) => blockText(b, await runBlock(b, root))));
  let result = "";
  let at = 0;
  blocks.forEach((b, i) => {
    const now = texts[i]!;
    if (markdown.slice(b.contentStart, b.contentEnd) !== now) {
      differing++;
      process.stdout.write(`${file}:${b.line}: ${check ? "differs" : "updated"}\n`);
    }
    result += markdown.slice(at, b.contentStart) + now;
    at = b.contentEnd;
  });
  result += markdown.slice(at);
  if (!check && result !== markdown) writeFileSync(path, result);
}
process.stdout.write(`${differing} block(s) ${check ? "differ" : "updated"}\n`);
if (check && differing > 0) process.exitCode = 1;
