/**
 * Writes docs/rules.md: the rules table, generated from the rules themselves so it cannot drift.
 * Run `npm run docs:rules`; a test fails when docs/rules.md is stale.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { shippedPath } from "../src/paths.js";
import { renderRulesTable } from "../src/rules/rules-table.js";

mkdirSync(shippedPath("docs"), { recursive: true });
writeFileSync(shippedPath("docs", "rules.md"), renderRulesTable());
console.log("wrote docs/rules.md");
