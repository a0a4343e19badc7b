/**
 * Violence against civilians (civilians.ts, data/extract/civilians.json): an armed party killing, shooting,
 * beating or torturing unarmed people is an attack, in active, passive and nominal frames and for bodies found
 * with the marks of organised violence; with an armed opponent or a two-sided word it stays a clash; beside an
 * air strike the victims are the strike's. Crime is not conflict: no armed perpetrator (police raiding a place is an operation), a
 * robbery, a domestic killing, a lone gunman in a bar give no event.
 */
import { describe, expect, it } from 'vitest';
import { civiliansLexicon } from '@/lib/extract/civilians';
import { liveEvents, liveTypes } from '../../support/read';

const events = (text: string, published = '2022-03-20') => liveEvents(text, published);
const types = (text: string) => liveTypes(text, '2022-03-20');

describe('violence against civilians', () => {
  it('an armed party with a victim as the object of a violent verb is an attack', () => {
    expect(types('Unknown gunmen shot dead two cattle herders near Makurdi on Tuesday.')).toEqual(['attack']);
    expect(types('Suspected jihadists killed seven villagers near Djibo on Friday.')).toEqual(['attack']);
    expect(types('Militiamen beat and tortured a schoolteacher in Bunia on Monday.')).toEqual(['attack']);
    expect(types('Soldiers opened fire on civilians at a market in Bamenda on Sunday, killing three people.')).toEqual(['attack']);
  });
  it('passive and nominal frames name the perpetrator after "by" or before the attack', () => {
    expect(types('A village chief was shot dead by unidentified gunmen near Maiduguri on Wednesday.')).toEqual(['attack']);
    expect(types('A trader and his son were killed by suspected militants in Beni on Thursday.')).toEqual(['attack']);
    expect(types('Two armed men carried out a drive-by shooting against a farmer in Tumaco on Saturday.')).toEqual(['attack']);
  });
  it('a setting of organised violence names the perpetrator: a drive-by, an assassination', () => {
    expect(types('A bus driver was shot dead in a drive-by incident in Celaya on Tuesday.')).toEqual(['attack']);
    expect(types('Suspected militants assassinated a pastor near Fada on Sunday.')).toEqual(['attack']);
  });
  it('an armed group attacking a village is an attack', () => {
    expect(types('Armed bandits attacked the village of Dutsi near Katsina on Monday.')).toEqual(['attack']);
  });
  it('a body found with the marks of organised violence is an attack, the marks may follow in the next sentence', () => {
    expect(types('The body of a man was found with his hands tied in Culiacan on Friday.')).toEqual(['attack']);
    expect(types('A woman was found dead on a road outside Tijuana on Monday. The body showed signs of torture.')).toEqual(['attack']);
    expect(types('Two men were found handcuffed and shot in the head near Zacatecas on Friday.')).toEqual(['attack']);
  });
  it('a soldier or police officer off duty is a victim: the violence is an attack, not a clash', () => {
    expect(types('Militants shot and killed an off-duty soldier near Beledweyne on Tuesday.')).toEqual(['attack']);
    expect(types('Two off-duty policemen were shot and wounded by gunmen in Celaya on Tuesday.')).toEqual(['attack']);
    expect(types('Gunmen shot dead a police officer who was off duty near Kismayo on Tuesday.')).toEqual(['attack']);
    expect(types('Militants shot and killed a soldier (off-duty) near Beledweyne on Tuesday.')).toEqual(['attack']);
    // on duty, the same words are a clash
    expect(types('Militants shot and killed a soldier near Beledweyne on Tuesday.')).toEqual(['clash']);
  });

  it('the clash words of one-sided violence become the attack: one event, not a clash beside it', () => {
    const es = events('Gunmen attacked a farming settlement near Jos on Sunday and killed four farmers.');
    expect(es.map((e) => e.type)).toEqual(['attack']);
    expect(es[0]!.acled).toEqual({ eventType: 'Violence against civilians', subEventType: 'Attack' });
  });
  it('with an armed opponent or a two-sided word the violence stays a clash', () => {
    expect(types('Militants attacked an army checkpoint near Gao on Monday, killing a civilian.')).toEqual(['clash']);
    expect(types('Gunmen clashed with vigilantes near Zurmi on Monday, and two villagers were killed.')).toEqual(['clash']);
    expect(types('Troops killed five insurgents near Gwoza on Tuesday.')).toEqual(['clash']);
  });
  it('armed men among the victims, or a two-sided word anywhere in the sentence, make it a clash', () => {
    expect(types('Militants attacked the town hall in Beni on Monday, killed a farmer and wounded two gendarmes.')).toEqual(['clash']);
    expect(types('Gunmen attacked the village of Tongo near Mopti on Monday before being repelled by troops.')).toEqual(['clash']);
  });
  it('a place after a preposition is no armed victim: "killed a man at a checkpoint" stays an attack', () => {
    expect(types('Militiamen killed a shopkeeper at a checkpoint near Dhale on Monday.')).toEqual(['attack']);
  });
  it('a lethal frame is its own toll when the sentence gives none', () => {
    expect(events('Unknown gunmen shot dead two cattle herders near Makurdi on Tuesday.')[0]?.fatalities?.count).toBe(2);
    expect(events('A woman was found dead on a road outside Tijuana on Monday. The body showed signs of torture.')[0]?.fatalities?.count).toBe(1);
    expect(events('Gunmen shot a farmer near Makurdi on Tuesday.')[0]?.fatalities).toBeNull();
  });
  it('victims of an air strike or a shelling are that event\'s', () => {
    expect(types('An air strike killed two farmers near Saada on Monday.')).toEqual(['airstrike']);
  });
  it('sexual violence by an armed party is coded as such', () => {
    const [e] = events('Soldiers raped two women in a village near Uvira on Friday.');
    expect(e?.acled.subEventType).toBe('Sexual violence');
  });
});

describe('crime is not conflict (negatives)', () => {
  it('a shooting in a bar, a domestic killing, a robbery in a US city give no event', () => {
    expect(types('A man was shot in a bar in Dallas on Saturday night.')).toEqual([]);
    expect(types('A man shot his wife and two children at their home in Tulsa on Sunday, police said.')).toEqual([]);
    expect(types('Two armed men robbed a gas station in Memphis and shot the clerk on Friday.')).toEqual([]);
    expect(types('Police shot dead a man who robbed a bank in Houston on Friday.')).toEqual([]);
  });
  it('a body found without marks of violence, a warrant executed, are no attack', () => {
    expect(types('The body of a hiker was found near Boulder on Sunday.')).toEqual([]);
    expect(types('FBI agents executed a search warrant at a house in Walton County on Monday.')).toEqual([]);
  });
  it('a lone gunman is a crime story, not an armed party', () => {
    expect(types('A gunman killed three people at a restaurant in Omaha on Monday.')).toEqual([]);
  });
  it('words that only look like a frame: names, armed victims, a group of armed men', () => {
    expect(types('The pub in Leeds will hold a quiz for Shooting Stars Children on Sunday.')).toEqual([]);
    expect(types('Two armed men were killed by soldiers near Gao on Monday.')).not.toContain('attack');
  });
  it('the lists are data', () => {
    const lex = civiliansLexicon();
    expect(lex.perpetrators).not.toContain('police');
    expect(lex.victims).toContain('civilians');
  });
});
