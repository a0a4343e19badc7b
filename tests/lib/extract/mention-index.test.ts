/**
 * lib/extract/mention-index.ts against brute force: the run of mentions it hands back always holds every mention a
 * filter over the whole list would keep, in the same order, and an unsorted list is handed back whole.
 */
import { describe, expect, it } from 'vitest';
import { indexFrom, mentionsAround, mentionsWithin } from '@/lib/extract/mention-index';
import type { Mention } from '@/lib/schemas';

function spans(n: number, seed: number): Mention[] {
  let s = seed;
  const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const out: { start: number; end: number }[] = [];
  let at = 0;
  for (let i = 0; i < n; i++) {
    at += Math.floor(rnd() * 30);
    out.push({ start: at, end: at + 1 + Math.floor(rnd() * 25) });
  }
  return out as unknown as Mention[];
}

describe('mention index', () => {
  const ms = spans(400, 11);
  it('mentionsWithin keeps every mention lying in the stretch, in order', () => {
    for (let from = 0; from < 6000; from += 37) {
      const to = from + (from % 200);
      const inside = ms.filter((m) => m.start >= from && m.end <= to);
      const run = mentionsWithin(ms, from, to);
      expect(run.filter((m) => m.start >= from && m.end <= to)).toEqual(inside);
    }
  });
  it('mentionsAround keeps every mention overlapping or ending near the stretch, in order', () => {
    for (let from = 0; from < 6000; from += 41) {
      const to = from + 5;
      const near = ms.filter((m) => (m.start < to && from < m.end) || (m.end <= from && from - m.end <= 20));
      const run = mentionsAround(ms, from - 20, to);
      expect(run.filter((m) => (m.start < to && from < m.end) || (m.end <= from && from - m.end <= 20))).toEqual(near);
    }
  });
  it('an unsorted list is handed back whole', () => {
    const shuffled = [...ms].reverse();
    expect(mentionsWithin(shuffled, 100, 200)).toBe(shuffled);
    expect(indexFrom(shuffled, 100)).toBe(-1);
  });
});
