import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { finalConfidence, mergedConfidence, placeTerm, sharedAgentsConfidence } from '@/lib/extract/confidence';
import { getLexicon } from '@/lib/extract/lexicon';
import { run } from './mentions';

const round2 = (c: number) => Math.round(c * 100) / 100;
const terms = () => getLexicon().confidence;
/** The weight data/extract/triggers.json gives a trigger phrase. */
function weight(phrase: string): number {
  const [m] = getLexicon().triggerMatcher.matchAll(phrase);
  expect(m, `no trigger in "${phrase}"`).toBeDefined();
  return m!.value.weight;
}

describe('confidence: the terms of data/extract/confidence.json', () => {
  it('an event with its own place, date and acting party sums its terms', () => {
    const [e] = extractEvents(run('Government artillery shelled Midan on Monday.', '2016-05-05'));
    const t = terms();
    expect(e).toMatchObject({ type: 'shelling', place: { name: 'Midan', precision: 'exact' } });
    expect(e!.actors.map((a) => `${a.id}:${a.role}`)).toEqual(['syrian-government:actor']);
    expect(e!.confidence).toBe(round2(t.trigger.weightFactor * weight('shelled') + t.place.own.exact + t.date.resolved + t.actors.acting));
  });

  it('a place from the last venue of the same type, a nationwide country and a previous sentence each have their term', () => {
    const t = terms();
    const talks = extractEvents(run('Russia and Turkey held peace talks in Geneva on May 1. The talks resumed on May 3 after a pause.', '2016-05-05'));
    expect(talks[1]!.why).toContain('no venue in the clause: last talks venue "Geneva"');
    expect(talks[1]!.confidence).toBe(round2(t.trigger.weightFactor * weight('talks') + t.place.venue + t.date.resolved));

    const nationwide = extractEvents(run('Government artillery shelled Aleppo in Syria on Monday. Thousands of families fled across the country on Tuesday.', '2016-05-05'));
    expect(nationwide[1]).toMatchObject({ type: 'displacement', place: { name: 'Syria' } });
    expect(nationwide[1]!.confidence).toBe(round2(t.trigger.weightFactor * weight('fled') + t.place.countryWide + t.date.resolved));

    const previous = extractEvents(run('Government artillery shelled Aleppo on Monday. Thousands of families fled on Tuesday.', '2016-05-05'));
    expect(previous[1]).toMatchObject({ type: 'displacement', place: { name: 'Aleppo' } });
    expect(previous[1]!.confidence).toBe(round2(t.trigger.weightFactor * weight('fled') + t.place.previousSentence + t.date.resolved));
  });

  it('a background event is scaled by backgroundFactor', () => {
    const t = terms();
    const events = extractEvents(run('Government artillery shelled Aleppo in Syria on Monday. More than 4 million Syrians have fled the country.', '2016-05-05'));
    expect(events[1]).toMatchObject({ type: 'displacement', background: true });
    expect(events[1]!.confidence).toBe(round2((t.trigger.weightFactor * weight('fled') + t.place.countryWide + t.date.carried) * t.backgroundFactor));
  });

  it('clamps, rounds, shares agents and merges by the table', () => {
    const t = terms();
    expect(finalConfidence(1.3, false)).toBe(1);
    expect(finalConfidence(-0.2, false)).toBe(0);
    expect(finalConfidence(0.9, true)).toBe(round2(0.9 * t.backgroundFactor));
    expect(sharedAgentsConfidence(0.5)).toBe(round2(0.5 + t.actors.sharedInSentence));
    expect(mergedConfidence(0.5, 0.6)).toBe(Math.min(1, 0.6 + t.merged));
    expect(mergedConfidence(0.99, 0.2)).toBe(1);
    expect(placeTerm('own', 'region')).toBe(t.place.own.region);
    expect(placeTerm('none', null)).toBe(0);
  });
});
