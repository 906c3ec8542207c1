import { ReviewkitError } from "../errors.js";

/**
 * A document could not be rendered: a template reads a field the record does not have, a template
 * is malformed, or the font cannot draw a character. Like every ReviewkitError it names the place
 * (template and line, or the record's JSON pointer), never the record's content.
 * @example throw new RenderError('"childViews.childsOwnWords" has no value', "child-letter-8-12.md", "line 14");
 */
export class RenderError extends ReviewkitError {
  override readonly name = "RenderError";
}
