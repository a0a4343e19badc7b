/** Number and date formatting for the /quality page (no React). */
import type { QualityReport, QualityScore } from '@/lib/schemas';

export const ratio = (v: number | null) => (v === null ? 'n/a' : v.toFixed(3));
export const int = (n: number) => n.toLocaleString('en');
/** "451 of 1,344", or '' for a plain ratio */
export const counted = (s: Pick<QualityScore, 'n' | 'of'>) => (s.n === undefined || s.of === undefined ? '' : `${int(s.n)} of ${int(s.of)}`);
export const share = (n: number, of: number) => (of === 0 ? 'n/a' : (n / of).toFixed(3));

/** "Measured 2026-12-03 16:40 UTC on commit 4a23f94, pipeline version 1." */
export function formatMeasured(r: Pick<QualityReport, 'measuredAt' | 'commit' | 'dirty' | 'pipelineVersion'>): string {
  const when = `${r.measuredAt.slice(0, 10)} ${r.measuredAt.slice(11, 16)} UTC`;
  const commit = r.commit ? `commit ${r.commit}${r.dirty ? ' (with uncommitted changes)' : ''}` : 'an unknown commit';
  return `Measured ${when} on ${commit}, pipeline version ${r.pipelineVersion}.`;
}
