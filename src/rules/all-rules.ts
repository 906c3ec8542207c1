import type { Rule } from "./define-rule.js";
import national from "./national/index.js";
import knowsleyIroCp from "./knowsley-iro-cp/index.js";
import knowsleySocialWork from "./knowsley-social-work/index.js";
import leicestershire from "./leicestershire/index.js";
import westBerkshire from "./west-berkshire/index.js";
import gloucestershire from "./gloucestershire/index.js";

/** A rule with its group: the folder it lives in, named for the source document. Profiles enable groups. */
export interface RegisteredRule {
  group: string;
  rule: Rule;
}

const groups: Record<string, readonly Rule[]> = {
  national,
  "knowsley-iro-cp": knowsleyIroCp,
  "knowsley-social-work": knowsleySocialWork,
  leicestershire,
  "west-berkshire": westBerkshire,
  gloucestershire,
};

/** Every rule reviewkit has, in a stable order (group, then as each group's index lists them). */
export const ALL_RULES: readonly RegisteredRule[] = Object.entries(groups).flatMap(([group, rules]) =>
  rules.map((rule) => ({ group, rule })),
);

/** The source document behind each group, for the catalogue test and the generated rules table. */
export const GROUP_DOCUMENTS: Record<string, string> = {
  national: "national",
  "knowsley-iro-cp": "000_e97c8872ca661401.txt",
  "knowsley-social-work": "004_b07548fa3c53f1e2.txt",
  leicestershire: "001_184c5097ab010ef4.txt",
  "west-berkshire": "002_eca72b624649d413.txt",
  gloucestershire: "003_d67215d843be25d1.txt",
};
