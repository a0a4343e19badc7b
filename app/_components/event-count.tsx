/**
 * A count of events in a filter chip, with the reports behind them as a second number when they differ (issue 15:
 * a strike told by five outlets is one event, five reports): "12" or "12 / 15", titled "12 events · 15 reports".
 * In: the two numbers (reports undefined: not known). Out: one <span className="count">.
 */
const plural = (n: number, one: string) => `${n.toLocaleString('en-US')} ${n === 1 ? one : `${one}s`}`;

export function EventCount({ events, reports }: { events: number; reports?: number }) {
  const more = reports !== undefined && reports > events;
  const label = more ? `${plural(events, 'event')} · ${plural(reports, 'report')}` : plural(events, 'event');
  return (
    <span className="count" aria-label={label} title={label}>
      {events.toLocaleString('en-US')}
      {more && <span className="count-reports"> / {reports.toLocaleString('en-US')}</span>}
    </span>
  );
}
