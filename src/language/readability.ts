import { syllable } from "syllable";
import { splitSentences, wordsIn } from "./sentences.js";

/**
 * Readability figures. Syllables come from wooorm's `syllable` (maintained, typed); the formulas
 * are the published ones, applied to unrounded averages:
 *   Flesch Reading Ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words)
 *     (Flesch 1948, "A new readability yardstick", Journal of Applied Psychology 32(3))
 *   Flesch–Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 *     (Kincaid, Fishburne, Rogers and Chissom 1975, Research Branch Report 8-75, Chief of Naval
 *     Technical Training)
 * `text-readability` 1.1.1 was not used: it rounds both averages to one decimal place before the
 * formula (up to 4 points of reading ease and 0.6 of a grade out), drops sentences of two words
 * or fewer from the count, and patches the global Math object on import.
 */

/** The figures for one text, each rounded to one decimal place. */
export interface Readability {
  fleschReadingEase: number;
  fleschKincaidGrade: number;
  meanSentenceWords: number;
  maxSentenceWords: number;
  sentences: number;
  words: number;
}

/**
 * Rounds to one decimal place, halves away from zero (so −1.45 → −1.5, as people round by hand).
 * The tiny nudge absorbs binary error: 0.39 × 6 + 11.8 − 15.59 is −1.4499999… in floating point.
 * @example round1(85.8886) // 85.9
 */
export function round1(x: number): number {
  const r = Math.round(Math.abs(x) * 10 + 1e-9) / 10;
  return x < 0 && r !== 0 ? -r : r;
}

/**
 * Syllables in one word. Figures and abbreviations (a digit, a dot, or a short all-capitals word
 * such as IRO) count as one syllable, following Flesch's counting rules; every word has at least one.
 * @example syllablesIn("reviewing") // 3
 * @example syllablesIn("CAMHS") // 1
 */
export function syllablesIn(word: string): number {
  if (/[\d.]/.test(word) || (word.length <= 6 && !/\p{Ll}/u.test(word))) return 1;
  return Math.max(1, syllable(word.replace(/’/g, "'")));
}

/**
 * Flesch Reading Ease, Flesch–Kincaid grade, and sentence lengths for a text. A text with no words
 * gives zeros, since the formulas are undefined there; callers treat it as nothing to check.
 * @example readability("The cat sat on the mat.") // { fleschReadingEase: 116.1, fleschKincaidGrade: -1.5, meanSentenceWords: 6, maxSentenceWords: 6, sentences: 1, words: 6 }
 */
export function readability(text: string): Readability {
  const sentences = splitSentences(text);
  let words = 0;
  let syllables = 0;
  let longest = 0;
  for (const s of sentences) {
    const list = wordsIn(s.text);
    words += list.length;
    for (const w of list) syllables += syllablesIn(w);
    longest = Math.max(longest, list.length);
  }
  if (words === 0) {
    return { fleschReadingEase: 0, fleschKincaidGrade: 0, meanSentenceWords: 0, maxSentenceWords: 0, sentences: 0, words: 0 };
  }
  const wordsPerSentence = words / sentences.length;
  const syllablesPerWord = syllables / words;
  return {
    fleschReadingEase: round1(206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord),
    fleschKincaidGrade: round1(0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59),
    meanSentenceWords: round1(wordsPerSentence),
    maxSentenceWords: longest,
    sentences: sentences.length,
    words,
  };
}
