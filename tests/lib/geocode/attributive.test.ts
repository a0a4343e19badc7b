import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

const ATTRIBUTIVE = /^used attributively \(/;

describe('country names used attributively ("US strikes")', () => {
  it('keeps "Syria troops" a place and notes the attributive use', () => {
    const m = find(run('Syria troops advanced on Sunday.'), 'Syria');
    expect(m.isLocation).toBe(true);
    expect(m.why).toContain('used attributively (Syria troops)');
  });

  it('notes "United States officials" and "Turkey strikes"', () => {
    const ms = run('United States officials condemned Turkey strikes near the border.');
    expect(find(ms, 'United States').why).toContain('used attributively (United States officials)');
    expect(find(ms, 'Turkey').why).toContain('used attributively (Turkey strikes)');
    expect(find(ms, 'Turkey').isLocation).toBe(true);
  });

  it('does not note a literal place or a country acting as subject', () => {
    const ms = run('Fighting in Syria on Sunday. Turkey said officials were safe.');
    expect(find(ms, 'Syria').why.some((w) => ATTRIBUTIVE.test(w))).toBe(false);
    expect(find(ms, 'Turkey').why.some((w) => ATTRIBUTIVE.test(w))).toBe(false);
  });

  it('never notes a city before the same noun', () => {
    const m = find(run('Aleppo officials said the road was open.'), 'Aleppo');
    expect(m.why.some((w) => ATTRIBUTIVE.test(w))).toBe(false);
  });
});
