'use client';
/**
 * Date range on a timeline histogram: SVG bars per month/week and two range inputs (start, end bin).
 * Without JS the two date inputs in the filter form do the same job.
 */
import type { Bin } from '@/lib/schemas';
import { binIndex } from '@/lib/map/histogram';

export interface TimelineProps {
  bins: readonly Bin[];
  from?: string;
  to?: string;
  onChange: (range: { from?: string; to?: string }) => void;
}

export function Timeline({ bins, from, to, onChange }: TimelineProps) {
  if (bins.length === 0) return null;
  const lo = binIndex(bins, from, 0);
  const hi = binIndex(bins, to, bins.length - 1);
  const max = Math.max(1, ...bins.map((b) => b.count));
  const w = 100 / bins.length;
  const set = (a: number, b: number) => {
    const [i, j] = a <= b ? [a, b] : [b, a];
    onChange({
      from: i === 0 ? undefined : bins[i]!.start,
      to: j === bins.length - 1 ? undefined : bins[j]!.end,
    });
  };
  return (
    <div className="timeline">
      <svg className="histogram" viewBox="0 0 100 30" preserveAspectRatio="none" role="img" aria-label={`Events per period, ${bins[0]!.start} to ${bins[bins.length - 1]!.end}`}>
        {bins.map((b, i) => {
          const h = (b.count / max) * 28;
          return (
            <rect key={b.start} x={i * w + w * 0.1} width={w * 0.8} y={30 - h} height={h} className={i >= lo && i <= hi ? 'bar in' : 'bar out'}>
              <title>{`${b.start} – ${b.end}: ${b.count}`}</title>
            </rect>
          );
        })}
      </svg>
      <div className="range-pair">
        <input type="range" min={0} max={bins.length - 1} value={lo} aria-label="Start of date range" aria-valuetext={bins[lo]!.start} onChange={(e) => set(Number(e.target.value), hi)} />
        <input type="range" min={0} max={bins.length - 1} value={hi} aria-label="End of date range" aria-valuetext={bins[hi]!.end} onChange={(e) => set(lo, Number(e.target.value))} />
      </div>
    </div>
  );
}
