/**
 * The table of item kinds: every due date the timeline knows how to find. Each kind appears only
 * where the profile defines its timescale (england has fewer than knowsley).
 */
import type { ItemKind } from "../types.js";
import { BEFORE_MEETING_KINDS } from "./before-meetings.js";
import { BETWEEN_MEETING_KINDS } from "./between-meetings.js";
import { CHILD_IN_NEED_KINDS } from "./child-in-need.js";
import { CHILD_PROTECTION_KINDS } from "./child-protection.js";
import { CP_PLAN_KINDS } from "./cp-plan-period.js";
import { ESCALATION_KINDS } from "./escalations.js";
import { HEALTH_EDUCATION_KINDS } from "./health-education.js";
import { LOOKED_AFTER_KINDS } from "./looked-after.js";
import { PLACEMENT_KINDS } from "./placements.js";
import { RECORDING_KINDS } from "./recording.js";
import { REVIEW_RECORD_KINDS } from "./review-records.js";

/**
 * Every item kind, in a stable order.
 * @example ITEM_KINDS.find((k) => k.id === "icpc")
 */
export const ITEM_KINDS: readonly ItemKind[] = [
  ...LOOKED_AFTER_KINDS,
  ...PLACEMENT_KINDS,
  ...REVIEW_RECORD_KINDS,
  ...CHILD_PROTECTION_KINDS,
  ...CP_PLAN_KINDS,
  ...CHILD_IN_NEED_KINDS,
  ...HEALTH_EDUCATION_KINDS,
  ...RECORDING_KINDS,
  ...BEFORE_MEETING_KINDS,
  ...BETWEEN_MEETING_KINDS,
  ...ESCALATION_KINDS,
];

/**
 * The ids of every kind, for rules to name the kinds they report.
 * @example ITEM_KIND_IDS.has("lac-review") // true
 */
export const ITEM_KIND_IDS: ReadonlySet<string> = new Set(ITEM_KINDS.map((k) => k.id));
