/**
 * The CSV cells of a resolved event's reports (issue 15), per ACLED's conventions: one row per event; `source` the
 * reports' sources, semicolon-separated; `notes` the primary report's sentence, then "(N reports: …)" naming each
 * report's outlet and figure; `fatalities` the event's own, the lowest credible figure, with the range in the notes
 * when reports differ (ACLED codebook, "Reported fatalities": the lowest figure is recorded).
 * In: an event (with `reports`, or a lone one) and its article's source. Pure. Out: strings for the cells.
 */
import type { ConflictEvent, Report } from '../schemas';

/** `source`: the distinct sources of the reports, '; '-separated (a lone event: its article's source). */
export function sourceCell(event: Pick<ConflictEvent, 'reports'>, articleSource: string | null | undefined): string {
  const reports = event.reports ?? [];
  if (reports.length === 0) return articleSource ?? '';
  const seen: string[] = [];
  for (const r of reports) {
    const s = r.source?.trim();
    if (s && !seen.includes(s)) seen.push(s);
  }
  return seen.join('; ');
}

/** How a report is named in the notes: its outlet, else its article's title. */
function reportName(r: Pick<Report, 'source' | 'title' | 'articleId'>): string {
  return r.source?.trim() || r.title.trim() || r.articleId;
}

/** `notes`: the primary quote; with several reports, "(N reports: A, 12 killed; B, 15 killed)" and the range coded. */
export function notesCell(event: Pick<ConflictEvent, 'quote' | 'reports' | 'fatalitiesRange' | 'fatalities'>): string {
  const reports = event.reports ?? [];
  if (reports.length < 2) return event.quote.text;
  const told = reports.map((r) => (r.fatalities === null ? reportName(r) : `${reportName(r)}: ${r.fatalities} fatalities`)).join('; ');
  let notes = `${event.quote.text} (${reports.length} reports: ${told})`;
  const range = event.fatalitiesRange;
  if (range && range.min !== range.max) {
    notes += ` Reported fatalities range ${range.min}-${range.max}; the lowest (${event.fatalities?.count ?? range.min}) is coded.`;
  }
  return notes;
}

/** Our extras: how many reports, and the articles they come from ('; '-separated, primary first). */
export function reportExtras(event: Pick<ConflictEvent, 'reports' | 'articleId'>): { count: number; articles: string } {
  const reports = event.reports ?? [];
  if (reports.length === 0) return { count: 1, articles: event.articleId };
  return { count: reports.length, articles: [...new Set(reports.map((r) => r.articleId))].join('; ') };
}
