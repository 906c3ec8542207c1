import { describe, expect, it } from "vitest";
import { Tally, type FigureDef } from "./tally.js";

const defs: FigureDef[] = [
  { id: "share", section: "looked-after", unit: "share", title: "S", definition: "d", labels: ["A", "B"] },
  { id: "days", section: "escalations", unit: "median-working-days", title: "D", definition: "d" },
  { id: "theme", section: "themes", unit: "count", title: "T", definition: "d", labels: ["X"] },
];

describe("tally", () => {
  it("adds shares with their breakdown and keeps each citation once", () => {
    const t = new Tally(defs);
    const cite = { document: "CPPCR-2010", paragraph: "reg 33", requirement: "NAT-R33" };
    t.add({ id: "share", num: 1, label: "A", cite });
    t.add({ id: "share", num: 0, label: "A", cite });
    t.add({ id: "share", num: 1, label: "B" });
    const [share] = t.figures();
    expect(share).toMatchObject({ numerator: 2, denominator: 3, breakdown: [{ label: "A", numerator: 1, denominator: 2 }, { label: "B", numerator: 1, denominator: 1 }] });
    expect(share!.sources).toEqual([cite]);
  });
  it("takes the lower middle value as the median of an even count, and the middle of an odd one", () => {
    const t = new Tally(defs);
    for (const days of [3, 20, 7, 12]) t.add({ id: "days", days });
    expect(t.figures()[1]).toMatchObject({ numerator: 4, median: 7 });
    t.add({ id: "days", days: 25 });
    expect(t.figures()[1]).toMatchObject({ numerator: 5, median: 12 });
  });
  it("keeps the previous period's rows apart, with the same labels", () => {
    const t = new Tally(defs);
    t.add({ id: "theme", label: "X" });
    t.add({ id: "theme", label: "Y", previous: true });
    const theme = t.figures()[2]!;
    expect(theme.numerator).toBe(1);
    expect(theme.breakdown).toEqual([{ label: "X", numerator: 1 }, { label: "Y", numerator: 0 }]);
    expect(theme.previous).toEqual([{ label: "X", numerator: 0 }, { label: "Y", numerator: 1 }]);
  });
  it("gives a figure nothing counted towards as 0 of 0, not a missing figure", () => {
    const [share] = new Tally(defs).figures();
    expect(share).toMatchObject({ numerator: 0, denominator: 0 });
  });
});
