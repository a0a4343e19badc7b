import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findDateCues, resolveCue } from '@/lib/extract/dates';
import { findFatalities } from '@/lib/extract/fatalities';
import { extractEvents } from '@/lib/extract';
import { run } from './mentions';

const EVENTS_JSON = path.join(__dirname, '../../../data/extract/events.json');

function date(phrase: string, published: string) {
  const [cue] = findDateCues(phrase);
  expect(cue, `no date cue in "${phrase}"`).toBeDefined();
  return resolveCue(cue!, published);
}

describe('rules moved to data/extract, exercised by sentences', () => {
  it('dates.json monthEnd/monthStart: "at the end of March" is its last day, "early in March" its first', () => {
    expect(date('at the end of March', '2016-05-05')).toMatchObject({ value: '2016-03-31', precision: 3 });
    expect(date('early in March', '2016-05-05')).toMatchObject({ value: '2016-03-01', precision: 3 });
    expect(date('in March', '2016-05-05')).toMatchObject({ value: '2016-03-15', precision: 3 });
  });

  it('dates.json weekdayParts: "on Sunday evening" is one cue', () => {
    expect(findDateCues('Shells fell on Sunday evening near the bridge.').map((c) => c.text)).toEqual(['on Sunday evening']);
  });

  it('numbers.json tollLinks and passiveAuxiliaries: "the death toll rose to 14", "nine guards are reported killed"', () => {
    expect(findFatalities('By evening the death toll rose to 14, medics said.').map((f) => f.count)).toEqual([14]);
    expect(findFatalities('Nine guards were reported killed at the checkpoint.').map((f) => f.count)).toEqual([9]);
  });

  it('numbers.json yearNotToll: "since 2012 killed" is a date, not a toll of 2,012', () => {
    expect(findFatalities('The insurgency, active since 2012 killed 40 villagers this spring.').map((f) => f.count)).toEqual([40]);
  });

  it('background.json inMillions: a displacement counted in millions is a war total', () => {
    const events = extractEvents(run('Government artillery shelled Aleppo in Syria on Monday. More than 4 million Syrians have fled the country.', '2016-05-05'));
    expect(events[1]).toMatchObject({ type: 'displacement', background: true });
    expect(events[1]!.why).toContain('background: displacement counted in millions: a cumulative figure');
  });
});

describe('roles.json rows, exercised by sentences', () => {
  const parties = (text: string) => {
    const [e] = extractEvents(run(text, '2016-05-05'));
    expect(e, `no event in: ${text}`).toBeDefined();
    return e!.actors.map((x) => `${x.id}:${x.role}`).sort();
  };

  it('reducedPassiveVerbs: "rebels pounded by government artillery" are the target, not the agent', () => {
    expect(parties('Rebels pounded by government artillery withdrew from Midan on Monday.')).toEqual(['syrian-government:actor', 'syrian-rebels:target']);
  });

  it('closingSpeech: a monitor named only to close the sentence speaks', () => {
    expect(parties('Government artillery shelled Midan on Monday, killing 12 rebels, the Syrian Observatory for Human Rights said.'))
      .toEqual(['sohr:speaker', 'syrian-government:actor', 'syrian-rebels:target']);
  });

  it('possessives and forceNouns: "the army said its artillery shelled" makes the speaker the agent', () => {
    expect(parties('The army said its artillery shelled rebel positions in Midan on Monday.')).toEqual(['syrian-government:actor', 'syrian-rebels:target']);
  });
});

describe('a rule is its data row', () => {
  afterEach(() => {
    vi.doUnmock(EVENTS_JSON);
    vi.resetModules();
  });

  it('lowering events.json orphanFatalities.maxCount stops a lone toll of seven from joining the strike', async () => {
    const real = (await import('@/data/extract/events.json')).default;
    vi.resetModules();
    vi.doMock(EVENTS_JSON, () => ({ default: { ...real, orphanFatalities: { ...real.orphanFatalities, maxCount: 5 } } }));
    const { extractEvents: extract } = await import('@/lib/extract');
    const { run: fixture } = await import('./mentions');
    const [e] = extract(fixture('Government jets bombed Aleppo on Sunday. Seven people were killed.', '2016-05-05'));
    expect(e!.fatalities).toBeNull();
  });
});
