import { describe, expect, it } from 'vitest';
import { find, run } from './helpers';

describe('disambiguation in context', () => {
  it('sends Geneva in a Syria article to Switzerland (the talks venue)', () => {
    const m = find(run('Syria peace talks resumed in Geneva. Damascus sent a delegation to Geneva.'), 'Geneva', 1);
    expect(m.place?.country).toBe('CH');
  });

  it('sends Geneva in an upstate New York article to Geneva, NY', () => {
    const m = find(run('Flooding closed roads between Rochester and Geneva on Monday.'), 'Geneva');
    expect(m.place?.id).toBe('gn:5118398');
    expect(m.why[0]).toMatch(/close to places already resolved|focus/);
  });

  it('reads Palmyra in a Syria article as Tadmur even though a larger namesake exists', () => {
    const m = find(run('Syrian troops retook Palmyra, east of Homs in Syria.'), 'Palmyra');
    expect(m.place?.id).toBe('gn:163808');
  });

  it('reads Georgia with Tbilisi as the country', () => {
    const m = find(run('Protesters filled the streets of Tbilisi as Georgia held elections.'), 'Georgia');
    expect(m.place?.id).toBe('iso:GE');
  });

  it('reads Georgia with Atlanta as the US state', () => {
    const m = find(run('Storms hit Atlanta and much of Georgia overnight, said officials in the United States.'), 'Georgia');
    expect(m.place?.id).toBe('ne1:US-GA');
  });

  it('lets Qamishli (population unknown) win in a Syria context', () => {
    const m = find(run('Kurdish forces in Syria imposed a curfew in Qamishli.'), 'Qamishli');
    expect(m.place?.id).toBe('gn:173377');
    expect(m.why.join(' ')).toMatch(/population unknown/);
  });

  it('uses an explicit parent: "Paris, Texas"', () => {
    const m = find(run('The fair opened in Paris, Texas, on Friday.'), 'Paris');
    expect(m.place?.id).toBe('gn:4717560');
    expect(m.why[0]).toMatch(/inside "Texas"/);
  });

  it('uses an AP state abbreviation as parent: "Athens, Ga."', () => {
    const m = find(run('A student from Athens, Ga., won the prize.'), 'Athens');
    expect(m.place?.id).toBe('gn:4180386');
  });

  it('keeps the big city when nothing else is known ("Athens")', () => {
    expect(find(run('Tourists returned to Athens this summer.'), 'Athens').place?.id).toBe('gn:264371');
  });

  it('reads a literal Damascus as the Syrian capital, not the Maryland town', () => {
    const m = find(run('A car bomb exploded in Damascus on Sunday.'), 'Damascus');
    expect(m.isLocation).toBe(true);
    expect(m.place?.id).toBe('gn:170654');
    expect(m.precision).toBe('exact');
  });

  it('explains the decision, deciding factor first, and lists at most five candidates', () => {
    const m = find(run('Delegates arrived in Geneva.'), 'Geneva');
    expect(m.why[0]).toMatch(/^chose Genève, CH \(city\) over /);
    expect(m.candidates.length).toBeGreaterThan(1);
    expect(m.candidates.length).toBeLessThanOrEqual(5);
    expect(m.candidates[0]!.id).toBe(m.place?.id);
  });
});
