import { describe, expect, it } from 'vitest';
import { extractEvents } from '@/lib/extract';
import { run } from './mentions';

const types = (text: string, published = '2016-05-05') => extractEvents(run(text, published)).filter((e) => !e.background).map((e) => e.type);

describe('event types', () => {
  it('air strikes', () => {
    expect(types('Syrian government warplanes carried out air strikes on rebel-held districts of Aleppo on Saturday.')).toEqual(['airstrike']);
  });
  it('shelling by artillery, rockets and mortars', () => {
    expect(types('Rebels fired mortars at government-held parts of Aleppo on Friday.')).toEqual(['shelling']);
    expect(types('Russian forces shelled Kharkiv overnight.', '2024-03-12')).toEqual(['shelling']);
  });
  it('clashes, offensives and encirclement', () => {
    expect(types('Fighting between government forces and rebels raged in Aleppo on Thursday.')).toEqual(['clash']);
    expect(types('Government forces encircled rebel fighters in Aleppo on Monday.')).toEqual(['clash']);
  });
  it('a base and who holds it: two facilities, two events', () => {
    const ev = extractEvents(run('Russia operates an air base in Hmeymim and a naval facility at Tartous.', '2016-03-30'));
    expect(ev.map((e) => [e.type, e.place?.name])).toEqual([['base', 'Khmeimim Air Base'], ['base', 'Tartus']]);
    expect(ev.every((e) => e.actors.some((a) => a.id === 'russia' && a.role === 'actor'))).toBe(true);
  });
  it('truce, including the "regime of calm" wording', () => {
    expect(types('A “regime of calm” announced by the Syrian army held in Damascus on Thursday.')).toEqual(['truce']);
    expect(types('A ceasefire took effect across Idlib province at midnight on Wednesday.')).toEqual(['truce']);
  });
  it('talks', () => {
    expect(types('Russia and Turkey held talks in Moscow on Tuesday.')).toEqual(['talks']);
  });
  it('deployment', () => {
    expect(types('Turkey sent reinforcements to Idlib province on Monday.')).toEqual(['deployment']);
  });
  it('displacement', () => {
    expect(types('Thousands of civilians fled Aleppo on Sunday as the fighting approached.')).toContain('displacement');
  });
  it('an individual fleeing is not displacement', () => {
    expect(types('The suspect fled on foot when officers arrived in Aleppo.')).toEqual([]);
  });
  it('words of local news are not conflict events ("firefighting", a labour "strike")', () => {
    expect(types('Firefighting crews in Aleppo worked through the night.')).toEqual([]);
  });
  it('negations are not events', () => {
    expect(types('Residents said there were none of the intense raids seen during ten days of aerial bombing in Aleppo.')).toEqual([]);
    expect(types('The night passed in Aleppo without air strikes, residents said.')).toEqual([]);
  });
  it('hypotheses and plans are not events', () => {
    expect(types('Any threat to its bases in Syria would be likely to trigger a powerful return.')).toEqual([]);
    expect(types('Peace talks are scheduled to be held in Geneva within a month, if the ceasefire holds.')).toEqual([]);
    expect(types('Rebels vowed to continue fighting in Aleppo.')).toEqual([]);
  });
  it('opinions inside quotations are not events', () => {
    expect(types('“Air strikes will not bring peace to Aleppo, and shelling only makes it worse,” Lavrov said.')).toEqual([]);
  });
  it('glued captions still split into words ("CeasefireFighting")', () => {
    expect(types('Syria CeasefireFighting between government and rebel forces has been reported in Syria.', '2016-12-30')).toContain('clash');
  });
  it('civil uses of violent words are no events ("flood fighting", "fighting AIDS", "sexual assault", "cost overrun")', () => {
    for (const text of [
      'Local volunteers joined the flood fighting effort in Fargo on Monday.',
      'The company has been fighting AIDS in Kenya for a decade.',
      'He was charged with sexual assault in Boston on Tuesday.',
      'She lost control of the vehicle near Brandon and it overturned.',
      'The cost overrun delayed the bridge in Denver.',
      'The mayor faces lengthy court battles in Richmond.',
    ]) expect(types(text), text).toEqual([]);
    // the same words in war news still count
    expect(types('Rebels were fighting government troops in Aleppo on Saturday.')).toEqual(['clash']);
    expect(types('Islamic State fighters launched an assault on Kobani on Friday.')).toEqual(['clash']);
  });
});
