import { describe, expect, it } from "vitest";
import { prng } from "../../../bench/lib/generate-records.js";
import { normalisedWords, sameWords } from "./same-words.js";

describe("sameWords", () => {
  it("ignores case, runs of white space, the ends and final punctuation", () => {
    // why: a measure that only repeats its action in other capitals or spacing still repeats it (KCP-1.1).
    expect(sameWords("Visit Amara weekly.", "  visit\tamara\n weekly")).toBe(true);
    expect(sameWords("Łukasz sees the nurse!", "ŁUKASZ SEES THE NURSE")).toBe(true);
    expect(sameWords("Visit Amara weekly", "Visit Tobi weekly")).toBe(false);
    expect(sameWords("Visit Amara weekly", "Visit Amara weekly and call")).toBe(false);
    // A measure cut short from its action: settled by the number of words, both ways round.
    expect(sameWords("Visit Amara weekly and", "Visit Amara weekly and call her.")).toBe(false);
    expect(sameWords("Visit Amara weekly and call her.", "visit amara weekly and")).toBe(false);
    expect(sameWords("Visit Amara weekly !", "visit amara weekly")).toBe(false);
  });

  it("treats a final word of punctuation as the normal form does", () => {
    // why: "weekly ." loses its full stop but keeps the space before it, so it is not "weekly".
    expect(sameWords("visit weekly .", "visit weekly ")).toBe(normalisedWords("visit weekly .") === normalisedWords("visit weekly "));
    expect(sameWords("visit weekly .", "visit weekly")).toBe(false);
  });

  it("agrees with comparing the normal forms on many generated pairs, Greek sigma, odd spaces and all", () => {
    // why: it is a shortcut for normalisedWords(a) === normalisedWords(b) and must never answer otherwise.
    const words = ["Visit", "visit", "VISIT", "ΟΔΟΣ", "οδος", "οδοσ", "Σ", "σ", "ς", "İ", "i̇", "\u212Aelvin", "kelvin", "ΑΣ'", "ας'", "Σ\u00ad", "\u00adΣ", "Amara", "amara.", "weekly", "weekly.", ".", "!?", "", "Zoë", "ZOË", "a,"];
    const spaces = [" ", "  ", "\t", "\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "\u200b", "-"];
    const r = prng(15);
    const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
    const text = (n: number) => {
      let s = r() < 0.3 ? pick(spaces) : "";
      for (let k = 0; k < n; k++) s += pick(words) + (k < n - 1 || r() < 0.3 ? pick(spaces) : "");
      return s;
    };
    let equal = 0;
    for (let t = 0; t < 20_000; t++) {
      const a = text(1 + Math.floor(r() * 6));
      // Half the pairs are a respelling of the same words, so "equal" is tested as often as "differs".
      const b = r() < 0.5 ? a.toUpperCase().replace(/ /g, pick(spaces)) : r() < 0.5 ? a + pick(spaces) + text(1 + Math.floor(r() * 2)) : text(1 + Math.floor(r() * 6));
      const expected = normalisedWords(a) === normalisedWords(b);
      if (expected) equal++;
      expect(sameWords(a, b), JSON.stringify([a, b])).toBe(expected);
    }
    expect(equal).toBeGreaterThan(1000);
  });
});
