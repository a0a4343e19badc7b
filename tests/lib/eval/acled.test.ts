import { describe, expect, it } from 'vitest';
import { defaultAcled } from '@/lib/extract';
import type { AcledClass, AcledNote, ConflictEvent, EventType, Mention } from '@/lib/schemas';
import { acledOf, compatibleTypes, exampleErrors, isViolent, parseAcledNotes, scoreNote, summariseAcled } from '@/lib/eval/acled';
import { acledActorFound, parseAcledActor, sameStem } from '@/lib/eval/acled-actors';
import { formatAcledReport } from '@/lib/eval/acled-report';
import { GoldFileError } from '@/lib/eval/gold';

// Invented notes: Freedonia, the town of Varnholm at (10, 20), the Blue Coast Liberation Front.
const LAT = 10, LON = 20;
const KM_PER_DEG = 111.195;
const north = (km: number) => LAT + km / KM_PER_DEG;

function note(over: Partial<AcledNote['gold']> = {}, text = 'On 3 March 2021, the Blue Coast Liberation Front clashed with Freedonian troops in Varnholm.', id = 'n-1'): AcledNote {
  return {
    id, country: 'Freedonia', published: '2021-03-03', text,
    gold: {
      event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Freedonia (2019-)', assoc_actor_1: '',
      actor2: 'Blue Coast Liberation Front', assoc_actor_2: '', location: 'Varnholm', admin1: 'Coast', admin2: 'Varn',
      lat: LAT, lon: LON, geo_precision: 1, time_precision: 1, fatalities: 0, source: 'Invented Daily', ...over,
    },
  };
}

/** An invented event; its ACLED class is the display type's default unless given. */
function ev(type: EventType, lat: number | null, radiusKm = 0, over: Partial<ConflictEvent> = {}, acled: AcledClass = defaultAcled(type)): ConflictEvent {
  return {
    id: 'n-1-e0', articleId: 'n-1', type, acled, actors: [], fatalities: null, confidence: 0.8, background: false, why: [],
    place: lat === null ? null : { id: 'x', name: 'Varnholm', kind: 'town', country: 'FD', lat, lon: LON, precision: 'exact', radiusKm, text: 'Varnholm', start: 0, end: 8 },
    date: { value: '2021-03-03', precision: 1, text: 'On 3 March 2021' },
    quote: { start: 0, end: 10, text: 'clashed' }, trigger: { start: 0, end: 7, text: 'clashed' },
    ...over,
  };
}
/** The same event as a document stored before the taxonomy (no `acled`), read loosely. */
function legacy(e: ConflictEvent): ConflictEvent {
  const { acled: _dropped, ...rest } = e;
  void _dropped;
  return rest as ConflictEvent;
}
const BATTLE: AcledClass = { eventType: 'Battles', subEventType: 'Armed clash' };
const IED: AcledClass = { eventType: 'Explosions/Remote violence', subEventType: 'Remote explosive/landmine/IED' };
const PROTEST: AcledClass = { eventType: 'Protests', subEventType: 'Peaceful protest' };
const ATTACK: AcledClass = { eventType: 'Violence against civilians', subEventType: 'Attack' };

function mention(lat: number, isLocation = true): Mention {
  return {
    text: 'Varnholm', start: 0, end: 8, isLocation, precision: 'exact', radiusKm: 5, point: null, qualifier: null,
    nonLocation: isLocation ? null : 'organisation', why: [], candidates: [],
    place: { id: 'x', name: 'Varnholm', kind: 'town', country: 'FD', lat, lon: LON },
  };
}

const actor = (text: string, id = 'generic:test') => ({ id, role: 'actor' as const, text, start: 0, end: text.length });
const score = (n: AcledNote, events: ConflictEvent[], mentions: Mention[] = []) => scoreNote(n, { mentions, events });

describe('parseAcledNotes', () => {
  it('accepts well-formed notes and keeps unknown fields', () => {
    const [n] = parseAcledNotes([{ ...note(), extra: 1 }]);
    expect(n).toMatchObject({ id: 'n-1', extra: 1 });
  });
  it('names the note and the field of a bad note', () => {
    const bad = { ...note(), id: 'n-2', gold: { ...note().gold, lat: 'ten' } };
    let err: unknown;
    try { parseAcledNotes([note(), bad], 'notes.json'); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(GoldFileError);
    expect((err as GoldFileError).message).toMatch(/notes\.json does not match the ACLED note format/);
    expect((err as GoldFileError).issues[0]).toMatch(/^note 1 \(n-2\): gold\.lat: /);
  });
  it('rejects a missing gold, a non-array and an empty array', () => {
    const noGold: Partial<AcledNote> = note();
    delete noGold.gold;
    expect(() => parseAcledNotes([noGold])).toThrow(/ACLED note format/);
    expect(() => parseAcledNotes({ articles: [] })).toThrow(/not a JSON array/);
    expect(() => parseAcledNotes([])).toThrow(/no ACLED notes/);
  });
});

describe('compatibleTypes', () => {
  const c = (event_type: string, sub_event_type: string, text = 'x') => compatibleTypes({ event_type, sub_event_type }, text);
  it('follows the README table', () => {
    expect(c('Battles', 'Armed clash')).toEqual(['clash']);
    expect(c('Battles', 'Non-state actor overtakes territory')).toEqual(['clash']);
    expect(c('Explosions/Remote violence', 'Air/drone strike')).toEqual(['airstrike', 'shelling']);
    expect(c('Explosions/Remote violence', 'Shelling/artillery/missile attack')).toEqual(['airstrike', 'shelling']);
    expect(c('Strategic developments', 'Headquarters or base established')).toEqual(['base']);
    expect(c('Strategic developments', 'Agreement')).toEqual(['truce', 'talks']);
  });
  it('a change to group/activity is a deployment only for "Movement of forces" notes', () => {
    expect(c('Strategic developments', 'Change to group/activity', 'Movement of forces: On 2 March, a convoy reached Varnholm.')).toEqual(['deployment']);
    expect(c('Strategic developments', 'Change to group/activity', 'The council of Varnholm imposed a curfew.')).toBeNull();
  });
  it('other sub-types have no type we have', () => {
    expect(c('Protests', 'Peaceful protest')).toBeNull();
    expect(c('Explosions/Remote violence', 'Remote explosive/landmine/IED')).toBeNull();
    expect(c('Violence against civilians', 'Attack')).toBeNull();
  });
});

describe('scoreNote: found', () => {
  it('geo_precision 1 matches within 10 km plus the event radius', () => {
    expect(score(note(), [ev('clash', north(9))]).found).toBe(true);
    expect(score(note(), [ev('clash', north(15))]).found).toBe(false);
    expect(score(note(), [ev('clash', north(15), 10)]).found).toBe(true);
  });
  it('the event radius counts for at most 25 km', () => {
    expect(score(note(), [ev('clash', north(33), 100)]).found).toBe(true);
    expect(score(note(), [ev('clash', north(40), 100)]).found).toBe(false);
  });
  it('geo_precision 2 and 3 allow 25 and 60 km', () => {
    expect(score(note({ geo_precision: 2 }), [ev('clash', north(20))]).found).toBe(true);
    expect(score(note({ geo_precision: 2 }), [ev('clash', north(30))]).found).toBe(false);
    expect(score(note({ geo_precision: 3 }), [ev('clash', north(55))]).found).toBe(true);
  });
  it('a wrong type at the right place is a type error, not a find', () => {
    const s = score(note(), [ev('base', north(2))]);
    expect(s).toMatchObject({ found: false, placedTypeOk: false, matching: 0, events: 1 });
    expect(s.errors[0]!.cls).toBe('event of type base (Headquarters or base established) where the coder coded Armed clash');
    expect(score(note(), [legacy(ev('base', north(2)))]).errors[0]!.cls).toBe('event of type base where the coder coded Armed clash');
  });
  it('background events and events without a place never match', () => {
    const s = score(note(), [ev('clash', north(1), 0, { background: true }), ev('clash', null)]);
    expect(s).toMatchObject({ found: false, events: 1 });
    expect(s.errors[0]!.cls).toBe('compatible event without a place');
  });
  it('air strikes and shelling stand for each other', () => {
    const n = note({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' });
    expect(score(n, [ev('shelling', north(3))]).found).toBe(true);
  });
  it('a row whose sub-type has no display type is found only through an ACLED class', () => {
    const n = note({ event_type: 'Riots', sub_event_type: 'Mob violence' });
    const s = score(n, [ev('clash', north(1))]);
    expect(s).toMatchObject({ typed: false, found: false, matching: 0, events: 1 });
    expect(s.errors[0]!.cls).toBe('event of type clash (Armed clash) where the coder coded Mob violence');
    const t = score(n, [ev('riot', north(1), 0, {}, { eventType: 'Riots', subEventType: 'Mob violence' })]);
    expect(t).toMatchObject({ typed: false, found: true, matching: 1, subTypeExact: true });
  });
  it('a row with nothing read says so', () => {
    expect(score(note({ event_type: 'Riots', sub_event_type: 'Mob violence' }), []).errors[0]!.cls).toBe('no event on the row');
  });
});

describe('scoreNote: ACLED classes', () => {
  it('reads the class defensively: missing or malformed is unknown', () => {
    expect(acledOf(legacy(ev('clash', 1)))).toBeNull();
    expect(acledOf(ev('clash', 1, 0, {}, BATTLE))).toEqual(BATTLE);
    expect(acledOf({ ...ev('clash', 1), acled: { eventType: 'Battles' } } as unknown as ConflictEvent)).toBeNull();
  });
  it('an event of the row\'s ACLED event type is compatible whatever its display type; the sub-type is checked apart', () => {
    const n = note({ event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' });
    const s = score(n, [ev('explosion', north(2), 0, {}, IED)]);
    expect(s).toMatchObject({ typed: false, found: true, matching: 1, placedTypeOk: true, subTypeExact: true });
    const grenade: AcledClass = { eventType: 'Explosions/Remote violence', subEventType: 'Grenade' };
    const g = score(n, [ev('explosion', north(2), 0, {}, grenade)]);
    expect(g).toMatchObject({ found: true, subTypeExact: false });
    expect(g.errors[0]!.cls).toBe('sub-type Grenade where the coder coded Remote explosive/landmine/IED');
  });
  it('a legacy-compatible display type still counts when the ACLED class differs', () => {
    const s = score(note(), [ev('shelling', north(1), 0, {}, { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' })]);
    expect(s).toMatchObject({ found: false });
    const t = score(note({ event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' }), [ev('shelling', north(1), 0, {}, IED)]);
    expect(t).toMatchObject({ found: true, subTypeExact: false });
  });
  it('among matches the one of the coder\'s sub-type is taken, then the nearest', () => {
    const grenade: AcledClass = { eventType: 'Explosions/Remote violence', subEventType: 'Grenade' };
    const n = note({ event_type: 'Explosions/Remote violence', sub_event_type: 'Grenade' });
    const s = score(n, [ev('explosion', north(1), 0, {}, IED), ev('explosion', north(5), 0, {}, grenade)]);
    expect(s).toMatchObject({ found: true, matching: 2, subTypeExact: true });
  });
  it('without an ACLED class the sub-type is unknown, not wrong', () => {
    expect(score(note(), [legacy(ev('clash', north(1)))]).subTypeExact).toBeNull();
    expect(score(note(), [legacy(ev('clash', north(1)))]).found).toBe(true);
  });
  it('keeps what was read beside the coder\'s event: the match, else the nearest event', () => {
    const withActor = ev('clash', north(1), 0, { actors: [actor('Freedonian troops')] }, BATTLE);
    expect(score(note(), [withActor]).read).toEqual({ type: 'clash', eventType: 'Battles', subEventType: 'Armed clash', place: 'Varnholm', actors: ['Freedonian troops'] });
    expect(score(note(), [ev('talks', north(300)), ev('base', north(100))]).read).toMatchObject({ type: 'base', eventType: 'Strategic developments' });
    expect(score(note(), [legacy(ev('base', north(100)))]).read).toMatchObject({ type: 'base', eventType: null, subEventType: null });
    expect(score(note(), []).read).toBeNull();
  });
  it('violence: a violent ACLED event type or a violent display class', () => {
    expect(isViolent(ev('protest', 1, 0, {}, PROTEST))).toBe(false);
    expect(isViolent(ev('other', 1, 0, {}, ATTACK))).toBe(true);
    expect(isViolent(legacy(ev('attack', 1)))).toBe(true);
    expect(isViolent(ev('talks', 1))).toBe(false);
  });
});

describe('scoreNote: located, actor1, date, fatalities, peaceful protests', () => {
  it('located: some location mention within 25 km (161 km for the wide score); geo_precision 3 not scored', () => {
    expect(score(note(), [], [mention(north(100)), mention(north(20))])).toMatchObject({ located25: true, located161: true });
    expect(score(note(), [], [mention(north(100)), mention(north(1), false)])).toMatchObject({ located25: false, located161: true });
    expect(score(note({ geo_precision: 3 }), [], [mention(north(1))])).toMatchObject({ located25: null, located161: null });
  });
  it('checks actor1, the date and the fatalities on the matched event', () => {
    const fat = { count: 4, text: '4 killed', start: 0, end: 8, qualifier: null };
    const good = ev('clash', north(1), 0, { actors: [actor('Freedonian troops')], fatalities: fat });
    expect(score(note({ fatalities: 4 }), [good])).toMatchObject({ actor1: true, dateExact: true, fatalitiesExact: true, zeroFatalitiesKept: null });
    const bad = ev('clash', north(1), 0, { actors: [actor('Sylvanian troops')], date: { value: '2021-03-01', precision: 1, text: null } });
    const s = score(note({ fatalities: 4 }), [bad], [mention(north(1))]);
    expect(s).toMatchObject({ actor1: false, dateExact: false, fatalitiesExact: false });
    expect(s.errors.map((e) => e.cls)).toEqual(['actor1 missed (state)', 'event date not the note date', 'fatalities missed']);
    expect(score(note(), [ev('clash', north(1), 0, { fatalities: fat })]).zeroFatalitiesKept).toBe(false);
  });
  it('a peaceful protest yielding a violent (non-background) event is flagged', () => {
    const n = note({ event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Freedonia)' });
    expect(score(n, [ev('clash', north(1))]).peacefulViolent).toBe(true);
    expect(score(n, [ev('talks', north(1)), ev('shelling', north(1), 0, { background: true })]).peacefulViolent).toBe(false);
    expect(score(n, [ev('protest', north(1), 0, {}, PROTEST)]).peacefulViolent).toBe(false);
    expect(score(n, [ev('protest', north(1), 0, {}, ATTACK)]).peacefulViolent).toBe(true);
    expect(score(note(), [ev('clash', north(1))]).peacefulViolent).toBeNull();
  });
});

describe('summariseAcled', () => {
  it('pools precision over rows (typed rows, and all rows) and counts found rows both ways', () => {
    const a = score(note(), [ev('clash', north(1)), ev('clash', north(300))]);
    const b = score(note({}, 'Freedonian artillery hit the outskirts of Varnholm.', 'n-2'), [ev('base', north(1)), ev('talks', north(200))]);
    const c = score(note({ event_type: 'Protests', sub_event_type: 'Peaceful protest' }, 'Teachers marched in Varnholm.', 'n-3'), [ev('talks', north(1))]);
    const r = summariseAcled([a, b, c]);
    expect(r).toMatchObject({ notes: 3, typedRows: 2 });
    expect(r.precisionTyped).toEqual({ n: 1, of: 4, value: 0.25 });
    expect(r.precisionAll).toEqual({ n: 1, of: 5, value: 0.2 });
    expect(r.foundTyped.value).toBe(0.5);
    expect(r.foundAll.value).toBeCloseTo(1 / 3);
    expect(r.bySubType.find((x) => x.key === 'Armed clash')).toMatchObject({ rows: 2, found: 1, events: 4, matching: 1, precision: 0.25 });
    expect(r.byCountry).toEqual([expect.objectContaining({ key: 'Freedonia', rows: 3, typed: 2, found: 1 })]);
    expect(r.byEventType.map((x) => [x.key, x.rows])).toEqual([['Battles', 2], ['Protests', 1]]);
  });
  it('ranks error classes by count with up to two quoted examples', () => {
    const long = `Movement of forces: ${'the Blue Coast Liberation Front moved a column along the Varn river '.repeat(3)}`;
    const scores = ['n-1', 'n-2', 'n-3'].map((id) => score(note({}, long, id), [], [mention(north(1))]));
    const r = summariseAcled([...scores, score(note({}, 'x', 'n-4'), [ev('base', north(1))], [mention(north(1))])]);
    expect(r.errors[0]).toMatchObject({ cls: 'no event on the row', count: 3 });
    expect(r.errors[0]!.examples.map((x) => x.id)).toEqual(['n-1', 'n-2']);
    expect(r.errors[0]!.examples[0]!.quote).toHaveLength(120);
    expect(formatAcledReport('invented', r, 0.1)).toMatch(/no event on the row — 3/);
  });
  it('pools the sub-type over found rows whose event has an ACLED class', () => {
    const a = score(note(), [ev('clash', north(1), 0, {}, BATTLE)]);
    const b = score(note({}, 'x', 'n-2'), [ev('clash', north(1), 0, {}, { eventType: 'Battles', subEventType: 'Government regains territory' })]);
    const c = score(note({}, 'y', 'n-3'), [legacy(ev('clash', north(1)))]);
    const r = summariseAcled([a, b, c]);
    expect(r.subTypeExact).toEqual({ n: 1, of: 2, value: 0.5 });
    expect(r.bySubType[0]).toMatchObject({ key: 'Armed clash', found: 3, subTypeScored: 2, subTypeExact: 1 });
    expect(formatAcledReport('invented', r, 0.1)).toMatch(/sub-type exact \(found rows\)\s+0\.500/);
  });
});

describe('exampleErrors', () => {
  const long = `On 3 March 2021, ${'the Blue Coast Liberation Front moved a column along the Varn river and '.repeat(6)}stopped.`;
  const notes = [
    note({}, long, 'n-1'),
    note({}, 'On 3 March 2021, Freedonian troops clashed with the BCLF in Varnholm.', 'n-2'),
    note({ event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Freedonia)' }, 'Teachers marched in Varnholm.', 'n-3'),
    note({}, 'Freedonian troops clashed with the BCLF near Varnholm.', 'n-4'),
    note({}, 'A found row.', 'n-5'),
  ];
  const scores = [
    score(notes[0]!, [], [mention(north(1))]),
    score(notes[1]!, [ev('base', north(1), 0, { actors: [actor('Freedonian troops')] })], [mention(north(1))]),
    score(notes[2]!, [ev('clash', north(1), 0, {}, BATTLE)], [mention(north(1))]),
    score(notes[3]!, [], [mention(north(1))]),
    score(notes[4]!, [ev('clash', north(1), 0, { actors: [actor('Freedonian troops')] }, BATTLE)], [mention(north(1))]),
  ];
  it('shows one row per main error class, most frequent first, as quote → read → coded', () => {
    const x = exampleErrors(notes, scores, 2);
    expect(x.map((e) => e.id)).toEqual(['n-1', 'n-2']);
    expect(x[0]!.quote).toHaveLength(300);
    expect(x[0]!.quote.endsWith('…')).toBe(true);
    expect(x[0]).toMatchObject({ error: 'no event on the row', read: null, coded: { eventType: 'Battles', subEventType: 'Armed clash', location: 'Varnholm', actor1: 'Military Forces of Freedonia (2019-)' } });
    expect(x[1]!.read).toMatchObject({ type: 'base', place: 'Varnholm', actors: ['Freedonian troops'] });
  });
  it('takes further rows of a class when there are fewer classes than asked, and never a row without an error', () => {
    const x = exampleErrors(notes, scores, 10);
    expect(x.map((e) => e.id)).toEqual(['n-1', 'n-2', 'n-3', 'n-4']);
  });
});

describe('ACLED actor names', () => {
  it('parses state forces, kinds, abbreviations and alternatives', () => {
    expect(parseAcledActor('Military Forces of Freedonia (2019-) Border Guard')).toEqual([
      { names: ['military force of freedonia border guard', 'border guard'], country: 'freedonia', kind: 'state' },
    ]);
    expect(parseAcledActor('Protesters (Freedonia)')).toEqual([{ names: ['protester'], country: 'freedonia', kind: 'protesters' }]);
    expect(parseAcledActor('BCLF: Blue Coast Liberation Front')[0]!.names).toEqual(['bclf blue coast liberation front', 'bclf', 'blue coast liberation front']);
    expect(parseAcledActor('Varn Militia and/or Unidentified Armed Group (Freedonia)').map((a) => a.kind)).toEqual(['named', 'unidentified']);
    expect(parseAcledActor('')).toEqual([]);
  });
  it('demonym stems name the country, without confusing near neighbours', () => {
    expect(sameStem('freedonian', 'freedonia')).toBe(true);
    expect(sameStem('afghan', 'afghanistan')).toBe(true);
    expect(sameStem('iraqi', 'iran')).toBe(false);
  });
  it('matches state forces by country stem or a bare state word', () => {
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [actor('Freedonian troops')])).toBe(true);
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [actor('the army')])).toBe(true);
    expect(acledActorFound('Military Forces of Freedonia (2019-)', [actor('Sylvanian troops')])).toBe(false);
    expect(acledActorFound('Police Forces of the Varn Republic (2010-)', [actor('Varn Republic police')])).toBe(true);
  });
  it('matches kinds by head word or synonym, and named groups by name or most of their words', () => {
    expect(acledActorFound('Protesters (Freedonia)', [actor('demonstrators')])).toBe(true);
    expect(acledActorFound('Protesters (Freedonia)', [actor('rebels')])).toBe(false);
    expect(acledActorFound('Unidentified Armed Group (Freedonia)', [actor('gunmen')])).toBe(true);
    expect(acledActorFound('BCLF: Blue Coast Liberation Front', [actor('BCLF')])).toBe(true);
    expect(acledActorFound('Blue Coast Liberation Front', [actor('Liberation Front fighters')])).toBe(true);
    expect(acledActorFound('Blue Coast Liberation Front', [actor('the coast guard')])).toBe(false);
    expect(acledActorFound('Blue Coast Liberation Front', [])).toBe(false);
  });
  it('uses the curated registry, but not its aliases for the country rule', () => {
    expect(acledActorFound('Al Shabaab', [actor('the militants', 'al-shabaab')])).toBe(true);
    // data/actors.json lists "Yemen's Houthis" among the Houthis' aliases: that does not make them state forces
    expect(acledActorFound('Military Forces of Yemen (2012-)', [actor('the rebels', 'houthis')])).toBe(false);
  });
});
