/**
 * Record text in a parents' letter, with each jargon term explained where it stands: "update the PEP"
 * becomes "update the PEP (your child's school plan)". Decisions and plan actions are written by
 * professionals for the record; the parents' letter must give them "in jargon free, plain language
 * so parents understand" (Knowsley CP Chair Standard 3.2, KCP-3.2). The term the parent will hear at
 * meetings is kept and explained in the glossary's words for a parent (data/glossary.json), in the
 * shape the language check accepts as explained (src/language/explained-inline.ts).
 */
import { findJargon } from "../language/find-jargon.js";

/**
 * The text with the glossary's plain words for a parent in brackets after each unexplained term.
 * @example explainForParent("Social worker to update the PEP.") // "Social worker to update the PEP (your child's school plan)."
 */
export function explainForParent(text: string): string {
  const hits = findJargon(text, { audience: "parent" });
  let out = text;
  // From the end, so earlier offsets stay right.
  for (const h of [...hits].reverse()) {
    const end = h.index + h.length;
    out = `${out.slice(0, end)} (${h.replacement})${out.slice(end)}`;
  }
  return out;
}
