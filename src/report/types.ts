/**
 * The shapes of a caseload report: figures with their definitions and sources, what was left out and
 * why, and the drift list. See build-report.ts for how a report is made.
 */
import type { Citation } from "../profiles/types.js";

/** A reporting period, both days included. @example { from: "2026-04-01", to: "2027-03-31" } */
export interface ReportPeriod {
  from: string;
  to: string;
}

/**
 * How a figure is read: a count, a share (numerator of denominator), or a median number of working days.
 * @example FIGURE_UNITS.includes("share") // true
 */
export const FIGURE_UNITS = ["count", "share", "median-working-days"] as const;
/** One of FIGURE_UNITS. @example const u: FigureUnit = "share"; */
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/**
 * The sections of the report, in order.
 * @example REPORT_SECTIONS[0].id // "looked-after"
 */
export const REPORT_SECTIONS = [
  { id: "looked-after", title: "Looked-after children's reviews" },
  { id: "child-protection", title: "Child protection" },
  { id: "escalations", title: "Escalations, good practice and quality assurance" },
  { id: "decisions", title: "Review decisions" },
  { id: "caseload", title: "Caseloads" },
  { id: "themes", title: "Themes, with the previous period" },
] as const;
/** A section id. @example const s: SectionId = "decisions"; */
export type SectionId = (typeof REPORT_SECTIONS)[number]["id"];

/** One row of a figure's breakdown (by review number, category, grade, stage, code…). @example { label: "First review", numerator: 9, denominator: 10 } */
export interface BreakdownRow {
  label: string;
  numerator: number;
  denominator?: number;
}

/**
 * One figure: what it counts, how many, out of how many, and the standard it comes from.
 * @example
 * { id: "lac-reviews-in-timescale", section: "looked-after", title: "Reviews held in timescale",
 *   definition: "Of the reviews held in the period, …", unit: "share", numerator: 11, denominator: 12,
 *   sources: [{ document: "CPPCR-2010", paragraph: "reg 33(1)", requirement: "NAT-R33" }] }
 */
export interface Figure {
  id: string;
  section: SectionId;
  title: string;
  /** Plain English: what is counted, over what, and when a case counts as met. */
  definition: string;
  unit: FigureUnit;
  numerator: number;
  /** For a share: what the numerator is out of. */
  denominator?: number;
  /** For median-working-days: the median, and numerator is how many were measured. */
  median?: number;
  breakdown?: BreakdownRow[];
  /** For a breakdown that compares periods (themes): the previous period's rows, same labels. */
  previous?: BreakdownRow[];
  /** Every document, paragraph and requirement the figure's cases were measured against. */
  sources: Citation[];
}

/**
 * A case file (or part of one) left out of the figures, with the reason; never record content.
 * @example { file: "caseload/x.json", reason: "fails validation: /child/dateOfBirth: …" }
 */
export interface Exclusion {
  file: string;
  reason: string;
  /** The child's id, where the file could be read (a child counted twice). */
  childId?: string;
}

/**
 * RAG for a drift row: red when past due, amber when due within the warning window, green otherwise.
 * @example RAG_VALUES[0] // "red"
 */
export const RAG_VALUES = ["red", "amber", "green"] as const;
/** One of RAG_VALUES. @example const r: Rag = "amber"; */
export type Rag = (typeof RAG_VALUES)[number];

/**
 * One open decision, action or escalation step on the drift list.
 * @example { childId: "KN-24117", child: "Aaliyah Begum", team: "…", iro: "…", what: "decision", ref: "R3-D2",
 *   title: "Review decision R3-D2", due: "2027-01-15", rag: "red", workingDays: -4, citation }
 */
export interface DriftRow {
  childId: string;
  child: string;
  team: string;
  iro: string;
  authority: string;
  what: "decision" | "action" | "escalation";
  /** The decision's, action's or escalation's own id. */
  ref: string;
  title: string;
  due: string;
  rag: Rag;
  /** Working days from the as-of date to the due date: negative when past due. */
  workingDays: number | undefined;
  /** Whether an escalation names this decision (decisions only). */
  escalated?: boolean;
  citation: Citation;
  file: string;
}

/** A group of figures: everything, or one IRO's, team's or authority's share (`--by`). @example { key: "Children in Care Team 2", figures } */
export interface FigureGroup {
  key: string;
  caseFiles: number;
  figures: Figure[];
}

/**
 * A whole report.
 * @example const r = reportForFiles(["examples"], { period: { from: "2026-04-01", to: "2027-03-31" } }); r.figures.length
 */
export interface Report {
  period: ReportPeriod;
  previous: ReportPeriod;
  asOf: string;
  by: ReportGrouping | undefined;
  /** Profiles the case files were measured under. */
  profiles: string[];
  caseFiles: { read: number; counted: number; excluded: number };
  figures: Figure[];
  groups: FigureGroup[];
  exclusions: Exclusion[];
  /** Records or items inside counted case files that were left out, by reason (a review outside the period…). */
  leftOut: Record<string, number>;
  drift: DriftRow[];
  driftWithin: number;
}

/** How `--by` splits the figures. @example REPORT_GROUPINGS.includes("team") // true */
export const REPORT_GROUPINGS = ["iro", "team", "authority"] as const;
/** One of REPORT_GROUPINGS. @example const g: ReportGrouping = "iro"; */
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];
