/** Shared building blocks for rules: deadlines, intervals, ages and case-file lookups. */
export * from "../../dates/describe.js";
export * from "./deadline.js";
export * from "./intervals.js";
export * from "../../people/age.js";
export * from "./case-file.js";
export * from "./review-decisions.js";
export * from "./escalation-steps.js";
export * from "./escalation-clock.js";
export * from "./qa-reviews.js";
export * from "../../people/roles.js";
export * from "./child-protection.js";
export * from "./smart-plan.js";
export * from "./named-person.js";
export * from "./interval-breaches.js";
export * from "./significant-changes.js";
