import { printable } from "../io/printable.js";
import { MIN_WORDS_FOR_SCORES, type LanguageReport } from "./check-language.js";
import type { RecordLanguageReport } from "./check-record.js";
import type { JargonHit } from "./find-jargon.js";

/**
 * The check-language report for people (text) and for programs (JSON). Neither quotes the checked
 * text: terms are shown by their glossary headword and place, since records hold personal data.
 * Text output passes through printable(), as validate's does, so control characters in a file name
 * cannot rewrite the terminal.
 */

/** A report for one input, as `checkLanguageInput` returns it. */
export interface InputLanguageReport {
  file: string;
  report: LanguageReport | RecordLanguageReport;
}

const isRecordReport = (r: LanguageReport | RecordLanguageReport): r is RecordLanguageReport => "fields" in r;

const jargonJson = (list: JargonHit[]) => list.map(({ term, index, replacement }) => ({ term, index, replacement }));

const figuresJson = (r: LanguageReport) => ({
  fleschReadingEase: r.readability.fleschReadingEase,
  fleschKincaidGrade: r.readability.fleschKincaidGrade,
  meanSentenceWords: r.readability.meanSentenceWords,
  maxSentenceWords: r.readability.maxSentenceWords,
});

/**
 * JSON: `{ jargon: [{ term, index, replacement }], readability: { fleschReadingEase,
 * fleschKincaidGrade, meanSentenceWords, maxSentenceWords }, target, pass }`, plus `fields` (each
 * with path, jargon, readability, pass) for a record. `target` also says whether reading ease and
 * grade counted (`scoresApplied`, from `minWordsForScores` words).
 * @example JSON.parse(formatLanguageJson({ file: "a.txt", report })).pass // true
 */
export function formatLanguageJson({ report }: InputLanguageReport): string {
  const out: Record<string, unknown> = {
    jargon: jargonJson(report.jargon),
    readability: figuresJson(report),
    target: { ...report.target, minWordsForScores: MIN_WORDS_FOR_SCORES, scoresApplied: report.scoresApplied },
    pass: report.pass,
  };
  if (isRecordReport(report)) {
    out.fields = report.fields.map((f) => ({ path: f.path, jargon: jargonJson(f.jargon), readability: figuresJson(f), pass: f.pass }));
  }
  return `${JSON.stringify(out, null, 2)}\n`;
}

/**
 * A short report: verdict, jargon with what to say instead, figures against target, and why.
 * @example formatLanguageText({ file: "letter.txt", report }) // "letter.txt: PASS for a child aged 9 …"
 */
export function formatLanguageText({ file, report }: InputLanguageReport): string {
  const t = report.target;
  const reader = t.band === "parent" ? "a parent" : t.age === null ? "a child of unknown age" : `a child aged ${t.age}`;
  const lines = [`${file}: ${report.pass ? "PASS" : "FAIL"} for ${reader} (target "${t.band}")`];
  if (t.band !== "parent" && t.age === null) lines.push("  No age given, so the strictest target (under 8) applies; pass --age to use the child's own.");
  if (isRecordReport(report)) {
    if (report.fields.length === 0) lines.push(`  This ${report.recordType} record has no text written for a child or a parent yet.`);
    lines.push(...report.fields.map((f) => `  ${f.path}: ${f.pass ? "pass" : `fail (${f.reasons.join(" ")})`}`));
  }
  if (report.jargon.length > 0) {
    lines.push("  Jargon, and what to say instead:");
    for (const j of report.jargon) lines.push(`    ${j.term} (character ${j.index}): "${j.replacement}"`);
  }
  const r = report.readability;
  const row = (name: string, value: number, limit: string, ok: boolean, counts = true) =>
    `    ${name.padEnd(22)}${String(value).padStart(7)}   ${limit.padEnd(14)}${!counts ? "not counted" : ok ? "ok" : "MISSED"}`;
  if (r.words > 0) {
    lines.push(`  Readability (${r.words} words, ${r.sentences} ${r.sentences === 1 ? "sentence" : "sentences"}):`);
    const scored = report.scoresApplied;
    lines.push(row("Flesch Reading Ease", r.fleschReadingEase, `at least ${t.fleschReadingEaseMin}`, r.fleschReadingEase >= t.fleschReadingEaseMin, scored));
    lines.push(row("Flesch-Kincaid grade", r.fleschKincaidGrade, `at most ${t.fleschKincaidGradeMax}`, r.fleschKincaidGrade <= t.fleschKincaidGradeMax, scored));
    lines.push(row("Longest sentence", r.maxSentenceWords, `at most ${t.maxSentenceWords}`, r.maxSentenceWords <= t.maxSentenceWords));
    lines.push(`    ${"Mean sentence".padEnd(22)}${r.meanSentenceWords.toFixed(1).padStart(7)}   words`);
    if (!scored) lines.push(`    Reading ease and grade count from ${MIN_WORDS_FOR_SCORES} words (Flesch scored 100-word samples); shown for information.`);
  }
  if (!report.pass) lines.push("  Why it fails:", ...report.reasons.map((reason) => `    - ${reason}`));
  lines.push(`  Why this target: ${t.reason}`);
  return `${printable(lines.join("\n"))}\n`; // a file name or a user profile's reason must not drive the terminal
}
