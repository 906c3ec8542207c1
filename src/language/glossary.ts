import { readFileSync } from "node:fs";
import { shippedPath } from "../paths.js";
import { READABILITY_BANDS, type ReadabilityBand } from "./audience.js";

/**
 * The jargon glossary, as data in data/glossary.json (shipped in the npm package). See that file's
 * "matching" and "audiences" notes for how entries are matched and who they are jargon for.
 */

/**
 * What sort of term an entry is; documentary, and lets a report group terms.
 * @example loadGlossary().filter((e) => e.kind === GLOSSARY_KINDS[0]) // the acronyms
 */
export const GLOSSARY_KINDS = ["acronym", "legal", "process", "role", "service", "everyday-word"] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

/** One jargon term with its plain replacements. */
export interface GlossaryEntry {
  /** The headword shown in reports: "IRO", "care order". */
  term: string;
  /** Surface forms to find. A form with a capital letter matches exactly; an all-lower-case form in any case. */
  forms: string[];
  kind: GlossaryKind;
  /** The readability bands this term is jargon for. */
  audiences: ReadabilityBand[];
  /** What to say to a child instead. */
  child: string;
  /** What to say to a parent instead. */
  parent: string;
  /** A short definition for the professional writing the text. */
  definition: string;
  /** Skip a match when the neighbouring word shows the term's ordinary sense (the verb "contact us"). */
  unless?: { before?: string[]; after?: string[]; afterName?: boolean };
}

let cached: readonly GlossaryEntry[] | undefined;

/**
 * The shipped glossary, read once and checked: a malformed entry is our bug, so it throws a plain
 * Error (not an input error) naming the entry.
 * @example loadGlossary().find((e) => e.term === "IRO")?.child // "the person who checks your plan is working"
 */
export function loadGlossary(): readonly GlossaryEntry[] {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(shippedPath("data", "glossary.json"), "utf8")) as { entries?: unknown };
  if (!Array.isArray(raw.entries)) throw new Error("data/glossary.json: no entries array");
  const entries = raw.entries.map((e: unknown, i: number) => checkEntry(e, i));
  cached = Object.freeze(entries);
  return cached;
}

const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

/**
 * Checks one raw glossary entry, returning it typed or throwing an Error naming what is wrong.
 * @example checkEntry({ term: "IRO", forms: ["IRO"], kind: "acronym", audiences: ["parent"], child: "…", parent: "…", definition: "…" }, 0)
 */
export function checkEntry(e: unknown, i: number): GlossaryEntry {
  const fail = (why: string): never => {
    throw new Error(`data/glossary.json: entry ${i}: ${why}`);
  };
  if (typeof e !== "object" || e === null) return fail("not an object");
  const o = e as Record<string, unknown>;
  for (const key of ["term", "child", "parent", "definition"]) if (!isText(o[key])) fail(`"${key}" must be non-empty text`);
  if (!isTextList(o.forms) || o.forms.length === 0) fail(`"forms" must list at least one form`);
  if (!(GLOSSARY_KINDS as readonly unknown[]).includes(o.kind)) fail(`"kind" must be one of ${GLOSSARY_KINDS.join(", ")}`);
  const bands = o.audiences;
  if (!Array.isArray(bands) || bands.length === 0 || !bands.every((b) => (READABILITY_BANDS as readonly unknown[]).includes(b))) {
    fail(`"audiences" must list bands from ${READABILITY_BANDS.join(", ")}`);
  }
  if (o.unless !== undefined) {
    const u = o.unless as Record<string, unknown>;
    const ok =
      typeof u === "object" && u !== null &&
      (u.before === undefined || isTextList(u.before)) &&
      (u.after === undefined || isTextList(u.after)) &&
      (u.afterName === undefined || typeof u.afterName === "boolean");
    if (!ok) fail(`"unless" must have text lists "before" and "after" and a boolean "afterName"`);
  }
  return o as unknown as GlossaryEntry;
}
