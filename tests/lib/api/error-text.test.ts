/** lib/api/error-text.ts: the API's zod error JSON as sentences beside the field they name. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorText, predicate } from '@/lib/api/error-text';
import { IngestRequest, zodToApiError } from '@/lib/schemas';

const LABELS = { title: 'Title', text: 'Text', published: 'Published date', source: 'Source', url: 'URL' };

function apiBody(input: unknown) {
  const r = IngestRequest.safeParse(input);
  expect(r.success).toBe(false);
  return zodToApiError((r as { error: z.ZodError }).error, 'article');
}

describe('errorText', () => {
  it('names the field of a bad date, never the raw JSON', () => {
    const t = errorText(400, apiBody({ title: 'T', text: 'x', published: '05/03/2024' }), LABELS);
    expect(t.fields.published).toBe('Published date: must be an ISO date YYYY-MM-DD.');
    expect(errorText(400, apiBody({ title: 'T', text: 'x', published: '2024-13-45' }), LABELS).fields.published).toBe(
      'Published date: is not a real calendar date.',
    );
    expect(t.general).toEqual([]);
    expect(JSON.stringify(t)).not.toContain('issues');
  });

  it('one sentence per field, messages that repeat the field name read as predicates', () => {
    const t = errorText(400, apiBody({ title: ' ', text: '', url: 'ftp://x' }), LABELS);
    expect(t.fields).toEqual({
      title: 'Title: must not be empty.',
      text: 'Text: must not be empty.',
      url: 'URL: must be an http(s) URL.',
    });
  });

  it('a missing field is required; an unknown path is general', () => {
    expect(errorText(400, apiBody({ text: 'x' }), LABELS).fields.title).toBe('Title: is required.');
    const t = errorText(400, { error: 'invalid article: extra: nope', issues: [{ path: 'extra', message: 'nope' }] }, LABELS);
    expect(t.fields).toEqual({});
    expect(t.general).toContain('extra: nope.');
  });

  it('auth and server errors say what to do', () => {
    expect(errorText(403, { error: 'forbidden: the bearer token is not valid', issues: [] }, LABELS).general).toEqual([
      'The admin token is not valid: check it and enter it again.',
    ]);
    expect(errorText(401, { error: 'authorization required', issues: [] }, LABELS).general[0]).toMatch(/^Enter the admin token/);
    expect(errorText(503, null, LABELS).general[0]).toMatch(/turned off/);
    expect(errorText(0, 'Failed to fetch', LABELS).general[0]).toMatch(/^Could not reach the server/);
    expect(errorText(422, { error: 'nothing left after cleaning' }, LABELS).general).toEqual(['Nothing left after cleaning.']);
  });

  it('predicate', () => {
    expect(predicate('published', 'not a real calendar date')).toBe('is not a real calendar date');
    expect(predicate('title', 'Too big: expected string to have <=1000 characters')).toBe('must be at most 1000 characters');
  });
});
