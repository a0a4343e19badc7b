import { beforeAll, describe, expect, it } from 'vitest';
import { POST as extract } from '@/app/api/extract/route';
import { ExtractResponse, MAX_TEXT_CHARS } from '@/lib/schemas';
import { ApiError } from '@/lib/schemas';
import { processText } from '@/lib/pipeline';
import { post } from '../../lib/api/support';

beforeAll(() => {
  process.env.DATABASE_URL = 'memory:';
  process.env.ATLAS_SEED = '0';
});

const TEXT =
  'Russian drones struck the port of Odesa overnight on Tuesday, killing two dock workers, regional officials said.\n\n' +
  'Ukrainian forces said they shot down most of the drones over the Black Sea.';
const jsonPost = (body: unknown, headers: Record<string, string> = {}) =>
  post('/api/extract', typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json', ...headers });

async function expectError(res: Response, status: number, path?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  const body = ApiError.parse(await res.json());
  if (path) expect(body.issues.map((i) => i.path)).toContain(path);
  return body;
}

describe('POST /api/extract', () => {
  it('returns {mentions, events}: the object the CLI prints for the same text and date', async () => {
    const res = await extract(jsonPost({ text: TEXT, published: '2026-03-04', title: 'Drones hit port' }));
    expect(res.status).toBe(200);
    const raw: unknown = await res.json();
    const direct = processText(TEXT, { published: '2026-03-04' });
    expect(raw).toEqual(JSON.parse(JSON.stringify({ mentions: direct.mentions, events: direct.events })));
    const body = ExtractResponse.parse(raw);
    for (const m of body.mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
    for (const e of body.events) expect(TEXT.slice(e.quote.start, e.quote.end)).toBe(e.quote.text);
  });
  it('accepts a body without published or title', async () => {
    expect((await extract(jsonPost({ text: 'Nothing happened here.' }))).status).toBe(200);
  });
});

describe('POST /api/extract errors', () => {
  it('400 on invalid JSON', async () => {
    const body = await expectError(await extract(jsonPost('{"text": "unterminated')), 400, 'body');
    expect(body.error).toMatch(/invalid JSON/);
  });
  it.each([
    [{ text: '' }, 'text'],
    [{}, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: 'x', published: 'last Tuesday' }, 'published'],
    [{ text: 'x', extra: true }, ''],
    [[], ''],
  ])('400 for %j', async (body, path) => {
    const err = await expectError(await extract(jsonPost(body)), 400);
    if (path) expect(err.issues.map((i) => i.path)).toContain(path);
  });
  it('413 when Content-Length is over the limit', async () => {
    await expectError(await extract(jsonPost({ text: 'x' }, { 'content-length': String(5_000_000) })), 413);
  });
  it('413 when the streamed body is over the limit', async () => {
    await expectError(await extract(jsonPost({ text: 'x'.repeat(1_100_000) })), 413);
  });
  it(`413 when text is over ${MAX_TEXT_CHARS} characters`, async () => {
    await expectError(await extract(jsonPost({ text: 'x'.repeat(MAX_TEXT_CHARS + 1) })), 413, 'text');
  });
  it('415 for a non-JSON content type or none', async () => {
    await expectError(await extract(post('/api/extract', TEXT, { 'content-type': 'text/plain' })), 415);
    await expectError(await extract(post('/api/extract', JSON.stringify({ text: TEXT }))), 415);
  });
});
