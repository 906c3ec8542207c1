/**
 * The simple pictures a young child's letter may carry beside each section (Knowsley IRO Standard
 * 1.11: decisions explained "according to their age and understanding"). Drawn for reviewkit
 * (templates/pictures/*.svg, drawn to PNG by scripts/build-pictures.ts, which also writes the bytes
 * into pictures-data.generated.ts so no file is read at run time, in a browser too) and licensed
 * with it (MIT).
 * A template asks for one by name with `<!-- picture: name -->`; only these names exist, so a
 * template cannot make a document read any other file.
 */
import type { Block } from "./model.js";
import { PICTURE_PNG } from "./pictures-data.generated.js";

/** Each picture's name and its alt text (what a screen reader says in its place). @example PICTURES["next-meeting"] */
export const PICTURES = {
  "what-you-told-us": "A speech bubble: what you told us",
  "what-we-decided": "A list with ticks: what we decided",
  "next-meeting": "A calendar: your next meeting",
  "talk-to-me": "A telephone: how to talk to me",
  "not-happy": "A sad face: if you are not happy",
  "someone-to-help": "Two people side by side: someone to help you speak up",
} as const;

/** @example const p: PictureName = "talk-to-me"; */
export type PictureName = keyof typeof PICTURES;

/** The size a picture is printed at, in points (about 0.6 inch): beside a heading, not a page of its own. */
const SIZE = 44;
const cache = new Map<PictureName, Uint8Array>();

/**
 * Whether a name is one of the bundled pictures.
 * @example isPictureName("talk-to-me") // true
 */
export function isPictureName(name: string): name is PictureName {
  return Object.hasOwn(PICTURES, name);
}

/**
 * A bundled picture as an image block with its alt text.
 * @example pictureBlock("next-meeting").alt // "A calendar: your next meeting"
 */
export function pictureBlock(name: PictureName): Extract<Block, { kind: "image" }> {
  let data = cache.get(name);
  if (!data) cache.set(name, (data = Uint8Array.from(atob(PICTURE_PNG[name] ?? ""), (c) => c.charCodeAt(0))));
  return { kind: "image", data, width: SIZE, height: SIZE, alt: PICTURES[name] };
}
