'use client';
/**
 * Map legend: the display classes grouped under ACLED's 6 event types (a heading each), each class with its icon;
 * how a peaceful protest looks; and how approximate locations and places not in the gazetteer look.
 * MapLegend shows it ON the map as a collapsible control (bottom left; on a phone top left, under the zoom
 * buttons): a "Legend" disclosure button,
 * collapsed by default on a phone and expanded on a desktop; the choice is remembered for the session
 * (use-legend-open.ts).
 */
import type { EventType } from '@/lib/schemas';
import { EVENT_TYPES } from '@/lib/map/icons';
import { typeGroups } from '@/lib/map/acled';
import { TYPE_LABELS } from '@/lib/map/names';
import { TypeIcon } from './type-icon';
import { useLegendOpen } from './use-legend-open';

export function Legend({ types = EVENT_TYPES, title = true }: { types?: readonly EventType[]; title?: boolean }) {
  const groups = typeGroups(types).filter((g) => g.types.length > 0);
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className={title ? 'section-title' : 'visually-hidden'}>Legend</h2>
      {groups.map((g) => (
        <div key={g.eventType} className="legend-group" data-acled-type={g.eventType}>
          <h3 className="legend-group-title">{g.eventType}</h3>
          <ul className="legend-list" aria-label={g.eventType}>
            {g.types.map((t) => (
              <li key={t} data-type={t}>
                <TypeIcon type={t} /> <span>{TYPE_LABELS[t]}</span>
              </li>
            ))}
            {g.types.includes('protest') && (
              <li className="legend-peaceful" data-type="protest" data-peaceful="true">
                <TypeIcon type="protest" peaceful /> <span>Peaceful protest (pale badge: no violence)</span>
              </li>
            )}
          </ul>
        </div>
      ))}
      <ul className="legend-list" aria-label="Locations">
        <li className="legend-approx">
          <TypeIcon type="clash" hollow /> <span>Approximate location (region or country), dashed circle = uncertainty</span>
        </li>
        <li className="legend-unlisted">
          <TypeIcon type="clash" unlisted /> <span>Place not in the gazetteer, drawn at a known place around it (dashed outer ring)</span>
        </li>
      </ul>
      <p className="legend-note">Colour = the acting party (see actor chips); a peaceful protest is never drawn in a party&apos;s colour.</p>
    </section>
  );
}

/** The legend as a collapsible control over the map. */
export function MapLegend({ types }: { types?: readonly EventType[] }) {
  const [open, setOpen] = useLegendOpen();
  return (
    <div className={`map-legend${open ? ' open' : ''}`}>
      <button type="button" className="btn btn-small map-legend-toggle" aria-expanded={open} aria-controls="map-legend-body" onClick={() => setOpen(!open)}>
        {open ? 'Hide legend' : 'Legend'}
      </button>
      <div id="map-legend-body" className="map-legend-body" hidden={!open}>
        <Legend types={types} title={false} />
      </div>
    </div>
  );
}
