/** A per-event-type, per-sub-type or per-country table of the ACLED scores on /quality. */
import type { QualityTableRow } from '@/lib/schemas';
import { int, ratio, share } from './format';

export function BreakdownTable({ title, rows }: { title: string; rows: readonly QualityTableRow[] }) {
  return (
    <table className="quality-table quality-breakdown">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title.replace(/^By /, '')}</th>
          <th scope="col" className="num">rows</th>
          <th scope="col" className="num">found</th>
          <th scope="col" className="num">found share</th>
          <th scope="col" className="num">events</th>
          <th scope="col" className="num">precision</th>
          <th scope="col" className="num">sub-type exact</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key}</th>
            <td className="num">{int(r.rows)}</td>
            <td className="num">{int(r.found)}</td>
            <td className="num">{share(r.found, r.rows)}</td>
            <td className="num">{int(r.events)}</td>
            <td className="num">{ratio(r.precision)}</td>
            <td className="num">{r.subTypeScored ? `${int(r.subTypeExact)} of ${int(r.subTypeScored)}` : 'n/a'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
