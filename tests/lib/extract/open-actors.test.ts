/**
 * Open-world actors (lib/extract/open-actors.ts, open-resolve.ts; data/extract/open-actors.json): any named armed
 * party, crowd or unidentified group is an actor with an id, a display name and a kind, whether or not
 * data/actors.json lists it. Sentences and names written for this test (invented groups: "Zuran militants",
 * "the Kivu Liberation Front", "the Red Hills Brigade"), run through the real geoparser.
 */
import { describe, expect, it } from 'vitest';
import type { EventActor } from '@/lib/schemas';
import { ActorKind, OpenActorId, kindFromInter } from '@/lib/schemas';
import { processText } from '@/lib/pipeline';
import { resolveOpenActors } from '@/lib/extract/open-resolve';
import { slug } from '@/lib/extract/open-names';

function actorsOf(text: string, published = '2026-02-20'): EventActor[] {
  const events = processText(text, { published, articleId: 't' }).events.filter((e) => !e.background);
  expect(events.length, `no event in: ${text}`).toBeGreaterThan(0);
  return events.flatMap((e) => e.actors);
}
const find = (actors: EventActor[], id: string) => actors.find((a) => a.id === id);

describe('named armed groups outside data/actors.json', () => {
  it.each([
    ['Zuran militants ambushed an army patrol near Maiduguri on Tuesday.', 'rebel:zuran', 'Zuran militants', 'rebel'],
    ['The Kivu Liberation Front attacked a military camp outside Beni.', 'rebel:kivu-liberation-front', 'Kivu Liberation Front', 'rebel'],
    ['Fighters of the Kivu Liberation Front clashed with soldiers near Butembo.', 'rebel:kivu-liberation-front', 'Kivu Liberation Front', 'rebel'],
    ['The Red Hills Brigade shelled an army post near Bentiu overnight.', 'militia:red-hills-brigade', 'Red Hills Brigade', 'militia'],
    ['KLF rebels attacked a police station in Kasese.', 'rebel:klf', 'KLF rebels', 'rebel'],
  ])('%s → %s', (text, id, name, kind) => {
    const a = find(actorsOf(text), id);
    expect(a, text).toMatchObject({ name, kind, role: 'actor' });
    expect(OpenActorId.safeParse(id).success).toBe(true);
  });

  it('a communal or ethnic militia is an identity militia', () => {
    const actors = actorsOf('A Fulani militia attacked farmers in Bankass, killing nine, residents said.');
    expect(actors.find((a) => a.kind === 'identity')).toMatchObject({ id: 'identity:fulani', role: 'actor' });
    // "ethnic" before the head makes any named militia an identity militia
    expect(find(actorsOf('Zuran ethnic militia attacked a village near Jos.'), 'identity:zuran')).toMatchObject({ kind: 'identity' });
  });

  it('the same group named with another head noun is one actor id', () => {
    const a = find(actorsOf('Zuran fighters attacked a barracks near Damaturu.'), 'rebel:zuran');
    expect(a?.name).toBe('Zuran fighters');
  });
});

describe("state forces: a demonym, a country's name or \"of <Country>\" with a force noun", () => {
  it.each([
    ['Nigerian army troops clashed with militants near Gwoza.', 'state:military-forces-of-nigeria', 'Military forces of Nigeria'],
    ['Afghan police fought off an attack on a checkpoint in Ghazni.', 'state:police-forces-of-afghanistan', 'Police forces of Afghanistan'],
    ["Kenya's army shelled a militant camp near Mandera.", 'state:military-forces-of-kenya', 'Military forces of Kenya'],
    ['The military forces of Armenia fired mortars at positions near Tavush.', 'state:military-forces-of-armenia', 'Military forces of Armenia'],
  ])('%s → %s', (text, id, name) => {
    expect(find(actorsOf(text), id)).toMatchObject({ name, kind: 'state' });
  });

  it('"forces of X and Y" names both countries', () => {
    const actors = actorsOf('Military forces of Armenia and Azerbaijan exchanged fire near Tavush.');
    expect(actors.map((a) => a.id).sort()).toEqual(['state:military-forces-of-armenia', 'state:military-forces-of-azerbaijan']);
  });

  it('a place the gazetteer has no country for keeps its own name', () => {
    expect(find(actorsOf('Military forces of Zeravia fired on a border post near Tavush.'), 'state:military-forces-of-zeravia')).toBeDefined();
  });

  it('a country whose state actor is curated keeps the curated id', () => {
    expect(find(actorsOf('The armed forces of Ukraine shelled a depot near Horlivka.'), 'ukraine')).toBeDefined();
  });
});

describe('unnamed parties take the country where the event happens', () => {
  it('"soldiers", "police" and "gunmen" are named by the event place\'s country', () => {
    const actors = actorsOf('Gunmen attacked soldiers at a checkpoint in Zamfara, killing four.');
    expect(actors.find((a) => a.kind === 'militia')).toMatchObject({ id: 'militia:unidentified-armed-group-nigeria', name: 'Unidentified armed group (Nigeria)' });
    expect(find(actors, 'state:military-forces-of-nigeria')).toBeDefined();
    const police = actorsOf('Police clashed with armed men in Culiacan on Sunday.');
    expect(find(police, 'state:police-forces-of-mexico')).toMatchObject({ kind: 'state', text: 'Police' });
  });

  it('a state unit is the state forces of the event country', () => {
    expect(find(actorsOf('National Guard troops clashed with gunmen in Zacatecas.'), 'state:military-forces-of-mexico')).toBeDefined();
  });

  it('an unnamed party never makes an event by itself', () => {
    // a weak trigger needs a named party: "police" is not one (police alone is no conflict party)
    const events = processText('Police arrested a man who attacked his neighbour in Culiacan.', { published: '2026-02-20', articleId: 't' }).events;
    expect(events.filter((e) => !e.background)).toEqual([]);
  });

  it('protesters and a mob name the crowd of the country (resolveOpenActors)', () => {
    const crowd = (id: string, text: string): EventActor => ({ id, role: 'actor', text, start: 0, end: text.length });
    const { actors, why } = resolveOpenActors([crowd('?protesters', 'demonstrators'), crowd('?rioters', 'a mob'), crowd('?unidentified', 'assailants')], 'KE');
    expect(actors.map((a) => [a.id, a.name, a.kind])).toEqual([
      ['protesters:protesters-kenya', 'Protesters (Kenya)', 'protesters'],
      ['rioters:rioters-kenya', 'Rioters (Kenya)', 'rioters'],
      ['militia:unidentified-armed-group-kenya', 'Unidentified armed group (Kenya)', 'militia'],
    ]);
    expect(why).toHaveLength(3);
    // no country known: still an actor, said so in its name
    expect(resolveOpenActors([crowd('?police', 'police')], null).actors[0]).toMatchObject({ id: 'state:police-forces-of-unknown-country', kind: 'state' });
  });

  it('does not mutate its input', () => {
    const input: EventActor[] = [{ id: '?military', role: 'target', text: 'soldiers', start: 3, end: 11 }];
    const copy = structuredClone(input);
    resolveOpenActors(input, 'NG');
    expect(input).toEqual(copy);
  });
});

describe('coordination and case', () => {
  it('"X and Y soldiers": each coordinated demonym is a country\'s forces', () => {
    const actors = actorsOf('Kenyan and Somali soldiers clashed near Dhobley, killing two.');
    expect(actors.map((a) => a.id).sort()).toEqual(['state:military-forces-of-kenya', 'state:military-forces-of-somalia']);
  });
  it('"X and Y militias": each coordinated name is a group', () => {
    const actors = actorsOf('Zuran and Tamberi militias clashed near Jos, killing five.');
    expect(actors.map((a) => a.id).sort()).toEqual(['militia:tamberi', 'militia:zuran']);
  });
  it("a curated actor's alias written in another case before an armed noun names that actor", () => {
    expect(find(actorsOf('Boko haram militants attacked a village near Konduga.'), 'boko-haram')).toMatchObject({ role: 'actor', text: 'Boko haram militants' });
  });
  it('a weapon named before its noun is no party ("Grad rockets")', () => {
    const actors = processText('Grad rockets hit a depot near Horlivka.', { published: '2026-02-20', articleId: 't' }).events.flatMap((e) => e.actors);
    expect(actors.some((a) => a.id.includes('grad'))).toBe(false);
  });
});

describe('what is not an actor name', () => {
  it('a capitalised sentence opener or adjective is no name ("Suspected militants")', () => {
    const actors = actorsOf('Suspected militants attacked a police post in Lamu, killing two officers.');
    expect(actors.some((a) => /suspected/.test(a.id))).toBe(false);
    expect(actors.find((a) => a.kind === 'militia')?.id).toBe('militia:unidentified-armed-group-kenya');
  });

  it('"X-backed" is a compound adjective, not a group', () => {
    const actors = actorsOf('Zuran-backed fighters shelled a market in Bentiu.');
    expect(actors.some((a) => a.id.includes('zuran'))).toBe(false);
  });

  it('a name inside "which backs X" is not the agent', () => {
    const actors = actorsOf('Kenya, which backs the Kivu Liberation Front, has deployed troops to Beni.');
    expect(find(actors, 'rebel:kivu-liberation-front')?.role).not.toBe('actor');
  });
});

describe('ids, names and kinds', () => {
  it('curated actors carry their name and their kind from the ACLED inter code', () => {
    const a = find(actorsOf('Russian warplanes struck a bakery in Ariha on Tuesday.'), 'russia');
    expect(a).toMatchObject({ name: 'Russia', kind: 'state' });
    expect(ActorKind.options.map((_, i) => kindFromInter(i + 1))).toEqual(ActorKind.options);
  });
  it('slugs are lowercase ASCII with hyphens', () => {
    expect(slug("Forces of Côte d'Ivoire")).toBe('forces-of-cote-d-ivoire');
  });
});
