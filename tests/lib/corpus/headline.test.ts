/** headlineProblem: which single lines look like headlines. */
import { describe, expect, it } from 'vitest';
import { headlineProblem, isHeadlineLike } from '@/lib/corpus';

describe('headlineProblem', () => {
  it.each([
    'Russia Condemns Strikes On Militia Groups',
    'Truce Takes Hold In The City, Fighting On in The North',
    'Air strikes Pound The Capital, ‘Calm’ In Farther Southwest',
    'Can The Ceasefire Survive Another Week?',
    'Major Powers Agree To ‘Cessation Of Hostilities’',
    'Conflict: Rebels Pledge To Keep Fighting',
    'U.S. Envoy Meets Rebel Leaders',
    'Talks Resume With The U.N.',
    '30 Killed In Market Bombing',
  ])('accepts %s', (line) => {
    expect(headlineProblem(line)).toBeNull();
  });

  it.each([
    ['The Army Said It Would Take The City.', /ends with "\."/],
    ['Stop The War Now!', /ends with "!"/],
    ['Officials Said: The Talks Failed', null],
    ['fighting continued in the northern districts', /first word/],
    ['Fighting continued in the northern districts overnight', /not Title Case/],
    ['Kerry Arrives. Talks Begin Tomorrow', /sentence break/],
    ['Advertisement', /fewer than 3 words/],
    ['Humanitarian Crisis', /fewer than 3 words/],
    ['“We Will Never Surrender”', /quotation/],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen Fourteen Fifteen Sixteen', /more than 15/],
    ['Read The Full Story At https://example.com', /URL/],
    ['DAMASCUS (Reuters) -', /ends with "-"/],
    ['', /empty/],
    ['— John Smith, Spokesman For The Ministry', /dash, bullet/],
    ['• Three Killed In Blast Near Border', /dash, bullet/],
  ])('rejects %s', (line, why) => {
    if (why === null) {
      // a colon inside is fine for a headline: the line stays headline-shaped
      expect(isHeadlineLike(line)).toBe(true);
      return;
    }
    expect(headlineProblem(line)).toMatch(why);
  });
});
