import { describe, expect, it } from 'vitest';
import { acledType, geoPrecision, interactionCode, interactionLabel, interLabel } from '@/lib/export/acled-codes';
import { countryInfo } from '@/lib/export/countries';
import { AcledSubEventType, acledClassOf } from '@/lib/schemas';

describe('acledType: the event\'s ACLED coding → event_type / sub_event_type / disorder_type', () => {
  it.each([
    ['Air/drone strike', 'Explosions/Remote violence', 'Political violence'],
    ['Armed clash', 'Battles', 'Political violence'],
    ['Peaceful protest', 'Protests', 'Demonstrations'],
    ['Excessive force against protesters', 'Protests', 'Political violence; Demonstrations'],
    ['Mob violence', 'Riots', 'Political violence'],
    ['Violent demonstration', 'Riots', 'Demonstrations'],
    ['Arrests', 'Strategic developments', 'Strategic developments'],
  ] as const)('%s → %s (%s)', (subEventType, eventType, disorderType) => {
    expect(acledType({ acled: acledClassOf(subEventType) })).toEqual({ eventType, subEventType, disorderType });
  });
  it('every sub-type of the codebook has a disorder type', () => {
    for (const sub of AcledSubEventType.options) expect(acledType({ acled: acledClassOf(sub) }).disorderType).toBeTruthy();
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
