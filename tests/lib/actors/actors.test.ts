import { describe, expect, it } from 'vitest';
import { Actor } from '@/lib/schemas';
import { actorById, actorTable, getActors, parseActors } from '@/lib/actors';

const one = { id: 'x', name: 'X', inter: 1, color: '#112233' };

describe('getActors', () => {
  it('returns the validated table with the mandatory actors, distinct colours and inter codes', () => {
    const actors = getActors();
    for (const a of actors) expect(Actor.safeParse(a).success).toBe(true);
    const ids = actors.map((a) => a.id);
    for (const id of ['russia', 'united-states', 'turkey', 'syrian-government', 'syrian-rebels', 'kurdish-forces', 'islamic-state',
      'iran-backed-militias', 'iran', 'hezbollah', 'al-nusra', 'united-nations']) expect(ids).toContain(id);
    expect(new Set(actors.map((a) => a.color.toLowerCase())).size).toBe(actors.length);
  });
  it('returns copies: callers cannot change the table', () => {
    const a = getActors();
    a[0]!.aliases.push('tampered');
    expect(getActors()[0]!.aliases).not.toContain('tampered');
    expect(actorTable()[0]!.aliases).not.toContain('tampered');
  });
  it('looks actors up by id', () => {
    expect(actorById('russia')?.name).toBe(actorTable().find((a) => a.id === 'russia')!.name);
    expect(actorById('no-such-actor')).toBeUndefined();
  });
});

describe('parseActors', () => {
  it('fills defaults for a minimal row', () => {
    expect(parseActors({ actors: [one] })[0]).toMatchObject({ aliases: [], demonyms: [], country: null });
  });
  it('names the file and the field of a bad row', () => {
    expect(() => parseActors({ actors: [{ ...one, color: 'red' }] }, 'my-actors.json')).toThrow(/my-actors\.json is invalid \(actors\.0\.color/);
  });
  it('rejects duplicate ids and an empty table', () => {
    expect(() => parseActors({ actors: [one, one] })).toThrow(/duplicate actor id "x"/);
    expect(() => parseActors({ actors: [] })).toThrow(/invalid/);
  });
});
