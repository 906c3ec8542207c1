import type { Audience } from "./audience.js";
import { findJargon, type JargonHit } from "./find-jargon.js";
import { readability, type Readability } from "./readability.js";
import { targetFor, type LanguageTarget, type ReadabilityProfile } from "./targets.js";

/**
 * Fewest words for reading ease and grade to count towards pass or fail. Flesch's method scores
 * samples of 100 words; on fewer, one long name swings the figures ("Zuzia goes to school every
 * day, including Mondays." scores grade 8.2), so short texts are held to jargon and sentence length
 * only, with their figures still shown.
 * @example readability(text).words >= MIN_WORDS_FOR_SCORES // reading ease and grade count
 */
export const MIN_WORDS_FOR_SCORES = 100;

/** The result of checking one text for one reader. */
export interface LanguageReport {
  jargon: JargonHit[];
  readability: Readability;
  target: LanguageTarget;
  /** Whether reading ease and grade counted (the text has at least MIN_WORDS_FOR_SCORES words). */
  scoresApplied: boolean;
  pass: boolean;
  /** Why it failed, one plain sentence each; empty when it passes. Never quotes the text. */
  reasons: string[];
}

/** Options for checkLanguage. `age` is the child's age in whole years; ignored for a parent. */
export interface CheckLanguageOptions {
  audience: Audience;
  age?: number;
  profile: ReadabilityProfile;
}

/**
 * Checks text written for a child or a parent: no unexplained jargon (KCP-3.2, West Berkshire
 * Standard 2) and readability within the profile's target for the reader (KIRO-1.11). Figures are
 * compared as rounded to one decimal place, so the verdict agrees with the figures shown. Reading
 * ease and grade count from MIN_WORDS_FOR_SCORES words; jargon and sentence length always count.
 * A text with no words passes: there is nothing in it to be hard to read.
 * @example
 * const r = checkLanguage("Your IRO will visit you.", { audience: "child", age: 9, profile: loadProfile("england") });
 * r.pass // false
 * r.reasons // ["1 jargon term for this reader: IRO."]
 */
export function checkLanguage(text: string, options: CheckLanguageOptions): LanguageReport {
  const target = targetFor(options.profile, options.audience, options.age);
  const jargon = findJargon(text, {
    audience: options.audience,
    ...(options.age === undefined ? {} : { age: options.age }),
  });
  const figures = readability(text);
  const reasons = failures(jargon, figures, target);
  const scoresApplied = figures.words >= MIN_WORDS_FOR_SCORES;
  return { jargon, readability: figures, target, scoresApplied, pass: reasons.length === 0, reasons };
}

/**
 * The reasons a text misses its target, in a fixed order: jargon, reading ease, grade, sentence
 * length; reading ease and grade only from MIN_WORDS_FOR_SCORES words.
 * @example failures([], readability("Hi."), target) // []
 */
export function failures(jargon: JargonHit[], r: Readability, t: LanguageTarget): string[] {
  const reasons: string[] = [];
  if (jargon.length > 0) {
    const unique = [...new Set(jargon.map((j) => j.term))];
    // Count the terms listed, not the hits, so the number matches the list; repeated uses are
    // said separately ("review" twice used to make "7 jargon terms" over a list of six).
    const uses = jargon.length > unique.length ? ` (${jargon.length} uses)` : "";
    reasons.push(`${unique.length} jargon ${unique.length === 1 ? "term" : "terms"}${uses} for this reader: ${unique.join(", ")}.`);
  }
  const scored = r.words >= MIN_WORDS_FOR_SCORES;
  if (scored && r.fleschReadingEase < t.fleschReadingEaseMin) {
    reasons.push(`Flesch Reading Ease is ${r.fleschReadingEase}; the target is at least ${t.fleschReadingEaseMin}.`);
  }
  if (scored && r.fleschKincaidGrade > t.fleschKincaidGradeMax) {
    reasons.push(`Flesch-Kincaid grade is ${r.fleschKincaidGrade}; the target is at most ${t.fleschKincaidGradeMax}.`);
  }
  if (r.maxSentenceWords > t.maxSentenceWords) {
    reasons.push(`The longest sentence has ${r.maxSentenceWords} words; the target is at most ${t.maxSentenceWords}.`);
  }
  return reasons;
}
