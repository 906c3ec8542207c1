/**
 * The form is generated from the schemas: a field added to a copy of a schema appears in the page,
 * with its title, description and the control its type asks for, and the page's validator (built
 * from the same copy) accepts it, with no form code changed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { allSchemas, type LoadedSchema } from "../../src/schema/load-schemas.js";
import { checkNow, launch, openForm, writeForm, type FormBrowser } from "./browser.js";

let fb: FormBrowser;
let page: Page;

/** The shipped schemas, with two new fields in the looked-after review's "Child's views". */
function schemasWithNewFields(): LoadedSchema[] {
  return allSchemas().map((s) => {
    if (s.file !== "schemas/looked-after-review.schema.json") return s;
    const schema = structuredClone(s.schema) as Record<string, any>;
    const views = schema.properties.childViews;
    views.properties.favouriteActivity = {
      title: "Favourite activity",
      description: "Something the child most likes doing, to start the review with.",
      type: "string",
      enum: ["football", "drawing", "music"],
    };
    views.properties.lastAskedOn = {
      title: "Views last asked on",
      description: "The day the child was last asked for their views.",
      $ref: "common/defs.schema.json#/$defs/isoDate",
    };
    return { ...s, schema };
  });
}

beforeAll(async () => {
  fb = await launch();
  page = await openForm(fb, writeForm({ recordType: "looked-after-review", profile: "england", schemas: schemasWithNewFields() }));
});
afterAll(async () => {
  await fb?.close();
});

describe("a field added to a schema", () => {
  it("appears with its title, description and control", async () => {
    const group = page.locator(`[data-anchor="/records/0/childViews/favouriteActivity"]`);
    await expect(group.locator("legend").textContent()).resolves.toBe("Favourite activity (optional)");
    await expect(group.locator(".govuk-hint").textContent()).resolves.toBe("Something the child most likes doing, to start the review with.");
    // Three options: radios, with "Not recorded" as the field is optional.
    expect(await group.locator("input[type=radio]").count()).toBe(4);
    const date = page.locator(`[data-anchor="/records/0/childViews/lastAskedOn"]`);
    expect(await date.locator("legend").textContent()).toBe("Views last asked on (optional)");
    expect(await date.locator(".govuk-date-input__input").count()).toBe(3);
  });

  it("is filled in and checked like any other field", async () => {
    await page.check(`[data-pointer="/records/0/childViews/favouriteActivity"][value="drawing"]`);
    await page.fill(`[data-pointer="/records/0/childViews/lastAskedOn"][data-part="day"]`, "30");
    await page.fill(`[data-pointer="/records/0/childViews/lastAskedOn"][data-part="month"]`, "2");
    await page.fill(`[data-pointer="/records/0/childViews/lastAskedOn"][data-part="year"]`, "2027");
    await checkNow(page);
    const views = await page.evaluate(() => (globalThis as any).reviewkitForm.state.root.records[0].childViews);
    expect(views).toEqual({ favouriteActivity: "drawing", lastAskedOn: "2027-02-30" });
    // 30 February does not exist: the schema's own date check says so beside the new field.
    expect(await page.locator(`#${"f.records.0.childViews.lastAskedOn".replace(/\./g, "\\.")}-findings .govuk-error-message`).textContent()).toContain("Views last asked on");
    await page.fill(`[data-pointer="/records/0/childViews/lastAskedOn"][data-part="day"]`, "28");
    await checkNow(page);
    expect(await page.locator(`[data-anchor="/records/0/childViews/lastAskedOn"] .govuk-error-message`).count()).toBe(0);
    // The new property is not an "unknown property": the page's validators came from the same schemas.
    const rules = await page.$$eval("#rk-all-list li", (lis) => lis.map((li) => `${(li as HTMLElement).dataset["rule"]} ${(li as HTMLElement).dataset["path"]}`));
    expect(rules.filter((r) => r.includes("favouriteActivity") || r.includes("lastAskedOn"))).toEqual([]);
  });

  it("made no network request", () => {
    expect(fb.attempted).toEqual([]);
    expect(fb.pageErrors).toEqual([]);
  });
});
