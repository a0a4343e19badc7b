import { describe, expect, it } from 'vitest';
import { acledType, geoPrecision, interactionCode, interactionLabel, interLabel } from '@/lib/export/acled-codes';
import { countryInfo } from '@/lib/export/countries';
import { EventType } from '@/lib/schemas';

const span = (text: string) => ({ start: 0, end: text.length, text });
const ev = (type: EventType, sentence = 'Fighting broke out.', trigger = 'Fighting') => ({ type, quote: span(sentence), trigger: span(trigger) });

describe('acledType: our type → ACLED event_type / sub_event_type / disorder_type', () => {
  it.each([
    ['airstrike', 'Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
    ['shelling', 'Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'],
    ['clash', 'Battles', 'Armed clash', 'Political violence'],
    ['base', 'Strategic developments', 'Headquarters or base established', 'Strategic developments'],
    ['truce', 'Strategic developments', 'Agreement', 'Strategic developments'],
    ['talks', 'Strategic developments', 'Agreement', 'Strategic developments'],
    ['deployment', 'Strategic developments', 'Change to group/activity', 'Strategic developments'],
  ] as const)('%s → %s / %s', (type, eventType, subEventType, disorderType) => {
    expect(acledType(ev(type), 1)).toEqual({ eventType, subEventType, disorderType });
  });
  it('displacement has no ACLED type', () => {
    expect(acledType(ev('displacement'), null)).toEqual({ eventType: null, subEventType: null, disorderType: null });
  });
  it('covers every event type of the schema', () => {
    for (const t of EventType.options) expect(() => acledType(ev(t), null)).not.toThrow();
  });
  it('a clash in which ground changes hands takes a territory sub-type decided by actor1 inter', () => {
    const e = ev('clash', 'Government troops recaptured the town after a week.', 'recaptured');
    expect(acledType(e, 1).subEventType).toBe('Government regains territory');
    expect(acledType(e, 2).subEventType).toBe('Non-state actor overtakes territory');
    expect(acledType(ev('clash', 'Rebels took  control of the hill.'), 2).subEventType).toBe('Non-state actor overtakes territory');
  });
  it('territory words only count as whole words and only for clashes', () => {
    expect(acledType(ev('clash', 'The recapturedness of it.'), 1).subEventType).toBe('Armed clash');
    expect(acledType(ev('airstrike', 'Jets struck after rebels seized the hill.', 'struck'), 2).subEventType).toBe('Air/drone strike');
  });
});

describe('inter codes and interaction', () => {
  it('labels inter codes with the current codebook names', () => {
    expect(interLabel(1)).toBe('State forces');
    expect(interLabel(7)).toBe('Civilians');
    expect(interLabel(8)).toBe('External/Other forces');
    expect(interLabel(null)).toBe('');
  });
  it('numeric interaction puts the lowest code first; a lone actor gives N0', () => {
    expect(interactionCode(1, 7)).toBe(17);
    expect(interactionCode(7, 2)).toBe(27);
    expect(interactionCode(8, 8)).toBe(88);
    expect(interactionCode(2, null)).toBe(20);
    expect(interactionCode(null, 3)).toBe(30);
    expect(interactionCode(null, null)).toBeNull();
  });
  it('text interaction follows the same order', () => {
    expect(interactionLabel(7, 2)).toBe('Rebel group – Civilians');
    expect(interactionLabel(1, 1)).toBe('State forces – State forces');
    expect(interactionLabel(2, null)).toBe('Rebel group only');
    expect(interactionLabel(null, null)).toBe('');
  });
});

describe('geoPrecision', () => {
  it('maps exact → 1, near → 2, region and country → 3, none → null', () => {
    expect(geoPrecision('exact')).toBe(1);
    expect(geoPrecision('near')).toBe(2);
    expect(geoPrecision('region')).toBe(3);
    expect(geoPrecision('country')).toBe(3);
    expect(geoPrecision(null)).toBeNull();
  });
});

describe('countryInfo', () => {
  it('gives ISO numeric, alpha-3, name and ACLED region', () => {
    expect(countryInfo('SY')).toEqual({ numeric: 760, alpha3: 'SYR', name: 'Syria', region: 'Middle East' });
    expect(countryInfo('ua')?.numeric).toBe(804);
    expect(countryInfo('GE')?.region).toBe('Caucasus and Central Asia');
  });
  it('returns null for unknown or missing codes', () => {
    expect(countryInfo('ZZ')).toBeNull();
    expect(countryInfo(null)).toBeNull();
  });
});
