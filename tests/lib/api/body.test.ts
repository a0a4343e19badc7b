import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpError } from '@/lib/api/http';
import { parseBody, readJsonBody, readText, requireContentType } from '@/lib/api/body';

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request('http://x/api', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);

function caught(fn: () => unknown): HttpError {
  try {
    fn();
  } catch (err) {
    if (err instanceof HttpError) return err;
    throw err;
  }
  throw new Error('expected an HttpError');
}

async function status(p: Promise<unknown> | (() => unknown)): Promise<number> {
  try {
    await (typeof p === 'function' ? p() : p);
    return 0;
  } catch (err) {
    if (err instanceof HttpError) return err.status;
    throw err;
  }
}

describe('requireContentType', () => {
  it('accepts a listed type with parameters, case-insensitively', () => {
    expect(requireContentType(post('{}', { 'content-type': 'Application/JSON; charset=utf-8' }), ['application/json'])).toBe('application/json');
  });
  it('415 for another or a missing type, naming what to send', async () => {
    expect(await status(() => requireContentType(post('x', { 'content-type': 'text/html' }), ['application/json']))).toBe(415);
    const err = caught(() => requireContentType(new Request('http://x/api', { method: 'POST' }), ['application/json', 'text/plain']));
    expect(err.message).toMatch(/\(none\).*application\/json or text\/plain/);
    expect(err.headers['accept-post']).toBe('application/json, text/plain');
  });
});

describe('readText', () => {
  it('reads UTF-8 text', async () => {
    expect(await readText(post('héllo ✓'))).toBe('héllo ✓');
  });
  it('413 when Content-Length declares more than the limit (before reading)', async () => {
    expect(await status(readText(post('x', { 'content-length': '2000' }), 1000))).toBe(413);
  });
  it('413 when the stream turns out larger than the limit without a Content-Length', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 100) controller.close();
        else controller.enqueue(new Uint8Array(400));
      },
    });
    expect(await status(readText(post(stream), 1000))).toBe(413);
    expect(pulled).toBeLessThan(10);
  });
  it('counts bytes, not characters', async () => {
    expect(await status(readText(post('é'.repeat(600)), 1000))).toBe(413);
    expect(await readText(post('e'.repeat(1000)), 1000)).toHaveLength(1000);
  });
  it('400 for invalid UTF-8', async () => {
    expect(await status(readText(post(new Uint8Array([0xff, 0xfe, 0x41]))))).toBe(400);
  });
});

describe('readJsonBody / parseBody', () => {
  const Schema = z.object({ text: z.string().min(1).max(5) }).strict();
  const json = (s: string) => post(s, { 'content-type': 'application/json' });
  it('parses a valid body', async () => {
    expect(await readJsonBody(json('{"text":"abc"}'), Schema, { what: 'body' })).toEqual({ text: 'abc' });
  });
  it('400 on invalid JSON', async () => {
    expect(await status(readJsonBody(json('{"text":'), Schema, { what: 'body' }))).toBe(400);
  });
  it('400 naming the field on a schema error, 413 when only sizes are wrong', async () => {
    expect(await status(readJsonBody(json('{"text":""}'), Schema, { what: 'body' }))).toBe(400);
    expect(await status(readJsonBody(json('{"text":"abc","x":1}'), Schema, { what: 'body' }))).toBe(400);
    expect(await status(() => parseBody({ text: 'toolong' }, Schema, 'body'))).toBe(413);
    expect(caught(() => parseBody({ text: '' }, Schema, 'body')).issues[0]?.path).toBe('text');
  });
  it('415 before reading when the content type is wrong', async () => {
    expect(await status(readJsonBody(post('{"text":"a"}', { 'content-type': 'text/plain' }), Schema, { what: 'body' }))).toBe(415);
  });
});
