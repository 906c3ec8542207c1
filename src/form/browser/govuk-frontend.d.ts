/** The part of govuk-frontend's script the form uses (the package ships no type declarations). */
declare module "govuk-frontend" {
  /** The character count component: starts on its `[data-module="govuk-character-count"]` element. */
  export class CharacterCount {
    constructor(element: Element);
  }
}

/** fontkit's browser build, as much as the form's require shim uses (the package ships no types). */
declare module "fontkit" {
  /** Parses a font from its bytes. */
  export function create(bytes: Uint8Array): { hasGlyphForCodePoint(codePoint: number): boolean };
}
