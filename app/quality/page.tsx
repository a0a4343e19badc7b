/**
 * `/quality`: how well the reader does, as last measured by `npm run quality` (data/quality/latest.json): the
 * headline scores per dev set, ACLED's per-type and per-country tables, and a few real errors as quote → what we
 * read → what the coder coded. Says when, on which commit and pipeline version it was measured.
 */
import type { Metadata } from 'next';
import { siteUrl } from '../_lib/site-url';
import { loadQuality } from '@/lib/quality';
import { formatMeasured } from './format';
import { DevsetSection } from './devset';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  openGraph: { url: siteUrl('/quality') },
  title: 'Quality — Conflict Atlas',
  description: 'How well Conflict Atlas reads places and events, measured on text nobody here wrote.',
};

export default function QualityPage() {
  const q = loadQuality();
  if (!q.ok) {
    return (
      <div className="page quality">
        <h1>Quality</h1>
        <p className="api-error" role="alert">No measurements to show: {q.reason}</p>
      </div>
    );
  }
  const { report } = q;
  return (
    <div className="page quality">
      <h1>Quality</h1>
      <p>
        How well the reader finds places and events, measured on dev sets nobody here wrote (ACLED&rsquo;s event notes, LGL, GeoVirus)
        and on our own regression gold. <span className="quality-measured">{formatMeasured(report)}</span>
      </p>
      {report.missing.length > 0 && <p className="notice">Not measured (dev set absent): {report.missing.join(', ')}.</p>}
      <nav aria-label="Dev sets">
        <ul className="quality-toc">
          {report.devsets.map((d) => (
            <li key={d.file}><a href={`#${anchor(d.file)}`}>{d.name}</a></li>
          ))}
        </ul>
      </nav>
      {report.devsets.map((d) => <DevsetSection key={d.file} devset={d} id={anchor(d.file)} />)}
      <p className="muted">Regenerate with <code>npm run quality</code>; how each score is computed: docs/EVALUATION.md.</p>
    </div>
  );
}

const anchor = (file: string) => `ds-${file.replace(/^.*\//, '').replace(/\.json$/, '').replace(/[^a-z0-9]+/gi, '-')}`;
