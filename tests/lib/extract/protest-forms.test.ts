/**
 * Forms of protest the trigger table names (data/extract/triggers.json, protest): a motorcade with a demand, a
 * procession taken out, pots banged against a government. A human chain alone is weak: formed by police it is crowd
 * control, not a protest.
 */
import { describe, expect, it } from 'vitest';
import { liveEvents, liveTypes } from '../../support/read';

const types = (text: string) => liveTypes(text, '2022-03-20');

describe('protest forms', () => {
  it('a motorcade held to demand something is a peaceful protest; a presidential motorcade is not', () => {
    const e = liveEvents('On Saturday, in Curitiba, Parana, bakery owners did a motorcade to demand lower taxes.', '2022-03-20');
    expect(e.map((x) => x.acled?.subEventType)).toEqual(['Peaceful protest']);
    expect(types('The presidential motorcade drove through Curitiba on Saturday.')).toEqual([]);
  });

  it('"took out a procession" and pots banged against a leader are protests', () => {
    expect(types('On Friday, opposition activists took out a procession in Sylhet city.')).toEqual(['protest']);
    expect(types('On Friday night, residents of Recife banged pots against the governor.')).toEqual(['protest']);
  });

  it('a human chain formed by police is no protest', () => {
    expect(types('Police formed a human chain around the parliament in Accra on Friday.')).toEqual([]);
  });
});
