/**
 * Adding up figures as case files stream past: each case file emits small contributions (one review
 * held, in timescale or not; one escalation raised, in this category), and a tally keeps only the
 * sums, so memory does not grow with the number of children.
 */
import type { Citation } from "../profiles/types.js";
import type { BreakdownRow, Figure, FigureUnit, SectionId } from "./types.js";

/**
 * What a figure is, before any case file is read.
 * @example { id: "lac-reviews-held", section: "looked-after", title: "Reviews held", unit: "count", definition: "…" }
 */
export interface FigureDef {
  id: string;
  section: SectionId;
  title: string;
  definition: string;
  unit: FigureUnit;
  /** Breakdown labels in the order to show them (others follow in the order first seen). */
  labels?: readonly string[];
  /** Citations that hold whatever the case files say (a definition the report itself applies). */
  sources?: readonly Citation[];
  /** Works out a figure from the others once every case file is read (the share of IROs within range). */
  finish?: (figure: Figure, byId: ReadonlyMap<string, Figure>) => void;
}

/**
 * One case file's part in one figure.
 * - count: `num` (default 1) is added; `label` adds to that breakdown row too.
 * - share: `num` is 1 when met, 0 when not, out of `den` (default 1).
 * - median-working-days: `days` is one measurement.
 * `previous: true` counts it in the previous period's breakdown instead (themes).
 * @example emit({ id: "lac-reviews-in-timescale", num: 1, label: "First review", cite: item.citation })
 */
export interface Contribution {
  id: string;
  num?: number;
  den?: number;
  label?: string;
  days?: number;
  cite?: Citation;
  previous?: boolean;
}

interface Sum {
  num: number;
  den: number;
  rows: Map<string, { num: number; den: number }>;
  previousRows: Map<string, { num: number; den: number }>;
  cites: Map<string, Citation>;
  days: Map<number, number>;
}

const citeKey = (c: Citation) => `${c.document}\u0000${c.paragraph}\u0000${c.requirement ?? ""}`;

/**
 * Sums of contributions, turned into figures at the end.
 * @example const t = new Tally(defs); t.add({ id: "lac-reviews-held" }); t.figures()[0].numerator // 1
 */
export class Tally {
  private readonly sums = new Map<string, Sum>();

  /** @param defs every figure this tally may be given, in report order. */
  constructor(private readonly defs: readonly FigureDef[]) {}

  /** Adds one contribution. @example tally.add({ id: "icpc-in-timescale", num: 0 }) */
  add(c: Contribution): void {
    let s = this.sums.get(c.id);
    if (!s) this.sums.set(c.id, (s = { num: 0, den: 0, rows: new Map(), previousRows: new Map(), cites: new Map(), days: new Map() }));
    const num = c.num ?? (c.days === undefined ? 1 : 0);
    const den = c.den ?? 1;
    if (c.previous) {
      if (c.label !== undefined) bump(s.previousRows, c.label, num, den);
    } else {
      s.num += num;
      s.den += den;
      if (c.label !== undefined) bump(s.rows, c.label, num, den);
      if (c.days !== undefined) s.days.set(c.days, (s.days.get(c.days) ?? 0) + 1);
    }
    if (c.cite) s.cites.set(citeKey(c.cite), c.cite);
  }

  /** Every figure, in definition order; a figure nothing contributed to is 0 (of 0). @example tally.figures().map((f) => f.id) */
  figures(): Figure[] {
    const out: Figure[] = this.defs.map((d) => this.figure(d));
    const byId = new Map(out.map((f) => [f.id, f]));
    this.defs.forEach((d, i) => d.finish?.(out[i]!, byId));
    return out;
  }

  private figure(d: FigureDef): Figure {
    const s = this.sums.get(d.id);
    const sources = new Map((d.sources ?? []).map((c) => [citeKey(c), c]));
    for (const [k, c] of s?.cites ?? []) sources.set(k, c);
    const f: Figure = { id: d.id, section: d.section, title: d.title, definition: d.definition, unit: d.unit, numerator: 0, sources: [...sources.values()] };
    if (d.unit === "share") f.denominator = s?.den ?? 0;
    if (d.unit === "median-working-days") {
      const measured = [...(s?.days ?? [])].reduce((n, [, k]) => n + k, 0);
      f.numerator = measured;
      const m = median(s?.days ?? new Map());
      if (m !== undefined) f.median = m;
    } else {
      f.numerator = s?.num ?? 0;
    }
    if (s && (s.rows.size > 0 || s.previousRows.size > 0 || d.labels)) {
      f.breakdown = rowsOf(d, s.rows, [...s.previousRows.keys()]);
      if (s.previousRows.size > 0 || d.section === "themes") f.previous = rowsOf(d, s.previousRows, f.breakdown.map((r) => r.label));
    } else if (d.labels) {
      f.breakdown = d.labels.map((label) => (d.unit === "share" ? { label, numerator: 0, denominator: 0 } : { label, numerator: 0 }));
    }
    return f;
  }
}

function bump(rows: Map<string, { num: number; den: number }>, label: string, num: number, den: number): void {
  const r = rows.get(label);
  if (r) {
    r.num += num;
    r.den += den;
  } else rows.set(label, { num, den });
}

function rowsOf(d: FigureDef, rows: Map<string, { num: number; den: number }>, extra: readonly string[] = []): BreakdownRow[] {
  const labels = [...new Set([...(d.labels ?? []), ...extra, ...rows.keys()])];
  return labels.map((label) => {
    const r = rows.get(label) ?? { num: 0, den: 0 };
    return d.unit === "share" ? { label, numerator: r.num, denominator: r.den } : { label, numerator: r.num };
  });
}

/** The median of a histogram of whole numbers (the lower middle value for an even count). */
function median(hist: Map<number, number>): number | undefined {
  const total = [...hist.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return undefined;
  const middle = Math.ceil(total / 2);
  let seen = 0;
  for (const v of [...hist.keys()].sort((a, b) => a - b)) {
    seen += hist.get(v)!;
    if (seen >= middle) return v;
  }
  return undefined;
}
