/** splitGlued: tags glued to the first sentence, and words that must never be split. */
import { describe, expect, it } from 'vitest';
import { splitGlued } from '@/lib/corpus';

describe('splitGlued', () => {
  it.each([
    ['Region CeasefireFighting between the two sides was reported overnight.', 'Ceasefire Holds In Region', 'Region Ceasefire', 'Fighting between'],
    ['RegionRegion officials asked the council to act against the incursion.', 'Officials Ask Council To Act', 'Region', 'Region officials'],
    ['united statesU.S. Secretary of State arrived in the capital on Monday.', 'Envoy Arrives', 'united states', 'U.S. Secretary'],
    ['countryA government source said the city would soon be encircled.', 'Army Expects Encirclement', 'country', 'A government source'],
    ['Region-warMajor powers agreed on Friday to a cessation of hostilities.', 'Powers Agree Truce In Region', 'Region-war', 'Major powers'],
    ['Militant groupMilitants claimed responsibility on Tuesday for the bombing.', 'Militants Claim Bombing', 'Militant group', 'Militants claimed'],
    ['DesertIt seems the rebels will keep fighting despite the new deal.', 'Rebels Vow To Fight On', 'Desert', 'It seems'],
  ])('splits %s', (paragraph, title, tag, start) => {
    const split = splitGlued(paragraph, title);
    expect(split).not.toBeNull();
    expect(split!.tag).toBe(tag);
    expect(split!.rest.startsWith(start)).toBe(true);
    expect(split!.tag + split!.rest).toBe(paragraph);
  });

  it.each([
    ["McDonald's closed all of its branches in the capital on Monday.", 'McDonald’s Closes Branches'],
    ['MacArthur Park was closed to the public after the protest on Monday.', 'Park Closed'],
    ['YouTube removed dozens of videos showing the fighting on Tuesday.', 'YouTube Removes Videos'],
    ['iPhone sales fell sharply in the first months of the war.', 'Phone Sales Slump'],
    ['PlayStation sales fell sharply in the first months of the war.', 'Play Store Sales Fall'],
    ['DeSantis said on Monday that the state would send help.', 'Governor Sends Help'],
    ["al-Assad's forces advanced on the town on Wednesday.", 'Forces Advance'],
    ['U.S. officials said more advisers would be sent.', 'Advisers Sent'],
    ['SpaceX launched another batch of satellites on Friday.', 'Satellites Launched'],
    ['Fighting continued in the north on Monday, residents said.', 'Fighting Continues'],
    ['Rebels said on Monday that they had seized the town.', 'Rebels Seize Town'],
  ])('leaves %s whole', (paragraph, title) => {
    expect(splitGlued(paragraph, title)).toBeNull();
  });

  it('needs evidence: an unknown CamelCase word with no link to the title is not split', () => {
    expect(splitGlued('BlueSky users reported outages across the region on Monday.', 'Outages Reported')).toBeNull();
  });

  it('needs the remainder to read like a sentence', () => {
    expect(splitGlued('Region CeasefireFighting', 'Ceasefire In Region')).toBeNull();
    expect(splitGlued('Region CeasefireFIGHTING ALL OVER THE COUNTRY', 'Ceasefire In Region')).toBeNull();
  });
});
