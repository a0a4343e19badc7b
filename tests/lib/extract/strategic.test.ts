/**
 * Strategic developments (triggers.json `arrest`, `other`): arrests of political or armed targets (activists,
 * journalists, the opposition) or by an armed party; seized and recovered weapons, caches, intercepted
 * missiles as disrupted weapons use. Ordinary police work in local news (a shoplifter arrested, weapons and
 * drugs seized in a raid) is no event: police alone is no conflict party.
 */
import { describe, expect, it } from 'vitest';
import { liveCoded } from '../../support/read';

const coded = (text: string) => liveCoded(text, '2022-03-20');

describe('arrests', () => {
  it('arrests of activists, journalists or the opposition are arrests', () => {
    expect(coded('Security forces arrested two journalists in Minsk on Monday.')).toEqual(['arrest/Arrests']);
    expect(coded('Police arrested several opposition members in Freetown on Friday.')).toEqual(['arrest/Arrests']);
  });
  it('arrests by an armed party are arrests', () => {
    expect(coded('Soldiers arrested three suspected militants in Maiduguri on Tuesday.')).toEqual(['arrest/Arrests']);
  });
  it('ordinary police work in local news is no event', () => {
    expect(coded('Police arrested a man for shoplifting in Tulsa on Monday.')).toEqual([]);
    expect(coded('Two teenagers were detained after a fight at a mall in Omaha on Saturday.')).toEqual([]);
  });
});

describe('disrupted weapons use', () => {
  it('weapons seized or recovered from an armed group, a cache found, a missile intercepted', () => {
    expect(coded('Soldiers seized weapons and ammunition from a rebel hideout near Beni on Monday.')).toEqual(['other/Disrupted weapons use']);
    expect(coded('Troops found a cache of explosives near Mopti on Sunday.')).toEqual(['other/Disrupted weapons use']);
  });
  it('weapons seized in a police drug raid is no event', () => {
    expect(coded('Police seized weapons and drugs in a raid in Denver on Monday.')).toEqual([]);
  });
});
