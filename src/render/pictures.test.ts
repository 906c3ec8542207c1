import { describe, expect, it } from "vitest";
import { isPictureName, pictureBlock, PICTURES } from "./pictures.js";
import { markdownToBlocks } from "./markdown-to-model.js";

describe("the child's letter pictures", () => {
  it("each is a PNG with alt text, small enough to sit beside a heading", () => {
    for (const name of Object.keys(PICTURES)) {
      expect(isPictureName(name)).toBe(true);
      const b = pictureBlock(name as keyof typeof PICTURES);
      expect([...b.data.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      expect(b.alt.length).toBeGreaterThan(10);
      expect(b.width).toBeLessThanOrEqual(60);
    }
  });
  it("a template asks for one by name; any other name is an error, never a file read", () => {
    const blocks = markdownToBlocks("<!-- picture: talk-to-me -->\n\n## Talk to me\n", { file: "t.md" });
    expect(blocks[0]).toMatchObject({ kind: "image", alt: PICTURES["talk-to-me"] });
    expect(() => markdownToBlocks("<!-- picture: ../../etc/passwd -->\n", { file: "t.md" })).toThrow(/only markers/);
    expect(() => markdownToBlocks("<!-- picture: dragon -->\n", { file: "t.md" })).toThrow(/no picture called "dragon"/);
  });
});
