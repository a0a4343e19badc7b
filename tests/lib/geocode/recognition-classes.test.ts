/**
 * Recognition error classes found on local and world news (issue 12), each pinned on sentences written here:
 * an administrative unit inside its own body's name, a place name before a currency word, a dateline without
 * a dash, and a hyphenated unit name whose parts are other places.
 */
import { describe, expect, it } from 'vitest';
import { CLASSIFY } from '@/lib/geocode/data';
import type { Mention } from '@/lib/schemas';
import { read } from './real-gazetteer';

const at = (ms: Mention[], name: string): Mention | undefined => ms.find((m) => m.text === name || m.text.startsWith(`${name} `));
const isPlace = (text: string, name: string): boolean => at(read(text), name)?.isLocation === true;

describe('an administrative unit inside the name of its own body stays a place', () => {
  it('runs right before the organisation rule', () => {
    const names = CLASSIFY.rules.map((r) => r.rule);
    expect(names.indexOf('jurisdiction')).toBe(names.indexOf('organisation') - 1);
  });

  it.each([
    ['Deputies from the Jefferson County Sheriff\'s Office searched the barn on Tuesday.', 'Jefferson County'],
    ['A spokesman for the Harris County Health Department confirmed two new cases.', 'Harris County'],
    ['The Orleans Parish School Board voted to close three buildings.', 'Orleans Parish'],
    ['She was booked into the Marion County Jail on Friday night.', 'Marion County'],
    ['Lawyers filed the motion in Cook County Circuit Court last week.', 'Cook County'],
    ['The Monroe County Fire Department sent two engines to the scene.', 'Monroe County'],
  ])('%s → "%s" is a place', (text, name) => {
    const m = at(read(text), name);
    expect(m?.isLocation).toBe(true);
    expect(m?.why.join(' ')).toMatch(/whose own body this is/);
  });

  it.each([
    ['Students at Baghdad University protested on Monday.', 'Baghdad'],
    ['The Denver Broncos signed a new quarterback.', 'Denver'],
    ['Officers of the Oakland Police Department made two arrests.', 'Oakland'],
    ['The Bank of England kept rates unchanged.', 'England'],
  ])('%s → "%s" stays part of an organisation name', (text, name) => {
    expect(isPlace(text, name)).toBe(false);
  });
});

describe('a place name right before a currency word is a currency', () => {
  it.each([
    ['Traders sold the US dollar after the report.', 'US'],
    ['The Hong Kong dollar held its peg on Monday.', 'Hong Kong'],
    ['Prices were quoted in Singapore dollars.', 'Singapore'],
    ['The Zimbabwe dollar lost half its value in a week.', 'Zimbabwe'],
    ['Farmers were paid in Taiwan dollars.', 'Taiwan'],
  ])('%s → "%s" is no location', (text, name) => {
    expect(isPlace(text, name)).toBe(false);
  });

  it.each([
    ['Aid worth millions of dollars reached Kenya on Friday.', 'Kenya'],
    ['In Singapore, dollar deposits rose sharply.', 'Singapore'],
    ['Protesters marched through Chennai in the rain.', 'Chennai'],
    ['Jordan rials, dinars and more were traded in Amman.', 'Amman'],
  ])('%s → "%s" stays a place', (text, name) => {
    expect(read(text).some((m) => m.text.includes(name) && m.isLocation)).toBe(true);
  });
});

describe('a dateline: an all-capitals town, a state, then the story (no dash)', () => {
  it.each([
    ['Winds topple trucks. SALINA, Kan. Strong gusts overturned nine trucks on the highway.', 'SALINA'],
    ['Boaters avoid tax. HAMMOND, Ind. (AP)  The state agency said fees would rise.', 'HAMMOND'],
    ['COVINGTON, Ky. (AP)  A man held in the county jail died on Sunday.', 'COVINGTON'],
    ['Townships weigh fees. DAYTON, Ohio (AP)  Some rural townships are raising fees.', 'DAYTON'],
    ['Council meets. TOPEKA, Kan. Lawmakers returned to the statehouse on Monday.', 'TOPEKA'],
  ])('%s → "%s" is a place', (text, name) => {
    expect(isPlace(text, name)).toBe(true);
  });

  it.each([
    ['Tickets for SALINA, Kan. Weekend sold out fast.', 'SALINA'],
    ['HAMMOND, Ind. is where the boat show opens.', 'HAMMOND'],
    ['The COVINGTON, Ky. office and the jail were closed.', 'COVINGTON'],
  ])('%s → "%s" is no dateline place (mid-sentence, or the sentence goes on)', (text, name) => {
    expect(isPlace(text, name)).toBe(false);
  });
});

describe('a hyphenated unit name: its parts are not places', () => {
  it.each([
    ['Fighters raided villages in the Mayo-Sava division overnight.', ['Mayo', 'Sava']],
    ['Troops were sent to the Logone-et-Chari department.', ['Logone', 'Chari']],
    ['Floods hit the Hauts-Bassins region of Burkina Faso.', ['Bassins']],
    ['Aid reached the Kasai-Oriental province by road.', ['Kasai', 'Oriental']],
    ['Voters in the Alba-Iulia region went to the polls.', ['Alba', 'Iulia']],
  ])('%s → %j', (text, parts) => {
    const ms = read(text);
    for (const p of parts) expect(ms.some((m) => m.text === p && m.isLocation)).toBe(false);
  });

  it.each([
    ['Flights between Dallas-Houston resumed on Monday.', 'Houston'],
    ['The Paris-Berlin train was delayed.', 'Berlin'],
    ['Rockets fell near the Israel-Gaza border.', 'Israel'],
    ['Gunmen attacked a checkpoint in Mogadishu-Hodan district on Friday.', 'Mogadishu'],
  ])('%s → "%s" stays a place', (text, name) => {
    expect(read(text).some((m) => m.text.includes(name) && m.isLocation)).toBe(true);
  });
});

describe('a car make spelled like a place names a car unless a locative word marks the place', () => {
  it.each([
    ['A 2004 Toyota driven by a teenager crossed the center line.', 'Toyota'],
    ['The pickup struck a parked Cadillac on Main Street.', 'Cadillac'],
    ['Police stopped a red Dodge Durango with three men inside.', 'Durango'],
    ['The Bronco rolled over twice before it stopped.', 'Bronco'],
    ['He bought a used Honda last spring.', 'Honda'],
  ])('%s → "%s" is no location', (text, name) => {
    expect(isPlace(text, name)).toBe(false);
  });

  it.each([
    ['Workers at the plant in Toyota went on strike.', 'Toyota'],
    ['Gunmen killed four people in Durango on Sunday.', 'Durango'],
    ['Durango, Mexico, reported heavy rain.', 'Durango'],
  ])('%s → "%s" stays a place', (text, name) => {
    expect(isPlace(text, name)).toBe(true);
  });
});

describe('an Arabic article joined by a hyphen is no second place of a hyphenated unit', () => {
  it.each([
    ['Airstrikes hit the Al-Bayda governorate on Tuesday.', 'Bayda'],
    ['Clashes were reported in the Al-Jawf governorate.', 'Jawf'],
    ['Shelling hit villages of the Ad-Dali district.', 'Dali'],
  ])('%s → a place containing "%s" is found', (text, name) => {
    expect(read(text).some((m) => m.text.includes(name) && m.isLocation)).toBe(true);
  });
});

describe('a hyphenated company name is no place, whatever its parts are spelled like', () => {
  it.each([
    ['She has worked at the Wal-Mart on the bypass since May.', 'Wal'],
    ['Drivers for Coca-Cola went on strike.', 'Coca'],
    ['He rode to work in a Mercedes-Benz van.', 'Mercedes'],
    ['The shop sold parts to Harley-Davidson dealers.', 'Harley'],
    ['Workers at Kimberly-Clark were laid off.', 'Kimberly'],
  ])('%s → "%s" is no location', (text, name) => {
    expect(isPlace(text, name)).toBe(false);
  });

  it.each([
    ['Flights between Dallas-Fort Worth and Denver resumed.', 'Dallas'],
    ['Students from Logan-Rogersville won the match.', 'Logan'],
    ['The road from Kimberly to Twin Falls was closed.', 'Kimberly'],
  ])('%s → "%s" stays a place', (text, name) => {
    expect(isPlace(text, name)).toBe(true);
  });
});
