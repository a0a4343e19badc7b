/**
 * Map legend: one entry per event type with its icon, plus how approximate locations look.
 */
import type { EventType } from '@/lib/schemas';
import { EVENT_TYPES } from '@/lib/map/icons';
import { TYPE_LABELS } from '@/lib/map/names';
import { TypeIcon } from './type-icon';

export function Legend({ types = EVENT_TYPES }: { types?: readonly EventType[] }) {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="section-title">Legend</h2>
      <ul className="legend-list">
        {types.map((t) => (
          <li key={t} data-type={t}>
            <TypeIcon type={t} /> <span>{TYPE_LABELS[t]}</span>
          </li>
        ))}
        <li className="legend-approx">
          <TypeIcon type="clash" hollow /> <span>Approximate location (region or country), dashed circle = uncertainty</span>
        </li>
      </ul>
      <p className="legend-note">Colour = the acting party (see actor chips).</p>
    </section>
  );
}
