import { canDraw, faceFor } from "./fonts.js";
import type { Block, Run } from "./model.js";
import { RenderError } from "./render-error.js";

/**
 * Before a PDF is made, every character it will show is checked against the face that will draw it.
 * A character the font lacks would print as an empty box (or vanish) in a letter to a child, so the
 * render fails instead, naming the character as U+XXXX and where it came from: the record's field as
 * a JSON pointer, else the profile's, else the template.
 */

/** Characters that are layout, not glyphs: the writers handle them without the font. */
const LAYOUT = new Set([0x09, 0x0a, 0x0d, 0xe000, 0x200b, 0x200c, 0x200d, 0xfeff, 0xfe0f]);

/**
 * Throws RenderError for the first character no face can draw.
 * @example checkGlyphs(model.blocks, { record, profile: ctx.profile, template: "templates/child-letter-8-12.md" });
 */
export function checkGlyphs(blocks: readonly Block[], sources: { record: unknown; profile: unknown; template: string; file?: string }): void {
  for (const run of allRuns(blocks)) {
    if ("lineBreak" in run) continue;
    const face = faceFor(run);
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (LAYOUT.has(cp) || canDraw(face, cp)) continue;
      const code = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
      const inRecord = pointerTo(sources.record, ch, "");
      const inProfile = inRecord === undefined ? pointerTo(sources.profile, ch, "") : undefined;
      const where = inRecord ?? (inProfile !== undefined ? `profile ${inProfile}` : `template ${sources.template}`);
      throw new RenderError(`the PDF font cannot draw ${code} (${JSON.stringify(ch)}); change the text or render DOCX or HTML`, sources.file, where);
    }
  }
}

function* allRuns(blocks: readonly Block[]): Generator<Run> {
  for (const b of blocks) {
    if (b.kind === "heading") yield* b.runs.map((r) => ("lineBreak" in r ? r : { ...r, bold: true }));
    else if (b.kind === "paragraph") yield* b.runs;
    else if (b.kind === "list") for (const item of b.items) yield* item.runs;
    else if (b.kind === "table") {
      for (const cell of b.header) yield* cell.map((r) => ("lineBreak" in r ? r : { ...r, bold: true }));
      for (const row of b.rows) for (const cell of row) yield* cell;
    }
  }
}

/**
 * The JSON pointer of the first string under `value` that contains `ch`.
 * @example pointerTo({ child: { name: "Σοφία" } }, "Σ", "") // "/child/name"
 */
export function pointerTo(value: unknown, ch: string, at: string): string | undefined {
  if (typeof value === "string") return value.includes(ch) ? at || "/" : undefined;
  if (value === null || typeof value !== "object") return undefined;
  for (const [k, v] of Object.entries(value)) {
    const found = pointerTo(v, ch, `${at}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
