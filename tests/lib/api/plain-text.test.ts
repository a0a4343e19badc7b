import { describe, expect, it } from 'vitest';
import { HttpError } from '@/lib/api/http';
import { splitPlainText } from '@/lib/api/plain-text';

describe('splitPlainText', () => {
  it('takes the first non-empty line as title and the rest as text', () => {
    expect(splitPlainText('\uFEFF\n  Headline here  \r\nFirst paragraph.\n\nSecond.\n')).toEqual({
      title: 'Headline here',
      text: 'First paragraph.\n\nSecond.',
    });
  });
  it('400 naming title or text when one is missing', () => {
    for (const [body, path] of [['', 'title'], ['Only a title\n\n', 'text']] as const) {
      let err: unknown;
      try {
        splitPlainText(body);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(HttpError);
      expect((err as HttpError).status).toBe(400);
      expect((err as HttpError).issues[0]?.path).toBe(path);
    }
  });
});
