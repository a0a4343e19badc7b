/** lib/api/edge-answers.ts: answers the edge may send again, only while the store version is unchanged and young. */
import { afterEach, describe, expect, it } from 'vitest';
import { answerTarget, clearAnswers, EDGE_ANSWER_TTL_MS, recallAnswer, rememberAnswer } from '@/lib/api/edge-answers';
import { StoreChanges } from '@/lib/store/changes';

afterEach(() => clearAnswers());
const answer = (body: string) => ({ body, headers: { 'content-type': 'application/geo+json; charset=utf-8' } });

describe('edge answers', () => {
  it('the same path and query, as an absolute URL or a request target, is one answer', () => {
    const changes = new StoreChanges();
    rememberAnswer(answerTarget('http://127.0.0.1:3000/api/events?bbox=35,32,43,38&limit=500'), answer('{"a":1}'), changes);
    expect(recallAnswer(answerTarget('/api/events?bbox=35,32,43,38&limit=500'))?.body).toBe('{"a":1}');
    // the same parameters encoded otherwise (Next hands the route a re-encoded URL)
    expect(recallAnswer(answerTarget('/api/events?bbox=35%2C32%2C43%2C38&limit=500'))?.body).toBe('{"a":1}');
    expect(recallAnswer(answerTarget('/api/events?bbox=35,32,43,38'))).toBeNull();
    expect(recallAnswer(answerTarget('/api/events?limit=500&bbox=35,32,43,38'))).toBeNull();
  });

  it('a write (the store version moves) drops the answer', () => {
    const changes = new StoreChanges();
    rememberAnswer('/api/events', answer('old'), changes);
    expect(recallAnswer('/api/events')?.body).toBe('old');
    changes.bump();
    expect(recallAnswer('/api/events')).toBeNull();
    // gone for good: a later version does not bring it back
    expect(recallAnswer('/api/events')).toBeNull();
  });

  it('an answer older than the TTL is not sent again', () => {
    const changes = new StoreChanges();
    rememberAnswer('/api/events?q=x', answer('x'), changes, 1_000);
    expect(recallAnswer('/api/events?q=x', 1_000 + EDGE_ANSWER_TTL_MS - 1)?.body).toBe('x');
    expect(recallAnswer('/api/events?q=x', 1_000 + EDGE_ANSWER_TTL_MS)).toBeNull();
  });

  it('bounded: the least recently used go first; an oversized answer is not kept', () => {
    const changes = new StoreChanges();
    for (let i = 0; i < 600; i++) rememberAnswer(`/api/events?i=${i}`, answer(String(i)), changes);
    expect(recallAnswer('/api/events?i=0')).toBeNull();
    expect(recallAnswer('/api/events?i=599')?.body).toBe('599');
    rememberAnswer('/api/events?big', answer('x'.repeat(2 * 1024 * 1024)), changes);
    expect(recallAnswer('/api/events?big')).toBeNull();
  });

  it('unparseable targets are never remembered or recalled', () => {
    expect(answerTarget('http://[bad')).toBeNull();
    rememberAnswer(null, answer('x'), new StoreChanges());
    expect(recallAnswer(null)).toBeNull();
  });
});
