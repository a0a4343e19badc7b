/**
 * lib/export: events → files other tools read.
 * In: ConflictEvent[] plus a CsvContext (actor table, article facts, admin/point lookups, timestamp).
 * Out: ACLED-ordered CSV text (31 ACLED columns + our extras), RFC 4180 with formula-injection guard.
 */
export { ACLED_COLUMNS, EXTRA_COLUMNS, CSV_HEADER, COUNTRY_LEVEL_TAG, acledRow, assignActors, eventsToAcledCsv, stableNumber } from './acled-csv';
export type { AdminNames, CsvContext } from './acled-csv';
export { acledType, geoPrecision, interactionCode, interactionLabel, interLabel, INTER_LABELS } from './acled-codes';
export { countryInfo } from './countries';
export { csvCell, csvLine, guardFormula, toCsv } from './csv';
export type { Cell, Fixed } from './csv';
