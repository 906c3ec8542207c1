/**
 * govuk-frontend's own scripts for the components that need one: the character count (remaining
 * characters, announced politely as the person types). Run after each drawing of the form.
 */
import { CharacterCount } from "govuk-frontend";

/** Starts the character counts inside `root` that are not running yet. */
export function enhance(root: HTMLElement): void {
  root.querySelectorAll<HTMLElement>('[data-module="govuk-character-count"]:not([data-rk-enhanced])').forEach((el) => {
    el.setAttribute("data-rk-enhanced", "");
    try {
      new CharacterCount(el);
    } catch {
      // The count is a help, not a check: the schema's maxLength finding still shows.
    }
  });
}
