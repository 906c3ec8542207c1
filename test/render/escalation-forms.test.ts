import { describe, expect, it } from "vitest";
import { renderDocument } from "../../src/render/render-document.js";
import * as f from "../fixtures/records.js";
import { htmlText, pdfInfo, pdfStruct, squash } from "./extract.js";

const iro = { name: "Дмитрий Соколов", role: "Independent Reviewing Officer" };
const tm = { name: "Gurpreet Kaur", role: "Team Manager" };

/** An informal concern answered, then formal level 1 raised and not yet answered. */
function record() {
  const r = f.escalation();
  r.events.push(
    { type: "respond", date: "2027-01-21", stage: "informal", by: tm, text: "Contact will start next month." },
    { type: "raise-formal", date: "2027-01-26", stage: "formal-1", by: iro, delegatedTo: tm, text: "Not soon enough for Amara.", responseDueDate: "2027-02-02" },
  );
  return r;
}

describe("the authority's own escalation form", () => {
  it("Gloucestershire: the PRP form, the pathway once, a part per level with the manager's response box", async () => {
    const pdf = await renderDocument(record(), "escalation-form", "pdf", { profile: "gloucestershire" });
    expect(pdfInfo(pdf)["Title"]).toBe("Progress Resolution Pathway (PRP) form");
    const tree = pdfStruct(pdf).join("\n");
    const headings = [...tree.matchAll(/H(\d) \(block\)\n\s+"([^"]*)"/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(headings).toEqual([
      "1 Progress Resolution Pathway (PRP) form",
      "2 The concern",
      "2 The pathway",
      "2 Informal: delegated to the Team Manager",
      "2 Formal Level 1: delegated to the Team Manager",
      "2 CAFCASS",
      "2 Legal advice",
      "2 Outcome",
    ]);
    // The ladder is one table, shown once: each level's name appears in it and in its own part only.
    expect(tree.match(/"Formal Level 3"/g)?.length).toBe(1);
    expect(tree).toContain('"Manager\'s response (Team Manager)"');
    expect(tree).toContain('"To be completed by the manager.');
    expect(tree).toContain('"Not resolved: delegated to Formal Level 1 on 26 January 2027. Not soon enough for Amara."');
  });

  it("Leicestershire: the Positive Challenge and Formal Escalation record, stage by stage, with the final section", async () => {
    const html = new TextDecoder().decode(await renderDocument(record(), "escalation-form", "html", { profile: "leicestershire" }));
    expect(html).toContain("<title>Positive Challenge and Formal Escalation record</title>");
    const text = squash(htmlText(new TextEncoder().encode(html)));
    expect(text).toContain(squash("Positive Challenge"));
    expect(text).toContain(squash("Formal Escalation: Stage One – Team Manager"));
    expect(text).toContain(squash("Team Manager's response"));
    expect(text).toContain(squash("Final section: is the IRO or Chair satisfied?"));
    expect(text).toContain(squash("Not satisfied: escalated to Stage One – Team Manager on 26 January 2027."));
  });

  it("Knowsley (no form of its own): the general form, without the ladder repeated on each step", async () => {
    const html = new TextDecoder().decode(await renderDocument(record(), "escalation-form", "html", { profile: "knowsley" }));
    expect(html).toContain("<h1>Escalation of a concern about a child&#39;s plan</h1>");
    expect(html).not.toContain("the ladder sends it to");
  });
});
