/**
 * The report as the neutral block model (src/render/model.ts), so the HTML, PDF and DOCX writers
 * the documents use write it too. Every chart has its numbers in a table straight after it.
 */
import { formatLongDate } from "../calendar/index.js";
import { shortDate } from "../timeline/format-text.js";
import { loadProfile } from "../profiles/load-profile.js";
import type { Block, Cell, DocumentModel } from "../render/model.js";
import { chartSpec, percent } from "./chart-specs.js";
import { citationText, rowText, valueText } from "./figure-text.js";
import { drawChart } from "./render-chart.js";
import { REPORT_SECTIONS, type Figure, type Report } from "./types.js";

const cell = (text: string, bold = false): Cell => [bold ? { text, bold } : { text }];
const para = (text: string, bold = false): Block => ({ kind: "paragraph", runs: [bold ? { text, bold } : { text }] });
const GROUP_COLUMNS = ["lac-reviews-held", "lac-reviews-in-timescale", "icpc-in-timescale", "esc-raised", "decisions-overdue", "decisions-drift"];

/**
 * Builds the report's document model, drawing its charts.
 * @example const model = await reportModel(report, { title: "IRO annual report" }); model.blocks.length
 */
export async function reportModel(report: Report, options: { title?: string | undefined } = {}): Promise<DocumentModel> {
  const { from, to } = report.period;
  const title = options.title ?? `IRO and child protection service report, ${formatLongDate(from)} to ${formatLongDate(to)}`;
  const blocks: Block[] = [{ kind: "heading", level: 1, runs: [{ text: title }] }];
  blocks.push(para(`Figures for ${formatLongDate(from)} to ${formatLongDate(to)}, both days included, as of ${formatLongDate(report.asOf)}. ` +
    `Case files read: ${report.caseFiles.read}; counted: ${report.caseFiles.counted}; left out: ${report.caseFiles.excluded} (each with its reason at the end). ` +
    `Measured under the profiles: ${report.profiles.map((p) => loadProfile(p).name).join(", ") || "none"}. ` +
    `The previous period, for themes, is ${formatLongDate(report.previous.from)} to ${formatLongDate(report.previous.to)}.`));
  blocks.push(para("Each figure gives its definition, what it counts out of what, and the standard it comes from. Every timescale is the one reviewkit validate and reviewkit deadlines use for the same child on the same date."));

  const range = loadProfile(report.profiles[0] ?? "england").caseload.iro;
  for (const section of REPORT_SECTIONS) {
    blocks.push({ kind: "heading", level: 2, runs: [{ text: section.title }] });
    for (const f of report.figures.filter((x) => x.section === section.id)) blocks.push(...(await figureBlocks(f, f.id === "caseload-iro" ? range : undefined)));
  }
  if (report.groups.length > 0) blocks.push(...groupBlocks(report));
  blocks.push(...driftBlocks(report));
  blocks.push(...exclusionBlocks(report));
  const authorities = report.profiles.map((p) => loadProfile(p).authority.name);
  return {
    title, audience: "professional", style: "record", lang: "en-GB", date: report.asOf,
    authorityName: authorities.length === 1 ? authorities[0]! : "IRO and child protection service",
    protectiveMarking: "OFFICIAL-SENSITIVE", blocks,
  };
}

async function figureBlocks(f: Figure, range: Parameters<typeof chartSpec>[1]): Promise<Block[]> {
  const out: Block[] = [{ kind: "heading", level: 3, runs: [{ text: f.title }] }];
  out.push({ kind: "paragraph", runs: [{ text: valueText(f), bold: true }] });
  out.push(para(f.definition));
  if (f.sources.length > 0) out.push(para(`Standard: ${f.sources.map(citationText).join("; ")}.`));
  const spec = chartSpec(f, range);
  if (spec) {
    const chart = await drawChart(spec);
    const alt = `Bar chart of ${f.title.toLowerCase()}: ${(f.breakdown ?? []).map((r) => `${r.label} ${rowText(f.unit, r)}`).join(", ")}. The numbers are in the table below.`;
    out.push({ kind: "chart", ...chart, alt });
  }
  if (f.breakdown && f.breakdown.length > 0) {
    if (f.previous) {
      out.push({ kind: "table", header: [cell("Theme"), cell("This period"), cell("Previous period"), cell("Change")],
        rows: f.breakdown.map((r, i) => {
          const before = f.previous?.[i]?.numerator ?? 0;
          const change = r.numerator - before;
          return [cell(r.label), cell(String(r.numerator)), cell(String(before)), cell(change > 0 ? `+${change}` : String(change))];
        }) });
    } else if (f.unit === "share") {
      out.push({ kind: "table", header: [cell(""), cell("Met"), cell("Out of"), cell("Per cent")],
        rows: f.breakdown.map((r) => [cell(r.label), cell(String(r.numerator)), cell(String(r.denominator ?? 0)), cell(r.denominator ? `${percent(r.numerator, r.denominator)}%` : "–")]) });
    } else {
      out.push({ kind: "table", header: [cell(""), cell("Number")], rows: f.breakdown.map((r) => [cell(r.label), cell(String(r.numerator))]) });
    }
  }
  return out;
}

function groupBlocks(report: Report): Block[] {
  const by = report.by === "iro" ? "IRO or chair" : report.by === "team" ? "team" : "authority";
  const titles = GROUP_COLUMNS.map((id) => report.figures.find((f) => f.id === id)?.title ?? id);
  return [
    { kind: "heading", level: 2, runs: [{ text: `By ${by}` }] },
    para(`The headline figures for each ${by}, with the same definitions as above.`),
    { kind: "table", header: [cell(by[0]!.toUpperCase() + by.slice(1)), cell("Case files"), ...titles.map((t) => cell(t))],
      rows: report.groups.map((g) => [cell(g.key), cell(String(g.caseFiles)), ...GROUP_COLUMNS.map((id) => {
        const f = g.figures.find((x) => x.id === id);
        return cell(f ? valueText(f) : "");
      })]) },
  ];
}

function driftBlocks(report: Report): Block[] {
  const red = report.drift.filter((r) => r.rag === "red").length;
  const out: Block[] = [
    { kind: "heading", level: 2, runs: [{ text: "Drift list" }] },
    para(`Every open review decision, agreed action and escalation step past its due date (red: ${red}) or due within ${report.driftWithin} working days of ${formatLongDate(report.asOf)} (amber: ${report.drift.length - red}). "Working days" is from the as-of date to the due date, negative when past due.`),
  ];
  if (report.drift.length === 0) return [...out, para("Nothing is past due or due soon.")];
  // Six columns, so a printed A4 page keeps whole words; the CSV (--drift) has every field apart.
  out.push({ kind: "table", header: ["RAG", "Child", "Team and IRO or chair", "What", "Due (working days)", "Standard"].map((h) => cell(h)),
    rows: report.drift.map((r) => [cell(r.rag.toUpperCase(), r.rag === "red"), cell(`${r.child} (${r.childId})`), cell(`${r.team}; ${r.iro}`),
      cell(`${r.title}${r.what === "action" ? `: ${r.ref}` : ""}${r.escalated === false ? " (not escalated)" : r.escalated ? " (escalated)" : ""}`),
      cell(`${shortDate(r.due)}${r.workingDays === undefined ? "" : ` (${r.workingDays})`}`), cell(r.citation.requirement ?? r.citation.document)]) });
  return out;
}

function exclusionBlocks(report: Report): Block[] {
  const out: Block[] = [{ kind: "heading", level: 2, runs: [{ text: "What was left out, and why" }] }];
  const within = Object.entries(report.leftOut);
  out.push(para(within.length === 0 ? "Nothing inside the counted case files was left out." :
    `Inside the counted case files: ${within.map(([why, n]) => `${n} ${why}`).join("; ")}.`));
  if (report.exclusions.length === 0) out.push(para("No case file was left out."));
  else out.push({ kind: "table", header: [cell("File"), cell("Why it was left out")], rows: report.exclusions.map((e) => [cell(e.file), cell(e.reason)]) });
  return out;
}
