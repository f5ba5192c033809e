/**
 * The timeline as SVG, drawn directly (no layout engine needed for rows on a time axis): one
 * group per agreement (its life, its members' dates, the events about it), then other events.
 * A date is drawn as the interval it stands for, so a month is a month-wide bar and a year a
 * year-wide one, never a point on an invented day; planned events are hollow, disputed dates
 * say so, and what cannot be placed (no date, a month without its year) is listed below.
 */
import { xml } from "./svg.js";
import type { Milestone, TimelineData, TimelineDate, TimelineRow } from "./timeline-data.js";

export interface TimelineSvgOptions {
  readonly title?: string;
  readonly href?: (iri: string) => string | undefined;
}

const WIDTH = 1000;
const LABEL_WIDTH = 310;
const RIGHT = WIDTH - 30;
const ROW = 24;
const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FILL = { day: "#1f4e8c", month: "#4f7fc0", year: "#9db7df" } as const;

/** The timeline as a standalone SVG document. */
export function timelineSvg(data: TimelineData, options: TimelineSvgOptions = {}): string {
  const title = options.title ?? "Timeline of agreements and events";
  const days = data.groups.flatMap((g) => g.rows.flatMap((r) => [...r.milestones.flatMap((m) => (m.date.from === undefined ? [] : [m.date.from, m.date.until!])), ...(r.span ? [r.span.from] : [])]));
  const [start, end] = domain(days);
  const x = (day: number) => LABEL_WIDTH + ((day - start) / (end - start)) * (RIGHT - LABEL_WIDTH);
  const body: string[] = [];
  let y = 70;
  body.push(...axis(start, end, x, y - 14));
  const rowCount = data.groups.reduce((n, g) => n + g.rows.length + 1, 0);
  const axisBottom = y + rowCount * ROW + 4;
  body.push(...gridLines(start, end, x, y - 10, axisBottom));
  for (const group of data.groups) {
    body.push(`<text x="8" y="${y + 16}" class="group">${link(options, group.agreement, xml(group.label))}</text>`);
    y += ROW;
    for (const row of group.rows) {
      body.push(...rowMarks(row, x, y, end, options));
      y += ROW;
    }
  }
  y += 16;
  if (data.unplaced.length > 0) {
    body.push(`<text x="8" y="${y}" class="group">Not on the time axis</text>`);
    for (const row of data.unplaced) {
      y += 18;
      const why = row.milestones[0] ? unplacedDate(row.milestones[0].date) : "no date given";
      body.push(`<text x="16" y="${y}" class="label">• ${link(options, row.iri, xml(row.label))} — ${xml(why)}${row.disputed ? ' <tspan class="disputed">(disputed)</tspan>' : ""}</text>`);
    }
    y += 10;
  }
  const height = y + 20;
  const description = `${data.groups.length} groups of dated rows from ${isoDay(start)} to ${isoDay(end)}; ${data.unplaced.length} events not on the axis.`;
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="timeline-title timeline-desc" font-family="Helvetica,Arial,sans-serif">`,
    `<title id="timeline-title">${xml(title)}</title>`,
    `<desc id="timeline-desc">${xml(description)}</desc>`,
    `<style>.group{font-size:13px;font-weight:bold;fill:#1a1a1a}.label{font-size:12px;fill:#1a1a1a}.note{font-size:11px;fill:#404040}.tick{font-size:11px;fill:#404040}.disputed{fill:#b2182b;font-weight:bold}a{fill:#0b4f9c}a:hover,a:focus{text-decoration:underline}</style>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="24" font-size="18">${xml(title)}</text>`,
    ...legend(),
    ...body,
    `</svg>`,
    "",
  ].join("\n");
}

/** The axis's first and last day: whole years, or whole months when the span is short. */
function domain(days: readonly number[]): [number, number] {
  if (days.length === 0) {
    const year = Date.UTC(2000, 0, 1) / DAY_MS;
    return [year, Date.UTC(2001, 0, 1) / DAY_MS];
  }
  const first = new Date(Math.min(...days) * DAY_MS);
  const last = new Date((Math.max(...days) - 1) * DAY_MS);
  const months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
  if (months <= 30) {
    return [Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1) / DAY_MS, Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1) / DAY_MS];
  }
  return [Date.UTC(first.getUTCFullYear(), 0, 1) / DAY_MS, Date.UTC(last.getUTCFullYear() + 1, 0, 1) / DAY_MS];
}

function monthStarts(start: number, end: number): { day: number; year: number; month: number }[] {
  const ticks = [];
  const first = new Date(start * DAY_MS);
  for (let i = 0; ; i++) {
    const day = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + i, 1) / DAY_MS;
    if (day > end) break;
    const date = new Date(day * DAY_MS);
    ticks.push({ day, year: date.getUTCFullYear(), month: date.getUTCMonth() });
  }
  return ticks;
}

function axis(start: number, end: number, x: (day: number) => number, y: number): string[] {
  const ticks = monthStarts(start, end);
  const monthly = ticks.length <= 40;
  return ticks.flatMap((t) => {
    if (t.month === 0) return [`<text x="${fix(x(t.day) + 2)}" y="${y - 12}" class="tick" font-weight="bold">${t.year}</text>`];
    return monthly ? [`<text x="${fix(x(t.day) + 2)}" y="${y}" class="tick">${MONTHS[t.month]!.slice(0, 3)}</text>`] : [];
  });
}

function gridLines(start: number, end: number, x: (day: number) => number, top: number, bottom: number): string[] {
  const ticks = monthStarts(start, end);
  const monthly = ticks.length <= 40;
  return ticks
    .filter((t) => t.month === 0 || monthly)
    .map((t) => `<line x1="${fix(x(t.day))}" y1="${top}" x2="${fix(x(t.day))}" y2="${bottom}" stroke="${t.month === 0 ? "#9a9a9a" : "#e3e3e3"}" stroke-width="1"/>`);
}

function rowMarks(row: TimelineRow, x: (day: number) => number, y: number, end: number, options: TimelineSvgOptions): string[] {
  const marks: string[] = [];
  const indent = row.kind === "agreement" ? 16 : 28;
  const label = row.label.length > 42 ? `${row.label.slice(0, 41)}…` : row.label;
  marks.push(`<text x="${indent}" y="${y + 16}" class="label">${link(options, row.iri, xml(label))}<title>${xml(row.label)}</title></text>`);
  if (row.span) {
    const from = x(row.span.from);
    const to = x(row.span.until ?? end);
    const dash = row.standing === "prospective" ? ' stroke-dasharray="5 3"' : "";
    marks.push(`<rect x="${fix(from)}" y="${y + 9}" width="${fix(Math.max(2, to - from))}" height="6" fill="${row.standing === "ended" ? "#e0e0e0" : "#d5e2f4"}" stroke="#6b89b3"${dash}/>`);
    if (row.span.until === undefined) marks.push(`<path d="M${fix(to)} ${y + 6} l8 6 l-8 6 z" fill="#6b89b3"><title>continues</title></path>`);
  }
  const placed = row.milestones.filter((m) => m.date.from !== undefined);
  for (const milestone of placed) marks.push(mark(milestone, row, x, y));
  if (placed.length > 0) {
    const text = placed.map((m) => `${m.what} ${dateText(m.date)}`).join(" · ") + (row.disputed ? " " : "");
    const right = Math.max(...placed.map((m) => x(m.date.until!)));
    const left = Math.min(...placed.map((m) => x(m.date.from!)));
    const disputed = row.disputed ? '<tspan class="disputed">(disputed)</tspan>' : "";
    const room = RIGHT - right > text.length * 5.6 + 10;
    const at = room ? `x="${fix(right + 6)}"` : `x="${fix(left - 6)}" text-anchor="end"`;
    marks.push(`<text ${at} y="${y + 16}" class="note">${xml(text)}${disputed}</text>`);
  }
  return marks;
}

function mark(milestone: Milestone, row: TimelineRow, x: (day: number) => number, y: number): string {
  const { date } = milestone;
  const from = x(date.from!);
  const width = Math.max(3, x(date.until!) - from);
  const colour = FILL[date.precision === "day" ? "day" : date.precision === "month" ? "month" : "year"];
  const planned = row.kind === "event" && row.standing === "prospective";
  const paint = planned ? `fill="#ffffff" stroke="${colour}" stroke-width="2" stroke-dasharray="3 2"` : `fill="${colour}"`;
  const tip = `${milestone.what} ${dateText(date)}${planned ? " (planned)" : ""}${row.disputed ? " (disputed)" : ""}`;
  return `<rect x="${fix(from)}" y="${y + 5}" width="${fix(width)}" height="14" rx="1" ${paint}><title>${xml(tip)}</title></rect>`;
}

/** A date with its precision in words: "2024-06 (the month)", "2025 (the year)". */
function dateText(date: TimelineDate): string {
  return date.precision === "day" ? date.lexical : `${date.lexical} (${date.precision})`;
}

function unplacedDate(date: TimelineDate): string {
  if (date.precision === "month, year unknown") return `${MONTHS[Number(date.lexical.slice(2)) - 1] ?? date.lexical}, year unknown`;
  return date.lexical;
}

function legend(): string[] {
  const item = (xPos: number, paint: string, text: string, width = 14) =>
    `<rect x="${xPos}" y="36" width="${width}" height="12" ${paint}/><text x="${xPos + width + 5}" y="46" class="note">${text}</text>`;
  return [
    item(8, `fill="${FILL.day}"`, "a day", 3),
    item(70, `fill="${FILL.month}"`, "a month (its whole span)", 20),
    item(250, `fill="${FILL.year}"`, "a year", 30),
    item(340, `fill="#ffffff" stroke="${FILL.month}" stroke-width="2" stroke-dasharray="3 2"`, "planned"),
    item(430, `fill="#d5e2f4" stroke="#6b89b3"`, "an agreement's or membership's life", 30),
  ];
}

function link(options: TimelineSvgOptions, iri: string | undefined, content: string): string {
  const href = iri === undefined ? undefined : options.href?.(iri);
  return href === undefined ? content : `<a href="${xml(href)}" target="_top">${content}</a>`;
}

function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const fix = (n: number) => Math.round(n * 10) / 10;
