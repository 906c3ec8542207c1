/**
 * language.chars_per_s, language.ratio_1mb_vs_250kb: check-language over a 1 MB text a person might
 * paste (sentences of 5 to 25 words, jargon in most of them, full stops after abbreviations and in
 * dates), and the time for 1 MB against 0.25 MB. Linear work gives a ratio near 4; the quadratic
 * sentence and gloss look-ups before issue 9 gave 0.25 MB in 20 s and 1 MB in 317 s (ratio ~16).
 */
import { performance } from "node:perf_hooks";
import { checkLanguage } from "../src/language/check-language.js";
import { loadProfile } from "../src/profiles/load-profile.js";
import { atLeast, atMost, note, report } from "./lib/report.js";

const WORDS = "the child said she wants to see her brother more often and the IRO agreed that the social worker will arrange contact within two weeks so her care plan PEP and LAC review e.g. Dr Shah on 21.12.2026".split(" ");

/** A text of `size` characters, the same every run (a small seeded generator). */
function text(size: number): string {
  let seed = 9;
  const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const out: string[] = [];
  let length = 0;
  while (length < size) {
    const words = Array.from({ length: 5 + next(21) }, () => WORDS[next(WORDS.length)]!);
    const s = `${words.join(" ").replace(/^./, (c) => c.toUpperCase())}${[". ", "! ", ".\n\n", "? ", ".\n- "][next(5)]}`;
    out.push(s);
    length += s.length;
  }
  return out.join("").slice(0, size);
}

function seconds(t: string): number {
  const profile = loadProfile("england");
  const start = performance.now();
  checkLanguage(t, { audience: "child", age: 10, profile });
  return (performance.now() - start) / 1000;
}

export async function benchLanguage(): Promise<void> {
  const small = text(250_000);
  const large = text(1_000_000);
  seconds(text(10_000)); // warm up: glossary, patterns
  const s = seconds(small);
  const l = seconds(large);
  note(`language: check-language for a child of 10, 0.25 MB in ${s.toFixed(2)} s, 1 MB in ${l.toFixed(2)} s`);
  report("language.chars_per_s", large.length / l, "chars/s", atLeast(200_000));
  report("language.ratio_1mb_vs_250kb", l / s, "x", atMost(6));
}
