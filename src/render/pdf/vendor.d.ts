/** The Unicode line-breaking algorithm (UAX #14), as pdfkit uses it; the package ships no types. */
declare module "linebreak" {
  /** One break opportunity: the offset a new line may start at, and whether the text forces it. */
  interface Break {
    position: number;
    required: boolean;
  }
  /** Walks a string's break opportunities in order. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}

/** SVG-to-pdfkit, as pdfmake ships it (draws an SVG string into a pdfkit document as vectors); no types shipped. */
declare module "pdfmake/js/3rd-party/svg-to-pdfkit.js" {
  const svgToPdfkit: unknown;
  export default svgToPdfkit;
}
