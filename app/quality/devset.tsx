/** One dev set on /quality: its headline scores, and for ACLED the tables, error classes and example errors. */
import type { QualityDevset } from '@/lib/schemas';
import { counted, int, ratio } from './format';
import { BreakdownTable } from './breakdown';
import { ExampleErrors } from './examples';

export function DevsetSection({ devset: d, id }: { devset: QualityDevset; id: string }) {
  const unit = d.kind === 'acled' ? 'notes' : 'articles';
  return (
    <section className="quality-devset" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{d.name}</h2>
      <p className="muted">
        <code>{d.file}</code> · {int(d.rows)} {unit}
        {d.kind === 'geo' ? ` · ${int(d.places)} gold toponyms` : ` · ${int(d.typedRows)} of a sub-type the devset README's table gives a display type`}
        {' · '}{d.source === 'devset' ? 'shared dev set (text nobody here wrote)' : 'our own regression gold'} · {d.seconds.toFixed(1)} s
      </p>
      <table className="quality-table">
        <caption className="visually-hidden">Headline scores, {d.name}</caption>
        <thead>
          <tr><th scope="col">score</th><th scope="col" className="num">value</th><th scope="col" className="num">counted</th></tr>
        </thead>
        <tbody>
          {d.headline.map((s) => (
            <tr key={s.key}>
              <th scope="row">{s.label}{s.better === 'lower' ? ' (lower is better)' : ''}</th>
              <td className="num">{ratio(s.value)}</td>
              <td className="num">{counted(s)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {d.kind === 'geo' && (
        <p className="muted">
          Error km: mean {d.meanKm}, median {d.medianKm}. Missed {int(d.errors.missed)}, spurious {int(d.errors.spurious)}, wrong place{' '}
          {int(d.errors.wrongEntry + d.errors.wrongKind)}, capitals standing for governments mapped as places {int(d.errors.metonymyMapped)}.
        </p>
      )}
      {d.kind === 'acled' && (
        <>
          <BreakdownTable title="By ACLED event type" rows={d.byEventType} />
          <BreakdownTable title="By ACLED sub-type" rows={d.bySubType} />
          <details>
            <summary>By country ({d.byCountry.length})</summary>
            <BreakdownTable title="By country" rows={d.byCountry} />
          </details>
          <h3>Most frequent errors</h3>
          <p className="muted">A row may carry several.</p>
          <ol className="quality-errors">
            {d.errorClasses.map((e) => <li key={e.cls}>{e.cls} <span className="count">({int(e.count)})</span></li>)}
          </ol>
          <ExampleErrors examples={d.examples} />
        </>
      )}
    </section>
  );
}
