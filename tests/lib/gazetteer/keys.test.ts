/** KeyTable and StringColumn: exact lookups behind the Bloom filter never lose a key. */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { KeyTable } from '@/lib/gazetteer/keys';
import { hashKey, StringColumn } from '@/lib/gazetteer/strings';
import { readGazetteerData } from '@/lib/gazetteer/load';

/** A KeyTable over sorted keys, key i posting entry i. */
function table(keys: string[]): KeyTable {
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const blob = 'prefix-' + sorted.join('');
  const col = new StringColumn(blob, 'prefix-'.length, Uint16Array.from(sorted.map((k) => k.length)));
  const starts = Uint32Array.from({ length: sorted.length + 1 }, (_, i) => i);
  return new KeyTable(col, starts, Uint32Array.from(sorted.map((_, i) => i)));
}

describe('StringColumn.hash', () => {
  it('equals hashKey of the item read out of the blob', () => {
    const t = ['al bab', 'aleppo', 'ţarţūs', '', 'deir ez zor'];
    const col = new StringColumn(`xx${t.join('')}`, 2, Uint16Array.from(t.map((k) => k.length)));
    t.forEach((k, i) => expect(col.hash(i)).toBe(hashKey(k)));
  });
});

describe('KeyTable', () => {
  const words = Array.from({ length: 5000 }, (_, i) => `place ${i.toString(36)}`);
  const t = table(words);

  it('finds every key it holds (no false negatives) and its postings', () => {
    for (const w of words) {
      expect(t.mayContain(w), w).toBe(true);
      const pos = t.find(w);
      expect(pos, w).toBeGreaterThanOrEqual(0);
      expect(t.key(pos)).toBe(w);
      expect([...t.get(w)]).toEqual([pos]);
    }
  });

  it('answers absent keys with -1 and an empty posting list', () => {
    for (const w of ['', 'place', 'place zzzzzz', 'Place 1', 'aleppo']) {
      expect(t.find(w), w).toBe(-1);
      expect(t.get(w)).toHaveLength(0);
    }
  });

  it('rarely lets an absent key through the filter (false-positive rate well under 1%)', () => {
    let through = 0;
    for (let i = 0; i < 20000; i++) if (t.mayContain(`absent ${i}`)) through++;
    expect(through / 20000).toBeLessThan(0.01);
  });

  it('holds every key of the bundled gazetteer', () => {
    const d = readGazetteerData(path.resolve(__dirname, '../../../data/gazetteer'));
    for (const kt of [d.full, d.bare]) {
      let lost = 0;
      for (let i = 0; i < kt.size; i++) if (kt.find(kt.key(i)) !== i) lost++;
      expect(lost).toBe(0);
    }
  });
});
