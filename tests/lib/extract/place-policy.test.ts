import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { run } from './mentions';

describe('place policy (data/extract/place.json, events.json)', () => {
  it('the seat of a speaker ("officials in Aleppo said") is not where the shelling was', () => {
    const [e] = extractEvents(run('Officials in Aleppo said government artillery shelled the outskirts of Idlib province on Monday.', '2016-05-05'));
    expect(e).toMatchObject({ type: 'shelling', place: { name: 'Idlib' } });
  });

  it('"talks in Geneva" makes Geneva the venue of a later "the talks" without a place', () => {
    const events = extractEvents(run('Russia and Turkey held peace talks in Geneva on May 1. The talks resumed on May 3 after a pause.', '2016-05-05'));
    expect(events.map((e) => e.place?.name)).toEqual(['Geneva', 'Geneva']);
    expect(events[1]!.why).toContain('no venue in the clause: last talks venue "Geneva"');
  });

  it('nationwide words place an event at the country, not at the town of the sentence before', () => {
    const events = extractEvents(run('Government artillery shelled Aleppo in Syria on Monday. Thousands of families fled across the country on Tuesday.', '2016-05-05'));
    expect(events[1]).toMatchObject({ type: 'displacement', place: { name: 'Syria', precision: 'country' } });
  });

  it('a place carries to the next sentences (carry.placeSentences) but not beyond', () => {
    const near = extractEvents(run('Government artillery shelled Aleppo on Monday. Thousands of families fled on Tuesday.', '2016-05-05'));
    expect(near[1]).toMatchObject({ type: 'displacement', place: { name: 'Aleppo' } });
    const filler = ' The weather was cold. Markets stayed shut. Schools were closed. Roads were empty.';
    const far = extractEvents(run(`Government artillery shelled Aleppo on Monday.${filler} Thousands of families fled on Tuesday.`, '2016-05-05'));
    const fled = far.find((e) => e.type === 'displacement');
    expect(fled?.why).not.toContain('no place in the sentence: place "Aleppo" from a previous sentence');
  });

  it('a lone toll goes back to the previous violent event, unless it is a running total (orphanFatalities.maxCount)', () => {
    const [small] = extractEvents(run('Government jets bombed Aleppo on Sunday. Seven people were killed.', '2016-05-05'));
    expect(small!.fatalities).toMatchObject({ count: 7 });
    const [large] = extractEvents(run('Government jets bombed Aleppo on Sunday. More than 1,200 people were killed.', '2016-05-05'));
    expect(large!.fatalities).toBeNull();
  });
});
