import type { Rule } from "../define-rule.js";

/** This group's rules, one file each; keep the list in file-name order. */
const rules: readonly Rule[] = [];
export default rules;
