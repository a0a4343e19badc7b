import { describe, expect, it } from 'vitest';
import { compare, links, partedByHardRule, profile, rules } from '@/lib/resolve';
import { loadFixtures } from './fixtures/load';
import { report, TOWN, type Spec } from './build';

const cmp = (a: Spec, b: Spec) => compare(profile(report(a)), profile(report(b)));

describe('compare: the evidence that two reports are one happening', () => {
  it('same sub-type, place, day and actor from two outlets links, with its reasons', () => {
    const c = cmp({ article: 'one', actors: [['russia', 'actor']], toll: 4 }, { article: 'two', actors: [['russia', 'actor']], toll: 4 });
    expect(c.compatible).toBe(true);
    expect(links(c)).toBe(true);
    expect(c.reasons.join('; ')).toMatch(/same sub-type.*same place.*same day.*same actor.*same toll/);
  });

  it('two reports in one article are never joined: its reader already told them apart', () => {
    expect(cmp({ article: 'one', n: 0 }, { article: 'one', n: 1 }).compatible).toBe(false);
  });

  it('a clash and an air strike on the same town and day stay apart', () => {
    const c = cmp({ article: 'one', sub: 'Armed clash' }, { article: 'two', sub: 'Air/drone strike' });
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toMatch(/different sub-types/);
  });

  it('an air strike and shelling are compatible (outlets confuse them) but weaker evidence', () => {
    const same = cmp({ article: 'one' }, { article: 'two' });
    const mixed = cmp({ article: 'one' }, { article: 'two', sub: 'Shelling/artillery/missile attack' });
    expect(mixed.compatible).toBe(true);
    expect(mixed.score).toBeLessThan(same.score);
  });

  it('an air strike and shelling each told by its own means ("airstrikes" / "artillery") are two events', () => {
    const air = { article: 'one', quote: 'On 7 May, coalition airstrikes reportedly targeted Alpha district.' };
    const guns = { article: 'two', sub: 'Shelling/artillery/missile attack' as const, quote: 'On 7 May, border guards fired artillery and rockets at farms in Alpha district.' };
    const c = cmp(air, guns);
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different means told (Air/drone strike / Shelling/artillery/missile attack)');
    expect(cmp(guns, air).compatible).toBe(false);
    // a sentence that does not say how ("strikes hit"), or says both, may be the other outlet's reading of one attack
    expect(cmp({ article: 'one', quote: 'On 7 May, strikes hit Alpha district, killing two.' }, guns).compatible).toBe(true);
    expect(cmp({ article: 'one', quote: 'On 7 May, jets and artillery pounded Alpha district.' }, guns).compatible).toBe(true);
  });

  it('strikes by different identified actors are two events, even on the same town and day', () => {
    const c = cmp({ article: 'one', actors: [['russia', 'actor']] }, { article: 'two', actors: [['turkey', 'actor']] });
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toMatch(/different actors/);
    // one side's attacker named as the other's target is the other side's strike, not the same one
    expect(cmp({ article: 'one', actors: [['sudan-rsf', 'actor']] }, { article: 'two', actors: [['sudan-saf', 'actor'], ['sudan-rsf', 'target']] }).compatible).toBe(false);
    // named in another role (an ally, mentioned) is not a conflict
    expect(cmp({ article: 'one', actors: [['russia', 'actor']] }, { article: 'two', actors: [['syrian-government', 'actor'], ['russia', 'ally']] }).compatible).toBe(true);
  });

  it('two open-world names may be one group told two ways: they never conflict', () => {
    expect(cmp({ article: 'one', actors: [['rebel:ambazonian-fighters', 'actor']] }, { article: 'two', actors: [['rebel:separatists', 'actor']] }).compatible).toBe(true);
  });

  it('spellings of one place in two sentences are one locality (Kharkiv / Kharkov, Ma’rib / Marib)', () => {
    const a = { article: 'one', quote: 'Missiles hit Kharkiv on 7 May, near the market of Saltivka.' };
    const b = { article: 'two', quote: 'A missile struck Kharkov on 7 May, near the market of Saltovka.' };
    expect(cmp(a, b).compatible).toBe(true);
    expect(cmp({ article: 'one', quote: 'A missile fell in Ma’rib city on 7 May.' }, { article: 'two', quote: 'A missile fell in Marib on 7 May.' }).compatible).toBe(true);
  });

  it('an unidentified attacker does not conflict with a named one', () => {
    expect(cmp({ article: 'one', actors: [['russia', 'actor']] }, { article: 'two', actors: [['militia:unidentified-armed-group', 'actor']] }).compatible).toBe(true);
  });

  it('explicit dates three days apart do not overlap; a publication-day fallback covers the days before', () => {
    expect(cmp({ article: 'one', date: '2024-05-07' }, { article: 'two', date: '2024-05-10' }).compatible).toBe(false);
    const fallback = cmp({ article: 'one', date: '2024-05-07' }, { article: 'two', date: '2024-05-09', dateText: null });
    expect(fallback.compatible).toBe(true);
    expect(fallback.reasons.join(' ')).toMatch(/date windows overlap/);
  });

  it('a month-precise report overlaps a day inside that month', () => {
    expect(cmp({ article: 'one', date: '2024-05-15', precision: 3, dateText: 'in May' }, { article: 'two', date: '2024-05-03' }).compatible).toBe(true);
  });

  it('places farther apart than both radii stay apart; a town inside a district-sized place is nested', () => {
    const far = { id: 'gn:2', name: 'Beta', lat: 35.3, lon: 38.0, radiusKm: 5 };
    expect(cmp({ article: 'one' }, { article: 'two', place: far }).compatible).toBe(false);
    const district = { id: 'gn:3', name: 'Alpha district', lat: 35.1, lon: 38.05, radiusKm: 25, kind: 'admin2' as const };
    const nested = cmp({ article: 'one' }, { article: 'two', place: district });
    expect(nested.compatible).toBe(true);
    expect(nested.reasons.join(' ')).toMatch(/within 25 km/);
  });

  it('an unplaced, undated or background report never joins another', () => {
    expect(profile(report({ article: 'one', place: null })).alone).toBe('no place');
    expect(profile(report({ article: 'one', background: true })).alone).toMatch(/background/);
    expect(profile(report({ article: 'one', date: null })).alone).toBe('no date');
    expect(cmp({ article: 'one', place: null }, { article: 'two', place: null }).compatible).toBe(false);
  });

  it('a place coarser than maxRadiusKm joins only with the same place, explicit day, sub-type and an actor or close tolls', () => {
    const region = { id: 'gn:r1', name: 'Alpha province', lat: 35, lon: 38, radiusKm: 200, kind: 'admin1' as const };
    expect(profile(report({ article: 'one', place: region })).coarse).toBe(true);
    const loose = cmp({ article: 'one', place: region }, { article: 'two', place: region });
    expect(loose.compatible).toBe(false);
    expect(loose.reasons[0]).toMatch(/too coarse/);
    expect(cmp({ article: 'one', place: region, toll: 40 }, { article: 'two', place: region, toll: 38 }).compatible).toBe(true);
    expect(cmp({ article: 'one', place: region, actors: [['adf', 'actor']] }, { article: 'two', place: region, actors: [['adf', 'actor']] }).compatible).toBe(true);
    expect(cmp({ article: 'one', place: region, toll: 40 }, { article: 'two', place: region, toll: 38, dateText: null }).compatible).toBe(false);
  });

  it('different targets named in the sentences (a market, a hospital) keep a same-day strike apart', () => {
    const a = { article: 'one', quote: 'Jets bombed the central market of Alpha on 7 May.', actors: [['russia', 'actor']] as Spec['actors'] };
    const b = { article: 'two', quote: 'Jets bombed the main hospital of Alpha on 7 May.', actors: [['russia', 'actor']] as Spec['actors'] };
    const c = cmp(a, b);
    expect(c.reasons.join(' ')).toMatch(/different targets \(market \/ hospital\)/);
    expect(links(c)).toBe(false);
    expect(links(cmp(a, { ...b, quote: 'Warplanes hit a crowded market in Alpha on 7 May.' }))).toBe(true);
  });

  it('tolls far apart weigh against, equal tolls for', () => {
    const base = cmp({ article: 'one' }, { article: 'two' }).score;
    expect(cmp({ article: 'one', toll: 3 }, { article: 'two', toll: 3 }).score).toBeGreaterThan(base);
    expect(cmp({ article: 'one', toll: 2 }, { article: 'two', toll: 40 }).score).toBeLessThan(base);
  });

  it('is symmetric in its decision', () => {
    const a = { article: 'one', toll: 3, actors: [['russia', 'actor']] as Spec['actors'] };
    const b = { article: 'two', place: { ...TOWN, id: 'gn:9', lat: 35.01 }, dateText: null, date: '2024-05-08' };
    const ab = cmp(a, b);
    const ba = cmp(b, a);
    expect([ab.compatible, ab.score]).toEqual([ba.compatible, ba.score]);
  });

  it('reads its thresholds from data/resolve/rules.json', () => {
    expect(rules().threshold).toBeGreaterThan(0);
    expect(rules().compatibleSubTypes.has('Shelling/artillery/missile attack|Air/drone strike')).toBe(true);
  });
});

describe('targets', () => {
  it('a hospital the wounded were taken to is not a target', () => {
    const a = { article: 'one', quote: 'An air strike hit the market in Alpha; the wounded were taken to hospital.' };
    const b = { article: 'two', quote: 'Jets struck a busy market in Alpha on 7 May.' };
    expect(profile(report(a)).text.facilities).toEqual(new Set(['market']));
    expect(cmp(a, b).reasons.join(' ')).toMatch(/same target \(market\)/);
  });
});

describe('what tells same-day events at one place apart', () => {
  it('two explicit dates a day apart are two days; a date inferred from publication may be a day off', () => {
    expect(cmp({ article: 'one', date: '2024-05-07' }, { article: 'two', date: '2024-05-08' }).compatible).toBe(false);
    expect(cmp({ article: 'one', date: '2024-05-07' }, { article: 'two', date: '2024-05-08', dateText: null }).compatible).toBe(true);
  });

  it('sentences naming different localities (each absent from the other) are different events, even at one geocoded point', () => {
    const a = { article: 'one', sub: 'Peaceful protest' as const, quote: 'Farmers protested in the village of Kemerli near Alpha on 7 May.' };
    const b = { article: 'two', sub: 'Peaceful protest' as const, quote: 'Farmers protested in the village of Yazlik near Alpha on 7 May.' };
    const c = cmp(a, b);
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Kemerli / Yazlik)');
    // one sentence naming more than the other is not a conflict
    expect(cmp(a, { ...b, quote: 'Farmers protested near Alpha on 7 May.' }).compatible).toBe(true);
  });

  it('places named in no gazetteer under different names are different places', () => {
    const unk = (name: string) => ({ id: `unk:gn:1:${name.toLowerCase()}`, name, lat: 35, lon: 38, radiusKm: 12 });
    expect(cmp({ article: 'one', place: unk('Kemerli') }, { article: 'two', place: unk('Yazlik') }).reasons[0]).toMatch(/different places named in no gazetteer/);
  });

  it('a country’s generic protesters are not evidence of one protest; a coarse shared area weighs less than a town', () => {
    const protest = (article: string, place = TOWN) => ({ article, sub: 'Peaceful protest' as const, place, actors: [['protesters:protesters-syria', 'actor']] as Spec['actors'] });
    const town = cmp(protest('one'), protest('two'));
    expect(town.reasons.join(' ')).not.toMatch(/same actor/);
    const region = { id: 'gn:r', name: 'Alpha region', lat: 35, lon: 38, radiusKm: 30, kind: 'region' as const };
    const wide = cmp(protest('one', region), protest('two', region));
    expect(wide.score).toBeLessThan(town.score);
    // in a region, one sub-type on one day with nothing else shared is not enough
    const told = (article: string, quote: string) => ({ ...protest(article, region), quote });
    expect(links(cmp(told('one', 'Teachers marched over unpaid wages.'), told('two', 'Farmers blocked a highway demanding water.')))).toBe(false);
  });
});

describe('localities inside a town and towns beside a town', () => {
  const protest = (article: string, quote: string, place: Spec['place'] = TOWN) => ({ article, sub: 'Peaceful protest' as const, place, quote });

  it('a street, square or neighbourhood named before its noun is a locality: two of them are two protests', () => {
    const a = protest('one', 'On 7 May, shopkeepers blocked the Hamra street in Alpha over the currency crash.');
    const b = protest('two', 'On 7 May, shopkeepers gathered at the Nejmeh square in Alpha over the currency crash.');
    const c = cmp(a, b);
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Hamra / Nejmeh)');
    // "Beirut's Hamra area": the part after the possessive; the same street told twice is one protest
    const same = cmp(a, protest('two', "On 7 May, angry shopkeepers closed Alpha's Hamra area over the currency crash."));
    expect(same.compatible).toBe(true);
  });

  it('a part of a town read at the town ("Zeta Airport" placed at Zeta) is a locality, not the town spelt another way', () => {
    const zeta = { id: 'gn:11', name: 'Zeta', lat: 35.0, lon: 38.0, radiusKm: 18, kind: 'city' as const };
    const front = (article: string, text: string, quote: string) => ({ article, sub: 'Armed clash' as const, actors: [['ukraine', 'actor']] as [string, 'actor'][], place: { ...zeta, text }, quote });
    const airport = front('one', 'Zeta Airport', 'On 7 May, government troops fired mortars at rebel positions in the area of Zeta Airport.');
    const mine = front('two', 'Zeta', 'On 7 May, government troops fired mortars at rebel positions in the area of Kovel Mine, Zeta.');
    const c = cmp(airport, mine);
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Zeta Airport / Kovel Mine)');
    // a whole district read at its town is that town: a report naming only the town is not another place
    const district = front('three', 'Zeta district', 'On 7 May, government troops fired mortars at rebel positions across Zeta district.');
    expect(cmp(district, front('four', 'Zeta', 'On 7 May, troops fired mortars at rebel positions in Zeta.')).compatible).toBe(true);
  });

  it('numbered wards are localities, number and all', () => {
    const c = cmp(protest('one', 'On 7 May, residents protested in Ward No. 4 of Alpha over rations.'), protest('two', 'On 7 May, residents protested in Ward No. 9 of Alpha over rations.'));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toMatch(/different localities named \(Ward No\. 4 \/ Ward No\. 9\)/);
  });

  it('a name too short for a skeleton ("Tahu": t) is compared by its letters', () => {
    const c = cmp(protest('one', 'On 7 May, women protested in villages of Alpha including Tahu.'), protest('two', 'On 7 May, women protested in villages of Alpha including Kemerli.'));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different localities named (Tahu / Kemerli)');
  });

  it('a place read outside the sentence (the article’s focus) is that report’s locality', () => {
    const focus = { id: 'gn:9', name: 'Gamma', lat: 35.0, lon: 38.0, radiusKm: 30, kind: 'city' as const };
    const outside = report({ article: 'one', sub: 'Armed clash', place: focus, quote: 'A shoot-out broke out and two men were wounded.' });
    outside.event.place = { ...outside.event.place!, start: 0, end: 5 };
    outside.event.quote = { ...outside.event.quote, start: 300, end: 300 + outside.event.quote.text.length };
    const other = report({ article: 'two', sub: 'Armed clash', place: focus, quote: 'On 7 May, a shoot-out broke out in the Delta neighbourhood of Gamma.' });
    expect(compare(profile(outside), profile(other)).compatible).toBe(true);
    const epsilon = { id: 'gn:10', name: 'Epsilon', lat: 35.0, lon: 38.0, radiusKm: 5, kind: 'town' as const };
    const elsewhere = report({ article: 'two', sub: 'Armed clash', place: epsilon, quote: 'On 7 May, a shoot-out broke out in Epsilon, in its Delta neighbourhood.' });
    const c = compare(profile(outside), profile(elsewhere));
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toMatch(/different localities named \(Gamma \/ .*Epsilon/);
  });

  it('two towns a few km apart, each named by its own report only, are two places', () => {
    const beta = { id: 'gn:2', name: 'Beta', lat: 35.06, lon: 38.0, radiusKm: 8, kind: 'town' as const };
    const c = cmp({ article: 'one', quote: 'Warplanes struck Alpha on 7 May.' }, { article: 'two', place: beta, quote: 'Warplanes struck Beta on 7 May.' });
    expect(c.compatible).toBe(false);
    expect(c.reasons[0]).toBe('different towns (Alpha / Beta, 6.7 km apart), neither named by the other report');
    // a report naming the other's town too ("Beta, near Alpha") may be the same strike told more finely
    expect(cmp({ article: 'one', quote: 'Warplanes struck Alpha on 7 May.' }, { article: 'two', place: beta, quote: 'Warplanes struck Beta, near Alpha, on 7 May.' }).compatible).toBe(true);
    // a district is no town: a town inside it is nested
    expect(cmp({ article: 'one', quote: 'Warplanes struck Alpha on 7 May.' }, { article: 'two', place: { ...beta, kind: 'admin2', radiusKm: 25 }, quote: 'Warplanes struck Beta district on 7 May.' }).compatible).toBe(true);
  });

  it('a town in no gazetteer drawn at its written parent is not that parent', () => {
    const unknown = report({ article: 'one', sub: 'Peaceful protest', quote: 'On 7 May, farmers protested in Zeta town (Alpha) over water.' });
    unknown.event.place = { ...unknown.event.place!, id: 'unk:gn:1:zeta', name: 'Zeta', text: 'Zeta town', kind: 'town', precision: 'near', inGazetteer: false, parent: { id: 'gn:1', name: 'Alpha', kind: 'city', country: 'SY', lat: 35, lon: 38 } };
    const city = report({ article: 'two', sub: 'Peaceful protest', quote: 'On 7 May, farmers protested in Alpha city over water.' });
    const c = compare(profile(unknown), profile(city));
    expect(c.compatible).toBe(false);
    // the parent written in brackets is where Zeta lies, not a naming of Alpha as the place: either rule parts them
    expect(c.reasons[0]).toMatch(/^different (?:towns|localities named) \(Zeta(?: town)? \/ Alpha/);
  });
});

describe('partedByHardRule: pairs the driver need not read (a necessary condition of incompatibility)', () => {
  const base = { article: 'one', actors: [['russia', 'actor']] as [string, 'actor'][], toll: 4 };
  const parted = (a: Spec, b: Spec) => partedByHardRule(profile(report(a)), profile(report(b)));

  it('holds for the hard rules on places, days, actors and tolls, and compare() says incompatible then', () => {
    const cases: [Spec, Spec][] = [
      // dates apart (explicit days: no tolerance)
      [base, { ...base, article: 'two', date: '2024-05-09' }],
      // points beyond both radii
      [base, { ...base, article: 'two', place: { id: 'far', name: 'Farville', lat: TOWN.lat + 1, lon: TOWN.lon } }],
      // curated acting actors that conflict
      [base, { ...base, article: 'two', actors: [['turkey', 'actor']] }],
      // a coarse place without the strict evidence (another toll, no shared actor)
      [
        { ...base, actors: [], place: { ...TOWN, id: 'region', name: 'Region', radiusKm: 200, kind: 'region' } },
        { ...base, article: 'two', actors: [], toll: 40, place: { ...TOWN, id: 'region', name: 'Region', radiusKm: 200, kind: 'region' } },
      ],
    ];
    for (const [a, b] of cases) {
      expect(parted(a, b)).toBe(true);
      expect(parted(b, a)).toBe(true);
      expect(cmp(a, b).compatible).toBe(false);
      expect(cmp(b, a).compatible).toBe(false);
    }
  });

  it('does not hold for a linking pair, nor where only the sentences part them', () => {
    expect(parted(base, { ...base, article: 'two' })).toBe(false);
    const air = { article: 'one', quote: 'On 7 May, coalition airstrikes reportedly targeted Alpha district.' };
    const guns = { article: 'two', sub: 'Shelling/artillery/missile attack' as const, quote: 'On 7 May, border guards fired artillery and rockets at farms in Alpha district.' };
    expect(parted(air, guns)).toBe(false);
    expect(cmp(air, guns).compatible).toBe(false);
  });

  it('on every pair of the fixtures\' reports, implies compare() incompatible', () => {
    const ps = loadFixtures().refs.map((ref) => profile(ref));
    let n = 0;
    for (let i = 0; i < ps.length; i++)
      for (let j = 0; j < ps.length; j++) {
        if (i === j || !partedByHardRule(ps[i]!, ps[j]!)) continue;
        n++;
        expect(compare(ps[i]!, ps[j]!).compatible, `${ps[i]!.id} / ${ps[j]!.id}`).toBe(false);
      }
    expect(n).toBeGreaterThan(1000);
  }, 120_000);
});
