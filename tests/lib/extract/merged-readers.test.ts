import { describe, expect, it } from 'vitest';
import { liveEvents } from '../../support/read';

const live = (text: string) => liveEvents(text, '2021-06-10');

describe('open-world actors meet the civilian-violence rules', () => {
  it('police read open-world are still no perpetrator on their own: a raid by police is no attack on civilians', () => {
    const es = live('On Monday, police raided a house in Kaduna. A shoot-out broke out and three suspects died.');
    expect(es.map((e) => e.type)).toEqual(['clash']);
  });
  it('an armed group read open-world is a perpetrator', () => {
    const es = live('On Monday, Zuran militants shot dead two farmers in Kaduna.');
    expect(es.map((e) => e.acled.subEventType)).toEqual(['Attack']);
  });
  it('state forces read open-world regain ground (their kind gives the inter code)', () => {
    const es = live('On Monday, the Mozambican army recaptured the town of Vell from insurgents.');
    expect(es.map((e) => e.acled.subEventType)).toEqual(['Government regains territory']);
  });
});

describe('the crowd of a protest or a riot (ACLED actor 1)', () => {
  const actorsOf = (text: string) => live(text).map((e) => [e.acled.eventType, e.actors.filter((x) => x.role === 'actor').map((x) => x.name ?? x.id)]);
  it('a protest that names no crowd is acted by the protesters of its country', () => {
    expect(actorsOf('On Friday, hundreds of nurses protested outside the ministry in Nairobi over unpaid wages.')).toEqual([['Protests', ['Protesters (Kenya)']]]);
  });
  it('a riot is acted by the rioters of its country', () => {
    const r = actorsOf('On Sunday, an angry mob burned tyres and stoned police vehicles in Lagos.');
    expect(r.map((x) => x[0])).toEqual(['Riots']);
    expect(r[0]![1]).toContain('Rioters (Nigeria)');
  });
  it('battles get no crowd', () => {
    expect(live('On Monday, Zuran militants clashed with soldiers near Kaduna.').every((e) => e.actors.every((x) => x.kind !== 'protesters' && x.kind !== 'rioters'))).toBe(true);
  });
});
