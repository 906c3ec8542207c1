/**
 * Writes docs/rules.md (the rules table, generated from the rules themselves so it cannot drift) and
 * docs/documents.md (the documents and formats, from their registries). Run `npm run docs:rules`;
 * tests fail when either is stale.
 */
import { writeFileSync, mkdirSync } from "node:fs";
import { shippedPath } from "../src/paths.js";
import { renderRulesTable } from "../src/rules/rules-table.js";
import { renderDocumentsTable } from "../src/render/documents-table.js";

mkdirSync(shippedPath("docs"), { recursive: true });
writeFileSync(shippedPath("docs", "rules.md"), renderRulesTable());
writeFileSync(shippedPath("docs", "documents.md"), renderDocumentsTable());
console.log("wrote docs/rules.md, docs/documents.md");
