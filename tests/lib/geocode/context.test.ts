import { describe, expect, it } from 'vitest';
import { find, locations, run } from './helpers';

describe('context that makes a weak name a place', () => {
  it('uses an apposition with a demonym: "Tripoli, the Libyan capital"', () => {
    expect(find(run('Fighting erupted in Tripoli, the Libyan capital.'), 'Tripoli').place?.country).toBe('LY');
  });

  it('uses a possessive parent: "Tripoli, Lebanon’s second city"', () => {
    expect(find(run('Protests spread to Tripoli, Lebanon’s second city.'), 'Tripoli').place?.country).toBe('LB');
  });

  it('accepts an alias-only name after a sentence-initial preposition ("In Raqqa, …")', () => {
    expect(find(run('In Raqqa, mines still kill civilians.'), 'Raqqa').place?.id).toBe('gn:172955');
  });

  it('accepts a small place coordinated with a place ("Sanaa and Hodeidah")', () => {
    expect(locations(run('Jets struck Sanaa and Hodeidah overnight.')).map((m) => m.text)).toEqual(['Sanaa', 'Hodeidah']);
  });

  it('drops the same small place when nothing marks it', () => {
    expect(locations(run('Hodeidah said nothing.'))).toEqual([]);
  });

  it('reads names listed before "counties" as counties', () => {
    const ms = locations(run('The jobless rate in Clarke and Oconee counties fell.'));
    expect(ms.map((m) => m.place?.id)).toEqual(['us-county:13059', 'us-county:13219']);
  });

  it('reads an all-capitals dateline as a place ("ROSWELL -")', () => {
    expect(find(run('ROSWELL - A man was struck by a car on Friday.'), 'ROSWELL').place?.id).toBe('gn:4219762');
  });
});
