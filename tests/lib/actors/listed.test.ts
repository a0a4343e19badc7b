import { describe, expect, it } from 'vitest';
import { getActors, listActors, openColor } from '@/lib/actors';

describe('listActors: curated actors, then the open-world actors a store holds', () => {
  const registry = [
    { id: 'russia', name: 'Russian jets', kind: 'external' as const, eventCount: 4 },
    { id: 'militia:red-hills-brigade', name: 'Red Hills Brigade', kind: 'militia' as const, eventCount: 1 },
    { id: 'rebel:zuran', name: 'Zuran militants', kind: 'rebel' as const, eventCount: 3 },
  ];
  it('keeps every curated actor in file order with its own name, colour and kind, and its count', () => {
    const list = listActors(registry);
    const curated = list.filter((a) => a.curated);
    expect(curated.map((a) => a.id)).toEqual(getActors().map((a) => a.id));
    expect(curated[0]).toMatchObject({ id: 'russia', name: getActors()[0]!.name, color: getActors()[0]!.color, kind: 'state', eventCount: 4 });
  });
  it('adds the others, most events first, with inter from the kind and a colour of the kind\'s palette', () => {
    const open = listActors(registry).filter((a) => !a.curated);
    expect(open.map((a) => [a.id, a.inter, a.eventCount])).toEqual([['rebel:zuran', 2, 3], ['militia:red-hills-brigade', 3, 1]]);
    expect(open[0]!.color).toBe(openColor('rebel:zuran', 'rebel'));
    expect(openColor('rebel:zuran', 'rebel')).toMatch(/^#[0-9a-f]{6}$/);
    // deterministic: the same id, the same colour; the palette is the kind's
    expect(openColor('rebel:zuran', 'rebel')).toBe(openColor('rebel:zuran', 'rebel'));
    expect(openColor('rebel:zuran', 'rebel')).not.toBe(openColor('rebel:zuran', 'protesters'));
  });
  it('returns new objects: changing the list does not change the table', () => {
    const list = listActors([]);
    list[0]!.aliases.push('changed');
    expect(getActors()[0]!.aliases).not.toContain('changed');
  });
});
