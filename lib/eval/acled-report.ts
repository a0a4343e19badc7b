/**
 * Text rendering of the ACLED note evaluation for the eval CLI.
 * In: an AcledReport (lib/eval/acled-summary.ts), the file label and the run time. Out: a string, nothing printed here.
 */
import type { AcledReport, Share, TableRow } from './acled';

const ratio = (s: Share) => (s.value === null ? '  n/a' : s.value.toFixed(3));
const line = (label: string, s: Share, note = '') => `  ${label.padEnd(36)} ${ratio(s)}  (${s.n.toLocaleString('en')} / ${s.of.toLocaleString('en')})${note ? `  ${note}` : ''}`;

function formatTable(title: string, rows: readonly TableRow[], limit: number): string[] {
  const shown = rows.slice(0, limit);
  const width = Math.max(title.length, ...shown.map((r) => r.key.length));
  const head = `  ${title.padEnd(width)}  ${'rows'.padStart(5)}  ${'typed'.padStart(5)}  ${'found'.padStart(5)}  ${'found/rows'.padStart(10)}  ${'events'.padStart(6)}  ${'precision'.padStart(9)}  sub-type exact`;
  const body = shown.map((r) =>
    `  ${r.key.padEnd(width)}  ${String(r.rows).padStart(5)}  ${String(r.typed).padStart(5)}  ${String(r.found).padStart(5)}  ${(r.found / r.rows).toFixed(3).padStart(10)}  ${String(r.events).padStart(6)}  ${(r.precision === null ? 'n/a' : r.precision.toFixed(3)).padStart(9)}  ${r.subTypeScored ? `${r.subTypeExact} / ${r.subTypeScored}` : 'n/a'}`,
  );
  const rest = rows.length > limit ? [`  … ${rows.length - limit} more (--json lists all)`] : [];
  return [head, ...body, ...rest];
}

export function formatAcledReport(label: string, r: AcledReport, seconds: number, opts: { tableRows?: number } = {}): string {
  const limit = opts.tableRows ?? 30;
  const lines = [
    `ACLED event notes — ${label}: ${r.notes.toLocaleString('en')} notes, ${r.typedRows.toLocaleString('en')} of a sub-type the README's table gives a display type (${seconds.toFixed(1)} s)`,
    line('located Acc@25 (geo_precision 1–2)', r.located25),
    ...(r.ceilingNamed.of > 0
      ? [
        line('  ceiling: coded place named ≤ 25 km', r.ceilingNamed, '(the gazetteer holds it by some name)'),
        line('  any gazetteer entry ≤ 25 km', r.ceilingAny),
      ]
      : []),
    line('located Acc@161', r.located161),
    line('found, all rows', r.foundAll),
    line('found, rows of the README table', r.foundTyped),
    line('precision, all rows', r.precisionAll),
    line('precision, rows of the README table', r.precisionTyped),
    line('type accuracy where placed right', r.typeAccuracy, `(rows of the README table: ${ratio(r.typeAccuracyTyped)})`),
    line('sub-type exact (found rows)', r.subTypeExact, r.subTypeExact.of === 0 ? '(no event carries an ACLED class)' : ''),
    line('actor1 found (found rows)', r.actor1),
    line('date exact (found rows)', r.dateExact),
    line('fatalities exact (gold > 0)', r.fatalitiesExact),
    line('no fatalities where gold is 0', r.zeroFatalitiesKept),
    line('peaceful protests with violence', r.peacefulViolent, '(lower is better)'),
    '',
    'By event type:',
    ...formatTable('event type', r.byEventType, limit),
    '',
    'By sub-type:',
    ...formatTable('sub-type', r.bySubType, limit),
    '',
    'By country:',
    ...formatTable('country', r.byCountry, limit),
    '',
    `Most frequent error classes (${r.errors.length}):`,
  ];
  r.errors.forEach((e, i) => {
    lines.push(`  ${String(i + 1).padStart(2)}. ${e.cls} — ${e.count.toLocaleString('en')}`);
    for (const x of e.examples) lines.push(`        ${x.id}: "${x.quote}${x.quote.length >= 120 ? '…' : ''}" — ${x.detail}`);
  });
  return lines.join('\n');
}
