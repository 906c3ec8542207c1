import { describe, expect, it } from "vitest";
import { doerSentence, whoForChild, whoForParent } from "./letter-people.js";

const chair = { name: "Hyun-woo Park", role: "Child Protection Chair" };
const parents = [
  { name: "Trần Thị Lan", relationship: "Mother" },
  { name: "Nguyễn Văn Hùng", relationship: "Father" },
];

describe("whoForParent: who will do it, as a parent's letter says it", () => {
  it("you, I, another parent by name and relationship", () => {
    const letter = { writer: chair, you: ["Trần Thị Lan"], parents };
    expect(whoForParent({ name: "Trần Thị Lan", role: "Mother" }, letter)).toBe("You");
    expect(whoForParent(chair, letter)).toBe("I");
    expect(whoForParent({ name: "Nguyễn Văn Hùng", role: "Father" }, letter)).toBe("Nguyễn Văn Hùng (father)");
  });

  it("a joint letter names which of you", () => {
    expect(whoForParent({ name: "Nguyễn Văn Hùng" }, { writer: chair, you: ["Trần Thị Lan", "Nguyễn Văn Hùng"], parents })).toBe("You, Nguyễn Văn Hùng,");
  });

  it("a worker by role and the name they are known by; a full name is never split", () => {
    const letter = { writer: chair, you: ["Trần Thị Lan"], parents };
    expect(whoForParent({ name: "Zainab Mahmoud", role: "Social Worker" }, letter)).toBe("Your social worker, Zainab Mahmoud,");
    expect(whoForParent({ name: "Hà Phương", role: "Domestic Abuse Worker" }, letter)).toBe("The domestic abuse worker, Hà Phương,");
    expect(whoForParent({ name: "Róisín Kelly", role: "Designated Safeguarding Lead" }, letter)).toBe("The school's lead for keeping children safe, Róisín Kelly,");
    expect(whoForParent({ name: "Hannah Evans", knownAs: "Hannah", role: "Social Worker" }, { ...letter, childName: "Sofia" })).toBe("Sofia's social worker, Hannah,");
    expect(whoForParent({ name: "Gurpreet Sandhu" }, letter)).toBe("Gurpreet Sandhu");
  });

  it("reads as a sentence with its date", () => {
    expect(doerSentence("Your social worker, Zainab Mahmoud,", "4 December 2026")).toBe("Your social worker, Zainab Mahmoud, will do this by 4 December 2026.");
  });

  it("the child's letter keeps its own wording", () => {
    expect(whoForChild({ name: "Priya Raman", knownAs: "Priya", role: "Social Worker" }, chair)).toBe("your social worker, Priya");
  });
});
