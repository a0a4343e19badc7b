/**
 * The quality floor: bounds no later change may cross without saying so.
 * In: a QualityReport (what was measured) and, to check, a QualityFloor (data/quality/floor.json).
 * Out: `floorFrom` → the floor a report sets (each headline score minus `margin`, or plus it when lower is
 * better; the shared dev sets and our own gold alike); `checkFloor` → the
 * scores that crossed their bound (empty when all hold). Pure: nothing is read or written here.
 */
import type { QualityDevset, QualityFloor, QualityReport } from '../schemas';

/** The default margin below the measured scores (absolute, on 0–1 shares). */
export const FLOOR_MARGIN = 0.015;

export interface FloorViolation {
  file: string;
  key: string;
  label: string;
  value: number | null;
  bound: number;
  better: 'higher' | 'lower';
}

/** x in thousandths, without floating-point dust (0.2 + 0.01 is 210.00000000000003 thousandths) */
const milli = (x: number) => Math.round(x * 1e6) / 1e3;
const clamp = (x: number) => Math.min(1, Math.max(0, Math.round(x * 1000) / 1000));

/** The floor set by a report: every headline score of every dev set, moved by `margin` the safe way. */
export function floorFrom(report: QualityReport, margin = FLOOR_MARGIN): QualityFloor {
  const devsets: QualityFloor['devsets'] = {};
  for (const d of report.devsets) {
    const bounds: QualityFloor['devsets'][string] = {};
    for (const s of d.headline) {
      if (s.value === null) continue;
      // rounded outward to 3 decimals, so a bound never sits closer than `margin` to the score it comes from
      const bound = s.better === 'higher' ? Math.floor(milli(s.value - margin)) / 1000 : Math.ceil(milli(s.value + margin)) / 1000;
      bounds[s.key] = { bound: clamp(bound), better: s.better };
    }
    devsets[d.file] = bounds;
  }
  return { margin, from: { measuredAt: report.measuredAt, commit: report.commit, pipelineVersion: report.pipelineVersion }, devsets };
}

/**
 * The headline scores of `devset` that crossed their bound in `floor`. A score the floor names but the dev set no
 * longer reports, or reports as null (nothing counted), is a violation too: a floor cannot be dodged by
 * dropping a score. Dev sets the floor does not name are not checked.
 */
export function checkFloor(devset: QualityDevset, floor: QualityFloor): FloorViolation[] {
  const bounds = floor.devsets[devset.file];
  if (!bounds) return [];
  const out: FloorViolation[] = [];
  for (const [key, { bound, better }] of Object.entries(bounds)) {
    const s = devset.headline.find((x) => x.key === key);
    const value = s?.value ?? null;
    const ok = value !== null && (better === 'higher' ? value >= bound : value <= bound);
    if (!ok) out.push({ file: devset.file, key, label: s?.label ?? key, value, bound, better });
  }
  return out;
}

/** One line per violation, naming the fix. */
export function formatViolations(v: readonly FloorViolation[]): string {
  return v
    .map((x) => `${x.file}: ${x.label} (${x.key}) is ${x.value === null ? 'not measured' : x.value.toFixed(3)}, the floor is ${x.better === 'higher' ? '≥' : '≤'} ${x.bound}`)
    .concat(v.length ? ['Fix the regression, or — if the drop is understood and accepted — regenerate the floor with `npm run quality -- --floor` and say why in the commit.'] : [])
    .join('\n');
}
