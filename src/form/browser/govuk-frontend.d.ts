/** The part of govuk-frontend's script the form uses (the package ships no type declarations). */
declare module "govuk-frontend" {
  /** The character count component: starts on its `[data-module="govuk-character-count"]` element. */
  export class CharacterCount {
    constructor(element: Element);
  }
}
