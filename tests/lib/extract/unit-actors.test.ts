/**
 * A demonym (or an actor's alias) right before a weapon, vehicle or unit noun names the party that fields
 * it (data/extract/generic-actors.json unitNouns, unitModifiers; lib/extract/actors.ts): "Russian warplanes
 * struck …" is a Russian air strike, also when the noun opens the trigger ("warplanes struck").
 * Sentences written for this test (issue 11), run through the real geoparser.
 */
import { describe, expect, it } from 'vitest';
import { processText } from '@/lib/pipeline';
import { findActors } from '@/lib/extract/actors';

function roles(text: string, published = '2021-03-14') {
  const events = processText(text, { published, articleId: 't' }).events.filter((e) => !e.background);
  expect(events.length, `no event in: ${text}`).toBeGreaterThan(0);
  const all = events.flatMap((e) => e.actors);
  const by = (r: string) => [...new Set(all.filter((a) => a.role === r).map((a) => a.id))].sort();
  return { actor: by('actor'), target: by('target'), ally: by('ally'), speaker: by('speaker') };
}

describe('demonym + weapon/vehicle/unit noun names the acting party', () => {
  it.each([
    ['Russian warplanes struck a bakery in Maarrat al-Numan on Tuesday.', 'russia'],
    ['Israeli jets struck a workshop in Khan Younis before dawn.', 'israel'],
    ['Turkish armed drones hit a car on the road outside Qamishli.', 'turkey'],
    ['Russian military aircraft bombed a field hospital near Saraqib.', 'russia'],
    ['Syrian government helicopters dropped barrel bombs on Kafr Zita.', 'syrian-government'],
    ['Israeli gunboats shelled fishing huts on the beach at Rafah.', 'israel'],
    ['Russian Su-34 jets bombed a market in Ariha.', 'russia'],
    ['Ukrainian artillery units shelled a depot near Horlivka.', 'ukraine'],
    ['Russian troops withdrew from Kherson on Friday.', 'russia'],
  ])('%s → %s acts', (text, id) => {
    expect(roles(text).actor).toEqual([id]);
  });

  it('a geoparser demonym of a state actor that lists none ("Sudanese", "Burmese") names it only before a unit noun', () => {
    expect(roles('Sudanese jets bombed a cattle market in Nyala on Saturday.').actor).toEqual(['sudan-saf']);
    expect(roles('Burmese military jets bombed a school in Sagaing.').actor).toEqual(['myanmar-military']);
    const hits = findActors('A Sudanese official said drones struck a fuel depot.', [], null);
    expect(hits.map((h) => h.id)).toEqual([]);
  });

  it('the span covers the noun and its modifiers', () => {
    const text = 'Turkish armed drones hit the convoy.';
    const hits = findActors(text, [], null);
    expect(hits.map((h) => [h.id, h.text])).toEqual([['turkey', 'Turkish armed drones']]);
  });

  it('"-backed" names an ally, not the actor', () => {
    expect(roles('Iranian-backed militiamen shelled a checkpoint in Mayadin.').actor).not.toContain('iran');
    const r = roles('Turkish-backed fighters shelled the outskirts of Tal Rifaat on Sunday.');
    expect(r.ally).toEqual(['turkey']);
    // the fighters are no named party: the unidentified armed group of the country acts (ACLED's actor 1), not Turkey
    expect(r.actor).not.toContain('turkey');
  });

  it('"-made" names the maker: not a party', () => {
    const r = roles('Iranian-made drones struck a power station near Odesa overnight.');
    expect(r.actor).not.toContain('iran');
  });

  it('a demonym before a non-weapon noun does not make an attacker', () => {
    const r = roles('Turkish media reported that Kurdish fighters shelled a border post near Kilis.');
    expect(r.actor).not.toContain('turkey');
    expect(r.speaker).toEqual(['turkey']);
    expect(roles('Russian officials said rebels shelled a market in Aleppo.').actor).not.toContain('russia');
    // the officials speak: the bare "said warplanes struck" does not make their state the agent
    const o = roles('Russian officials said warplanes struck a school in Binnish on Monday.');
    expect(o.actor).not.toContain('russia');
    expect(o.speaker).toEqual(['russia']);
    // "a Russian journalist was wounded": the noun the demonym modifies is the victim
    const j = roles('A Russian journalist was wounded when drones struck a hotel in Kramatorsk.');
    expect(j.actor).not.toContain('russia');
    expect(j.target).toEqual(['russia']);
  });

  it('victims: the demonym\'s unit is hit, not acting', () => {
    const a = roles('Rebels shelled an outpost near Idlib, killing two Russian soldiers.');
    expect(a.target).toEqual(['russia']);
    expect(a.actor).not.toContain('russia');
    const b = roles('Two Russian soldiers were killed when rebels shelled an outpost near Idlib.');
    expect(b.target).toEqual(['russia']);
    expect(b.actor).not.toContain('russia');
  });
});
