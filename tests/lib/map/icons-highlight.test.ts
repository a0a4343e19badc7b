import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, TYPE_PATHS, clusterSvg, iconSvg } from '@/lib/map/icons';
import { PEACEFUL_COLOR, PEACEFUL_FILL, TYPE_GROUP, isPeaceful, typeGroups } from '@/lib/map/acled';
import { eventPoints } from '@/lib/map/features';
import { ACLED_EVENT_TYPES, ACLED_SUB_EVENT_TYPES, type ConflictEvent } from '@/lib/schemas';
import { fixtureActors, fixtureEvents } from './fixtures';
import { relativeSpans, segmentText } from '@/lib/map/highlight';

describe('icons', () => {
  it('has one distinct path per event type', () => {
    expect(new Set(Object.values(TYPE_PATHS)).size).toBe(EVENT_TYPES.length);
    expect(EVENT_TYPES).toContain('displacement');
  });
  it('draws hollow badges for approximate events and refuses non-hex colours', () => {
    expect(iconSvg('shelling', '#c0392b')).toContain('fill="#c0392b"');
    expect(iconSvg('shelling', '#c0392b', { hollow: true })).toContain('stroke-dasharray');
    expect(() => iconSvg('shelling', '"><script>')).toThrow(/#rrggbb/);
    expect(clusterSvg(12).svg).toContain('>12<');
  });
  it('keeps every glyph inside the 24-unit box the badge draws it in', () => {
    for (const t of EVENT_TYPES) {
      const nums = TYPE_PATHS[t].match(/-?\d*\.?\d+/g)!.map(Number);
      expect(Math.max(...nums), t).toBeLessThanOrEqual(24);
    }
  });
  it('draws a peaceful protest as a pale badge with a calm ring and glyph, whatever colour it is handed', () => {
    const svg = iconSvg('protest', '#d62728', { peaceful: true });
    expect(svg).toContain(`fill="${PEACEFUL_FILL}"`);
    expect(svg).toContain(`stroke="${PEACEFUL_COLOR}"`);
    expect(svg).not.toContain('#d62728');
  });
});

describe('display classes under ACLED event types', () => {
  it('lists every class under exactly one of the 6 event types, in the codebook order, with its sub-types', () => {
    const groups = typeGroups();
    expect(groups.map((g) => g.eventType)).toEqual([...ACLED_EVENT_TYPES]);
    expect(groups.flatMap((g) => g.types).sort()).toEqual([...EVENT_TYPES].sort());
    expect(groups.find((g) => g.eventType === 'Protests')!.types).toEqual(['protest']);
    expect(groups.flatMap((g) => g.subTypes)).toEqual(Object.keys(ACLED_SUB_EVENT_TYPES));
    expect(TYPE_GROUP.explosion).toBe('Explosions/Remote violence');
    expect(typeGroups(['clash', 'riot']).map((g) => g.types)).toEqual([['clash'], [], [], [], ['riot'], []]);
  });
  it('marks peaceful protests, which the map draws calm and never in the acting party colour', () => {
    const [shelling] = fixtureEvents();
    const protest: ConflictEvent = { ...shelling!, id: 'p-e0', type: 'protest', acled: { eventType: 'Protests', subEventType: 'Peaceful protest' } };
    const intervened: ConflictEvent = { ...protest, id: 'p-e1', acled: { eventType: 'Protests', subEventType: 'Protest with intervention' } };
    expect(isPeaceful(protest)).toBe(true);
    expect(isPeaceful(intervened)).toBe(false);
    const { points } = eventPoints([protest, intervened, shelling!], fixtureActors());
    const byId = new Map(points.map((p) => [p.properties.id, p.properties]));
    expect(byId.get('p-e0')).toMatchObject({ color: PEACEFUL_COLOR, peaceful: true });
    expect(byId.get('p-e1')!.peaceful).toBeUndefined();
    expect(byId.get('p-e1')!.color).toBe(byId.get(shelling!.id)!.color);
  });
});

describe('segmentText', () => {
  it('covers the text in order with marked spans, clipping overlaps and ignoring bad spans', () => {
    const text = 'Shelling hit Testville and Otherton.';
    const segs = segmentText(text, [
      { start: 13, end: 22, meta: 'place' },
      { start: 15, end: 20, meta: 'overlap' },
      { start: 27, end: 35, meta: 'place2' },
      { start: 40, end: 50, meta: 'out of range' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.filter((s) => s.span).map((s) => [s.text, s.span!.meta])).toEqual([['Testville', 'place'], ['Otherton', 'place2']]);
  });
  it('shifts article spans into quote coordinates', () => {
    expect(relativeSpans({ start: 100, end: 150 }, [{ start: 130, end: 139, meta: 1 }, { start: 10, end: 20, meta: 2 }])).toEqual([{ start: 30, end: 39, meta: 1 }]);
  });
});
