/**
 * RFC 4180 CSV writing with a guard against CSV formula injection.
 * In: rows of cell values (string | number | null | undefined).
 * Out: one CSV document, CRLF line endings, every line the same arity.
 *
 * Quoting: a cell is wrapped in double quotes when it contains a comma, a double quote, CR or
 * LF (or starts/ends with a space); inner quotes are doubled (RFC 4180 §2.5–2.7).
 * Formula injection (OWASP "CSV Injection"): a text cell whose first character is one of
 * = + - @ (or a tab / CR, which some spreadsheets strip first) is prefixed with a single quote
 * so Excel, LibreOffice and Sheets show it as text instead of evaluating it. Numbers are
 * written as numbers and never prefixed, so negative longitudes stay numeric.
 */

/** A number written with a fixed count of decimals (e.g. coordinates to 4 places). */
export interface Fixed {
  fixed: number;
  digits: number;
}
export type Cell = string | number | Fixed | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^ | $/;

/** Neutralises spreadsheet formulas in a text cell (numbers pass through untouched). */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell → its CSV text. null/undefined → empty; non-finite numbers → empty; numbers are never quoted or prefixed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'object') return Number.isFinite(value.fixed) ? value.fixed.toFixed(value.digits) : '';
  const text = guardFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly Cell[]): string {
  return cells.map(csvCell).join(',');
}

/** Header + rows → a CSV document ending in CRLF. Throws if a row's arity differs from the header. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [csvLine(header)];
  rows.forEach((row, i) => {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${i} has ${row.length} cells, header has ${header.length}`);
    }
    lines.push(csvLine(row));
  });
  return lines.join('\r\n') + '\r\n';
}
