import { describe, expect, it } from 'vitest';
import { ConflictEvent } from '@/lib/schemas';
import { extractEvents } from '@/lib/extract';
import { run } from './mentions';

describe('extractEvents', () => {
  it('every event satisfies the ConflictEvent schema, with spans into the text', () => {
    const text = 'Russian jets bombed rebel positions in Aleppo on Friday, killing five people. A truce took hold in Damascus on Saturday.';
    const events = extractEvents(run(text, '2016-04-30', 'art'));
    expect(events.length).toBe(2);
    for (const e of events) {
      expect(ConflictEvent.safeParse(e).success).toBe(true);
      expect(text.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      for (const a of e.actors) expect(text.slice(a.start, a.end)).toBe(a.text);
    }
    expect(events.map((e) => e.id)).toEqual(['art-e0', 'art-e1']);
  });
  it('does not mutate its input', () => {
    const input = run('Turkish artillery shelled Kurdish forces in northern Syria on Sunday.', '2016-02-15');
    const copy = structuredClone(input);
    extractEvents(input);
    expect(input).toEqual(copy);
  });
  it('statements about the past are background', () => {
    const [e] = extractEvents(run('Russia began air strikes in Syria in September.', '2016-03-13'));
    expect(e).toMatchObject({ type: 'airstrike', background: true });
    expect(e!.why.join(' ')).toMatch(/background/);
  });
  it('cumulative totals are background, recent news is not', () => {
    const events = extractEvents(run('More than 250,000 Syrians had been killed in five years of fighting in Syria. Rebels shelled Aleppo on Friday.', '2016-02-13'));
    expect(events.map((e) => [e.type, e.background])).toEqual([['clash', true], ['shelling', false]]);
  });
  it('the same event told twice is merged: best quote, union of actors, lowest toll, both spans in why', () => {
    const text = 'At least 17 fighters were killed in US strikes in Syria overnight. ' +
      'The Pentagon said it had carried out air strikes on Thursday on Iran-backed militias in Syria, killing at least 22 fighters.';
    const events = extractEvents(run(text, '2021-02-26'));
    expect(events).toHaveLength(1);
    const [e] = events;
    expect(e!.fatalities?.count).toBe(17);
    expect(e!.actors.filter((a) => a.role === 'actor').map((a) => a.id)).toEqual(['united-states']);
    expect(e!.actors.some((a) => a.id === 'iran-backed-militias' && a.role === 'target')).toBe(true);
    expect(e!.why.some((w) => w.startsWith('merged with the same airstrike'))).toBe(true);
  });
  it('different places are not merged', () => {
    const events = extractEvents(run('Rebels shelled Aleppo on Friday. Rebels shelled Damascus on Friday.', '2016-04-30'));
    expect(events.map((e) => e.place?.name)).toEqual(['Aleppo', 'Damascus']);
  });
  it('prefers the most specific place: a neighbourhood over its city over the country', () => {
    const [e] = extractEvents(run('In Syria, rebel shelling hit the Midan neighbourhood of Aleppo on Friday.', '2016-04-30'));
    expect(e!.place).toMatchObject({ name: 'Midan', precision: 'exact', kind: 'neighbourhood' });
  });
  it('a region keeps region precision and its directional point: never faked to a town', () => {
    const [e] = extractEvents(run('Turkish jets carried out air strikes in northern Syria on Sunday.', '2016-02-15'));
    expect(e!.place).toMatchObject({ precision: 'region', lat: 36.5, lon: 38, radiusKm: 120 });
  });
  it('a sentence without a place takes the previous event\'s place, with the reason', () => {
    const events = extractEvents(run('Rebels shelled Aleppo on Friday. Government forces clashed with the rebels on Friday.', '2016-04-30'));
    expect(events[1]!.place?.name).toBe('Aleppo');
    expect(events[1]!.why.join(' ')).toMatch(/previous sentence/);
  });
  it('an event located only by a country stays at country precision', () => {
    const [e] = extractEvents(run('Fighting between government and rebel forces has been reported in parts of Syria on Friday.', '2016-12-30'));
    expect(e!.place).toMatchObject({ name: 'Syria', precision: 'country' });
  });
  it('confidence is in [0, 1] and higher with an actor, a place and a date', () => {
    const [strong] = extractEvents(run('Russian jets bombed rebel positions in Aleppo on Friday.', '2016-04-30'));
    const [weak] = extractEvents(run('Air strikes were reported.', '2016-04-30'));
    expect(strong!.confidence).toBeGreaterThan(weak?.confidence ?? 0);
    expect(strong!.confidence).toBeLessThanOrEqual(1);
  });
  it('a malformed publication date is treated as unknown, never a crash', () => {
    const [e] = extractEvents({ ...run('Rebels shelled Aleppo on Friday.'), published: '2016-13-45' });
    expect(e!.date).toEqual({ value: null, precision: null, text: 'on Friday' });
  });
  it('empty text gives no events', () => {
    expect(extractEvents({ articleId: 'x', text: '', published: null, mentions: [] })).toEqual([]);
  });
});
